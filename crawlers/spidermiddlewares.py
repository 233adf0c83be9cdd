"""A spider callback that raises is a failure of its source, not a line in a log nobody reads.

scrapy only logs an exception raised while parsing a page ("Spider error processing") and carries
on, so a parser bug could lose every article of a source night after night while the source looked
healthy. Here each such exception becomes a ``CrawlFailure`` (kind ``error``, reason
``callback-error``, the exception's class as detail), written to the failures file like every
other loss; the night marks the source failed (``rasad.night.callback_error_summary``). The log gets
the URL and a traceback without the exception's message (it may quote the page).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from scrapy.exceptions import CloseSpider, DontCloseSpider
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError

from crawlers.logformatter import content_free_traceback
from crawlers.outcomes import CrawlFailure

log = logging.getLogger(__name__)

CALLBACK_ERROR = "callback-error"


class CallbackErrorMiddleware:
    """Turns an exception raised in a spider callback into a failure item for that URL."""

    def __init__(self, stats: Any) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> CallbackErrorMiddleware:
        return cls(crawler.stats)

    def process_spider_exception(self, response: Response,
                                 exception: Exception) -> Iterable[dict[str, Any]] | None:
        if isinstance(exception, (CloseSpider, DontCloseSpider, HttpError)):
            return None  # scrapy's own control flow; HTTP errors reach the errback (crawlers.outcomes)
        name = type(exception).__name__
        frames = content_free_traceback((type(exception), exception, exception.__traceback__))
        log.error("spider callback failed on %s\n%s", response.url, frames)
        self.stats.inc_value(f"rasad/error/{CALLBACK_ERROR}")
        failure = CrawlFailure(url=response.url, kind="error", reason=CALLBACK_ERROR, detail=name)
        return [{"_failure": failure.to_dict()}]
