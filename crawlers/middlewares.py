"""Downloader middlewares for politeness and robustness, which scrapy does not provide itself.

* ``HostPacer`` state shared by the middlewares below: per-host "not before" times (from
  ``Retry-After``) and minimum intervals (from robots.txt ``Crawl-delay``), plus hosts
  deferred to the next night.
* ``RetryAfterMiddleware``: scrapy's retry, plus ``Retry-After`` on 429/503 (seconds or an
  HTTP date), capped; a host asking for longer than the cap is deferred, not waited for.
* ``RobotsPolicyMiddleware``: robots.txt as RFC 9309 says: 4xx means no rules, an unreadable
  robots.txt (5xx, timeout, over the size cap) means the host is skipped tonight, and
  ``Crawl-delay`` is honoured up to a cap.
* ``TrapGuardMiddleware``: crawler-trap rules (``crawlers.urls.trap_reason``), a per-host page
  budget and a cap on query-string variants of one path.
* ``SeenMiddleware``: conditional requests and unchanged-content detection from the seen-store.

Each refusal raises ``Rejected`` with a reason code, which the spider's errback records.
"""

from __future__ import annotations

import asyncio
import email.utils
import hashlib
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Response

from crawlers.outcomes import Rejected
from crawlers.seen import SeenStore
from crawlers.urls import TrapLimits, canonical_key, trap_reason

RATE_LIMIT_CODES = (429, 503)


def parse_retry_after(value: str | bytes | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After value (delta-seconds or HTTP-date); None if unusable."""
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return float(int(text))
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


@dataclass
class HostPacer:
    """When each host may be contacted next. One per crawler, shared by the middlewares."""

    not_before: dict[str, float] = field(default_factory=dict)
    interval: dict[str, float] = field(default_factory=dict)
    last_slot: dict[str, float] = field(default_factory=dict)
    deferred: dict[str, str] = field(default_factory=dict)  # host -> why

    def wait_for(self, host: str) -> float:
        """Reserve the next allowed start time for ``host``; return how long to wait for it."""
        now = time.monotonic()
        start = max(now, self.not_before.get(host, 0.0))
        if host in self.last_slot:
            start = max(start, self.last_slot[host] + self.interval.get(host, 0.0))
        self.last_slot[host] = start
        return start - now

    @classmethod
    def of(cls, crawler: Crawler) -> HostPacer:
        pacer = getattr(crawler, "_rasad_pacer", None)
        if pacer is None:
            pacer = cls()
            crawler._rasad_pacer = pacer  # type: ignore[attr-defined]
        return pacer


def host_of(url: str) -> str:
    """The pacing key: scheme-less host:port, the unit robots.txt applies to (RFC 9309)."""
    from urllib.parse import urlsplit

    return urlsplit(url).netloc.lower()


def _is_robots_request(request: Request) -> bool:
    return bool(request.meta.get("dont_obey_robotstxt")) and request.url.endswith("/robots.txt")


class RetryAfterMiddleware(RetryMiddleware):
    """scrapy's RetryMiddleware that also honours Retry-After (scrapy/scrapy#3849)."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.cap_s = settings.getfloat("RASAD_RETRY_AFTER_CAP_S", 120.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        middleware = cls(crawler.settings)
        middleware.crawler = crawler
        middleware.pacer = HostPacer.of(crawler)
        return middleware

    async def process_request(self, request: Request, spider: Any = None) -> None:
        host = host_of(request.url)
        if host in self.pacer.deferred:
            raise Rejected("host-deferred", self.pacer.deferred[host])
        if _is_robots_request(request):
            return  # robots.txt itself is fetched once, before any page: it does not take a slot
        delay = self.pacer.wait_for(host)
        if delay > 0:
            await asyncio.sleep(delay)

    def process_response(self, request: Request, response: Response, spider: Any = None
                         ) -> Request | Response:
        if response.status in RATE_LIMIT_CODES and not request.meta.get("dont_retry"):
            delay = parse_retry_after(response.headers.get(b"Retry-After"))
            if delay is not None:
                host = host_of(request.url)
                if delay > self.cap_s:
                    why = f"Retry-After {delay:.0f}s is over the {self.cap_s:.0f}s cap; try next night"
                    self.pacer.deferred[host] = why
                    raise Rejected("rate-limited-deferred", why)
                self.pacer.not_before[host] = max(self.pacer.not_before.get(host, 0.0),
                                                  time.monotonic() + delay)
        return super().process_response(request, response)


class _Unreadable:
    """Stands in for a robots parser when robots.txt could not be read: nothing is allowed."""

    def __init__(self, why: str) -> None:
        self.why = why

    def allowed(self, url: str, user_agent: str | bytes) -> bool:
        return False


class RobotsPolicyMiddleware(RobotsTxtMiddleware):
    """robots.txt per RFC 9309, with Crawl-delay honoured and an unreadable file meaning "skip"."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.pacer = HostPacer.of(crawler)
        self.max_crawl_delay_s = crawler.settings.getfloat("RASAD_MAX_CRAWL_DELAY_S", 60.0)

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if response.status >= 500:
            self._set_unreadable(netloc, f"robots.txt answered {response.status}")
            return
        if 400 <= response.status < 500:
            response = response.replace(body=b"")  # RFC 9309 2.3.1.3: unavailable means no rules
        await super()._parse_robots(response, netloc, request)
        parser = self._parsers.get(netloc)
        delay = _crawl_delay(parser, self._robotstxt_useragent or self._default_useragent)
        if delay:
            host = host_of(response.url)
            if delay > self.max_crawl_delay_s:
                self.pacer.deferred[host] = f"Crawl-delay {delay:.0f}s is over the {self.max_crawl_delay_s:.0f}s cap"
            else:
                self.pacer.interval[host] = max(self.pacer.interval.get(host, 0.0), delay)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        from crawlers.outcomes import classify

        self.crawler.stats.inc_value("robotstxt/unreadable")
        self._set_unreadable(netloc, f"robots.txt unreadable ({classify(exc)[1]})")

    def _set_unreadable(self, netloc: str, why: str) -> None:
        pending = self._parsers[netloc]
        self._parsers[netloc] = _Unreadable(why)
        if hasattr(pending, "callback"):
            pending.callback(self._parsers[netloc])

    def process_request_2(self, rp: Any, request: Request) -> None:
        if isinstance(rp, _Unreadable):
            raise Rejected("robots-unreadable", rp.why)
        super().process_request_2(rp, request)


def _crawl_delay(parser: Any, user_agent: str) -> float | None:
    if parser is None or not hasattr(parser, "crawl_delay"):
        return None
    delay = parser.crawl_delay(user_agent)
    return float(delay) if delay else None


def _unsafe_redirect(origin: str, target: str) -> bool:
    """A redirect to another host:port whose address is loopback, private or link-local (SSRF)."""
    import ipaddress
    from urllib.parse import urlsplit

    from rasad.netguard import is_internal_ip

    origin_parts, target_parts = urlsplit(origin), urlsplit(target)
    if origin_parts.netloc == target_parts.netloc:
        return False
    host = target_parts.hostname or ""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return is_internal_ip(address)


class TrapGuardMiddleware:
    """Refuses trap URLs and enforces a per-host page budget for the night."""

    def __init__(self, limits: TrapLimits, host_budget: int, max_query_variants: int) -> None:
        self.limits = limits
        self.host_budget = host_budget
        self.max_query_variants = max_query_variants
        self._pages: dict[str, set[str]] = defaultdict(set)
        self._variants: dict[tuple[str, str], set[str]] = defaultdict(set)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TrapGuardMiddleware:
        s = crawler.settings
        limits = TrapLimits(
            max_url_length=s.getint("URLLENGTH_LIMIT", 2083),
            max_path_segments=s.getint("RASAD_MAX_PATH_SEGMENTS", 20),
            max_segment_repeats=s.getint("RASAD_MAX_SEGMENT_REPEATS", 2),
            max_query_params=s.getint("RASAD_MAX_QUERY_PARAMS", 12),
            max_depth=s.getint("RASAD_DEPTH_LIMIT", 6),
        )
        return cls(limits, s.getint("RASAD_HOST_PAGE_BUDGET", 2000), s.getint("RASAD_MAX_QUERY_VARIANTS", 50))

    def process_request(self, request: Request, spider: Any = None) -> None:
        if _is_robots_request(request) or request.meta.get("rasad_no_trap_check"):
            return
        reason = trap_reason(request.url, request.meta.get("rasad_depth", 0), self.limits)
        if reason:
            raise Rejected(f"trap:{reason}")
        redirects = request.meta.get("redirect_urls")
        if redirects and _unsafe_redirect(redirects[0], request.url):
            raise Rejected("redirect-to-private-address", "a redirect left the site for a non-public address")
        key = canonical_key(request.url)
        host = host_of(request.url)
        pages = self._pages[host]
        if key not in pages and len(pages) >= self.host_budget:
            raise Rejected("host-page-budget", f"{self.host_budget} pages tonight")
        path_key = (host, key.split("?", 1)[0])
        if "?" in key:
            variants = self._variants[path_key]
            if key not in variants and len(variants) >= self.max_query_variants:
                raise Rejected("trap:query-explosion", f"over {self.max_query_variants} variants of one path")
            variants.add(key)
        pages.add(key)


class RedirectLoopGuard:
    """Names a redirect loop as such: without this, the second visit to a URL in the chain is
    dropped silently by the duplicate filter and the start URL vanishes from the report."""

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        if 300 <= response.status < 400 and b"Location" in response.headers:
            from urllib.parse import urljoin

            target = canonical_key(urljoin(request.url, response.headers[b"Location"].decode("latin-1")))
            visited = {canonical_key(u) for u in (*request.meta.get("redirect_urls", ()), request.url)}
            if target in visited:
                raise Rejected("redirect-loop", f"after {len(visited)} URL(s)")
        return response


class SeenMiddleware:
    """Second nights fetch only new or changed items: conditional GETs and content hashes.

    Only captured items (articles, posts) are in the store, so feeds, sitemaps and listings are
    always fetched in full: they are how new items are found.
    """

    def __init__(self, store: SeenStore) -> None:
        self.store = store

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SeenMiddleware:
        from scrapy.exceptions import NotConfigured

        path = crawler.settings.get("RASAD_SEEN_DB")
        if not path:
            raise NotConfigured("no seen-store")
        return cls(SeenStore(path, readonly=True, timeout=crawler.settings.getfloat("RASAD_SEEN_DB_TIMEOUT", 30)))

    def process_request(self, request: Request, spider: Any = None) -> None:
        if _is_robots_request(request):
            return
        entry = self.store.get(canonical_key(request.url))
        if entry is None:
            return
        if entry.etag:
            request.headers.setdefault(b"If-None-Match", entry.etag.encode("latin-1", "replace"))
        if entry.last_modified:
            request.headers.setdefault(b"If-Modified-Since", entry.last_modified.encode("latin-1", "replace"))

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        if _is_robots_request(request):
            return response
        if response.status == 304:
            raise Rejected("not-modified", kind="unchanged")
        entry = self.store.get(canonical_key(request.url))
        if entry is not None and response.status == 200 and entry.sha256 == hashlib.sha256(response.body).hexdigest():
            raise Rejected("same-content", kind="unchanged")
        return response
