"""Facebook pages and X profiles, rendered with Playwright driving Debian's Chromium.

FRAGILE, best effort: public pages only, logged out; both sites change markup and show login
walls often, so an empty result is reported (``skip: no-posts``), never treated as "no news".
Each rendered page is archived as the rendered DOM (``rendered=True``) plus a full-page
screenshot record. Browser contexts are closed after ``RASAD_CONTEXT_RECYCLE_PAGES`` pages, so
memory stays flat over long runs; WebRTC is kept off non-proxied UDP (see crawlers/settings.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator
from typing import Any, ClassVar

from scrapy.http import Request, Response
from twisted.python.failure import Failure

from crawlers import settings as defaults
from crawlers.social import parse_social_posts
from crawlers.spiders.base import RasadSpider

_HANDLER = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"


class SocialSpider(RasadSpider):
    name = "social"
    custom_settings: ClassVar[dict[str, Any]] = {
        "DOWNLOAD_HANDLERS": {"http": _HANDLER, "https": _HANDLER},
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {
            "executable_path": defaults.CHROMIUM_PATH,
            "headless": True,
            "args": defaults.CHROMIUM_ARGS,
            "timeout": 30000,
        },
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": defaults.RASAD_RENDER_TIMEOUT_MS,
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 4,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._assigned: Counter[str] = Counter()
        self._finished: Counter[str] = Counter()
        self._requested = 0

    def render_request(self, url: str) -> Request:
        recycle = self.settings.getint("RASAD_CONTEXT_RECYCLE_PAGES", 50)
        context = f"rasad-{self._requested // recycle}"
        self._requested += 1
        self._assigned[context] += 1
        meta: dict[str, Any] = {
            "playwright": True,
            "playwright_include_page": True,
            "playwright_context": context,
            "playwright_page_goto_kwargs": {"wait_until": "load"},
        }
        if self.proxy:
            meta["playwright_context_kwargs"] = {"proxy": {"server": self.proxy}}
        request = self.request(url, self.parse, **meta)
        request.dont_filter = True
        return request

    async def start(self) -> AsyncIterator[Request]:
        self.announce_policy()
        for url in self.start_urls:
            yield self.render_request(url)

    async def parse(self, response: Response, **kwargs: Any) -> AsyncIterator[Any]:
        page = response.meta["playwright_page"]
        try:
            await page.wait_for_load_state("networkidle", timeout=5000)
        except Exception:  # noqa: BLE001 - endless XHR pages never go idle; render what is there
            self.crawler.stats.inc_value("rasad/render/no-network-idle")
        try:
            body = (await page.content()).encode("utf-8")
            screenshot = await page.screenshot(full_page=True, timeout=15000)
        finally:
            await self._release(response.meta)
        posts = parse_social_posts(body, response.url)
        if not posts:
            yield self.skip(response, "no-posts")
        yield self.capture_item(response, rendered=True, screenshot=screenshot, body=body,
                                posts=[post.to_dict() for post in posts])

    async def on_error(self, failure: Failure) -> AsyncIterator[dict[str, Any]]:  # type: ignore[override]
        request = getattr(failure, "request", None)
        if request is not None and request.meta.get("playwright_page") is not None:
            await self._release(request.meta)
        for item in super().on_error(failure):
            yield item

    async def _release(self, meta: dict[str, Any]) -> None:
        """Close the page, and its context once every page assigned to it is done."""
        page = meta.get("playwright_page")
        context = meta.get("playwright_context", "")
        self._finished[context] += 1
        if page is None:
            return
        if self._finished[context] >= self._assigned[context]:
            await page.context.close()
            self.crawler.stats.inc_value("rasad/render/contexts-recycled")
        else:
            await page.close()
