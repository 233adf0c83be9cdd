"""Crawl children forked from a warm fork server vs fresh interpreters, per source, side by side.

A night crawls every source in its own child process. ``crawlers.run.run_child`` forks it from
multiprocessing's fork server, which has imported scrapy and our spiders once; the baseline starts
``python -m crawlers.run`` for each source, as before, paying scrapy's import every time.
Each crawl gets its own copy of the fixture news site with its own text (no input is crawled twice),
both sides are warmed by one crawl first, and the sides alternate source by source.
Prints wall seconds per source of each side and their ratio.
Run: .venv/bin/python -m bench.crawl_children [SOURCES] [COPIES]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import crawlers.run as crawl_module
from bench.common import Ratio

# Each child re-imports this module as its __main__ (multiprocessing does): heavier imports stay in
# the functions, as `rasad run`'s own entry module is light.

FAST = {"AUTOTHROTTLE_ENABLED": False}  # the default per-host limit (2), as for a registry source
WARM_CHILD = crawl_module.run_child


def fresh_interpreter(argv: Sequence[str], timeout: float) -> int | None:
    """The baseline: a new ``python -m crawlers.run`` per crawl."""
    try:
        return subprocess.run([sys.executable, "-m", "crawlers.run", *argv], timeout=timeout, check=False,
                              stdin=subprocess.DEVNULL).returncode
    except subprocess.TimeoutExpired:
        return None


def one_crawl(work: Path, name: str, copies: int, runner: Callable[[Sequence[str], float], int | None]) -> float:
    from bench.skeleton import replicate_site
    from rasad.fixture_site import serve

    site = work / f"site-{name}"
    replicate_site(site, copies, variant=f"{name}-")
    crawl_module.run_child = runner
    try:
        with serve(site) as base:
            started = time.perf_counter()
            result = crawl_module.crawl([f"{base}/sitemap.xml"], work / f"data-{name}" / "archive",
                                        source_id=name, extra_settings=FAST)
            seconds = time.perf_counter() - started
    finally:
        crawl_module.run_child = WARM_CHILD
    if result.returncode != 0 or not result.captures:
        raise SystemExit(f"crawl {name} failed (exit {result.returncode}, {len(result.captures)} captures)")
    return seconds


def main() -> None:
    sources = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    copies = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    sides = {"fork server": WARM_CHILD, "fresh interpreter": fresh_interpreter}
    times: dict[str, list[float]] = {name: [] for name in sides}
    with tempfile.TemporaryDirectory(prefix="rasad-crawl-children-") as tmp:
        for name, runner in sides.items():  # warm-up: the fork server starts, the page cache fills
            one_crawl(Path(tmp), f"warm-{name[:4]}", copies, runner)
        order = list(sides)
        for n in range(sources):
            for name in order if n % 2 == 0 else order[::-1]:
                times[name].append(one_crawl(Path(tmp), f"s{n}-{name[:4]}", copies, sides[name]))
    pages = 22 * copies
    warm, fresh = statistics.median(times["fork server"]), statistics.median(times["fresh interpreter"])
    print(Ratio(f"crawl of one {pages}-page source, fork-server child vs fresh interpreter (median wall)",
                warm, fresh, "s", aim="< 1: the import saved per source").line())
    print(f"  ({sources} sources per side, alternated; fork server {[round(s, 2) for s in times['fork server']]}, "
          f"fresh {[round(s, 2) for s in times['fresh interpreter']]}; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")


if __name__ == "__main__":
    main()
