"""The batch stage: archived captures -> documents -> annotations -> leads.

Runs from the archive alone, so the same code serves the nightly run, re-processing and
``rasad index rebuild``. Extraction and NLP (the CPU-bound part) run per capture, optionally in
worker processes (``pipelines.pool``); deduplication and story clustering need to see every
document, so they run in the parent over the results in input order. One process or a pool of
them gives the same outcome. Failures are kept with their reason (dead letters), never dropped
silently.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import Executor
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from nlp.annotate import annotate
from pipelines.archive import RecordTooBig, read_body
from pipelines.dedup import Deduplicator
from pipelines.documents import InputItem
from pipelines.extract import extract_document
from pipelines.leads import build_lead
from pipelines.pool import map_in_chunks
from rasad.errors import QuarantineItem, SkipItem
from rasad.records import Annotation, Capture, Document, Lead

CHUNK_SIZE = 16  # captures per worker call: amortises pickling, keeps both cores busy on small sources
WORKER_MODULES = ("pipelines.batch",)  # what a worker imports before its first chunk


@dataclass(frozen=True)
class DeadLetter:
    url: str
    capture_sha256: str
    kind: str  # skip or quarantine
    reason: str


@dataclass(frozen=True)
class Outcome:
    """What happened to one capture: a document (with its annotation), or a dead letter's kind and reason."""

    capture: Capture
    document: Document | None
    annotation: Annotation | None = None
    kind: str | None = None  # None when a document was made; else "skip" or "quarantine"
    reason: str = ""

    def dead_letter(self) -> DeadLetter:
        return DeadLetter(self.capture.final_url, self.capture.sha256, self.kind or "skip", self.reason)


@dataclass
class BatchResult:
    documents: list[Document] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    leads: list[Lead] = field(default_factory=list)
    dead_letters: list[DeadLetter] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        if outcome.document is None or outcome.annotation is None:
            self.dead_letters.append(outcome.dead_letter())
            return
        self.documents.append(outcome.document)
        self.annotations.append(outcome.annotation)
        lead = build_lead(outcome.document, outcome.annotation)
        if lead is not None:
            self.leads.append(lead)


def extract_one(body: bytes, capture: Capture, with_annotation: bool = True) -> Outcome:
    """Extract (and annotate) one capture; a bad page becomes a dead letter with its reason."""
    try:
        document = extract_document(body, capture)
    except (SkipItem, QuarantineItem) as exc:
        return Outcome(capture, None, kind="skip" if isinstance(exc, SkipItem) else "quarantine", reason=str(exc))
    annotation = annotate(document.text, document.language, document.published_at) if with_annotation else None
    return Outcome(capture, document, annotation)


def _analyse_chunk(captures: list[Capture], archive_root: Path) -> list[Outcome]:
    return [_analyse_archived(capture, archive_root) for capture in captures]


def _analyse_archived(capture: Capture, archive_root: Path) -> Outcome:
    """``extract_one`` on a capture read back from the archive; a record past the cap is quarantined."""
    try:
        body = read_body(archive_root, capture)
    except RecordTooBig as exc:
        return Outcome(capture, None, kind="quarantine", reason=str(exc))
    return extract_one(body, capture)


def analyse_items(items: list[InputItem], with_annotation: bool = True) -> list[Outcome]:
    """``extract_one`` over captures whose body was already read (a worker's chunk)."""
    return [extract_one(item.body, item.capture, with_annotation) for item in items]


def deduplicate(outcomes: Iterable[Outcome]) -> Iterator[Outcome]:
    """Give documents their story cluster; exact duplicates become skip dead letters with the reason."""
    dedup = Deduplicator()
    for outcome in outcomes:
        if outcome.document is None:
            yield outcome
            continue
        document, duplicate = dedup.check(outcome.document)
        if duplicate:
            yield Outcome(outcome.capture, None, kind="skip", reason=duplicate)
        else:
            yield replace(outcome, document=document)


def analyse_captures(captures: Iterable[Capture], archive_root: Path,
                     pool: Executor | None = None) -> Iterator[Outcome]:
    """Outcomes in input order, deduplicated; extraction and NLP run in ``pool`` when one is given."""
    work = partial(_analyse_chunk, archive_root=archive_root)
    return deduplicate(map_in_chunks(pool, work, captures, CHUNK_SIZE))


def process_captures(captures: Iterable[Capture], archive_root: Path,
                     pool: Executor | None = None) -> BatchResult:
    result = BatchResult()
    for outcome in analyse_captures(captures, archive_root, pool):
        result.add(outcome)
    return result
