"""What every rasad spider shares: requests that report their failures, and capture items.

Every request carries ``errback=self.on_error``, so each URL ends either in a capture item or in
a failure item with a reason code (crawlers/outcomes.py). Items carry bytes and headers only;
the item pipeline archives them and never logs their content.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.http import Request, Response
from twisted.python.failure import Failure

from crawlers.outcomes import CrawlFailure, classify
from crawlers.seen import SeenStore
from crawlers.urls import canonical_key, strip_tracking


def _headers(headers: Any) -> list[tuple[str, str]]:
    return [(k.decode("latin-1"), v.decode("latin-1")) for k, values in headers.items() for v in values]


class RasadSpider(scrapy.Spider):
    """Base spider: start URLs, failure reporting, capture items, optional seen-store lookups."""

    def __init__(self, start_urls: list[str], source_id: str = "", language: str = "",
                 backfill_until: str | None = None, max_listing_pages: int = 3, proxy: str | None = None,
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = list(start_urls)
        self.source_id = source_id
        self.language = language
        self.backfill_until = backfill_until  # YYYY-MM-DD: walk archives back to this date
        self.max_listing_pages = int(max_listing_pages)
        self.proxy = proxy
        self._seen: SeenStore | None = None

    @property
    def seen(self) -> SeenStore | None:
        """The seen-store (read-only here; the item pipeline writes it), if the crawl has one."""
        if self._seen is None and self.settings.get("RASAD_SEEN_DB"):
            self._seen = SeenStore(self.settings["RASAD_SEEN_DB"], readonly=True)
        return self._seen

    def already_seen(self, url: str) -> bool:
        return self.seen is not None and self.seen.get(canonical_key(url)) is not None

    def announce_policy(self) -> None:
        """Say once, in the crawl log, when robots.txt is not obeyed for this source, and why."""
        if not self.settings.getbool("ROBOTSTXT_OBEY"):
            self.logger.warning("robots.txt is NOT obeyed for source %s: %s", self.source_id or "-",
                                self.settings.get("RASAD_ROBOTS_OVERRIDE_REASON") or "no reason recorded")

    def request(self, url: str, callback: Any, *, item: bool = False, depth: int = 0,
                **meta: Any) -> Request:
        """A request for ``url`` (tracking parameters removed) whose failure is always reported."""
        full_meta = {"rasad_item": item, "rasad_depth": depth, **meta}
        if self.proxy:
            full_meta.setdefault("proxy", self.proxy)
        return Request(strip_tracking(url), callback=callback, errback=self.on_error, meta=full_meta)

    def on_error(self, failure: Failure) -> Iterator[dict[str, Any]]:
        kind, reason, detail = classify(failure.value)
        request = getattr(failure, "request", None)
        url = request.url if request is not None else ""
        redirects = request.meta.get("redirect_urls") if request is not None else None
        if redirects:  # report the URL we were asked for, and where the redirects led
            url, detail = redirects[0], f"{detail} (after {len(redirects)} redirect(s), last to {request.url})"
        self.crawler.stats.inc_value(f"rasad/{kind}/{reason}")
        yield self.failure_item(url, kind, reason, detail.strip())

    def failure_item(self, url: str, kind: str, reason: str, detail: str = "") -> dict[str, Any]:
        return {"_failure": CrawlFailure(url=url, kind=kind, reason=reason, detail=detail).to_dict()}

    def skip(self, response: Response, reason: str) -> dict[str, Any]:
        self.crawler.stats.inc_value(f"rasad/skip/{reason}")
        return self.failure_item(response.url, "skip", reason)

    def capture_item(self, response: Response, *, published_at: str | None = None, rendered: bool = False,
                     screenshot: bytes | None = None, posts: list[dict[str, Any]] | None = None,
                     body: bytes | None = None, is_item: bool = False) -> dict[str, Any]:
        """An archive item for ``response``: raw bytes, both header sets, IP and redirect chain."""
        redirects = tuple(response.request.meta.get("redirect_urls", ()))
        return {
            "url": redirects[0] if redirects else response.url,
            "final_url": response.url,
            "status": response.status,
            "response_headers": _headers(response.headers),
            "request_headers": _headers(response.request.headers),
            "body": response.body if body is None else body,
            "ip": str(response.ip_address) if response.ip_address else None,
            "redirect_chain": redirects,
            "truncated": "partial" in response.flags,
            "source_id": self.source_id,
            "rendered": rendered,
            "screenshot": screenshot,
            "_meta": {
                "item": is_item or bool(response.request.meta.get("rasad_item")),
                "language": self.language,
                "published_at": published_at,
                "posts": posts or [],
            },
        }

    def before_backfill_date(self, date: str | None) -> bool:
        """True when ``date`` (YYYY-MM-DD) is older than the backfill limit."""
        return bool(self.backfill_until and date and date < self.backfill_until)
