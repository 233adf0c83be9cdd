"""Logging in the crawl child that never writes item contents (article text, names) anywhere.

Scrapy's own messages print the whole item on ``item_error`` ("Error processing {...}"), and any
traceback ends with the exception's message, which may quote a page. So: item messages carry the
URL and the exception type only, tracebacks keep their frames but lose the message, and a log
that cannot be written (full disk) says so in one line instead of dumping the record to stderr.
"""

from __future__ import annotations

import logging
import sys
import traceback
from typing import Any

from scrapy import logformatter


def _url(item: Any, response: Any) -> str:
    url = getattr(response, "url", "")
    if not url and isinstance(item, dict):
        url = str(item.get("final_url") or item.get("url") or "")
    return url


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

    def item_error(self, item: Any, exception: BaseException, response: Any, spider: Any
                   ) -> logformatter.LogFormatterResult:
        result = super().item_error(item, exception, response, spider)
        result["msg"] = "Error processing the item from %(src)s: %(reason)s"
        result["args"] = {"src": _url(item, response), "reason": _reason(exception)}
        return result


def _reason(exception: BaseException) -> str:
    """The exception type, plus what the system or SQLite said (their wording never quotes a page):
    never the message of any other exception, which may."""
    import errno as errnos
    import sqlite3

    name = type(exception).__name__
    if isinstance(exception, OSError) and exception.errno:
        return f"{name} {errnos.errorcode.get(exception.errno, exception.errno)}: {exception.strerror}"
    if isinstance(exception, sqlite3.Error):
        return f"{name}: {str(exception)[:200]}"
    return name


def content_free_traceback(exc_info: Any) -> str:
    """A traceback with its frames (file, line, code) and the exception types, without any message."""
    kind, value, tb = exc_info
    lines = ["Traceback (most recent call last):\n", *traceback.format_tb(tb), f"{kind.__name__}: {_reason(value)}"]
    return "".join(lines).rstrip("\n")


def _handle_error(self: logging.Handler, record: logging.LogRecord) -> None:
    if logging.raiseExceptions and sys.stderr:
        kind = sys.exc_info()[0]
        sys.stderr.write(f"rasad crawl: a log line could not be written ({kind.__name__ if kind else '?'})\n")


def install_content_free_logging() -> None:
    """Apply the rules above to every log record of this process (call once, in the crawl child)."""
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = content_free_traceback(record.exc_info)
        return record

    logging.setLogRecordFactory(factory)
    logging.Handler.handleError = _handle_error  # type: ignore[method-assign]
