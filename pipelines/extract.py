"""Text and metadata from one archived page: charset check, trafilatura, dates, language.

Everything that can go wrong with a page (empty, not HTML, binary, too big, too slow, undecodable,
no main text) ends in SkipItem or QuarantineItem with a one-line reason, so the batch stage can
dead-letter it; the capture itself stays in the archive, so nothing is lost.
"""

from __future__ import annotations

import contextlib
import re
import signal
import threading
from collections.abc import Iterator
from copy import copy
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin

import trafilatura
from lxml.etree import XPath
from lxml.html import HtmlElement
from trafilatura.metadata import examine_meta, extract_meta_json, extract_title
from trafilatura.settings import Extractor

from pipelines.author import author_from_markup
from pipelines.charset import decode_page
from pipelines.dates import crawl_time_of, find_publication_date
from pipelines.dedup import canonical_url
from pipelines.language import detect_language
from pipelines.parse import parse_html
from pipelines.posts import PAGE_OF_POSTS, is_page_of_posts, post_document
from rasad.errors import QuarantineItem, SkipItem
from rasad.records import POST_CONTENT_TYPE, Capture, Document

MAX_HTML_BYTES = 8 * 1024 * 1024  # news articles are < 1 MB; bigger pages are quarantined, not parsed
TIME_BUDGET_SECONDS = 20.0
# trafilatura's fast mode skips its fallback extractors (readability/jusText comparison): ~20% less CPU
# for the stage, at a small cost in recall on pages whose main extraction fails (trafilatura's own
# evaluation: F1 0.918 fast vs 0.924 standard). Off: accuracy first. bench/extract_speed.py shows both.
FAST_MODE = False
MIN_TEXT_LETTERS = 5  # less than this is a menu item or a caption, not a text worth a lead
MAX_CONTROL_SHARE = 0.02  # share of control bytes above which a body is binary, not text
_SNIFF = 8192

_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x1f\x8b", "application/gzip"),
    (b"OggS", "audio/ogg"),
    (b"ID3", "audio/mpeg"),
    (b"\xd0\xcf\x11\xe0", "application/msword"),
    (b"{\\rtf", "application/rtf"),
)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
_HTML_MARKERS = (b"<html", b"<!doctype html", b"<head", b"<body", b"<meta", b"<title", b"<p", b"<div")


class _OverBudget(BaseException):
    """Raised by the timer inside extraction; a BaseException so that library code cannot swallow it."""


@contextlib.contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Abort the block after ``seconds`` (main thread only: signals cannot interrupt other threads)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise _OverBudget

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def sniff_content_type(body: bytes, declared: str = "") -> str:
    """The media type of a body: magic numbers beat the declared type (servers mislabel downloads)."""
    head = body[:16]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head.startswith(b"RIFF") and body[8:12] == b"WEBP":
        return "image/webp"
    if body[4:8] == b"ftyp":
        return "video/mp4"
    kind = declared.split(";")[0].strip().lower()
    if kind in ("", "application/octet-stream", "text/plain", "binary/octet-stream"):
        lowered = body[:_SNIFF].lstrip().lower()
        if any(marker in lowered for marker in _HTML_MARKERS):
            return "text/html"
        return kind or "application/octet-stream"
    return kind


def check_body(body: bytes, content_type: str) -> str:
    """Raise Skip/Quarantine for bodies that are not worth parsing; return the sniffed media type."""
    if not body.strip():
        raise QuarantineItem("empty body")
    kind = sniff_content_type(body, content_type)
    if kind not in _HTML_TYPES and kind != "text/plain":
        if kind == "application/octet-stream" and _control_share(body) > MAX_CONTROL_SHARE:
            raise QuarantineItem(f"binary content: {_control_share(body):.0%} control bytes, not text")
        raise SkipItem(f"not HTML: {kind}")
    if len(body) > MAX_HTML_BYTES:
        raise QuarantineItem(f"page of {len(body)} bytes is over the {MAX_HTML_BYTES}-byte budget")
    if not body.startswith((b"\xff\xfe", b"\xfe\xff")) and _control_share(body) > MAX_CONTROL_SHARE:
        raise QuarantineItem(f"binary content: {_control_share(body):.0%} control bytes, not text")
    return kind


def _control_share(body: bytes) -> float:
    head = body[:_SNIFF]
    return (len(head) - len(head.translate(None, _CONTROL_BYTES))) / max(len(head), 1)  # one pass, not 29


def extract_document(body: bytes, capture: Capture) -> Document:
    """One Document from one capture, or SkipItem/QuarantineItem with the reason."""
    if capture.status and not 200 <= capture.status < 300:
        raise SkipItem(f"not a successful response: HTTP {capture.status}")
    if capture.content_type == POST_CONTENT_TYPE:
        return post_document(body, capture)
    kind = check_body(body, capture.content_type)
    try:
        with time_budget(TIME_BUDGET_SECONDS):
            return _extract(body, capture, kind)
    except _OverBudget:
        raise QuarantineItem(f"extraction took longer than the {TIME_BUDGET_SECONDS:.0f} s budget") from None
    except RecursionError:
        raise QuarantineItem("HTML nested too deeply to parse") from None


def _extract(body: bytes, capture: Capture, kind: str) -> Document:
    decoded = decode_page(body, capture.content_type)
    url = capture.final_url or capture.url
    crawl_time = crawl_time_of(capture.fetched_at)
    if kind == "text/plain":
        text = decoded.text.strip()
        title, author, image, tree = text.split("\n", 1)[0][:200], "", "", None
    else:
        tree = parse_html(decoded.text)
        if tree is None:
            raise QuarantineItem("no HTML tree could be parsed")
        if is_page_of_posts(tree, url):
            raise SkipItem(PAGE_OF_POSTS)
        text = _field(_trafilatura(tree, url), "text")
        title, author, image = _page_metadata(tree)
        title = title or _page_title(tree)
        author = _AUTHOR_PREFIX.sub("", author).strip()
        image = image or _lead_image(tree, url)
    letters = _count_letters(text[:1000], MIN_TEXT_LETTERS)
    if letters < MIN_TEXT_LETTERS:
        raise QuarantineItem("no main text found" + (f" (only {letters} letters)" if text else ""))
    guess = detect_language(text)
    found = None
    if tree is not None:
        found = find_publication_date(tree, url, crawl_time, guess.language or _html_lang(tree))
    return Document(
        capture_sha256=capture.sha256,
        url=url,
        title=title,
        text=text,
        language=guess.language,
        language_confidence=guess.confidence,
        published_at=found.value if found else None,
        published_via=found.via if found else None,
        arabizi=guess.arabizi,
        source_id=capture.source_id,
        fetched_at=capture.fetched_at,
        author=author,
        image=image,
        canonical_url=canonical_url(url),
        charset=decoded.charset,
        charset_note=decoded.note,
        dialect=guess.dialect,
    )


def _trafilatura(tree: HtmlElement, url: str) -> Any:
    """trafilatura's main text (it works on its own copy of the tree)."""
    options = copy(_extractor_options(FAST_MODE))  # trafilatura copies options too: never share one
    options.url = options.source = url or None
    try:
        return trafilatura.bare_extraction(tree, options=options)
    except ValueError:
        return None


@lru_cache(maxsize=2)
def _extractor_options(fast: bool) -> Extractor:
    """trafilatura's options, made once: making them reads eight values from its config every call."""
    return Extractor(output_format="python", fast=fast, comments=False, tables=True)


def _count_letters(text: str, enough: int) -> int:
    """Letters in ``text``, counted up to ``enough`` (a page has hundreds; we only need to know it has a few)."""
    count = 0
    for char in text:
        if char.isalpha():
            count += 1
            if count == enough:
                break
    return count


def _page_metadata(tree: HtmlElement) -> tuple[str, str, str]:
    """Title, author and image the way trafilatura's ``extract_metadata`` finds them.

    Only the steps for these three fields: its categories, tags, licence, site name and date
    passes cost a quarter of the extraction and we use none of them (dates.py finds the date).
    """
    found = examine_meta(tree)
    if found.author and " " not in found.author:  # a one-word author is a handle or a site name
        found.author = None
    with contextlib.suppress(Exception):  # trafilatura's own guard: its JSON-LD reader raises on bad data
        found = extract_meta_json(tree, found)
    found.title = found.title or extract_title(tree)
    found.author = found.author or author_from_markup(tree)
    found.clean_and_trim()
    return (found.title or "").strip(), (found.author or "").strip(), (found.image or "").strip()


def _field(result: Any, name: str) -> str:
    return str(getattr(result, name, None) or "").strip()


_ARTICLE_IMAGES = XPath("//article//img[@src] | //main//img[@src]")
_AUTHOR_PREFIX = re.compile(r"^(?:كتب|كتبت|بقلم|إعداد|اعداد|by)\s*[:：]?\s+", re.IGNORECASE)


def _lead_image(tree: HtmlElement, url: str) -> str:
    """The first picture inside the article when the page declares none (og:image is preferred)."""
    for img in _ARTICLE_IMAGES(tree)[:5]:
        src = img.get("src", "").strip()
        if src and not src.startswith("data:") and "logo" not in src.lower():
            return urljoin(url, src)
    return ""


def _page_title(tree: HtmlElement) -> str:
    node = tree.find(".//title")
    return " ".join((node.text_content() if node is not None else "").split())[:300]


def _html_lang(tree: HtmlElement) -> str | None:
    lang = (tree.get("lang") or "").split("-")[0].strip().lower()
    return lang or None
