"""Annotate throughput against trafilatura, side by side in one run, and the worker's peak RSS.

    .venv/bin/python bench/nlp_annotate.py [--repeat 5]

The aim (issue 13) is annotate no slower than extraction: docs/s of ``nlp.annotate`` on the extracted
texts divided by docs/s of ``trafilatura.extract`` on the pages, >= 1.0.

Fair to both sides, as bench/extract_speed.py: pages are bench/pages.py's (real saved pages and news
pages built from labelled Arabic texts); each side is warmed on its own pass first, the sides then
alternate (the order flips every round), and every measured pass gets a variant never seen before
(a pass number in every paragraph), so neither side's caches are warmed by the same document. Rates
are per CPU-second, so other processes on the machine barely skew the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from itertools import count
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import trafilatura

from bench.common import peak_rss_mb
from bench.pages import build_pages
from nlp.annotate import annotate

Pages = list[tuple[str, bytes]]


def extract_all(pages: Pages) -> list[str]:
    return [trafilatura.extract(body, url=url) or "" for url, body in pages]


def annotate_all(texts: list[str]) -> int:
    return sum(len(annotate(text, None, "2026-11-20").incidents) for text in texts)


def cpu_rate(work, docs: int) -> float:
    started = time.process_time()
    work()
    return docs / (time.process_time() - started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=5, help="measured rounds of each side (median reported)")
    args = parser.parse_args()
    variants = count(1)
    docs = len(build_pages(0))
    extract_all(build_pages(next(variants)))  # warm-up of each side on its own pages: lxml, trafilatura,
    annotate_all(extract_all(build_pages(next(variants))))  # gazetteer, lexicons, the incident model
    rates: dict[str, list[float]] = {"trafilatura": [], "annotate": []}
    for round_ in range(args.repeat):
        fresh_pages = build_pages(next(variants))
        fresh_texts = extract_all(build_pages(next(variants)))  # untimed: the annotate side's own input
        sides = [("trafilatura", lambda pages=fresh_pages: extract_all(pages)),
                 ("annotate", lambda texts=fresh_texts: annotate_all(texts))]
        for name, work in sides if round_ % 2 == 0 else sides[::-1]:
            rates[name].append(cpu_rate(work, docs))
    extraction, annotation = (statistics.median(rates[name]) for name in ("trafilatura", "annotate"))
    print(f"pages {docs} x {args.repeat} rounds, each round a fresh variant per side")
    print(f"trafilatura  {extraction:8.1f} docs per CPU-second (rounds {[round(r) for r in rates['trafilatura']]})")
    print(f"annotate     {annotation:8.1f} docs per CPU-second (rounds {[round(r) for r in rates['annotate']]})")
    print(f"ratio annotate/trafilatura = {annotation / extraction:.2f}  (aim >= 1.0; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    print(f"peak RSS of this worker: {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
