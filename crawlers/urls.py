"""URL keys and crawler-trap rules, as pure functions.

``canonical_key`` decides when two URLs are the same page (tracking and session parameters
removed, query sorted), so the seen-store and the duplicate filter agree. ``trap_reason`` says
why a URL looks like a crawler trap (infinite calendars, ``/a/a/a``, session ids in paths,
query-parameter explosions), or returns None.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

# Parameters that never change the page: campaign tags, click ids, session ids.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "mc_cid", "mc_eid", "igshid",
    "_ga", "_gl", "ref", "ref_src", "ref_url", "spm",
    "sessionid", "session_id", "sid", "phpsessid", "jsessionid", "aspsessionid", "cfid", "cftoken",
})
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
_PATH_SESSION = re.compile(r";(jsessionid|phpsessid|sid)=[^/?#]*", re.IGNORECASE)


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(_TRACKING_PREFIXES)


def strip_tracking(url: str) -> str:
    """The URL without tracking/session parameters and fragment; otherwise unchanged."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    path = _PATH_SESSION.sub("", parts.path)
    return urlunsplit((parts.scheme, parts.netloc, path, urlencode(query, doseq=True), ""))


def canonical_key(url: str) -> str:
    """The key under which a page is deduplicated and remembered between nights."""
    stripped = strip_tracking(url)
    key = canonicalize_url(stripped, keep_fragments=False)
    parts = urlsplit(key)
    host = parts.hostname or ""
    host = host.removeprefix("www.")
    port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
    scheme = "https" if parts.scheme in ("http", "https") else parts.scheme
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((scheme, host + port, path, parts.query, ""))


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


@dataclass(frozen=True)
class TrapLimits:
    """Limits past which a URL is treated as a trap (after Heritrix's default rules)."""

    max_url_length: int = 2083
    max_path_segments: int = 20
    max_segment_repeats: int = 2
    max_query_params: int = 12
    max_depth: int = 6


_DATE_PATH = re.compile(r"/(19|20|21)\d\d/[01]?\d(/[0-3]?\d)?/?$")  # a date index, no slug after it
_CALENDAR_PARAMS = {"year", "month", "day", "date", "week", "cal", "calendar"}


def trap_reason(url: str, depth: int = 0, limits: TrapLimits = TrapLimits()) -> str | None:
    """Why ``url`` looks like a crawler trap, or None. Reasons are short stable codes."""
    if len(url) > limits.max_url_length:
        return "url-too-long"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return "scheme-not-http"
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) > limits.max_path_segments:
        return "too-many-path-segments"
    if segments and Counter(segments).most_common(1)[0][1] > limits.max_segment_repeats:
        return "repeated-path-segments"
    params = parse_qsl(parts.query, keep_blank_values=True)
    if len(params) > limits.max_query_params:
        return "too-many-query-params"
    if depth > limits.max_depth:
        return "too-deep"
    calendar_keys = {k.lower() for k, _ in params} & _CALENDAR_PARAMS
    if depth > 2 and (_DATE_PATH.search(parts.path) or len(calendar_keys) >= 2):
        # Date indexes are fine close to a listing; deep inside them they are calendars.
        return "calendar"
    return None
