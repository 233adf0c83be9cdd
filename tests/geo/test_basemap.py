"""The bundled base map: 22 polygons inside Libya, district seats, an escaped SVG that scales with counts."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from rasad.geo.basemap import ATTRIBUTION, EXTENT, Projection, base_map, district_seats, render_district_svg

SVG = "{http://www.w3.org/2000/svg}"


def test_base_map_is_libya() -> None:
    features = base_map()["features"]
    assert len(features) == 22
    assert {f["properties"]["code"][:3] for f in features} == {"LY-"}
    west, south, east, north = EXTENT
    for feature in features:
        coords = re.findall(r"-?\d+\.\d+", str(feature["geometry"]["coordinates"]))
        lons, lats = [float(c) for c in coords[0::2]], [float(c) for c in coords[1::2]]
        assert west <= min(lons) and max(lons) <= east and south <= min(lats) and max(lats) <= north


def test_every_district_seat_projects_inside_the_map() -> None:
    seats = district_seats()
    assert len(seats) == 22 and len({s.region for s in seats}) == 22
    project = Projection(640)
    for seat in seats:
        x, y = project(seat.lon, seat.lat)
        assert 0 <= x <= 640 and 0 <= y <= project.height


def test_svg_draws_one_circle_per_counted_district_scaled_by_count() -> None:
    svg = render_district_svg({"Tripoli": 9, "Benghazi": 1, "Tunis": 4, "Sabha": 0}, title="<b>حوادث</b>")
    root = ET.fromstring(svg)  # well-formed: every label escaped
    circles = root.findall(f".//{SVG}circle")
    assert len(circles) == 2  # Tunis is abroad, Sabha has nothing
    radii = sorted(float(c.get("r")) for c in circles)
    assert radii[0] < radii[1]
    assert "<b>" not in svg and "&lt;b&gt;" in svg
    assert ATTRIBUTION.split(":")[0] in svg and "OpenStreetMap contributors" in svg
    assert len(root.findall(f".//{SVG}path")) == 22


def test_empty_counts_still_draw_the_base_map() -> None:
    root = ET.fromstring(render_district_svg({}, title="nothing", lang="en"))
    assert root.findall(f".//{SVG}circle") == []
    assert len(root.findall(f".//{SVG}path")) == 22
