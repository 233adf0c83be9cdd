"""A decoded page parsed into an lxml.html tree, as ``trafilatura.utils.load_html`` parses it, but cheaper.

lxml.html's parser picks each element's Python class through a lookup written in Python
(``HtmlElementClassLookup.lookup``), called every time an element is touched from Python for the first
time: about 100,000 calls on 63 news pages, some 6 % of our extraction stage, spread over trafilatura,
htmldate and our own passes over the tree. The parser here has the same options as trafilatura's
``HTML_PARSER`` and looks the class up in C (``ElementDefaultClassLookup``) with the same classes,
except that ``<form>``, ``<input>``, ``<select>``, ``<textarea>`` and ``<label>`` are plain
``HtmlElement`` rather than lxml.html's form classes: those only add form-handling helpers (``.value``,
``.fields``, ``.form``) that no stage calls; text, tags, attributes and tree shape are the same.
The steps around the parse (repairs, the bytes fallback, the rejection of non-HTML) are trafilatura's.
tests/pipelines/test_parse.py compares the two trees on every page we have.
"""

from __future__ import annotations

from lxml.etree import ElementDefaultClassLookup
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HTMLParser, HtmlProcessingInstruction, fromstring
from trafilatura.utils import is_dubious_html, repair_faulty_html

_PARSER = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True)
_PARSER.set_element_class_lookup(
    ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
    )
)


def parse_html(text: str) -> HtmlElement | None:
    """The tree of a decoded page, or None when it is not HTML (``trafilatura.utils.load_html``'s rules)."""
    beginning = text[:50].lower()
    text = repair_faulty_html(text, beginning)
    tree = None
    fallback_parse = False
    try:
        tree = fromstring(text, parser=_PARSER)
    except ValueError:  # "Unicode strings with encoding declaration are not supported."
        tree = _from_bytes(text)
        fallback_parse = True
    except Exception:  # noqa: BLE001 -- trafilatura's guard: lxml raises several kinds on broken input
        tree = None
    if (tree is None or len(tree) < 1) and not fallback_parse:
        tree = _from_bytes(text)
    if tree is not None and is_dubious_html(beginning) and len(tree) < 2:
        return None
    return tree


def _from_bytes(text: str) -> HtmlElement | None:
    try:
        return fromstring(text.encode("utf8", "surrogatepass"), parser=_PARSER)
    except Exception:  # noqa: BLE001 -- as trafilatura's fromstring_bytes
        return None
