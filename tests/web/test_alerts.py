"""Saved searches and the inbox through the ASGI app: save the search page's query, run it as the
nightly alerts do, see the unread count in the navigation, mark read, delete; nobody sees another's."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rasad.alerts import service as alerts
from rasad.db import open_database
from rasad.settings import Settings
from rasad.store.sqlite import SQLiteLeadStore
from tests.store.test_contract import make_lead
from tests.web import test_pages
from tests.web.test_pages import signed_in

app = test_pages.app  # the pages' fixture: a SQLite store with the contract corpus and one user per role


def unread(html: str) -> int:
    return int(re.search(r'<span class="count" id="unread">(\d+)</span>', html).group(1))


def test_save_search_alert_inbox_and_delete(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    client, csrf = signed_in(app, "res-a")
    page = client.get("/search", params={"q": "طرابلس", "type": "injury", "from": "2026-11-01"})
    query = re.search(r'name="query" value="([^"]*)"', page.text).group(1).replace("&amp;", "&")
    saved = client.post("/searches", data={"csrf": csrf, "name": "<b>Tripoli</b> injuries", "query": query})
    assert saved.status_code == 303
    listing = client.get("/searches").text
    assert "&lt;b&gt;Tripoli&lt;/b&gt; injuries" in listing and "<b>Tripoli" not in listing
    (mine,) = alerts.list_searches(open_database(Settings(data_dir=tmp_path, search_url=None)), "res-a")
    assert mine.query["text"] == "طرابلس" and mine.query["filters"] == {"incident_type": "injury"}
    assert mine.query["date_from"] == "2026-11-01"
    rerun = re.search(r'href="(/search\?[^"]+)" class="saved-search"', listing).group(1).replace("&amp;", "&")
    assert '<span id="total">1</span>' in client.get(rerun).text
    assert client.post("/searches", data={"csrf": csrf, "name": " ", "query": query}).status_code == 400
    assert client.post("/searches", data={"name": "x", "query": query}).status_code == 403

    # the night: a new matching lead arrives and the alerts run
    fetched = (datetime.now(UTC) + timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    new = dataclasses.replace(make_lead("https://ex.ly/new", "إصابة ثلاثة في طرابلس", types=("injury",),
                                        published_at="2026-11-25"), fetched_at=fetched)
    engine = open_database(Settings(data_dir=tmp_path, search_url=None))
    with SQLiteLeadStore(tmp_path / "rasad.db") as store:
        store.upsert([new])
        report = alerts.run_alerts(engine, store, monitors=[], now=datetime.now(UTC) + timedelta(minutes=2))
    assert report.notifications == 1
    home = client.get("/search").text
    assert unread(home) == 1
    inbox = client.get("/inbox").text
    assert f"/lead/{new.id}" in inbox and "unread" in inbox and new.title not in inbox
    other, other_csrf = signed_in(app, "mon-a")
    assert unread(other.get("/").text) == 0 and f"/lead/{new.id}" not in other.get("/inbox").text
    assert other.post(f"/searches/{mine.id}/delete", data={"csrf": other_csrf}).status_code == 404
    note_id = re.search(r'name="ids" value="(\d+)"', inbox).group(1)
    assert client.post("/inbox/read", data={"csrf": csrf, "ids": note_id}).status_code == 303
    assert unread(client.get("/inbox").text) == 0

    assert client.post(f"/searches/{mine.id}/delete", data={"csrf": csrf}).status_code == 303
    assert alerts.list_searches(engine, "res-a") == []
