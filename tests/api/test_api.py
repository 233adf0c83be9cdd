"""The HTTP API on the embedded store: behaviour, clear errors, and a schemathesis fuzz of the schema.

Every request carries a user's API token; the triage log records that user (tests/api/test_auth.py
covers the refusals: no token, wrong role, a client-chosen actor).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from rasad.api import create_app
from rasad.db.base import forget_engines
from rasad.settings import Settings
from rasad.store.sqlite import SQLiteLeadStore
from tests.api.accounts import bearer, seed_accounts
from tests.store.test_contract import CORPUS

HOSTS = ("testserver",)


@pytest.fixture()
def client(data_settings: Settings, tokens: dict[str, str]) -> TestClient:
    return TestClient(create_app(data_settings, hosts=HOSTS), headers=bearer(tokens["res-a"]))


def test_search_with_filters_facets_and_highlights(client: TestClient) -> None:
    answer = client.get("/leads", params={"q": "بطرابلس", "type": "injury", "facets": "true"})
    assert answer.status_code == 200
    body = answer.json()
    assert body["total"] == 1 and body["hits"][0]["lead"]["id"] == CORPUS[1].id
    highlight = body["hits"][0]["highlights"][0]
    start, end = highlight["spans"][0]
    assert highlight["sentence"][start:end] == "بطرابلس"
    assert body["facets"] == [{"incident_type": "injury", "region": None, "month": "2026-11", "count": 1}]


def test_casualty_victim_and_event_date_filters(client: TestClient) -> None:
    body = client.get("/leads", params={"min_killed": 1, "victim": "child", "facets": "true"}).json()
    assert [hit["lead"]["id"] for hit in body["hits"]] == [CORPUS[0].id]
    assert body["hits"][0]["lead"]["victim_categories"] == ["children", "women"]
    assert body["victim_facets"] == [{"value": "children", "count": 1}, {"value": "women", "count": 1}]
    body = client.get("/leads", params={"event_from": "2026-11-02", "event_to": "2026-11-02"}).json()
    assert [hit["lead"]["id"] for hit in body["hits"]] == [CORPUS[3].id]
    assert client.get("/leads", params={"min_killed": -1}).status_code == 422


def test_routes_take_a_short_id(client: TestClient, tokens: dict[str, str]) -> None:
    lead_id, original = CORPUS[4].id, CORPUS[0].id
    mon = bearer(tokens["mon-a"])
    assert client.get(f"/leads/{lead_id[:8]}").json()["id"] == lead_id
    assert client.post(f"/leads/{lead_id[:8]}/triage", json={"action": "review"}, headers=mon).status_code == 200
    marked = client.post(f"/leads/{lead_id[:8]}/triage",
                         json={"action": "duplicate", "value": original[:8]}, headers=mon).json()
    assert marked["notes"] == [f"duplicate of {original}"]
    assert [e["action"] for e in client.get(f"/leads/{lead_id[:8]}/history").json()] == ["review", "duplicate"]
    missing = client.get("/leads/ffffffff")
    assert missing.status_code == 404 and "no lead starts with" in missing.json()["detail"]


def test_triage_conflict_and_history(client: TestClient, tokens: dict[str, str]) -> None:
    lead_id = CORPUS[0].id
    mon_a, mon_b = bearer(tokens["mon-a"]), bearer(tokens["mon-b"])
    first = client.post(f"/leads/{lead_id}/triage", json={"action": "review", "expected_version": 0}, headers=mon_a)
    assert first.status_code == 200 and first.json()["status"] == "in_review"
    stale = client.post(f"/leads/{lead_id}/triage", json={"action": "verify", "expected_version": 0}, headers=mon_b)
    assert stale.status_code == 409 and "changed by someone else" in stale.json()["detail"]
    bad = client.post(f"/leads/{lead_id}/triage", json={"action": "review"}, headers=mon_b)
    assert bad.status_code == 400 and "in_review" in bad.json()["detail"]
    history = client.get(f"/leads/{lead_id}/history").json()
    assert [(e["action"], e["actor"], e["after"]["status"]) for e in history] == [("review", "mon-a", "in_review")]
    assert client.post("/leads/nope/triage", json={"action": "review"}, headers=mon_a).status_code == 404
    assert client.get("/leads/nope").status_code == 404


@pytest.mark.parametrize(
    ("params", "fragment"),
    [({"colour": "red"}, "unknown parameter"), ({"q": "x" * 1001}, "at most"), ({"bbox": "1,2,3"}, "bbox"),
     ({"date_from": "2026-13-01"}, "calendar date"), ({"status": "open"}, "in_review"),
     ({"q": " ".join(f"w{i}" for i in range(65))}, "too many words"), ({"offset": 9999, "limit": 50}, "beyond")],
)
def test_bad_queries_are_clear_400s(client: TestClient, params: dict[str, str], fragment: str) -> None:
    answer = client.get("/leads", params=params)
    assert answer.status_code in (400, 422)
    assert fragment in str(answer.json()["detail"])


def test_store_down_is_503_not_500(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RASAD_DB_URL", raising=False)
    forget_engines()
    settings = Settings(data_dir=tmp_path, search_url="http://127.0.0.1:9")
    token = seed_accounts(settings)["res-a"]
    down = TestClient(create_app(settings, hosts=HOSTS), headers=bearer(token))
    answer = down.get("/leads", params={"q": "طرابلس"})
    assert answer.status_code == 503 and "cannot reach" in answer.json()["detail"]


def _fuzz_schema() -> tuple[schemathesis.schemas.BaseSchema, dict[str, str]]:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="rasad-api-fuzz-"))
    with SQLiteLeadStore(folder / "rasad.db") as store:
        store.upsert(CORPUS)
    fuzz_settings = Settings(data_dir=folder, search_url=None)
    headers = bearer(seed_accounts(fuzz_settings)["mon-a"])
    app = create_app(fuzz_settings, hosts=HOSTS)
    return schemathesis.openapi.from_asgi("/openapi.json", app, headers=headers), headers


schema, FUZZ_HEADERS = _fuzz_schema()


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_fuzzed_requests_never_crash_the_api(case: schemathesis.Case) -> None:
    """Random and hostile inputs (Lucene syntax, JSON fragments, huge strings) never give a 500."""
    response = case.call(headers=FUZZ_HEADERS)
    assert response.status_code < 500, response.text[:300]
    case.validate_response(response, checks=[schemathesis.checks.not_a_server_error])
