"""Charts and the district map as plain SVG: no script, no external asset, every text escaped.

Arabic is written as logical text with ``direction="rtl"`` and ``xml:lang="ar"``, so the browser
shapes and orders it (no presentation-form tricks, no shaping library).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from rasad.geo.basemap import svg_paths

FONT = "'DejaVu Sans','Noto Sans Arabic','Noto Naskh Arabic',Tahoma,sans-serif"


def ltr(text: str) -> str:
    """Isolate a left-to-right run (a date, a number with its sign) inside right-to-left text."""
    return f"\u2066{text}\u2069"


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    note: str = ""  # e.g. the change from the previous period, "+3"


def _open(width: int, height: int, lang: str, title: str) -> list[str]:
    direction = "rtl" if lang == "ar" else "ltr"
    return [
        (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" xml:lang="{lang}" direction="{direction}" '
        f'font-family="{FONT}" font-size="14">'),
        f"<title>{escape(title)}</title>",
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
    ]


def _text(x: float, y: float, text: str, lang: str, *, anchor: str = "start", size: int = 14,
          fill: str = "#222222", css_class: str = "") -> str:
    """One text run; ``start`` is the right edge for Arabic (rtl), the left edge for English."""
    direction = "rtl" if lang == "ar" else "ltr"
    klass = f' class="{css_class}"' if css_class else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" xml:lang="{lang}" direction="{direction}" '
            f'text-anchor="{anchor}" font-size="{size}" fill="{fill}"{klass}>{escape(text)}</text>')


def bar_chart(bars: Sequence[Bar], title: str, lang: str, empty_message: str) -> str:
    """Horizontal bars; labels on the reading side (right for Arabic, left for English)."""
    width, label_width, row = 720, 280, 30
    height = 50 + max(len(bars), 1) * row + 10
    parts = _open(width, height, lang, title)
    rtl = lang == "ar"
    parts.append(_text(width - 10 if rtl else 10, 26, title, lang, size=16))
    if not bars:
        parts.append(_text(width - 10 if rtl else 10, 60, empty_message, lang, css_class="label"))
    top = max((b.value for b in bars), default=0) or 1
    span = width - label_width - 90
    for i, bar in enumerate(bars):
        y = 50 + i * row
        length = span * bar.value / top
        if rtl:
            label_x, bar_end = width - 10, width - label_width
            parts.append(_text(label_x, y + 18, bar.label, lang, css_class="label"))
            parts.append(f'<rect x="{bar_end - length:.1f}" y="{y + 4}" width="{length:.1f}" height="{row - 10}" '
                         'fill="#7a2e2e"/>')
            parts.append(_text(bar_end - length - 6, y + 18, ltr(f"{bar.value} {bar.note}".strip()), "en",
                               anchor="end"))
        else:
            parts.append(_text(10, y + 18, bar.label, lang, css_class="label"))
            parts.append(f'<rect x="{label_width}" y="{y + 4}" width="{length:.1f}" height="{row - 10}" '
                         'fill="#7a2e2e"/>')
            parts.append(_text(label_width + length + 6, y + 18, f"{bar.value} {bar.note}".strip(), "en"))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


WEST, EAST, SOUTH, NORTH = 9.0, 25.8, 19.0, 34.0


def district_map(values: Mapping[str, int], places: Mapping[str, tuple[str, float, float]], title: str,
                 lang: str, credit: str, labels: Mapping[str, str]) -> str:
    """Proportional circles at district centres over the bundled base map; circle area follows the count."""
    scale = 40.0
    width, height = round((EAST - WEST) * scale), round((NORTH - SOUTH) * scale) + 60

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon - WEST) * scale, (NORTH - lat) * scale + 30

    parts = _open(width, height, lang, title)
    rtl = lang == "ar"
    parts.append(_text(width - 10 if rtl else 10, 22, title, lang, size=16))
    parts.append(f'<g fill="#f3efe6" stroke="#b9b2a5" stroke-width="0.8">{svg_paths(xy)}</g>')
    top = max(values.values(), default=0) or 1
    for name, (_, lat, lon) in sorted(places.items()):
        x, y = xy(lon, lat)
        value = values.get(name, 0)
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2" fill="#8a8170"/>')
        if value:
            radius = 4 + 26 * math.sqrt(value / top)
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="#7a2e2e" fill-opacity="0.55" '
                         'stroke="#7a2e2e"/>')
            parts.append(_text(x, y - radius - 4, f"{labels.get(name, name)}: {ltr(str(value))}", lang, anchor="middle",
                               size=12))
    parts.append(_text(width - 10 if rtl else 10, height - 12, credit, lang, size=11, fill="#555555"))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
