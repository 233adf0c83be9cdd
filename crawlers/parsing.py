"""Pure page parsing: functions of bytes/HTML that tests call on saved pages.

Spiders only fetch and yield; everything they need to understand a page is here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from lxml import etree, html

_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)


def _xml_root(body: bytes) -> etree._Element | None:
    try:
        return etree.fromstring(body, parser=_XML_PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None


def html_tree(body: bytes) -> html.HtmlElement | None:
    """Parse page bytes as HTML, decoded the w3lib way (BOM, meta, else UTF-8), or None."""
    from w3lib.encoding import html_to_unicode

    _, text = html_to_unicode(None, body)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        return html.fromstring(text)
    except (etree.ParserError, ValueError):
        return None


def absolute_url(base_url: str, href: str) -> str:
    """``href`` resolved against ``base_url``, or "" when it is not a URL at all (``http://[`` makes
    urljoin raise): one hostile link costs that link, never the rest of the page."""
    try:
        return urljoin(base_url, href)
    except ValueError:
        return ""


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def feed_links(body: bytes, base_url: str) -> list[str]:
    """Item links of an RSS 2.0 or Atom feed, in feed order."""
    root = _xml_root(body)
    if root is None:
        return []
    links: list[str] = []
    for element in root.iter():
        name = _local(element.tag)
        if name == "item":
            for child in element:
                if _local(child.tag) == "link" and (child.text or "").strip():
                    links.append(absolute_url(base_url, child.text.strip()))
        elif name == "entry":
            for child in element:
                if _local(child.tag) == "link" and child.get("rel", "alternate") == "alternate":
                    links.append(absolute_url(base_url, child.get("href", "")))
    return list(dict.fromkeys(link for link in links if link))


def sitemap_links(body: bytes, base_url: str) -> tuple[list[str], list[str]]:
    """(page URLs, child sitemap URLs) of a sitemap or sitemap index."""
    root = _xml_root(body)
    if root is None:
        return [], []
    pages: list[str] = []
    children: list[str] = []
    for element in root.iter():
        if _local(element.tag) != "loc" or not (element.text or "").strip():
            continue
        parent = element.getparent()
        target = children if parent is not None and _local(parent.tag) == "sitemap" else pages
        target.append(absolute_url(base_url, element.text.strip()))
    return list(dict.fromkeys(filter(None, pages))), list(dict.fromkeys(filter(None, children)))


def looks_like_feed(body: bytes) -> bool:
    head = body[:512].lstrip().lower()
    return head.startswith((b"<?xml", b"<rss", b"<feed"))


def is_article_page(body: bytes) -> bool:
    """An article page has an <article> element or declares og:type article."""
    tree = html_tree(body)
    if tree is None:
        return False
    if tree.xpath("//article"):
        return True
    return bool(tree.xpath("//meta[@property='og:type' and @content='article']"))


# ---------------------------------------------------------------- dated discovery (incremental, backfill)

def sitemap_entries(body: bytes, base_url: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    """((page URL, date) pairs, child sitemap URLs) of a sitemap, news sitemap or index.

    The date is ``news:publication_date`` when present, else ``lastmod`` (ISO 8601 text, as given).
    """
    root = _xml_root(body)
    if root is None:
        return [], []
    pages: dict[str, str | None] = {}
    children: list[str] = []
    for element in root:
        name = _local(element.tag)
        fields: dict[str, str] = {}
        for child in element.iter():
            local = _local(child.tag)
            if local in ("loc", "lastmod", "publication_date") and (child.text or "").strip():
                fields.setdefault(local, child.text.strip())
        if "loc" not in fields:
            continue
        url = absolute_url(base_url, fields["loc"])
        if not url:
            continue
        if name == "sitemap":
            children.append(url)
        elif name == "url":
            pages.setdefault(url, fields.get("publication_date") or fields.get("lastmod"))
    return list(pages.items()), list(dict.fromkeys(children))


def feed_entries(body: bytes, base_url: str) -> list[tuple[str, str | None]]:
    """(item link, published date as given) of an RSS 2.0 or Atom feed, in feed order."""
    root = _xml_root(body)
    if root is None:
        return []
    entries: dict[str, str | None] = {}
    for element in root.iter():
        name = _local(element.tag)
        if name not in ("item", "entry"):
            continue
        link = date = None
        for child in element:
            local = _local(child.tag)
            if local == "link":
                href = child.get("href") if name == "entry" else child.text
                if href and (name == "item" or child.get("rel", "alternate") == "alternate"):
                    link = absolute_url(base_url, href.strip())
            elif local in ("pubDate", "published", "updated", "date") and (child.text or "").strip():
                date = date or child.text.strip()
        if link:
            entries.setdefault(link, date)
    return list(entries.items())


_ASSET_SUFFIXES = (".css", ".js", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".ico", ".webp", ".pdf", ".zip",
                   ".mp4", ".mp3", ".woff", ".woff2", ".xml", ".rss")
_NEXT_TEXTS = ("next", "older", "التالي", "التالية", "الأقدم", "المزيد", "»", "›", "←")


@dataclass(frozen=True)
class Listing:
    """What an index page offers: article candidates, the next (older) page, the dates shown."""

    links: tuple[str, ...]
    next_url: str | None
    dates: tuple[str, ...]


def _same_site(url: str, base_url: str) -> bool:
    return (urlsplit(url).hostname or "") == (urlsplit(base_url).hostname or "")


def listing_page(body: bytes, base_url: str) -> Listing:
    """Article candidates of a listing page (links in article/heading blocks, same host), the
    pagination link to older items (rel=next, or a link whose text says next/التالي) and the
    ``<time datetime>`` values on the page (for backfill)."""
    tree = html_tree(body)
    if tree is None:
        return Listing((), None, ())
    next_url = None
    for anchor in tree.xpath("//a[@href][@rel='next'] | //link[@rel='next'][@href]"):
        next_url = absolute_url(base_url, anchor.get("href")) or None
        break
    if next_url is None:
        for anchor in tree.xpath("//a[@href]"):
            text = " ".join(anchor.text_content().split()).lower()
            if text and any(text == t or text.startswith(t + " ") for t in _NEXT_TEXTS):
                next_url = absolute_url(base_url, anchor.get("href")) or None
                break
    blocks = tree.xpath(
        "//article//a[@href] | //h1//a[@href] | //h2//a[@href] | //h3//a[@href] | //h4//a[@href]"
        " | //*[contains(@class,'post') or contains(@class,'article') or contains(@class,'news')"
        " or contains(@class,'story') or contains(@class,'entry')]//a[@href]"
    ) or tree.xpath("//a[@href]")
    links: list[str] = []
    for anchor in blocks:
        url = absolute_url(base_url, anchor.get("href", "").strip()).split("#", 1)[0]
        path = urlsplit(url).path.lower()
        if (not url.startswith(("http://", "https://")) or not _same_site(url, base_url)
                or url in (base_url, next_url) or path.endswith(_ASSET_SUFFIXES) or path in ("", "/")):
            continue
        links.append(url)
    dates = tuple(t.get("datetime") for t in tree.xpath("//time[@datetime]") if t.get("datetime"))
    return Listing(tuple(dict.fromkeys(links)), next_url, dates)


def date_key(value: str | None) -> str | None:
    """A sortable ``YYYY-MM-DD`` from an ISO or RFC 822 date string, or None."""
    if not value:
        return None
    import email.utils

    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if match:
        return "-".join(match.groups())
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.strftime("%Y-%m-%d") if parsed else None


def is_gzip(body: bytes) -> bool:
    return body[:2] == b"\x1f\x8b"


_CHALLENGE_MARKERS = (b"captcha", b"cf-challenge", b"attention required", b"are you a robot", b"access denied",
                      b"unusual traffic", b"checking your browser")


def looks_like_challenge(body: bytes) -> bool:
    """A bot wall served with status 200 (captcha, 'checking your browser'): not the page we asked for."""
    head = body[:20000].lower()
    return sum(marker in head for marker in _CHALLENGE_MARKERS) >= 1 and b"<article" not in head
