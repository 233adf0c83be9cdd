"""News sites: RSS/Atom feeds, sitemaps (news sitemaps and indexes, gzipped or not) and listing
pages with pagination. Article pages are captured; everything else is reported as a skip.

Incremental by default: items already in the seen-store are not requested again unless their
sitemap date is newer. ``backfill_until`` walks listing pagination back to a date instead.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from scrapy.http import Request, Response
from scrapy.utils.gz import gunzip

from crawlers import parsing
from crawlers.spiders.base import RasadSpider
from crawlers.urls import canonical_key

_HTMLISH = (b"text/html", b"application/xhtml", b"text/plain")


def _looks_like_html(response: Response) -> bool:
    kind = (response.headers.get(b"Content-Type") or b"").split(b";")[0].strip().lower()
    if not kind or kind.startswith(_HTMLISH):
        return True
    head = response.body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<article"))


class NewsSpider(RasadSpider):
    """Reads the discovery URLs of one news source and captures every article page found."""

    name = "news"

    async def start(self) -> AsyncIterator[Request]:
        self.announce_policy()
        for url in self.start_urls:
            yield self.request(url, self.parse, dont_filter=True)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """A discovery URL: a feed, a sitemap, a listing page, or itself an article."""
        body = response.body
        if parsing.is_gzip(body):
            try:
                body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
            except Exception as exc:  # noqa: BLE001 - a bad or oversized .gz is reported, not fatal
                reason = "size-cap" if "max" in type(exc).__name__.lower() or "size" in str(exc) else "bad-gzip"
                yield self.failure_item(response.url, "rejected" if reason == "size-cap" else "error", reason)
                return
        depth = response.meta.get("rasad_depth", 0)
        if parsing.looks_like_feed(body):
            yield from self._parse_xml(response, body, depth)
            return
        if not _looks_like_html(response):
            yield self.skip(response, "not-html")
            return
        if parsing.is_article_page(body):
            yield self.capture_item(response, is_item=True)
            return
        if parsing.looks_like_challenge(body):
            yield self.failure_item(response.url, "rejected", "challenge-page", "bot wall served with status 200")
            return
        yield from self._parse_listing(response, depth)

    def _parse_xml(self, response: Response, body: bytes, depth: int) -> Iterator[Any]:
        entries, children = parsing.sitemap_entries(body, response.url)
        if not entries and not children:
            entries = parsing.feed_entries(body, response.url)
        for child in children:
            yield self.request(child, self.parse, depth=depth + 1)
        for url, date in entries:
            yield from self._item_request(url, date, depth + 1)
        if not entries and not children:
            yield self.skip(response, "empty-feed")

    def _item_request(self, url: str, date: str | None, depth: int) -> Iterator[Request]:
        day = parsing.date_key(date)
        if self.backfill_until:
            if self.before_backfill_date(day):
                self.crawler.stats.inc_value("rasad/backfill/older-than-limit")
                return
        elif self.seen is not None:
            entry = self.seen.get(canonical_key(url))
            if entry is not None and not (day and day > entry.last_seen[:10]):
                self.crawler.stats.inc_value("rasad/unchanged/seen")
                return
        yield self.request(url, self.parse_article, item=True, depth=depth, rasad_published=date)

    def _parse_listing(self, response: Response, depth: int) -> Iterator[Any]:
        listing = parsing.listing_page(response.body, response.url)
        page_number = response.meta.get("rasad_listing_page", 1)
        fresh = 0
        for link in listing.links:
            if not self.backfill_until and self.already_seen(link):
                self.crawler.stats.inc_value("rasad/unchanged/seen")
                continue
            fresh += 1
            yield self.request(link, self.parse_article, item=True, depth=depth + 1)
        yield self.skip(response, "index-page")
        if listing.next_url and self._keep_paging(page_number, fresh, listing.dates):
            yield self.request(listing.next_url, self.parse, depth=depth, rasad_listing_page=page_number + 1)

    def _keep_paging(self, page_number: int, fresh: int, dates: tuple[str, ...]) -> bool:
        if self.backfill_until:
            days = [d for d in (parsing.date_key(v) for v in dates) if d]
            within = not days or min(days) >= self.backfill_until
            return within and page_number < self.settings.getint("RASAD_BACKFILL_MAX_PAGES", 500)
        return fresh > 0 and page_number < self.max_listing_pages

    def parse_article(self, response: Response) -> Iterator[dict[str, Any]]:
        if not _looks_like_html(response):
            yield self.skip(response, "not-html")
        elif parsing.is_article_page(response.body):
            yield self.capture_item(response, published_at=response.meta.get("rasad_published"))
        elif parsing.looks_like_challenge(response.body):
            yield self.failure_item(response.url, "rejected", "challenge-page", "bot wall served with status 200")
        else:
            yield self.skip(response, "not-an-article")
