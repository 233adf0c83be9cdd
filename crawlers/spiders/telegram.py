"""Telegram public channels through their web preview (``t.me/s/NAME``), paging with ``?before=``.

Each preview page is archived as a response record (the evidence); each post on it is stored as
a metadata record derived from that page. Paging stops when a page holds no post we have not
seen (incremental), when posts are older than ``backfill_until``, or at the page cap.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from scrapy.http import Request, Response

from crawlers.spiders.base import RasadSpider
from crawlers.telegram import parse_channel_page
from crawlers.urls import canonical_key


class TelegramSpider(RasadSpider):
    name = "telegram"

    async def start(self) -> AsyncIterator[Request]:
        self.announce_policy()
        for url in self.start_urls:
            yield self.request(url, self.parse, dont_filter=True, rasad_listing_page=1)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        page = parse_channel_page(response.body, response.url)
        if not page.posts:
            yield self.skip(response, "no-posts")
            return
        fresh = [post for post in page.posts
                 if self.seen is None or self.seen.get(canonical_key(post.url)) is None]
        wanted = [post for post in fresh if not self.before_backfill_date((post.date or "")[:10] or None)]
        yield self.capture_item(response, posts=[post.to_dict() for post in wanted])
        page_number = response.meta.get("rasad_listing_page", 1)
        oldest = (page.posts[0].date or "")[:10] or None
        if self.backfill_until:
            keep_going = not self.before_backfill_date(oldest) and page_number < self.settings.getint(
                "RASAD_BACKFILL_MAX_PAGES", 500)
        else:
            keep_going = len(fresh) == len(page.posts) and page_number < self.max_listing_pages
        previous_first = response.meta.get("rasad_first_post")
        if previous_first is not None and page.posts[0].post_id >= previous_first:
            keep_going = False  # the "older" page was not older: stop rather than loop
        if page.before_url and keep_going:
            yield self.request(page.before_url, self.parse, rasad_listing_page=page_number + 1,
                               rasad_first_post=page.posts[0].post_id)
