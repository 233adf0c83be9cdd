"""Extraction-stage speed, as ratios against trafilatura measured side by side in the same run.

Prints:
  * docs/s of our stage (charset check + trafilatura with metadata + dates + language + dedup)
    divided by docs/s of trafilatura alone (``trafilatura.extract`` with its defaults) on the same
    pages; the aim is >= 0.7. Also the ratio against trafilatura with metadata, which is the
    fairer like-for-like (we need title/author/image too).
  * the speed-up of the stage with 2 worker processes over 1 (pipelines.reprocess.extract_items).

Pages: the saved-page fixtures of tests/pipelines/data/pages (a homepage, a windows-1256 listing, a
mojibake page), and news pages built from the texts of tests/data/incidents/dev.jsonl in a typical Arabic news template
(nav, ticker, sidebar, related stories, footer).

Fair to both sides: each side is warmed on its own pass first, the sides then alternate (the
order rotates every round), and every measured pass gets a variant of the pages never seen
before (a pass number written into every paragraph), so no side is flattered by string caches
(trafilatura's, ours, or the ones we share with it) warmed by the same text in an earlier pass.

Run: .venv/bin/python bench/extract_speed.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import trafilatura

import pipelines.extract as extract_module
from bench.pages import build_pages
from pipelines.dates import parse_date_text
from pipelines.dedup import Deduplicator
from pipelines.documents import InputItem
from pipelines.extract import extract_document
from pipelines.reprocess import extract_items
from rasad.errors import QuarantineItem, SkipItem
from rasad.records import Capture


def capture(url: str) -> Capture:
    return Capture(
        url=url,
        final_url=url,
        status=200,
        fetched_at="2017-06-30T12:00:00Z",
        sha256="0" * 64,
        warc_file="",
        warc_offset=0,
        warc_record_id="",
        content_type="text/html",
    )


def run_trafilatura(pages: list[tuple[str, bytes]]) -> int:
    return sum(bool(trafilatura.extract(body, url=url)) for url, body in pages)


def run_trafilatura_metadata(pages: list[tuple[str, bytes]]) -> int:
    return sum(bool(trafilatura.bare_extraction(body, url=url, with_metadata=True)) for url, body in pages)


def run_stage(pages: list[tuple[str, bytes]]) -> int:
    dedup = Deduplicator()
    made = 0
    for url, body in pages:
        try:
            document = extract_document(body, capture(url))
        except (SkipItem, QuarantineItem):
            continue
        dedup.check(document)
        made += 1
    return made


def run_pool(pages: list[tuple[str, bytes]], workers: int) -> int:
    dedup = Deduplicator()
    made = 0
    for outcome in extract_items((InputItem(body, capture(url)) for url, body in pages), workers=workers):
        if outcome.document is not None:
            dedup.check(outcome.document)
            made += 1
    return made


def rate(func: Callable[[], int], docs: int, clock: Callable[[], float] = time.process_time) -> float:
    """docs per second of CPU time by default: other processes on the machine then barely skew the ratio."""
    start = clock()
    func()
    return docs / (clock() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=3, help="rounds (interleaved); the median is reported")
    parser.add_argument("--pool-copies", type=int, default=10, help="copies of the pages for the pool run")
    args = parser.parse_args()
    pages = build_pages()
    docs = len(pages)
    made = run_stage(pages)
    print(f"{docs} pages ({sum(len(b) for _, b in pages) / 1e6:.1f} MB); our stage made {made} documents")
    sides: dict[str, Callable[[list[tuple[str, bytes]]], int]] = {
        "alone": run_trafilatura, "with_meta": run_trafilatura_metadata, "ours": run_stage,
    }
    variants = iter(range(1, 10_000))
    parse_date_text("نشر في: منذ ساعتين", datetime.now(UTC))
    for run in sides.values():  # warm-up pass of each side: langdetect profiles, dateparser tables, lxml
        run(build_pages(next(variants)))
    rates: dict[str, list[float]] = {name: [] for name in sides}
    names = list(sides)
    for round_ in range(args.repeat):
        for name in names[round_ % 3:] + names[:round_ % 3]:
            fresh = build_pages(next(variants))
            rates[name].append(rate(lambda run=sides[name], fresh=fresh: run(fresh), docs))
    alone, ours = rates["alone"], rates["ours"]
    a, m, o = (statistics.median(rates[name]) for name in ("alone", "with_meta", "ours"))
    print("single process, docs per CPU-second (median of rounds):")
    print(f"trafilatura.extract alone:            {a:7.1f} docs/s")
    print(f"trafilatura with metadata:            {m:7.1f} docs/s")
    print(f"extract + language + dedup (ours):    {o:7.1f} docs/s")
    print(f"ratio ours / trafilatura alone:       {o / a:5.2f}   (aim >= 0.7)")
    print(f"ratio ours / trafilatura + metadata:  {o / m:5.2f}")
    print(f"  (rounds: alone {[round(r) for r in alone]}, ours {[round(r) for r in ours]}; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    extract_module.FAST_MODE = True
    fast_rates = []
    for _ in range(args.repeat):
        fresh = build_pages(next(variants))
        fast_rates.append(rate(lambda fresh=fresh: run_stage(fresh), docs))
    fast = statistics.median(fast_rates)
    extract_module.FAST_MODE = False
    print(
        f"ours with FAST_MODE=True:             {fast:7.1f} docs/s; ratio to trafilatura alone {fast / a:5.2f}"
    )
    pool_pages = pages * args.pool_copies
    run_pool(pages[:4], 2)  # start the forkserver once (it outlives pools, as in a long reprocess run)
    load = os.getloadavg()
    # Wall-clock here (the work happens in other processes); it needs two idle cores to mean anything.
    one = rate(lambda: run_pool(pool_pages, 1), len(pool_pages), time.perf_counter)
    two = rate(lambda: run_pool(pool_pages, 2), len(pool_pages), time.perf_counter)
    print(
        f"1 process: {one:7.1f} docs/s; 2 worker processes: {two:7.1f} docs/s (wall clock, incl. starting the 2 workers)"
    )
    print(
        f"speed-up with 2 workers:              {two / one:5.2f}   "
        f"(load average before: {load[0]:.1f} on {os.cpu_count()} CPUs)"
    )


if __name__ == "__main__":
    main()
