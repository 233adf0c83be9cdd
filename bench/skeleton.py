"""Skeleton throughput: pages/s of the whole run (crawl + archive + extract + NLP + store)
divided by a plain scrapy fetch of the same fixture pages, both measured here, side by side.

The fixture news site is replicated (N copies of each article) so start-up costs do not dominate.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Ratio
from rasad.fixture_site import FIXTURE_SITES, serve
from rasad.night import run_once
from rasad.settings import Settings

COPIES = int(os.environ.get("RASAD_BENCH_COPIES", "25"))
CRAWL_SETTINGS = {"AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 8}

PLAIN_SPIDER = """
import sys, scrapy
from scrapy.crawler import CrawlerProcess
from crawlers.parsing import sitemap_links

class Plain(scrapy.Spider):
    name = "plain"
    start_urls = [sys.argv[1]]
    def parse(self, response):
        for url in sitemap_links(response.body, response.url)[0]:
            yield response.follow(url, callback=self.page)
    def page(self, response):
        yield {"n": len(response.body)}

process = CrawlerProcess({"LOG_LEVEL": "ERROR", "TELNETCONSOLE_ENABLED": False, "ROBOTSTXT_OBEY": True,
                          "CONCURRENT_REQUESTS_PER_DOMAIN": 8, "CONCURRENT_REQUESTS": 16})
process.crawl(Plain)
process.start()
"""


def replicate_site(target: Path, copies: int, variant: str = "") -> int:
    """Copy the fixture site and add ``copies`` renamed copies of every article to its sitemap.

    A different ``variant`` gives the same pages with different text (for runs that must not repeat inputs).
    """
    shutil.copytree(FIXTURE_SITES / "news", target)
    articles = [p for p in target.rglob("*.html") if p.parts[-3:-2] and p.parent.name.isdigit()]
    locs = []
    for article in articles:
        for n in range(copies):
            copy = article.with_name(f"{article.stem}-{n}.html")
            # A per-copy marker keeps the text distinct, as different articles would be.
            marker = f"<p>نسخة {variant}{n}</p></article>"
            copy.write_text(article.read_text(encoding="utf-8").replace("</article>", marker),
                            encoding="utf-8")
            locs.append("{{BASE}}/" + copy.relative_to(target).as_posix())
    urls = "".join(f"<url><loc>{loc}</loc></url>" for loc in locs)
    (target / "sitemap.xml").write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{urls}</urlset>", encoding="utf-8")
    return len(locs)


def main() -> list[Ratio]:
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        pages = replicate_site(site, COPIES)
        with serve(site) as base:
            script = Path(tmp) / "plain_spider.py"
            script.write_text(PLAIN_SPIDER, encoding="utf-8")
            started = time.perf_counter()
            subprocess.run([sys.executable, str(script), f"{base}/sitemap.xml"], check=True)
            plain_s = time.perf_counter() - started
            settings = Settings(data_dir=Path(tmp) / "data", search_url=None)
            started = time.perf_counter()
            summary = run_once([f"{base}/sitemap.xml"], settings, "bench", CRAWL_SETTINGS)
            rasad_s = time.perf_counter() - started
        assert summary.pages == pages, (summary.pages, pages)
    return [Ratio(f"skeleton pages/s ({pages} pages)", pages / rasad_s, pages / plain_s, "pages/s",
                  aim="informative: includes extraction, NLP and indexing")]


if __name__ == "__main__":
    for result in main():
        print(result.line())
