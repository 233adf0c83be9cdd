"""A page's author from its markup, found the way trafilatura's ``extract_author`` finds it, without its costs.

trafilatura copies the whole tree, deletes the blocks where a name is not the author's (comments,
dates, sidebars, figures) with XPath, then runs up to three XPath searches whose regular expressions
call back into Python for every element: about a fifth of our extraction stage on a news page whose
meta tags name no author. The same rules (trafilatura 2.3's ``AUTHOR_DISCARD_XPATHS`` and
``AUTHOR_XPATHS``, Apache-2.0) are checked here in Python on the few elements that carry an attribute
they read (one pass over the attribute names finds them), and the text of a candidate is read as
it would be once the blocks are deleted, so the tree is neither copied nor changed: same answer, about
a quarter of the time. Markup the rules do not read the same way (a comment or processing instruction
left in the tree, a ``<rel>`` element) is handed to trafilatura itself.
tests/pipelines/test_author.py compares both on every page we have.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from lxml.html import HtmlElement
from trafilatura.json_metadata import normalize_authors
from trafilatura.metadata import extract_author
from trafilatura.utils import trim

MAX_AUTHOR_CHARS = 120  # trafilatura's limit: a longer "author" is a paragraph that mentions one

# Blocks deleted before the search (AUTHOR_DISCARD_XPATHS).
_DISCARD_ANY = frozenset({"time", "figure"})
_DISCARD_TAGS = frozenset({"a", "div", "section", "span"})
_DISCARD_ID = re.compile(r"^comments|comment-?list|ProductReviews")
_DISCARD_CLASS = re.compile(
    r"^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|article-(?:share|support)"
    r"|print|category|meta-date|meta-reviewer"
)

# The three searches (AUTHOR_XPATHS), from the most to the least specific.
_SPECIFIC_TAGS = frozenset({"a", "address", "div", "link", "p", "span", "strong"})
_SPECIFIC_CLASS = re.compile(r"author-?name|AuthorName|authorName")
_GENERIC_TAGS = frozenset({"a", "div", "h3", "h4", "p", "span"})
_GENERIC_ID = re.compile(r"author|zuozhe|bianji|xiaobian")
_GENERIC_CLASS = re.compile(r"author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name")
_ANY_ID = re.compile(r"[Aa]uthor")
_ANY_CLASS = re.compile(r"[Aa]uthor|screenname|writer|[Bb]yline")


class _Delegate(Exception):
    """Markup these rules do not read the way trafilatura's XPath does: ask trafilatura."""


def author_from_markup(tree: HtmlElement) -> str | None:
    """The author named in the page body (bylines, rel/itemprop author), or None."""
    try:
        searches, deleted = _walk(tree)
        for candidates in searches:
            for element in candidates:
                content = trim(" ".join(_text_after_deletion(element, deleted)))
                if content and 2 < len(content) < MAX_AUTHOR_CHARS:
                    return normalize_authors(None, content)
    except _Delegate:
        return extract_author(tree)
    return None


def _walk(tree: HtmlElement) -> tuple[tuple[list[HtmlElement], ...], set[HtmlElement]]:
    """Candidates of each search in document order, outside deleted blocks; and the deleted blocks."""
    searches: tuple[list[HtmlElement], ...] = ([], [], [])
    deleted: set[HtmlElement] = set()
    for element in _marked(tree):  # only elements a rule can match: most of a page has no attribute we read
        tag, attrib = element.tag, dict(element.attrib)
        if tag == "rel":
            raise _Delegate
        if element is not tree and _is_deleted(tag, attrib):  # the root cannot be deleted
            deleted.add(element)
            continue
        for rule, candidates in zip(_SEARCHES, searches, strict=True):
            if rule(tag, attrib):
                candidates.append(element)
    if deleted:
        searches = tuple(
            [element for element in candidates if deleted.isdisjoint(element.iterancestors())]
            for candidates in searches
        )
    return searches, deleted


def _is_deleted(tag: str, attrib: Mapping[str, str]) -> bool:
    if tag in _DISCARD_ANY:
        return True
    if tag not in _DISCARD_TAGS:
        return False
    ident, klass = attrib.get("id", ""), attrib.get("class", "")
    return (
        ident == "comments"
        or klass in ("comments", "title", "date")
        or bool(_DISCARD_ID.search(ident))
        or bool(_DISCARD_CLASS.search(klass))
        or "Figure" in attrib.get("data-component", "")
    )


def _specific(tag: str, attrib: Mapping[str, str]) -> bool:
    if tag == "author":
        return True
    if tag not in _SPECIFIC_TAGS:
        return False
    klass = attrib.get("class", "")
    return (
        attrib.get("rel") == "author"
        or attrib.get("id") == "author"
        or klass == "author"
        or attrib.get("itemprop") == "author name"
        or attrib.get("data-testid") in ("AuthorCard", "AuthorURL")
        or bool(_SPECIFIC_CLASS.search(klass))
    )


def _generic(tag: str, attrib: Mapping[str, str]) -> bool:
    if tag not in _GENERIC_TAGS:
        return False
    klass = attrib.get("class", "")
    return (
        klass in ("byline", "username", "byl", "BBL")
        or "author" in attrib.get("itemprop", "")
        or bool(_GENERIC_ID.search(attrib.get("id", "")))
        or bool(_GENERIC_CLASS.search(klass))
    )


def _last_resort(tag: str, attrib: Mapping[str, str]) -> bool:
    return (
        "Byline" in attrib.get("data-component", "")
        or "author" in attrib.get("itemprop", "")
        or bool(_ANY_ID.search(attrib.get("id", "")))
        or bool(_ANY_CLASS.search(attrib.get("class", "")))
    )


_MARKED_ATTRIBUTES = frozenset({"class", "id", "rel", "itemprop", "data-testid", "data-component"})
_MARKED_TAGS = frozenset({"time", "figure", "author", "rel"})


def _marked(tree: HtmlElement) -> list[HtmlElement]:
    """The elements of ``//*[@class or @id or @rel or @itemprop or @data-testid or @data-component]|//time|
    //figure|//author|//rel``, in document order, found in one Python pass over the whole document.

    libxml2 evaluates that predicate by building six attribute node-sets per element: a pass that reads
    each element's attribute names is about three times faster on our pages (the XPath was most of the
    author's cost). ``//`` starts at the document's root, not at ``tree``, and so does this pass.
    """
    return [
        element
        for element in tree.getroottree().getroot().iter()
        if element.tag in _MARKED_TAGS or not _MARKED_ATTRIBUTES.isdisjoint(element.keys())
    ]

_SEARCHES: tuple[Callable[[str, Mapping[str, str]], bool], ...] = (_specific, _generic, _last_resort)


def _text_after_deletion(element: HtmlElement, deleted: set[HtmlElement]) -> list[str]:
    """``element.itertext()`` as it reads once the deleted blocks are gone.

    A deleted block's tail text stays, joined to the text before it (the previous sibling's tail, or
    the parent's text), exactly as trafilatura's ``delete_element`` joins it.
    """
    chunks: list[str] = []

    def walk(node: HtmlElement) -> None:
        slot = _open_slot(chunks, node.text)
        for child in node:
            if not isinstance(child.tag, str):  # a comment or processing instruction the parser kept
                raise _Delegate
            if child in deleted:
                if child.tail:
                    if slot is None:
                        chunks.append(child.tail)
                        slot = len(chunks) - 1
                    else:
                        chunks[slot] += child.tail
                continue
            walk(child)
            slot = _open_slot(chunks, child.tail)

    walk(element)
    return chunks


def _open_slot(chunks: list[str], text: str | None) -> int | None:
    """Append ``text`` if there is any; the index a deleted sibling's tail would join, or None."""
    if not text:
        return None
    chunks.append(text)
    return len(chunks) - 1
