"""Reports from incident records: the counts, the change from the previous period, the files, the empty month."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from rasad.cases.records import IncidentRecord, VictimRecord
from rasad.cli import main
from rasad.outputs.commands import run_report
from rasad.outputs.periods import month_period, year_period
from rasad.outputs.report import build_report, write_report
from tests.conftest import CANARY_NAMES


def victim(vid: str, incident: str, gender: str, age: str, violations: tuple[str, ...] = ()) -> VictimRecord:
    return VictimRecord(id=vid, incident_id=incident, pseudonym=f"P-{vid}", gender=gender, age_group=age,
                        violations=violations)


def incident(iid: str, date: str, status: str = "verified", types: tuple[str, ...] = ("killing",),
             district: str | None = "Tripoli", victims: tuple[VictimRecord, ...] = (),
             precision: str = "day", title: str = "t") -> IncidentRecord:
    return IncidentRecord(id=iid, title=title, types=types, status=status, event_date=date,
                          event_date_precision=precision, district=district, victims=victims)


INCIDENTS = [
    incident("a", "2026-11-03", types=("killing", "torture"), victims=(
        victim("a1", "a", "male", "adult"), victim("a2", "a", "female", "child", ("torture",)))),
    incident("b", "2026-11-20", district="Benghazi", types=("arbitrary_detention",),
             victims=(victim("b1", "b", "male", "adult"),), title=f"احتجاز {CANARY_NAMES[0]}"),
    incident("c", "2026-11-21", status="open", types=("abduction",), district="Sabha",
             victims=(victim("c1", "c", "female", "adult"),)),
    incident("d", "2026-11-22", status="closed", types=("killing",)),
    incident("e", "2026", precision="year", types=("killing",)),  # known only to the year
    incident("g", "2026-11", precision="month", types=("torture",), district="Misrata"),  # to the month
    incident("f", "2026-12-01", types=("killing",)),  # next month
    incident("p1", "2026-10-05", types=("killing",), victims=(victim("p", "p1", "male", "adult"),)),
    incident("p2", "2026-10-06", types=("killing",)),
]


def rows(out: Path) -> list[dict[str, str]]:
    with open(out / "tables.csv", encoding="utf-8") as stream:
        return list(csv.DictReader(stream))


def test_counts_verified_incidents_and_victims_with_the_change(tmp_path: Path) -> None:
    report = build_report(INCIDENTS, month_period("2026-11"), INCIDENTS)
    assert report.current.distinct_incidents == {"verified": 3}
    assert report.current.distinct_victims == {"verified": 3}
    assert report.current.incidents[("torture", "Misrata", "verified")] == 1
    assert report.current.incidents[("killing", "Tripoli", "verified")] == 1
    assert report.current.incidents[("torture", "Tripoli", "verified")] == 1
    # the child suffered torture only; the adult both of the incident's types
    assert report.current.victims[("torture", "Tripoli", "female", "child", "verified")] == 1
    assert report.current.victims[("killing", "Tripoli", "female", "child", "verified")] == 0
    assert report.current.victims[("killing", "Tripoli", "male", "adult", "verified")] == 1
    write_report(report, tmp_path)
    table = rows(tmp_path)
    killing = next(r for r in table if r["table"] == "incidents" and r["violation"] == "killing")
    assert (killing["district"], killing["count"], killing["previous_period"], killing["change"]) == (
        "Tripoli", "1", "2", "-1")
    detention = next(r for r in table if r["table"] == "incidents" and r["violation"] == "arbitrary_detention")
    assert (detention["count"], detention["previous_period"], detention["change"]) == ("1", "0", "+1")
    assert not any(r["verification"] == "unverified" for r in table)
    assert {r["month"] for r in table if r["table"].endswith("_by_month")} == {"2026-11"}
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    cells = "".join(f"<td><bdi>{c}</bdi></td>" for c in ("Killing", "Male", "Adult", "verified", 1, 1, 0))
    assert cells in html  # victims now, in the previous month, and the change


def test_unverified_candidates_are_added_only_on_request_and_marked(tmp_path: Path) -> None:
    report = build_report(INCIDENTS, month_period("2026-11"), INCIDENTS, include_unverified=True)
    assert report.current.distinct_incidents == {"verified": 3, "unverified": 1}
    write_report(report, tmp_path)
    abduction = [r for r in rows(tmp_path) if r["violation"] == "abduction"]
    assert abduction and all(r["verification"] == "unverified" for r in abduction)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "غير متحقق (مرشح)" in html and "unverified (candidate)" in html


def test_year_report_counts_by_month_and_year_dated_incidents(tmp_path: Path) -> None:
    report = build_report(INCIDENTS, year_period("2026"), INCIDENTS)
    assert report.current.distinct_incidents["verified"] == 7  # a, b, e, f, g, p1, p2
    months = {key[0] for key in report.current.incidents_by_month}
    assert months == {"2026", "2026-10", "2026-11", "2026-12"}


def test_report_files_are_self_contained_escaped_bilingual_and_name_free(tmp_path: Path) -> None:
    hostile = incident("x", "2026-11-05", district='<script>alert(1)</script>"&', types=("killing",))
    report = build_report([*INCIDENTS, hostile], month_period("2026-11"), INCIDENTS)
    paths = write_report(report, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "&lt;script&gt;" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", html)
    assert '<section lang="ar" dir="rtl">' in html and '<section lang="en" dir="ltr">' in html
    assert "التعذيب" in html and "Torture" in html
    for path in tmp_path.iterdir():
        text = path.read_text(encoding="utf-8")
        assert CANARY_NAMES[0] not in text, path.name
        if path.suffix == ".svg":
            assert "<script" not in text.lower() and "http://www.w3.org/2000/svg" in text
            assert not re.search(r"""(href)\s*=\s*["']?(https?:|//)""", text)
    map_ar = (tmp_path / "map-districts.ar.svg").read_text(encoding="utf-8")
    assert "طرابلس: \u20661\u2069" in map_ar and "بنغازي: \u20661\u2069" in map_ar  # x's district is no known district: tables only
    map_en = (tmp_path / "map-districts.en.svg").read_text(encoding="utf-8")
    assert "not the districts' boundaries" in map_en and "Natural Earth" in map_en
    assert map_en.count("<path ") == 22  # the bundled base map, drawn under the circles


def test_an_empty_month_is_an_empty_report_that_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "reports" / "2026-06"
    assert run_report(INCIDENTS, month_period("2026-06"), out, include_unverified=False) == 0
    assert "no verified incidents in 2026-06" in capsys.readouterr().err
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "لا توجد حوادث موثقة في هذه الفترة." in html and "No verified incidents in this period." in html
    assert rows(out) == []
    assert (out / "chart-violations.ar.svg").is_file() and (out / "map-districts.ar.svg").is_file()


def test_report_without_a_case_store_says_so_and_creates_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("RASAD_DB_URL", raising=False)
    monkeypatch.setenv("RASAD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--month", "2026-11"]) == 2
    assert "no data directory" in capsys.readouterr().err
    (tmp_path / "data").mkdir()
    assert main(["report", "--year", "2026"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("rasad report: error: no case store at") and "\n" not in err
    assert list((tmp_path / "data").iterdir()) == [] and not (tmp_path / "reports").exists()
    assert main(["report", "--month", "2026-13"]) == 2
    assert "--month wants YYYY-MM" in capsys.readouterr().err
