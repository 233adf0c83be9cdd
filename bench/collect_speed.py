"""Collection-stage speed against a plain scrapy fetch of the same pages, side by side.

    .venv/bin/python bench/collect_speed.py [--pages 2000] [--repeat 2]    (or: python -m bench.run collect_speed)

Serves N generated Arabic article pages on 127.0.0.1 (tests/sites/server.py), then times
(a) a bare scrapy spider that only downloads them (no robots, no middlewares of ours, no items)
and (b) rasad's collection stage ``crawlers.run.crawl`` (robots.txt, pacing, trap guard, retry-after,
seen-store, charset check, WARC writing with SHA-256, manifests). Both run as child processes with
the same concurrency and no politeness delay. Prints pages/s of each and the ratio (aim >= 0.5).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import Ratio
from crawlers.run import crawl
from tests.sites.server import serve

CONCURRENCY = {"CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": 16, "AUTOTHROTTLE_ENABLED": False,
               "DOWNLOAD_DELAY": 0, "RASAD_HOST_PAGE_BUDGET": 10**7}  # one fixture host serves every page
TEXT = "قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف استهدف حيا سكنيا في مدينة ترهونة مساء الجمعة. " * 20

PLAIN_SPIDER = textwrap.dedent('''
    import sys, json, scrapy
    from scrapy.crawler import CrawlerProcess
    urls = json.load(open(sys.argv[1]))
    class Plain(scrapy.Spider):
        name = "plain"
        async def start(self):
            for url in urls:
                yield scrapy.Request(url, dont_filter=True)
        def parse(self, response):
            return None
    settings = {"LOG_LEVEL": "WARNING", "ROBOTSTXT_OBEY": False, "TELNETCONSOLE_ENABLED": False,
                "REMOTE_CONTROL_ENABLED": False, **json.loads(sys.argv[2])}
    process = CrawlerProcess(settings)
    process.crawl(Plain)
    process.start()
''')


def make_site(folder: Path, pages: int) -> None:
    for n in range(pages):
        (folder / f"{n}.html").write_text(
            f"<!doctype html><html lang='ar'><head><meta charset='utf-8'><title>خبر {n}</title></head>"
            f"<body><article><h1>خبر {n}</h1><p>{TEXT}</p></article></body></html>", encoding="utf-8")


def time_plain(urls: list[str], work: Path) -> float:
    import json

    url_file = work / "urls.json"
    url_file.write_text(json.dumps(urls))
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", PLAIN_SPIDER, str(url_file), json.dumps(CONCURRENCY)], check=True)
    return time.perf_counter() - started


def time_rasad(urls: list[str], work: Path) -> tuple[float, int]:
    started = time.perf_counter()
    result = crawl(urls, work / "archive", source_id="bench", extra_settings=CONCURRENCY, incremental=True,
                   seen_db=work / "seen.db")
    return time.perf_counter() - started, len(result.captures)


def main(pages: int = 2000, repeat: int = 2) -> list[Ratio]:
    """Best pages/s of the rasad collection stage vs best pages/s of a plain scrapy fetch."""
    plain_rates: list[float] = []
    rasad_rates: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        site.mkdir()
        make_site(site, pages)
        with serve(site) as base:
            urls = [f"{base}/{n}.html" for n in range(pages)]
            for attempt in range(repeat):
                work = Path(tmp) / f"run{attempt}"
                work.mkdir()
                plain_rates.append(pages / time_plain(urls, work))
                rasad_s, captured = time_rasad(urls, work)
                if captured != pages:
                    print(f"warning: rasad captured {captured} of {pages} pages", file=sys.stderr)
                rasad_rates.append(captured / rasad_s)
                print(f"run {attempt + 1}: plain scrapy {plain_rates[-1]:.1f} pages/s, "
                      f"rasad collection {rasad_rates[-1]:.1f} pages/s", flush=True)
    return [Ratio(f"collection stage vs plain scrapy (best of {repeat} each)", max(rasad_rates), max(plain_rates),
                  "pages/s", ">= 0.5")]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=2)
    arguments = parser.parse_args()
    for ratio in main(arguments.pages, arguments.repeat):
        print(ratio.line())
