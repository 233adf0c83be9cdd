"""The batch stage: archived captures -> documents -> annotations -> leads.

Runs from the archive alone, so the same code serves the nightly run and re-processing.
Failures are kept with their reason (dead letters), never dropped silently.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from nlp.annotate import annotate
from pipelines.archive import read_body
from pipelines.dedup import Deduplicator
from pipelines.extract import extract_document
from pipelines.leads import build_lead
from rasad.errors import QuarantineItem, SkipItem
from rasad.records import Annotation, Capture, Document, Lead


@dataclass(frozen=True)
class DeadLetter:
    url: str
    capture_sha256: str
    kind: str  # skip or quarantine
    reason: str


@dataclass
class BatchResult:
    documents: list[Document] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    leads: list[Lead] = field(default_factory=list)
    dead_letters: list[DeadLetter] = field(default_factory=list)


def process_captures(captures: Iterable[Capture], archive_root: Path) -> BatchResult:
    result = BatchResult()
    dedup = Deduplicator()
    for capture in captures:
        try:
            document = extract_document(read_body(archive_root, capture), capture)
        except (SkipItem, QuarantineItem) as exc:
            kind = "skip" if isinstance(exc, SkipItem) else "quarantine"
            result.dead_letters.append(DeadLetter(capture.final_url, capture.sha256, kind, str(exc)))
            continue
        document, duplicate = dedup.check(document)
        if duplicate:
            result.dead_letters.append(DeadLetter(capture.final_url, capture.sha256, "skip", duplicate))
            continue
        annotation = annotate(document.text, document.language, document.published_at)
        result.documents.append(document)
        result.annotations.append(annotation)
        lead = build_lead(document, annotation)
        if lead is not None:
            result.leads.append(lead)
    return result
