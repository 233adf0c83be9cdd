"""One way to fan a per-item stage out over worker processes, in input order.

The nightly run, re-processing, ``rasad index rebuild`` and the extraction bench all use this:
items go out in chunks (pickling one list amortises the cost), a bounded number of chunks is in
flight (memory stays flat however large the archive is), and results come back in input order,
so whatever the parent does with them next (deduplication, story clustering) sees exactly what
one process would have seen. Workers start with ``forkserver``: a Prefect process has threads,
which ``fork`` does not copy safely.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

from rasad.batching import chunked

T = TypeVar("T")
R = TypeVar("R")

IN_FLIGHT = 6  # chunks queued at once: keeps two workers busy without holding the archive in memory


@contextmanager
def worker_pool(workers: int, preload: Sequence[str] = ()) -> Iterator[Executor | None]:
    """A process pool, or None when ``workers <= 1`` (the work then runs in this process).

    ``preload`` names modules the fork server imports once, so each worker starts warm.
    """
    if workers <= 1:
        yield None
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(preload))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield pool


def map_in_chunks(pool: Executor | None, work: Callable[[list[T]], list[R]], items: Iterable[T],
                  chunk_size: int, in_flight: int = IN_FLIGHT) -> Iterator[R]:
    """``work`` over chunks of ``items``, flattened, in input order.

    ``work`` takes a chunk and returns one result per item; it must be picklable (a module-level
    function or a ``functools.partial`` of one). With no pool, or when everything fits in one
    chunk, it runs here: starting work in another process would cost more than it saves.
    """
    chunks = chunked(items, chunk_size)
    if pool is None:
        for chunk in chunks:
            yield from work(chunk)
        return
    first, second = next(chunks, None), next(chunks, None)
    if second is None:  # nothing, or a single chunk
        if first is not None:
            yield from work(first)
        return
    pending: deque[Future[list[R]]] = deque([pool.submit(work, first), pool.submit(work, second)])
    for chunk in chunks:
        pending.append(pool.submit(work, chunk))
        if len(pending) >= in_flight:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()
