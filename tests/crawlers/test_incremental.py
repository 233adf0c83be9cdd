"""Incremental crawling (the second night fetches only new or changed items) and backfill."""

from __future__ import annotations

from pathlib import Path

from crawlers.run import crawl
from crawlers.seen import SeenStore
from crawlers.urls import canonical_key
from tests.sites.hostile.server import serve_hostile

FAST = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_TIMEOUT": 5, "CONCURRENT_REQUESTS_PER_DOMAIN": 8}


def test_second_run_fetches_only_new_or_changed_items(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    with serve_hostile() as server:
        urls = [server.url("/feed.xml"), server.url("/listing"), server.url("/etag")]
        first = crawl(urls, archive, source_id="inc", extra_settings=FAST)
        first_items = {c.final_url for c in first.captures}
        assert set(first.warc_files) == {c.warc_file for c in first.captures}  # what a recovery would scan
        assert server.url("/good/300") in first_items and server.url("/good/403") in first_items
        assert server.url("/etag") in first_items
        seen = SeenStore(tmp_path / "seen.db", readonly=True)
        entry = seen.get(canonical_key(server.url("/etag")))
        assert entry is not None and entry.etag == '"v1"'

        hits_before = server.hits("/good/300")
        listing_before = server.hits("/listing")
        assert listing_before == 3  # the default listing depth on a first night
        second = crawl(urls, archive, source_id="inc", extra_settings=FAST)
        assert second.captures == ()  # nothing new, nothing changed
        assert server.hits("/good/300") == hits_before  # known feed items are not even requested
        assert server.hits("/listing") == listing_before + 1  # first page read; paging stops at known items
        unchanged = {f.reason for f in second.failures if f.kind == "unchanged"}
        assert unchanged == {"not-modified"}  # /etag answered 304 to our If-None-Match

        server.changing_version = 2  # the item changes between nights
        third = crawl(urls, archive, source_id="inc", extra_settings=FAST)
        assert {c.final_url for c in third.captures} == {server.url("/etag")}
        assert seen.get(canonical_key(server.url("/etag"))).etag == '"v2"'  # type: ignore[union-attr]


def test_backfill_walks_pagination_back_to_a_date(tmp_path: Path) -> None:
    with serve_hostile() as server:
        result = crawl([server.url("/listing")], tmp_path / "archive", source_id="bf", incremental=False,
                       backfill_until="2024-05-15", extra_settings=FAST)
        pages = {int(c.final_url.rsplit("/", 1)[1]) for c in result.captures}
        # page p is dated 2024-05-(21-p): pages 1..6 are on or after the 15th, page 7 is the first older one
        assert server.hits("/listing") == 7
        assert pages == {400 + p * 3 + k for p in range(1, 8) for k in range(3)}
        normal = crawl([server.url("/listing")], tmp_path / "archive2", source_id="n", incremental=False,
                       extra_settings=FAST)
        assert len(normal.captures) == 3 * 3  # without backfill: the default 3 listing pages
