"""Incident pages through the ASGI app: create from selected leads, add a victim, show the identity
(audited, monitors only), change status and grade, proposals, and a researcher who may only read."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from rasad.cases import service as cases
from rasad.db import open_database
from rasad.settings import Settings
from tests.store.test_contract import CORPUS
from tests.web import test_pages
from tests.web.test_pages import HOSTILE, signed_in

app = test_pages.app  # the pages' fixture: a SQLite store with the contract corpus and one user per role
CANARY_NAME = "Canary Zubeida-7731"
CANARY_CONTACT = "+218-91-000-7731"


@pytest.fixture(autouse=True)
def case_key(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The case key lives outside the data directory, as the service demands."""
    monkeypatch.setenv("RASAD_KEY_FILE", str(tmp_path_factory.mktemp("keys") / "case.key"))


def engine_of(tmp_path: Path):  # type: ignore[no-untyped-def]
    return open_database(Settings(data_dir=tmp_path, search_url=None))


def record_title(tmp_path: Path, incident_id: str) -> str:
    return cases.get_incident(engine_of(tmp_path), incident_id).title


def create(client: TestClient, csrf: str, *ids: str) -> str:
    answer = client.post("/incidents", data={"csrf": csrf, "ids": list(ids)})
    assert answer.status_code == 303, answer.text
    return answer.headers["location"].rsplit("/", 1)[1]


def test_monitor_walks_an_incident(app, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    client, csrf = signed_in(app, "mon-a")
    incident_id = create(client, csrf, CORPUS[0].id, CORPUS[1].id)
    page = client.get(f"/incidents/{incident_id}").text
    assert f"/lead/{CORPUS[0].id}" in page and f"/lead/{CORPUS[1].id}" in page
    assert 'id="incident-status">open<' in page
    # the lead page knows its incident; another lead can be added from its own page
    assert f'href="/incidents/{incident_id}"' in client.get(f"/lead/{CORPUS[0].id}").text
    added = client.post("/incidents/add-leads", data={"csrf": csrf, "incident": incident_id, "ids": CORPUS[2].id})
    assert added.status_code == 303
    assert cases.get_incident(engine_of(tmp_path), incident_id).lead_ids == (CORPUS[0].id, CORPUS[1].id, CORPUS[2].id)
    again = client.post("/incidents", data={"csrf": csrf, "ids": CORPUS[0].id})
    assert again.status_code == 400 and "already in incident" in again.text

    victim = client.post(f"/incidents/{incident_id}/victims", data={
        "csrf": csrf, "gender": "female", "age_group": "adult", "nationality": "ly", "consent": "given",
        "needs": ["medical", "legal"], "violations": ["killing"], "name": CANARY_NAME, "contact": CANARY_CONTACT})
    assert victim.status_code == 303
    page = client.get(f"/incidents/{incident_id}").text
    (pseudonym,) = re.findall(r"<code>(P-[0-9a-f]{10})</code>", page)
    assert CANARY_NAME not in page and CANARY_CONTACT not in page
    victim_id = re.search(r'/victims/(V[^/"]+)/identity', page).group(1)
    shown = client.post(f"/incidents/{incident_id}/victims/{victim_id}/identity", data={"csrf": csrf})
    assert shown.status_code == 200 and CANARY_NAME in shown.text and CANARY_CONTACT in shown.text
    views = [e for e in cases.audit_events(engine_of(tmp_path), [victim_id]) if e.action == "victim.identity_view"]
    assert [e.actor for e in views] == ["mon-a"]

    fields = client.post(f"/incidents/{incident_id}/fields", data={
        "csrf": csrf, "title": record_title(tmp_path, incident_id), "event_date": "2026-11", "district": "Zawiya"})
    assert fields.status_code == 303
    record = cases.get_incident(engine_of(tmp_path), incident_id)
    assert (record.event_date, record.event_date_precision, record.district) == ("2026-11", "month", "Zawiya")
    set_events = [e for e in cases.audit_events(engine_of(tmp_path), [incident_id]) if e.action == "incident.set"]
    assert set(set_events[0].details) == {"event_date", "event_date_precision", "district"}  # the title was unchanged
    bad_date = client.post(f"/incidents/{incident_id}/fields", data={"csrf": csrf, "event_date": "2026-13-40"})
    assert bad_date.status_code == 400 and "not a real date" in bad_date.text
    for status in ("verified", "referred"):
        assert client.post(f"/incidents/{incident_id}/status", data={"csrf": csrf, "status": status}).status_code == 303
    bad = client.post(f"/incidents/{incident_id}/status", data={"csrf": csrf, "status": "open"})
    assert bad.status_code == 400 and "can move to" in bad.text
    assert client.post(f"/incidents/{incident_id}/grade", data={"csrf": csrf, "grade": "confirmed"}).status_code == 303
    record = cases.get_incident(engine_of(tmp_path), incident_id)
    assert (record.status, record.grade, record.victims[0].pseudonym) == ("referred", "confirmed", pseudonym)
    assert (record.victims[0].violations, record.victims[0].needs) == (("killing",), ("medical", "legal"))
    assert {e.actor for e in cases.audit_events(engine_of(tmp_path), [incident_id])} == {"mon-a"}
    assert CANARY_NAME not in caplog.text and CANARY_CONTACT not in caplog.text

    history = client.get(f"/incidents/{incident_id}").text.split('id="incident-history"')[1]
    for action in ("incident.create", "incident.add_leads", "victim.add", "victim.identity_view", "incident.status"):
        assert f"<code>{action}</code>" in history, action
    listed = client.get("/incidents", params={"status": "referred"}).text
    assert f'href="/incidents/{incident_id}"' in listed
    assert f'href="/incidents/{incident_id}"' not in client.get("/incidents", params={"status": "open"}).text
    assert client.get("/incidents", params={"status": "nonsense"}).status_code == 200


def test_researcher_reads_but_is_refused_changes_and_identities(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monitor, csrf_m = signed_in(app, "mon-a")
    incident_id = create(monitor, csrf_m, CORPUS[3].id)
    monitor.post(f"/incidents/{incident_id}/victims", data={"csrf": csrf_m, "name": CANARY_NAME})
    victim_id = cases.get_incident(engine_of(tmp_path), incident_id).victims[0].id
    client, csrf = signed_in(app, "res-a")
    page = client.get(f"/incidents/{incident_id}")
    assert page.status_code == 200 and 'id="add-victim"' not in page.text and "/identity" not in page.text
    for url, data in ((f"/incidents/{incident_id}/status", {"status": "verified"}),
                      (f"/incidents/{incident_id}/grade", {"grade": "confirmed"}),
                      (f"/incidents/{incident_id}/fields", {"district": "x"}),
                      (f"/incidents/{incident_id}/victims", {"name": "x"}),
                      (f"/incidents/{incident_id}/victims/{victim_id}/identity", {}),
                      ("/incidents", {"ids": CORPUS[4].id}),
                      ("/incidents/add-leads", {"incident": incident_id, "ids": CORPUS[4].id})):
        answer = client.post(url, data={"csrf": csrf, **data})
        assert answer.status_code == 403, url
        assert CANARY_NAME not in answer.text
    # a monitor without the form's CSRF token is refused too
    assert monitor.post(f"/incidents/{incident_id}/status", data={"status": "verified"}).status_code == 403
    record = cases.get_incident(engine_of(tmp_path), incident_id)
    assert (record.status, len(record.victims), record.lead_ids) == ("open", 1, (CORPUS[3].id,))
    assert not [e for e in cases.audit_events(engine_of(tmp_path), [victim_id]) if e.action == "victim.identity_view"]


def test_proposals_accept_and_hostile_titles_escaped(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    client, csrf = signed_in(app, "mon-a")
    page = client.get("/incidents/proposals").text
    assert CORPUS[0].id in page and CORPUS[1].id in page  # one story cluster
    hostile = create(client, csrf, HOSTILE.id)
    for url in (f"/incidents/{hostile}", "/incidents"):
        text = client.get(url).text
        assert "<script>alert(1)" not in text and "&lt;script&gt;alert(1)" in text, url
    accepted = client.post("/incidents", data={"csrf": csrf, "ids": [CORPUS[0].id, CORPUS[1].id]})
    assert accepted.status_code == 303
    assert CORPUS[0].id not in client.get("/incidents/proposals").text
    assert client.get("/incidents/INOPE").status_code == 404
