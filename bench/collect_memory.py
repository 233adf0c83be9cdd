"""Peak memory of the collection stage stays flat after warm-up, rendered pages included.

    .venv/bin/python bench/collect_memory.py [--pages 9000] [--rendered 1000]

Crawls N generated article pages (news spider) and M JavaScript-built pages rendered by Debian's
Chromium (social spider, browser contexts recycled), sampling the resident memory of the crawl
process tree (scrapy child + Chromium processes) from /proc every 0.5 s. The figure is the peak
RSS in the last quarter of each run divided by the peak in its second quarter (after warm-up):
about 1.0 means flat; well above 1 means memory grows with pages.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.collect_speed import CONCURRENCY, make_site
from bench.common import Ratio
from crawlers.run import CrawlResult, crawl
from tests.sites.server import serve

SOCIAL = ROOT / "tests" / "sites" / "social" / "index.html"


def _tree_rss_mb(root_pid: int) -> float:
    """Resident memory of every descendant of ``root_pid`` (not the process itself), in MB."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="latin-1") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    total, frontier = 0, {root_pid}
    while frontier:
        children = {pid for pid, parent in parents.items() if parent in frontier}
        total += sum(rss.get(pid, 0) for pid in children)
        frontier = children
    return total / 1e6


def sampled(run: callable) -> list[tuple[float, float]]:  # type: ignore[valid-type]
    samples: list[tuple[float, float]] = []
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            samples.append((time.monotonic(), _tree_rss_mb(os.getpid())))
            done.wait(0.5)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        run()
    finally:
        done.set()
        thread.join()
    return samples


def flatness(samples: list[tuple[float, float]], name: str) -> Ratio:
    start, end = samples[0][0], samples[-1][0]
    span = max(end - start, 1e-9)

    def peak(lo: float, hi: float) -> float:
        return max((mb for t, mb in samples if lo <= (t - start) / span < hi), default=0.0)

    return Ratio(f"{name}: peak RSS last quarter vs second quarter", peak(0.75, 1.01), peak(0.25, 0.5), "MB",
                 "<= 1.1 (flat)")


def main(pages: int = 9000, rendered: int = 1000) -> list[Ratio]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        site.mkdir()
        make_site(site, pages)
        for n in range(rendered):  # distinct paths: query variants of one path would trip the trap guard
            (site / f"social-{n}.html").write_bytes(SOCIAL.read_bytes())
        with serve(site) as base:
            news_urls = [f"{base}/{n}.html" for n in range(pages)]
            social_urls = [f"{base}/social-{n}.html" for n in range(rendered)]
            done: dict[str, CrawlResult] = {}
            news = sampled(lambda: done.setdefault("news", crawl(
                news_urls, Path(tmp) / "a1", source_id="mem-news", incremental=False, extra_settings=CONCURRENCY)))
            results.append(flatness(news, f"news ({len(done['news'].captures)} of {pages} pages captured)"))
            social = sampled(lambda: done.setdefault("social", crawl(
                social_urls, Path(tmp) / "a2", kind="facebook", source_id="mem-social", incremental=False,
                timeout=7200, extra_settings={"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0,
                                              "CONCURRENT_REQUESTS_PER_DOMAIN": 2, "RASAD_HOST_PAGE_BUDGET": 10**7})))
            rendered_ok = sum(c.rendered and bool(c.screenshot_record_id) for c in done["social"].captures)
            results.append(flatness(social, f"rendered ({rendered_ok} of {rendered} pages with screenshots)"))
            peak_all = max(mb for _, mb in news + social)
            print(f"peak RSS of the crawl process tree over {pages + rendered} pages: {peak_all:.0f} MB")
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pages", type=int, default=9000)
    parser.add_argument("--rendered", type=int, default=1000)
    arguments = parser.parse_args()
    for ratio in main(arguments.pages, arguments.rendered):
        print(ratio.line())
