"""The pages through the ASGI app: search with highlights and facets, export of the current result,
the queue views and bulk assign, escaping of hostile fields, and complete language catalogues."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from fastapi.testclient import TestClient

from rasad.store.commands import CSV_COLUMNS
from rasad.web.i18n import HERE
from tests.api.accounts import PASSWORD, app_over
from tests.store.test_contract import CORPUS, make_lead

HOSTILE = make_lead("https://ex.ly/evil", "قتل <script>alert(1)</script> \x1b[31mأحمر", places=("ly-tripoli",))


@pytest.fixture()
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("RASAD_DB_URL", raising=False)
    with app_over(tmp_path, [*CORPUS, HOSTILE]) as app:
        yield app


def signed_in(app, name: str, password: str = PASSWORD) -> tuple[TestClient, str]:  # type: ignore[no-untyped-def]
    client = TestClient(app, follow_redirects=False)
    form = client.get("/login?lang=en")
    csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    answer = client.post("/login", data={"name": name, "password": password, "csrf": csrf})
    assert answer.status_code == 303 and answer.headers["location"] == "/"
    page = client.get("/")
    return client, re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


def test_search_page_highlights_facets_and_export(app) -> None:  # type: ignore[no-untyped-def]
    client, _ = signed_in(app, "res-a")
    page = client.get("/search", params={"q": "بطرابلس", "type": "injury"})
    assert page.status_code == 200
    assert '<span id="total">1</span>' in page.text and "<mark>بطرابلس</mark>" in page.text
    assert "injury" in page.text  # the facet bucket
    exported = client.get("/search/export", params={"q": "طرابلس", "format": "csv"})
    rows = list(csv.reader(io.StringIO(exported.text)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert {row[0] for row in rows[1:]} == {CORPUS[0].id, CORPUS[1].id}
    assert "attachment" in exported.headers["content-disposition"]
    lines = client.get("/search/export", params={"q": "طرابلس", "format": "jsonl"}).text.splitlines()
    assert {json.loads(line)["id"] for line in lines} == {CORPUS[0].id, CORPUS[1].id}
    bad = client.get("/search", params={"q": " ".join(f"w{i}" for i in range(70))})
    assert bad.status_code == 200 and "too many words" in bad.text


def test_hostile_fields_are_escaped(app) -> None:  # type: ignore[no-untyped-def]
    client, _ = signed_in(app, "mon-a")
    for url in (f"/lead/{HOSTILE.id}", "/?view=all", "/search?q=قتل"):
        text = client.get(url).text
        assert "<script>alert(1)" not in text and "&lt;script&gt;alert(1)" in text, url
        assert "<script" not in text  # no script of ours either: the CSP forbids inline script


def test_queue_views_and_bulk_assign(app) -> None:  # type: ignore[no-untyped-def]
    client, csrf = signed_in(app, "mon-a")
    unassigned = client.get("/").text
    assert f'<span id="total">{len(CORPUS) + 1}</span>' in unassigned
    chosen = [CORPUS[0].id, CORPUS[2].id]
    answer = client.post("/assign", data={"csrf": csrf, "ids": chosen, "assignee": "mon-a"})
    assert answer.status_code == 303 and "assigned=2" in answer.headers["location"]
    mine = client.get("/?view=mine").text
    assert '<span id="total">2</span>' in mine and all(f'title="{i}"' in mine for i in chosen)
    assert f'<span id="total">{len(CORPUS) - 1}</span>' in client.get("/?view=unassigned").text
    by_score = client.get("/?view=all&sort=score&type=injury").text
    assert f'title="{CORPUS[1].id}"' in by_score and f'title="{CORPUS[0].id}"' not in by_score


def test_catalogues_are_complete_and_compiled() -> None:
    with open(HERE / "i18n" / "rasad.pot", "rb") as template:
        wanted = {m.id for m in read_po(template) if m.id}
    for language in ("ar", "en"):
        folder = HERE / "i18n" / language / "LC_MESSAGES"
        with open(folder / "rasad.po", "rb") as po, open(folder / "rasad.mo", "rb") as mo:
            source, compiled = read_po(po), read_mo(mo)
        translated = {m.id: m.string for m in source if m.id}
        assert wanted <= set(translated), wanted - set(translated)
        if language == "ar":
            assert all(translated[key] for key in wanted), [k for k in wanted if not translated[k]]
        assert {m.id: m.string for m in compiled if m.id} == translated  # the .mo is not stale
    templates = "".join(p.read_text(encoding="utf-8") for p in (HERE / "templates").glob("*.html"))
    assert not re.search(r">\s*[A-Z]?[a-z]{3,}[^<{]*<", templates.replace("العربية", "")
                         .replace(">English<", "><")), "an English string outside the catalogue"


def test_admin_page_manages_users_and_lists_sources(app) -> None:  # type: ignore[no-untyped-def]
    monitor, monitor_csrf = signed_in(app, "mon-a")
    assert monitor.get("/admin").status_code == 403
    assert monitor.post("/admin/users", data={"name": "x-1", "role": "admin", "password": "p" * 12,
                                              "csrf": monitor_csrf}).status_code == 403
    admin, csrf = signed_in(app, "adm-a")
    page = admin.get("/admin")
    assert page.status_code == 200 and 'id="sources"' in page.text and "libya" in page.text.lower()
    added = admin.post("/admin/users", data={"name": "mon-new", "role": "monitor", "password": "p" * 12,
                                             "csrf": csrf})
    assert added.status_code == 303
    assert admin.post("/admin/users", data={"name": "mon-new", "role": "monitor", "password": "p" * 12,
                                            "csrf": csrf}).status_code == 400
    signed_in(app, "mon-new", "p" * 12)
    assert admin.post("/admin/users/mon-b/disable", data={"csrf": "wrong"}).status_code == 403
    assert admin.post("/admin/users/mon-b/disable", data={"csrf": csrf}).status_code == 303
    assert "<td>mon-b</td><td>monitor</td><td>disabled</td>" in admin.get("/admin").text
    assert monitor.get("/").status_code == 200  # other users' sessions are untouched


@pytest.mark.parametrize("target", ["//evil.example/", "/\t/evil.example/", "/\\evil.example", "https://evil.example"])
def test_language_switch_never_redirects_off_site(app, target: str) -> None:  # type: ignore[no-untyped-def]
    client, _ = signed_in(app, "res-a")
    answer = client.get("/lang/en", params={"next": target})
    assert answer.status_code == 303 and answer.headers["location"] == "/"
    assert client.get("/lang/ar", params={"next": "/search?q=x"}).headers["location"] == "/search?q=x"
