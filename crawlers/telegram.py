"""Telegram public channel previews (``https://t.me/s/NAME``) as pure functions of the page HTML.

The preview lists the latest ~20 posts; older ones are reached with ``?before=<post id>``. We read
the post id, date, view count, text and media links of each post. The page itself is what the
archive keeps as evidence; a parsed post is derived data stored next to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from lxml import html

from crawlers.parsing import absolute_url, html_tree
from rasad.records import Record

_BACKGROUND_URL = re.compile(r"background-image\s*:\s*url\(['\"]?([^'\")]+)['\"]?\)")
# A post element of the preview page; pipelines.posts uses it to recognise such a page.
POST_XPATH = "//div[contains(@class,'tgme_widget_message ') or @class='tgme_widget_message'][@data-post]"
_VIEWS = re.compile(r"^\s*([\d.,]+)\s*([KMkm]?)\s*$")


@dataclass(frozen=True)
class TelegramPost(Record):
    channel: str
    post_id: int
    url: str
    date: str | None  # ISO 8601 as given by the page
    views: int | None
    text: str
    media: tuple[str, ...] = ()
    forwarded_from: str = ""


@dataclass(frozen=True)
class ChannelPage:
    posts: tuple[TelegramPost, ...]
    before_url: str | None  # the page of older posts, if any


def channel_preview_url(handle: str, before: int | None = None, base: str = "https://t.me") -> str:
    return f"{base}/s/{handle}" + (f"?before={before}" if before else "")


def parse_views(text: str | None) -> int | None:
    """'1.2K' -> 1200, '3,456' -> 3456, '2M' -> 2000000; None when unreadable."""
    match = _VIEWS.match(text or "")
    if not match:
        return None
    number, suffix = match.groups()
    try:
        value = float(number.replace(",", "")) if suffix else float(number.replace(",", "").replace(".", ""))
    except ValueError:
        return None
    return round(value * {"": 1, "k": 1_000, "m": 1_000_000}[suffix.lower()])


def _text_of(element: html.HtmlElement) -> str:
    for br in element.xpath(".//br"):
        br.tail = "\n" + (br.tail or "")
    return element.text_content().strip()


def _media_of(message: html.HtmlElement, base_url: str) -> tuple[str, ...]:
    media: list[str] = []
    for node in message.xpath(".//*[contains(@class,'tgme_widget_message_photo_wrap') or "
                              "contains(@class,'tgme_widget_message_video_thumb') or "
                              "contains(@class,'link_preview_image')][@style]"):
        found = _BACKGROUND_URL.search(node.get("style", ""))
        if found:
            media.append(absolute_url(base_url, found.group(1)))
    for node in message.xpath(".//video[@src] | .//audio[@src] | .//source[@src]"):
        media.append(absolute_url(base_url, node.get("src")))
    for node in message.xpath(".//a[contains(@class,'tgme_widget_message_document_wrap')][@href]"):
        media.append(absolute_url(base_url, node.get("href")))
    return tuple(dict.fromkeys(filter(None, media)))


def parse_channel_page(body: bytes, base_url: str) -> ChannelPage:
    """Every post on a channel preview page, oldest first, and the link to older posts."""
    tree = html_tree(body)
    if tree is None:
        return ChannelPage((), None)
    posts: list[TelegramPost] = []
    for message in tree.xpath(POST_XPATH):
        channel, _, number = message.get("data-post", "").partition("/")
        if not number.isdigit():
            continue
        text_nodes = message.xpath(".//div[contains(@class,'tgme_widget_message_text')]")
        dates = message.xpath(".//a[contains(@class,'tgme_widget_message_date')]//time[@datetime]")
        views = message.xpath(".//span[contains(@class,'tgme_widget_message_views')]")
        forwarded = message.xpath(".//*[contains(@class,'tgme_widget_message_forwarded_from_name')]")
        post_links = message.xpath(".//a[contains(@class,'tgme_widget_message_date')][@href]")
        posts.append(TelegramPost(
            channel=channel,
            post_id=int(number),
            url=(absolute_url(base_url, post_links[0].get("href")) if post_links else "") or f"https://t.me/{channel}/{number}",
            date=dates[0].get("datetime") if dates else None,
            views=parse_views(views[0].text_content()) if views else None,
            text=_text_of(text_nodes[0]) if text_nodes else "",
            media=_media_of(message, base_url),
            forwarded_from=forwarded[0].text_content().strip() if forwarded else "",
        ))
    posts.sort(key=lambda post: post.post_id)
    return ChannelPage(tuple(posts), _before_url(tree, base_url))


def _before_url(tree: html.HtmlElement, base_url: str) -> str | None:
    for href in tree.xpath("//link[@rel='prev']/@href | //a[contains(@class,'tme_messages_more')]"
                           "[@data-before]/@href"):
        if "before=" in href:
            return absolute_url(base_url, href) or None
    for before in tree.xpath("//*[contains(@class,'tme_messages_more')]/@data-before"):
        if before.isdigit():
            return urljoin(base_url, f"{urlsplit(base_url).path}?before={before}")
    return None  # no link to older posts: this is the channel's first page
