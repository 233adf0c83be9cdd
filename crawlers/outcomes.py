"""Why a URL produced no capture: one typed record per lost, refused or unchanged fetch.

Every request a spider makes ends either in a capture or in a ``CrawlFailure`` with a short,
stable reason code (``timeout``, ``http-503``, ``size-cap``, ``trap:calendar``...), so a night's
report can tally losses by class and nothing disappears silently. Details never contain bodies.
"""

from __future__ import annotations

from dataclasses import dataclass

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
    UnsupportedURLSchemeError,
)
from scrapy.spidermiddlewares.httperror import HttpError

from rasad.records import Record

KINDS = ("error", "rejected", "skip", "unchanged")


@dataclass(frozen=True)
class CrawlFailure(Record):
    """A URL that yielded no capture. kind: error (transient or broken server), rejected (our
    policy: robots, traps, size, rate limits), skip (not an article), unchanged (seen before)."""

    url: str
    kind: str
    reason: str
    detail: str = ""


class Rejected(IgnoreRequest):
    """A request our own policy refused, with a stable reason code and a kind."""

    def __init__(self, reason: str, detail: str = "", kind: str = "rejected") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
        self.kind = kind


def _short(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {str(exc)[:160]}"


def classify(exc: BaseException) -> tuple[str, str, str]:
    """(kind, reason, detail) of an exception that ended a request."""
    if isinstance(exc, Rejected):
        return exc.kind, exc.reason, exc.detail
    if isinstance(exc, HttpError):
        status = exc.response.status
        if 300 <= status < 400:  # a redirect scrapy refused to follow (file:, data:, no Location)
            location = (exc.response.headers.get(b"Location") or b"").decode("latin-1")
            return "rejected", "redirect-not-followed", f"{status} to {location.split(':', 1)[0]}:"
        return "error", f"http-{status}", ""
    message = str(exc)
    if isinstance(exc, IgnoreRequest):
        if "DOWNLOAD_MAXSIZE" in message or "max size" in message.lower():
            return "rejected", "size-cap", message[:160]
        if "Forbidden by robots.txt" in message:
            return "rejected", "robots-disallowed", ""
        if "redirect" in message.lower():
            return "rejected", "redirect-limit", message[:160]
        return "rejected", "ignored", message[:160]
    if isinstance(exc, DownloadTimeoutError) or "TimeoutError" in type(exc).__name__:
        return "error", "timeout", _short(exc)
    if isinstance(exc, ResponseDataLossError):
        return "error", "data-loss", _short(exc)
    if isinstance(exc, CannotResolveHostError):
        return "error", "dns", _short(exc)
    if isinstance(exc, DownloadConnectionRefusedError):
        return "error", "connection-refused", _short(exc)
    if isinstance(exc, UnsupportedURLSchemeError):
        return "rejected", "scheme-not-http", _short(exc)
    name = type(exc).__name__
    if isinstance(exc, DownloadCancelledError):
        # scrapy cancels a download when the body grows past DOWNLOAD_MAXSIZE (no length given)
        return "rejected", "size-cap", "download cancelled past the size cap"
    if any(marker in message for marker in ("ParseError", "BadStatusLine", "ValueError", "BadHeader")):
        return "error", "protocol-error", _short(exc)
    if isinstance(exc, DownloadFailedError) or "Connection" in name or "ResponseFailed" in name:
        return "error", "connection-lost", _short(exc)
    return "error", "download-error", _short(exc)
