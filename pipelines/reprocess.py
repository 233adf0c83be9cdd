"""Re-process the whole archive: every WARC response record -> outcome, no network.

``rasad index rebuild`` and the ``reprocess`` flow run this: the archive is read here, in order;
extraction and NLP run in worker processes (``pipelines.pool``), deduplication in this process
(``pipelines.batch.deduplicate``), exactly as the nightly run does. A WARC file that cannot be
read becomes a quarantine outcome with its reason, never a silent gap.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path

from pipelines.batch import CHUNK_SIZE, WORKER_MODULES, Outcome, analyse_items, deduplicate
from pipelines.documents import InputError, InputItem, read_warc
from pipelines.pool import map_in_chunks, worker_pool
from rasad.records import Capture

log = logging.getLogger(__name__)


def archive_items(archive_root: Path) -> Iterator[InputItem | InputError]:
    """Every response record under the archive root, oldest file first."""
    for path in sorted(archive_root.rglob("*.warc.gz")):
        yield from read_warc(path, archive_root)


def extract_items(items: Iterable[InputItem], workers: int = 2, chunk_size: int = CHUNK_SIZE) -> Iterator[Outcome]:
    """Extraction alone (no NLP, no dedup), in input order: what the extraction bench measures."""
    with worker_pool(workers, ("pipelines.extract",)) as pool:
        yield from map_in_chunks(pool, partial(analyse_items, with_annotation=False), items, chunk_size)


def reprocess_archive(archive_root: Path, workers: int = 2, chunk_size: int = CHUNK_SIZE) -> Iterator[Outcome]:
    """Extract, annotate and cluster every capture in the archive; bad records are dead letters."""
    unreadable: list[InputError] = []

    def readable() -> Iterator[InputItem]:
        for item in archive_items(archive_root):
            if isinstance(item, InputError):
                unreadable.append(item)
                log.warning("unreadable archive file %s: %s", item.source, item.reason)
            else:
                yield item

    counts = {"documents": 0, "skip": 0, "quarantine": 0}
    with worker_pool(workers, WORKER_MODULES) as pool:
        for outcome in deduplicate(map_in_chunks(pool, analyse_items, readable(), chunk_size)):
            counts[outcome.kind or "documents"] += 1
            yield outcome
    for error in unreadable:
        yield Outcome(_unreadable_capture(error), None, kind="quarantine", reason=error.reason)
        counts["quarantine"] += 1
    log.info("reprocess: %(documents)d documents, %(skip)d skipped, %(quarantine)d quarantined", counts)


def _unreadable_capture(error: InputError) -> Capture:
    return Capture(url="", final_url="", status=0, fetched_at="", sha256="", warc_file=error.source,
                   warc_offset=0, warc_record_id="")
