"""The map page: leads and incidents by district over the bundled base map, escaped, with no style or script."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from tests.api.accounts import app_over
from tests.store.test_contract import make_lead
from tests.web.test_pages import signed_in

SVG = "{http://www.w3.org/2000/svg}"
TRIPOLI = [replace(make_lead(f"https://ex.ly/t{i}", f"قتل مدني في طرابلس {i}", location=(32.88, 13.19)),
                   regions=("Tripoli",), title=f'<script>alert({i})</script> طرابلس') for i in range(3)]
SABHA = replace(make_lead("https://ex.ly/s", "اعتقال ناشط في سبها", types=("arbitrary_detention",)), regions=("Sabha",))


@pytest.fixture()
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("RASAD_DB_URL", raising=False)
    with app_over(tmp_path, [*TRIPOLI, SABHA]) as app:
        yield app


def _maps(html: str) -> list[ET.Element]:
    return [ET.fromstring(svg) for svg in re.findall(r"<svg .*?</svg>", html, flags=re.DOTALL)]


def test_map_counts_leads_by_district_and_links_them(app) -> None:  # type: ignore[no-untyped-def]
    client, _ = signed_in(app, "res-a")
    page = client.get("/map")
    assert page.status_code == 200
    lead_map, incident_map = _maps(page.text)
    counts = {c.text for c in lead_map.iter(f"{SVG}text")}
    assert {"3", "1"} <= counts  # Tripoli's three leads, Sabha's one
    links = [a.get("href") for a in lead_map.iter(f"{SVG}a")]
    assert "/search?region=Tripoli" in links and "/search?region=Sabha" in links
    assert sum(link.startswith("/lead/") for link in links) == 3  # the located leads, as dots
    assert incident_map.findall(f".//{SVG}circle") == []  # no incident documented yet
    assert len(incident_map.findall(f".//{SVG}path")) == 22
    narrowed = _maps(client.get("/map", params={"type": "arbitrary_detention"}).text)[0]
    assert {c.text for c in narrowed.iter(f"{SVG}text")} & {"3"} == set()


def test_map_escapes_hostile_titles_and_needs_no_inline_style(app) -> None:  # type: ignore[no-untyped-def]
    client, _ = signed_in(app, "mon-a")
    text = client.get("/map").text
    assert "<script>alert" not in text and "&lt;script&gt;alert(0)" in text
    assert "<style" not in text and " style=" not in text  # the CSP forbids inline styles
    assert "OpenStreetMap contributors" in text and "Natural Earth" in text


def test_map_needs_sign_in(app) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    answer = TestClient(app, follow_redirects=False).get("/map")
    assert answer.status_code == 303 and answer.headers["location"] == "/login"
