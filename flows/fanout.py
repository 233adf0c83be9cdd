"""NLP fan-out: the batch stage (extract -> annotate -> lead) over a pool of worker processes.

Chunks of captures go to ``pipelines.batch.process_captures`` in worker processes; the parent
merges the results in input order and drops documents whose text an earlier chunk already had,
exactly as one sequential ``process_captures`` over the whole batch would. Workers start with
the ``forkserver`` method (a Prefect process has threads, which ``fork`` does not copy safely).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from pipelines.batch import BatchResult, DeadLetter, process_captures
from rasad.batching import chunked
from rasad.records import Capture

CHUNK_SIZE = 25  # captures per worker call: amortises pickling, keeps both cores busy on small sources
MIN_FOR_POOL = 2 * CHUNK_SIZE  # below this, one process is faster than shipping work out


@contextmanager
def nlp_pool(workers: int) -> Iterator[Executor | None]:
    """A process pool for the night (None when ``workers <= 1``: everything runs in this process)."""
    if workers <= 1:
        yield None
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipelines.batch"])
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield pool


def merge(results: Sequence[BatchResult]) -> BatchResult:
    """One BatchResult from chunk results in input order; later copies of a text become dead letters."""
    merged = BatchResult()
    seen_hashes: set[str] = set()
    for result in results:
        leads = {lead.capture_sha256: lead for lead in result.leads}
        for document, annotation in zip(result.documents, result.annotations, strict=True):
            if document.content_hash in seen_hashes:
                merged.dead_letters.append(
                    DeadLetter(document.url, document.capture_sha256, "skip", "duplicate text"))
                continue
            seen_hashes.add(document.content_hash)
            merged.documents.append(document)
            merged.annotations.append(annotation)
            lead = leads.get(document.capture_sha256)
            if lead is not None:
                merged.leads.append(lead)
        merged.dead_letters.extend(result.dead_letters)
    return merged


def process_in_pool(pool: Executor | None, captures: Sequence[Capture], archive_root: Path) -> BatchResult:
    """``process_captures`` fanned out over ``pool`` (in this process when there is no pool or little work)."""
    if pool is None or len(captures) < MIN_FOR_POOL:
        return process_captures(captures, archive_root)
    chunks = list(chunked(captures, CHUNK_SIZE))
    return merge(list(pool.map(partial(process_captures, archive_root=archive_root), chunks)))
