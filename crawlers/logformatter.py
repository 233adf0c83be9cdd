"""A log formatter that never writes item contents (article text, names) to the log."""

from __future__ import annotations

from typing import Any

from scrapy import logformatter


class QuietLogFormatter(logformatter.LogFormatter):
    def scraped(self, item: Any, response: Any, spider: Any) -> logformatter.LogFormatterResult:
        result = super().scraped(item, response, spider)
        result["msg"] = "Scraped from %(src)s"
        result["args"] = {"src": getattr(response, "url", "")}
        return result

    def dropped(self, item: Any, exception: BaseException, response: Any, spider: Any
                ) -> logformatter.LogFormatterResult:
        result = super().dropped(item, exception, response, spider)
        result["msg"] = "Dropped: %(exception)s"
        result["args"] = {"exception": type(exception).__name__}
        return result
