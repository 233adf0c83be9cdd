"""The one fan-out helper: results in input order, with or without worker processes."""

from __future__ import annotations

import os

from pipelines.pool import map_in_chunks, worker_pool


def _square_with_pid(chunk: list[int]) -> list[tuple[int, int]]:
    return [(n * n, os.getpid()) for n in chunk]


def test_a_pool_keeps_input_order_and_really_uses_other_processes():
    with worker_pool(2) as pool:
        results = list(map_in_chunks(pool, _square_with_pid, range(100), chunk_size=3, in_flight=2))
    assert [square for square, _ in results] == [n * n for n in range(100)]
    assert os.getpid() not in {pid for _, pid in results}


def test_no_pool_or_a_single_chunk_runs_here():
    with worker_pool(1) as pool:
        assert pool is None
        assert [pid for _, pid in map_in_chunks(pool, _square_with_pid, range(10), 3)] == [os.getpid()] * 10
    with worker_pool(2) as pool:
        assert {pid for _, pid in map_in_chunks(pool, _square_with_pid, range(3), 3)} == {os.getpid()}
        assert list(map_in_chunks(pool, _square_with_pid, [], 3)) == []
