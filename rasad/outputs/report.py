"""Monthly and yearly reports: counts of verified incidents and victims, in Arabic and English.

``build_report`` turns incident records into counts (``tally``); ``write_report`` writes a folder:
``report.html`` (Arabic first, right to left, then English; self-contained, no script, every field
escaped), ``tables.csv``, the charts and the district map as SVG. Reads records only: nothing here
touches the case store or the archive.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from html import escape
from pathlib import Path

from rasad.cases.records import IncidentRecord
from rasad.outputs import svg
from rasad.outputs.labels import AGE_GROUPS, GENDERS, VIOLATIONS, district_label, districts, label
from rasad.outputs.periods import Period
from rasad.outputs.svg import ltr
from rasad.outputs.tally import Counts, count, selected

CSV_COLUMNS = ("table", "month", "violation", "district", "gender", "age_group", "verification", "count",
               "previous_period", "change")
MAP_CREDIT = {
    "ar": "الدوائر في مراكز تقريبية للشعبيات (معجم رصد). الخريطة: Natural Earth (ملكية عامة)؛ "
          "خطوطها الداخلية تقسيم إداري أقدم، لا حدود الشعبيات.",
    "en": "Circles at approximate district centres (rasad gazetteer). Base map: Natural Earth (public domain); "
          "its inner lines are an older admin-1 division, not the districts' boundaries.",
}
TEXT = {
    "title": ("تقرير رصد", "rasad report"),
    "period": ("الفترة", "Period"),
    "generated": ("أُعدّ في", "Generated"),
    "empty": ("لا توجد حوادث موثقة في هذه الفترة.", "No verified incidents in this period."),
    "empty_unverified": ("لا توجد حوادث موثقة أو مرشحة في هذه الفترة.",
                         "No verified or candidate incidents in this period."),
    "incidents": ("الحوادث", "Incidents"),
    "victims": ("الضحايا", "Victims"),
    "previous": ("الفترة السابقة", "Previous period"),
    "change": ("التغير", "Change"),
    "violation": ("الانتهاك", "Violation"),
    "district": ("الشعبية", "District"),
    "gender": ("الجنس", "Gender"),
    "age_group": ("الفئة العمرية", "Age group"),
    "month": ("الشهر", "Month"),
    "verification": ("التحقق", "Verification"),
    "verified": ("متحقق منه", "verified"),
    "unverified": ("غير متحقق (مرشح)", "unverified (candidate)"),
    "chart": ("الحوادث حسب نوع الانتهاك", "Incidents by violation type"),
    "map": ("الحوادث حسب الشعبية", "Incidents by district"),
    "rules": (("تُحسب الحادثة مرة لكل نوع انتهاك، والضحية مرة لكل انتهاك تعرّض له. تاريخ الحدث هو المعتمد. "
              "الحوادث المؤرخة بالسنة فقط لا تدخل في التقارير الشهرية. الحوادث المغلقة لا تُحسب."),
              ("An incident counts once per violation type, a victim once per violation suffered. Counted by "
              "event date; incidents dated only to the year are left out of monthly reports. Closed incidents "
              "are not counted.")),
    "includes_unverified": ("يشمل هذا التقرير حوادث غير متحقق منها، مميزة بعلامة «غير متحقق».",
                            "This report includes unverified candidate incidents, marked as such."),
    "by_month": ("حسب الشهر", "By month"),
    "measure": ("المقياس", "Measure"),
    "count": ("العدد", "Count"),
}


@dataclass(frozen=True)
class Report:
    period: Period
    include_unverified: bool
    current: Counts
    previous: Counts
    generated_at: str

    @property
    def empty(self) -> bool:
        return not self.current.distinct_incidents


def build_report(incidents: Sequence[IncidentRecord], period: Period, previous: Sequence[IncidentRecord],
                 include_unverified: bool = False, generated_at: str | None = None) -> Report:
    """Count the period's incidents and the previous period's (for the change); records outside are ignored."""
    return Report(
        period=period,
        include_unverified=include_unverified,
        current=count(selected(incidents, period, include_unverified)),
        previous=count(selected(previous, period.previous(), include_unverified)),
        generated_at=generated_at or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    )


def _t(key: str, lang: str) -> str:
    return TEXT[key][0 if lang == "ar" else 1]


def _change(now: int, before: int) -> str:
    return f"{now - before:+d}" if now != before else "0"


def table_rows(report: Report) -> list[dict[str, str | int]]:
    """The rows of ``tables.csv``: period totals with the previous period and the change, then by month."""
    rows: list[dict[str, str | int]] = []
    now, before = report.current, report.previous
    for key in sorted(set(now.incidents) | set(before.incidents)):
        violation, district, mark = key
        rows.append({"table": "incidents", "violation": violation, "district": district, "verification": mark,
                     "count": now.incidents[key], "previous_period": before.incidents[key],
                     "change": _change(now.incidents[key], before.incidents[key])})
    for vkey in sorted(set(now.victims) | set(before.victims)):
        violation, district, gender, age, mark = vkey
        rows.append({"table": "victims", "violation": violation, "district": district, "gender": gender,
                     "age_group": age, "verification": mark, "count": now.victims[vkey],
                     "previous_period": before.victims[vkey],
                     "change": _change(now.victims[vkey], before.victims[vkey])})
    for mkey, value in sorted(now.incidents_by_month.items()):
        month, violation, district, mark = mkey
        rows.append({"table": "incidents_by_month", "month": month, "violation": violation, "district": district,
                     "verification": mark, "count": value})
    for mvkey, value in sorted(now.victims_by_month.items()):
        month, violation, district, gender, age, mark = mvkey
        rows.append({"table": "victims_by_month", "month": month, "violation": violation, "district": district,
                     "gender": gender, "age_group": age, "verification": mark, "count": value})
    return rows


def _csv_cell(value: str | int) -> str | int:
    """Spreadsheets run cells that start with = + - @ as formulas: quote them (a negative change stays a number)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@") and not value[1:].isdigit():
        return "'" + value
    return value


def tables_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS, restval="", lineterminator="\n")
    writer.writeheader()
    for row in table_rows(report):
        writer.writerow({k: _csv_cell(v) for k, v in row.items()})
    return out.getvalue()


def _by(counter: Counter[tuple[str, ...]], index: int) -> Counter[str]:
    totals: Counter[str] = Counter()
    for key, value in counter.items():
        totals[key[index]] += value
    return totals


def violation_chart(report: Report, lang: str) -> str:
    now, before = _by(report.current.incidents, 0), _by(report.previous.incidents, 0)
    bars = [svg.Bar(label(VIOLATIONS, v, lang), n, f"({_change(n, before[v])})")
            for v, n in sorted(now.items(), key=lambda item: (-item[1], item[0]))]
    return svg.bar_chart(bars, f"{_t('chart', lang)} — {ltr(report.period.label)}", lang, _empty_text(report, lang))


def district_map(report: Report, lang: str) -> str:
    places = districts()
    values = {name: n for name, n in report.current.by_district.items() if name in places}
    names = {name: district_label(name, lang) for name in places}
    return svg.district_map(values, places, f"{_t('map', lang)} — {ltr(report.period.label)}", lang, MAP_CREDIT[lang],
                            names)


def _empty_text(report: Report, lang: str) -> str:
    return _t("empty_unverified" if report.include_unverified else "empty", lang)


def _table(headers: Sequence[str], rows: Sequence[Sequence[str | int]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td><bdi>{escape(str(c))}</bdi></td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _without_district(victims: Counter[tuple[str, str, str, str, str]]) -> Counter[tuple[str, str, str, str]]:
    totals: Counter[tuple[str, str, str, str]] = Counter()
    for (violation, _, gender, age, mark), value in victims.items():
        totals[(violation, gender, age, mark)] += value
    return totals


def _mark(mark: str, lang: str) -> str:
    return _t(mark, lang)


def _section(report: Report, lang: str, chart: str, map_svg: str) -> str:
    now, before = report.current, report.previous
    direction = "rtl" if lang == "ar" else "ltr"
    parts = [f'<section lang="{lang}" dir="{direction}">',
             f"<h1>{escape(_t('title', lang))} — <bdi>{escape(report.period.label)}</bdi></h1>",
             (f"<p>{escape(_t('period', lang))}: <bdi>{escape(report.period.start.isoformat())}</bdi> – "
             f"<bdi>{escape((report.period.end - timedelta(days=1)).isoformat())}</bdi> · "
             f"{escape(_t('generated', lang))}: <bdi>{escape(report.generated_at)}</bdi></p>")]
    if report.include_unverified:
        parts.append(f'<p class="warning">{escape(_t("includes_unverified", lang))}</p>')
    if report.empty:
        parts.append(f'<p class="empty">{escape(_empty_text(report, lang))}</p>')
    summary = []
    for mark in ("verified", "unverified"):
        if mark == "unverified" and not report.include_unverified:
            continue
        n_inc, p_inc = now.distinct_incidents[mark], before.distinct_incidents[mark]
        n_vic, p_vic = now.distinct_victims[mark], before.distinct_victims[mark]
        summary.append((_mark(mark, lang), _t("incidents", lang), n_inc, p_inc, _change(n_inc, p_inc)))
        summary.append((_mark(mark, lang), _t("victims", lang), n_vic, p_vic, _change(n_vic, p_vic)))
    parts.append(_table([_t(k, lang) for k in ("verification", "measure", "count", "previous", "change")],
                        summary))
    parts.append(f"<p>{escape(_t('rules', lang))}</p>")
    parts.append(f'<figure>{chart}</figure><figure>{map_svg}</figure>')
    if not report.empty:
        rows = [r for r in table_rows(report) if r["table"] == "incidents"]
        parts.append(f"<h2>{escape(_t('incidents', lang))}</h2>")
        parts.append(_table(
            [_t(k, lang) for k in ("violation", "district", "verification", "incidents", "previous", "change")],
            [(label(VIOLATIONS, str(r["violation"]), lang), district_label(str(r["district"]), lang),
              _mark(str(r["verification"]), lang), r["count"], r["previous_period"], r["change"]) for r in rows]))
        victims, victims_before = _without_district(now.victims), _without_district(before.victims)
        parts.append(f"<h2>{escape(_t('victims', lang))}</h2>")
        parts.append(_table(
            [_t(k, lang) for k in ("violation", "gender", "age_group", "verification", "victims", "previous",
                                   "change")],
            [(label(VIOLATIONS, v, lang), label(GENDERS, g, lang), label(AGE_GROUPS, a, lang), _mark(m, lang),
              victims[(v, g, a, m)], victims_before[(v, g, a, m)], _change(victims[(v, g, a, m)],
                                                                           victims_before[(v, g, a, m)]))
             for (v, g, a, m) in sorted(set(victims) | set(victims_before))]))
        if report.period.kind == "year":
            months: Counter[tuple[str, str]] = Counter()
            for (month, violation, _, mark), value in now.incidents_by_month.items():
                months[(month, mark)] += value
            parts.append(f"<h2>{escape(_t('by_month', lang))}</h2>")
            parts.append(_table([_t("month", lang), _t("verification", lang), _t("incidents", lang)],
                                [(m, _mark(k, lang), n) for (m, k), n in sorted(months.items())]))
    parts.append("</section>")
    return "\n".join(parts)


STYLE = """
body{font-family:'DejaVu Sans','Noto Sans Arabic',Tahoma,sans-serif;margin:2em;color:#222}
section{margin-bottom:3em}table{border-collapse:collapse;margin:1em 0}
th,td{border:1px solid #bbb;padding:.3em .6em}th{background:#f3efe6}
.warning{color:#8a4b00;font-weight:bold}.empty{font-size:1.2em;font-weight:bold}
figure{margin:1em 0}svg{max-width:100%;height:auto}
"""


def report_html(report: Report, charts: dict[str, str], maps: dict[str, str]) -> str:
    """One page, Arabic (right to left) then English; no script, no external asset."""
    sections = "\n".join(_section(report, lang, charts[lang], maps[lang]) for lang in ("ar", "en"))
    return ('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            "img-src data:\">\n"
            f"<title>{escape(_t('title', 'ar'))} — {escape(report.period.label)}</title>\n<style>{STYLE}</style>\n"
            f"</head>\n<body>\n{sections}\n</body>\n</html>\n")


def write_report(report: Report, out_dir: Path) -> list[Path]:
    """Write the report's files into ``out_dir`` (created if needed; its older report files are replaced)."""
    charts = {lang: violation_chart(report, lang) for lang in ("ar", "en")}
    maps = {lang: district_map(report, lang) for lang in ("ar", "en")}
    contents = {
        "report.html": report_html(report, charts, maps),
        "tables.csv": tables_csv(report),
        **{f"chart-violations.{lang}.svg": chart for lang, chart in charts.items()},
        **{f"map-districts.{lang}.svg": map_svg for lang, map_svg in maps.items()},
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".report-", dir=out_dir))
    try:
        for name, text in contents.items():
            (staging / name).write_text(text, encoding="utf-8")
        for name in contents:
            os.replace(staging / name, out_dir / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [out_dir / name for name in contents]
