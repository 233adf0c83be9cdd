"""`rasad annotate --jsonl IN OUT`: one output line per input line, same ids, nothing dropped.

A line that is not JSON, not an object, or lacks ``id``/``text`` still gets an output line: the
default (empty) annotation plus an ``error`` field saying why, and one line on stderr. Only the
line number and the reason are printed, never the text (do no harm).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from nlp.annotate import annotate
from rasad.errors import QuarantineItem, UserError
from rasad.output_file import check_output
from rasad.records import Annotation

PROGRESS_EVERY = 1000


@dataclass
class AnnotateStats:
    lines: int = 0
    annotated: int = 0
    quarantined: int = 0
    failed: int = 0
    reasons: list[str] = field(default_factory=list)


def output_record(item_id: Any, annotation: Annotation, language: str | None, arabizi: bool) -> dict[str, Any]:
    """The contract shape (issue 5) plus a few extra fields for the pipeline."""
    incidents = annotation.ranked_incidents()
    killed, injured, detained = annotation.casualties()
    return {
        "id": item_id,
        "language": language,
        "arabizi": arabizi,
        "is_incident": annotation.is_incident,
        "incident_types": [i.type for i in incidents],
        "in_libya": annotation.in_libya,
        "places": [{"name": p.name, "id": p.id, "lat": p.lat, "lon": p.lon, "event_location": p.event_location,
                    "in_libya": p.in_libya, "precision": p.precision, "start": p.start, "end": p.end}
                   for p in annotation.places],
        "actors": [{"name": a.name, "id": a.id or None, "type": a.type, "start": a.start, "end": a.end}
                   for a in annotation.actors],
        "event_date": annotation.event_date()[0],
        "killed": killed,
        "injured": injured,
        "detained": detained,
        "victim_categories": list(annotation.victim_categories()),
        "victim_status": annotation.victim_status,
        "listing": annotation.listing,
        "evidence": [{"type": i.type, "sentence": i.evidence.sentence, "start": i.evidence.start,
                      "end": i.evidence.end, "trigger": i.evidence.trigger, "confidence": i.confidence,
                      "event_date": i.event_date, "date_precision": i.date_precision} for i in incidents],
        "truncated": annotation.truncated,
    }


def parse_line(line: str) -> dict[str, Any]:
    """The item of one input line; QuarantineItem says what is wrong with it."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise QuarantineItem(f"not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(item, dict):
        raise QuarantineItem(f"not a JSON object but {type(item).__name__}")
    if "id" not in item:
        raise QuarantineItem("no 'id' field")
    if not isinstance(item.get("text"), str):
        raise QuarantineItem("no 'text' string field")
    return item


def _id_of(raw: str) -> Any:
    """The id of a bad line when it has one, so its output line can still be matched."""
    try:
        item = json.loads(raw)
    except json.JSONDecodeError:
        return None
    return item.get("id") if isinstance(item, dict) else None


def _language(item: dict[str, Any]) -> tuple[str | None, bool]:
    from pipelines.language import detect_language, is_arabizi

    text = item["text"]
    given = item.get("language") if isinstance(item.get("language"), str) else None
    if given:
        return given, is_arabizi(text[:5000])
    guess = detect_language(text)
    if guess.language is None and text.strip():
        has_arabic = any("\u0600" <= c <= "\u06ff" for c in text[:5000])
        return ("ar" if has_arabic else None), guess.arabizi
    return guess.language, guess.arabizi


def annotate_lines(lines: Iterator[str], out: TextIO, err: TextIO | None = None) -> AnnotateStats:
    err = err or sys.stderr
    stats = AnnotateStats()
    empty = Annotation()
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue  # blank lines are not items
        stats.lines += 1
        item_id: Any = None
        try:
            item = parse_line(raw)
            item_id = item["id"]
            language, arabizi = _language(item)
            published = item.get("published_at") if isinstance(item.get("published_at"), str) else None
            annotation = annotate(item["text"], "en" if language == "en" else "ar", published)
            record = output_record(item_id, annotation, language, arabizi)
            stats.annotated += 1
        except QuarantineItem as exc:
            item_id = _id_of(raw)
            stats.quarantined += 1
            print(f"rasad annotate: line {number}: skipped: {exc}", file=err)
            record = {**output_record(item_id, empty, None, False), "error": str(exc), "line": number}
        except Exception as exc:  # noqa: BLE001 - an internal bug must not lose the rest of the batch
            stats.failed += 1
            print(f"rasad annotate: line {number}: internal error {type(exc).__name__}", file=err)  # no message: it may quote the text
            record = {**output_record(item_id, empty, None, False),
                      "error": f"internal error: {type(exc).__name__}", "line": number}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        if stats.lines % PROGRESS_EVERY == 0:
            print(f"rasad annotate: {stats.lines} lines done", file=err)
    return stats


def annotate_file(source: Path, target: Path, err: TextIO | None = None) -> AnnotateStats:
    if not source.is_file():
        raise UserError(f"input file not found: {source}")
    check_output(source, target)
    with source.open(encoding="utf-8", errors="replace") as handle, target.open("w", encoding="utf-8") as out:
        return annotate_lines(iter(handle), out, err)
