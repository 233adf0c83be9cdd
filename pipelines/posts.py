"""Telegram and social posts as documents of their own.

A channel preview or a rendered Facebook/X page holds many posts; the crawler archives the page
(the evidence) and each post it parsed as a WARC metadata record pointing at it. A post, not the
page, is what a monitor triages: one post, one document, with the post's own permalink and date.
The page itself is then skipped with that reason, so a post's text never reaches the index twice.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from lxml.etree import XPath
from lxml.html import HtmlElement

from crawlers.social import POST_XPATH as SOCIAL_POST_XPATH
from crawlers.telegram import POST_XPATH as TELEGRAM_POST_XPATH
from pipelines.dates import crawl_time_of, date_as_given
from pipelines.dedup import canonical_url
from pipelines.language import detect_language
from rasad.errors import QuarantineItem, SkipItem
from rasad.records import Capture, Document

MIN_POST_LETTERS = 5  # "قتيل في الزاوية" is a lead; a lone emoji or a link is not
TITLE_CHARS = 120
SOCIAL_HOSTS = ("facebook.com", "x.com", "twitter.com")
PAGE_OF_POSTS = "page of posts: each post is a document of its own"
# Compiled once: every page of the extraction stage is asked these (tree.xpath(str) compiles each call).
_TELEGRAM_POSTS = XPath(TELEGRAM_POST_XPATH)
_SOCIAL_POSTS = XPath(SOCIAL_POST_XPATH)


def post_document(body: bytes, capture: Capture) -> Document:
    """The Document of one parsed post (``rasad.records.POST_CONTENT_TYPE``)."""
    try:
        post = json.loads(body)
        text = " ".join(str(post.get("text") or "").split()) if isinstance(post, dict) else ""
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise QuarantineItem(f"unreadable post record: {exc}") from None
    letters = sum(ch.isalpha() for ch in text)
    if letters < MIN_POST_LETTERS:
        raise SkipItem(f"post without text (only {letters} letters)")
    guess = detect_language(text)
    url = str(post.get("url") or capture.final_url or capture.url)
    published = date_as_given(post.get("date"), crawl_time_of(capture.fetched_at))
    return Document(
        capture_sha256=capture.sha256,
        url=url,
        title=_title(text),
        text=text,
        language=guess.language,
        language_confidence=guess.confidence,
        published_at=published,
        published_via="post" if published else None,
        arabizi=guess.arabizi,
        source_id=capture.source_id,
        fetched_at=capture.fetched_at,
        author=str(post.get("channel") or post.get("forwarded_from") or ""),
        canonical_url=canonical_url(url),
        charset="utf-8",
        dialect=guess.dialect,
    )


def is_page_of_posts(tree: HtmlElement, url: str) -> bool:
    """True for a channel preview or a social page whose posts the crawler stored one by one."""
    if _TELEGRAM_POSTS(tree):
        return True
    host = (urlsplit(url).hostname or "").removeprefix("www.").removeprefix("m.")
    return host in SOCIAL_HOSTS and bool(_SOCIAL_POSTS(tree))


def _title(text: str) -> str:
    return text if len(text) <= TITLE_CHARS else text[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"
