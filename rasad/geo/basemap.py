"""The Libya base map, bundled (no tile server), and a small SVG map of counts by district.

Polygons: Natural Earth admin-1 (public domain, see ``data/README.md``). Counts: circles at the seats
of the gazetteer's 22 districts, whose names are the lead ``regions`` values. One projection serves the
SVG maps of reports and the web app's map page, so a district sits at the same place on both.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

BASE_MAP = Path(__file__).resolve().parent / "data" / "libya-admin1.geojson"
GAZETTEER = Path(__file__).resolve().parents[2] / "nlp" / "data" / "places.json"
ATTRIBUTION = "Base map: Natural Earth (public domain). Places: © OpenStreetMap contributors (ODbL)."
# Libya's extent with a small margin: (west, south, east, north).
EXTENT = (9.0, 19.3, 25.5, 33.5)


@dataclass(frozen=True)
class DistrictSeat:
    """A district (sha'biya) of the gazetteer: the ``region`` name leads carry, and where to draw it."""

    place_id: str
    region: str
    name_ar: str
    lat: float
    lon: float


@lru_cache(maxsize=1)
def base_map() -> dict[str, Any]:
    """The GeoJSON FeatureCollection of the bundled polygons (read once)."""
    return json.loads(BASE_MAP.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def district_seats() -> tuple[DistrictSeat, ...]:
    places = json.loads(GAZETTEER.read_text(encoding="utf-8"))["places"]
    return tuple(
        DistrictSeat(p["id"], p["region"], p["names"][0], float(p["lat"]), float(p["lon"]))
        for p in places
        if p.get("precision") == "district" and p.get("country") == "LY" and p.get("region")
    )


def seat_of(region: str) -> DistrictSeat | None:
    return next((seat for seat in district_seats() if seat.region == region), None)


class Projection:
    """Equirectangular, scaled by cos(latitude) at Libya's middle: near enough for a country map."""

    def __init__(self, width: int) -> None:
        west, south, east, north = EXTENT
        self._k = math.cos(math.radians((south + north) / 2))
        self.width = width
        self._scale = width / ((east - west) * self._k)
        self.height = round((north - south) * self._scale)

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        west, _, _, north = EXTENT
        return round((lon - west) * self._k * self._scale, 1), round((north - lat) * self._scale, 1)


def _rings(geometry: Mapping[str, Any]) -> list[list[list[float]]]:
    if geometry["type"] == "Polygon":
        return list(geometry["coordinates"])
    return [ring for polygon in geometry["coordinates"] for ring in polygon]


def svg_paths(project: Callable[[float, float], tuple[float, float]]) -> str:
    """The base map as SVG ``<path>`` elements (one per admin-1 polygon)."""
    paths = []
    for feature in base_map()["features"]:
        d = " ".join(
            "M" + " L".join(f"{x},{y}" for x, y in (project(lon, lat) for lon, lat in ring)) + " Z"
            for ring in _rings(feature["geometry"])
        )
        paths.append(f'<path class="admin1" d="{d}"/>')
    return "\n".join(paths)


@dataclass(frozen=True)
class MapPoint:
    """One located lead or incident drawn as a dot, linking to its page."""

    lat: float
    lon: float
    href: str
    label: str


def render_district_svg(counts: Mapping[str, int], *, title: str, lang: str = "ar", width: int = 640,
                        points: Sequence[MapPoint] = (), region_href: Callable[[str], str] | None = None,
                        colour: str = "#b3261e") -> str:
    """An SVG map with one circle per district, its area proportional to the count, and optional dots.

    ``counts`` maps a lead/incident ``region`` to a number; regions that are not Libyan districts
    (abroad, unknown) are not drawn: the caller reports them in its tables. Every label is escaped, and
    styling is in presentation attributes (no ``<style>``), so the SVG can sit inside a page whose CSP
    forbids inline styles. Circles link to ``region_href(region)`` when given.
    """
    project = Projection(width)
    largest = max((n for n in counts.values() if n > 0), default=0)
    shapes = []
    for point in points:
        west, south, east, north = EXTENT
        if not (west <= point.lon <= east and south <= point.lat <= north):
            continue
        x, y = project(point.lon, point.lat)
        shapes.append(f'<a href="{escape(point.href)}"><title>{escape(point.label)}</title>'
                      f'<circle cx="{x}" cy="{y}" r="3" fill="#1d4e89" fill-opacity="0.8"/></a>')
    for seat in district_seats():
        count = counts.get(seat.region, 0)
        if count <= 0:
            continue
        x, y = project(seat.lon, seat.lat)
        radius = round(4 + 26 * math.sqrt(count / largest), 1)
        label = escape(seat.name_ar if lang == "ar" else seat.region)
        circle = (f'<title>{label}: {count}</title>'
                  f'<circle cx="{x}" cy="{y}" r="{radius}" fill="{escape(colour)}" fill-opacity="0.55" '
                  f'stroke="{escape(colour)}"/>'
                  f'<text x="{x}" y="{y}" dy="0.35em" text-anchor="middle" font-family="sans-serif" '
                  f'font-size="11" font-weight="bold" fill="#fff">{count}</text>')
        if region_href is not None:
            circle = f'<a href="{escape(region_href(seat.region))}">{circle}</a>'
        shapes.append(f'<g class="district">{circle}</g>')
    direction = "rtl" if lang == "ar" else "ltr"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {project.height + 40}" '
        f'width="{width}" height="{project.height + 40}" xml:lang="{escape(lang)}" direction="{direction}" '
        f'role="img" aria-label="{escape(title)}">\n'
        f"<title>{escape(title)}</title>\n"
        f'<g fill="#f2efe9" stroke="#b9b2a5" stroke-width="0.6">{svg_paths(project)}</g>\n'
        + "\n".join(shapes) + "\n"
        f'<text x="8" y="{project.height + 28}" direction="ltr" font-family="sans-serif" font-size="10" '
        f'fill="#555">{escape(ATTRIBUTION)}</text>\n'
        "</svg>\n"
    )
