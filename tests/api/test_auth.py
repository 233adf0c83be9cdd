"""Who may do what: every route refuses anonymous callers, writes need the monitor role and a CSRF
token, the triage actor is the signed-in user, and the HTTP hardening holds (Host, body size, CSP)."""

from __future__ import annotations

import re

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from httpx import Response
from starlette.routing import Mount, Route

from rasad.api import create_app
from rasad.settings import Settings
from tests.api.accounts import PASSWORD, bearer
from tests.store.test_contract import CORPUS

HOSTS = ("testserver",)
OPEN_PATHS = {"/login"}  # the sign-in page; /static holds only its stylesheet
SAMPLE = {"lead_id": CORPUS[0].id, "sha256": "0" * 64, "language": "en", "name": "mon-b", "incident_id": "I-none",
          "victim_id": "V-none", "search_id": "1"}
#: A researcher's own saved searches and inbox: theirs to change, but still only with the form's CSRF token.
OWN_WRITES = {"/searches", "/searches/1/delete", "/inbox/read"}


@pytest.fixture()
def app(data_settings: Settings, tokens: dict[str, str]) -> FastAPI:
    return create_app(data_settings, hosts=HOSTS)


def routes(app: FastAPI) -> list[tuple[str, str]]:
    found = []
    for route in app.routes:
        if isinstance(route, Mount) or not isinstance(route, Route):
            continue
        path = re.sub(r"\{(\w+)\}", lambda m: SAMPLE[m.group(1)], route.path)
        found += [(method, path) for method in sorted(route.methods - {"HEAD"})]
    return found


def is_page(response: Response) -> bool:
    return response.status_code == 303 and response.headers["location"] == "/login"


def sign_in(client: TestClient, name: str, password: str = PASSWORD) -> str:
    """Sign in through the form; return the session's CSRF token (read from the queue page)."""
    form = client.get("/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    answer = client.post("/login", data={"name": name, "password": password, "csrf": csrf},
                         follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/", answer.text
    page = client.get("/")
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


def test_every_route_refuses_anonymous_callers(app: FastAPI) -> None:
    client = TestClient(app, follow_redirects=False)
    checked = routes(app)
    assert ("POST", f"/leads/{CORPUS[0].id}/triage") in checked and len(checked) >= 15
    for method, path in checked:
        if path in OPEN_PATHS:
            continue
        answer = client.request(method, path)
        assert answer.status_code == 401 or is_page(answer), (method, path, answer.status_code)
        if answer.status_code == 401:
            assert answer.headers["www-authenticate"] == "Bearer"
            assert "sign in" in answer.json()["detail"]


def test_every_write_refuses_a_researcher_and_a_bad_token(app: FastAPI, tokens: dict[str, str]) -> None:
    client = TestClient(app, follow_redirects=False)
    csrf = sign_in(client, "res-a")
    writes = [(m, p) for m, p in routes(app) if m != "GET" and p not in OPEN_PATHS and p != "/logout"]
    assert writes
    for path in OWN_WRITES:
        assert client.post(path, data={"name": "x"}).status_code == 403, path
    writes = [(m, p) for m, p in writes if p not in OWN_WRITES]
    for method, path in writes:
        answer = client.request(method, path, data={"csrf": csrf, "action": "review", "expected_version": "0",
                                                    "ids": CORPUS[0].id}, headers={"X-CSRF-Token": csrf})
        assert answer.status_code == 403, (method, path, answer.status_code, answer.text[:200])
        by_token = TestClient(app, follow_redirects=False).request(method, path, json={"action": "review"},
                                                                   headers=bearer(tokens["res-a"]))
        assert by_token.status_code == 403 or is_page(by_token), (method, path)  # pages take no tokens
    assert TestClient(app).get("/leads", headers=bearer("rasad_forged")).status_code == 401
    assert TestClient(app).get("/me", headers=bearer(tokens["res-a"])).json() == {"name": "res-a",
                                                                                 "role": "researcher"}


def test_the_actor_is_the_signed_in_user_never_the_client(app: FastAPI, tokens: dict[str, str]) -> None:
    client = TestClient(app, headers=bearer(tokens["mon-a"]))
    lead_id = CORPUS[0].id
    forged = client.post(f"/leads/{lead_id}/triage", json={"action": "review", "actor": "anyone"})
    assert forged.status_code == 422 and "actor" in str(forged.json()["detail"])
    done = client.post(f"/leads/{lead_id}/triage", json={"action": "note", "value": "two sources\x1b[2J\u202e"})
    assert done.status_code == 200
    assert done.json()["notes"] == ["two sources"]  # terminal escapes and bidi overrides stripped
    history = client.get(f"/leads/{lead_id}/history").json()
    assert [e["actor"] for e in history] == ["mon-a"]


def test_session_writes_need_the_csrf_token(app: FastAPI, tokens: dict[str, str]) -> None:
    client = TestClient(app, follow_redirects=False)
    csrf = sign_in(client, "mon-a")
    lead_id = CORPUS[0].id
    no_token = client.post(f"/lead/{lead_id}/triage", data={"action": "review", "expected_version": "0"})
    assert no_token.status_code in (403, 422)
    wrong = client.post(f"/lead/{lead_id}/triage", data={"action": "review", "expected_version": "0",
                                                          "csrf": "x" * 40})
    assert wrong.status_code == 403
    api_without = client.post(f"/leads/{lead_id}/triage", json={"action": "review"})
    assert api_without.status_code == 403 and "CSRF" in api_without.json()["detail"]
    ok = client.post(f"/lead/{lead_id}/triage", data={"action": "review", "expected_version": "0", "csrf": csrf})
    assert ok.status_code == 303
    assert TestClient(app).get(f"/leads/{lead_id}", headers=bearer(tokens["res-a"])).json()["status"] == "in_review"


def test_sign_in_cookie_flags_sign_out_and_throttling(app: FastAPI) -> None:
    client = TestClient(app, follow_redirects=False)
    form = client.get("/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    answer = client.post("/login", data={"name": "mon-a", "password": PASSWORD, "csrf": csrf})
    cookie = next(v for k, v in answer.headers.multi_items() if k == "set-cookie" and "rasad_session=" in v)
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    page = client.get("/")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    assert client.post("/logout", data={"csrf": token}).status_code == 303
    assert is_page(client.get("/"))  # the session is gone on the server, not only the cookie

    for _ in range(5):
        csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)
        bad = client.post("/login", data={"name": "mon-b", "password": "wrong password!!", "csrf": csrf})
        assert bad.headers["location"] == "/login?error=bad"
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)
    right = client.post("/login", data={"name": "mon-b", "password": PASSWORD, "csrf": csrf})
    assert right.headers["location"] == "/login?error=slow"  # locked even with the right password
    forged = TestClient(app, follow_redirects=False).post(
        "/login", data={"name": "mon-a", "password": PASSWORD, "csrf": "guess"})
    assert forged.status_code == 403  # login CSRF: the form's token must match its cookie


def test_host_body_cap_csp_and_no_cdn_docs(app: FastAPI, tokens: dict[str, str]) -> None:
    client = TestClient(app, headers=bearer(tokens["mon-a"]))
    rebinding = client.get("/leads", headers={"Host": "evil.example"})
    assert rebinding.status_code == 400 and "Host" in rebinding.json()["detail"]
    huge = client.post(f"/leads/{CORPUS[0].id}/triage", content=b"x" * 200_000,
                       headers={"Content-Type": "application/json"})
    assert huge.status_code == 413
    page = TestClient(app, follow_redirects=False).get("/login")
    csp = page.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "cdn" not in page.text.lower() and "http" not in re.sub(r'href="/[^"]*"', "", page.text).split("<main>")[1]
    assert client.get("/docs").status_code == 404 and client.get("/redoc").status_code == 404
    assert TestClient(app).get("/openapi.json").status_code == 401
    assert "/leads/{lead_id}/triage" in client.get("/openapi.json").json()["paths"]
