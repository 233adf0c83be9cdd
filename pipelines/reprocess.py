"""Run the extraction stage from the archive alone, in a pool of worker processes.

This is what the nightly run and `reprocess` share: WARC files in, documents (with story
clusters) and dead letters out, no network. Extraction is CPU-bound (lxml, trafilatura,
langdetect), so it runs in worker processes; reading the archive and deduplication (which needs
to see every document) stay in the parent. Work goes out in chunks with a bounded number in
flight, so memory stays flat however large the archive is.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from pipelines.dedup import Deduplicator
from pipelines.documents import InputError, InputItem, read_warc
from pipelines.extract import extract_document
from rasad.batching import chunked
from rasad.errors import QuarantineItem, SkipItem
from rasad.records import Capture, Document

log = logging.getLogger(__name__)

CHUNK_SIZE = 16  # documents per task: big enough to amortise pickling, small enough to balance load
IN_FLIGHT_PER_WORKER = 3


@dataclass(frozen=True)
class Outcome:
    """What happened to one capture: a document, or a dead letter (kind skip/quarantine + reason)."""

    capture: Capture
    document: Document | None
    kind: str | None = None  # None when a document was made; else "skip" or "quarantine"
    reason: str = ""


def extract_one(item: InputItem) -> Outcome:
    try:
        return Outcome(item.capture, extract_document(item.body, item.capture))
    except SkipItem as exc:
        return Outcome(item.capture, None, "skip", str(exc))
    except QuarantineItem as exc:
        return Outcome(item.capture, None, "quarantine", str(exc))


def _extract_chunk(items: list[InputItem]) -> list[Outcome]:
    return [extract_one(item) for item in items]


def archive_items(archive_root: Path) -> Iterator[InputItem | InputError]:
    """Every response record under the archive root, oldest file first."""
    for path in sorted(archive_root.rglob("*.warc.gz")):
        yield from read_warc(path, archive_root)


def extract_items(
    items: Iterable[InputItem], workers: int = 2, chunk_size: int = CHUNK_SIZE
) -> Iterator[Outcome]:
    """Outcomes in input order; ``workers <= 1`` runs in this process (no pool start-up cost)."""
    if workers <= 1:
        for item in items:
            yield extract_one(item)
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipelines.extract"])
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque[Future[list[Outcome]]] = deque()
        for chunk in chunked(items, chunk_size):
            pending.append(pool.submit(_extract_chunk, chunk))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def deduplicate(outcomes: Iterable[Outcome]) -> Iterator[Outcome]:
    """Give documents their story cluster; exact duplicates become skip dead letters with the reason."""
    dedup = Deduplicator()
    for outcome in outcomes:
        if outcome.document is None:
            yield outcome
            continue
        document, duplicate = dedup.check(outcome.document)
        if duplicate:
            yield Outcome(outcome.capture, None, "skip", duplicate)
        else:
            yield Outcome(outcome.capture, document)


def reprocess_archive(archive_root: Path, workers: int = 2) -> Iterator[Outcome]:
    """Extract, identify language and cluster every capture in the archive; bad records are dead letters."""
    unreadable: list[InputError] = []

    def readable() -> Iterator[InputItem]:
        for item in archive_items(archive_root):
            if isinstance(item, InputError):
                unreadable.append(item)
                log.warning("unreadable archive file %s: %s", item.source, item.reason)
            else:
                yield item

    counts = {"documents": 0, "skip": 0, "quarantine": 0}
    for outcome in deduplicate(extract_items(readable(), workers)):
        counts[outcome.kind or "documents"] += 1
        yield outcome
    for error in unreadable:
        yield Outcome(_unreadable_capture(error), None, "quarantine", error.reason)
        counts["quarantine"] += 1
    log.info("reprocess: %(documents)d documents, %(skip)d skipped, %(quarantine)d quarantined", counts)


def _unreadable_capture(error: InputError) -> Capture:
    return Capture(
        url="",
        final_url="",
        status=0,
        fetched_at="",
        sha256="",
        warc_file=error.source,
        warc_offset=0,
        warc_record_id="",
    )
