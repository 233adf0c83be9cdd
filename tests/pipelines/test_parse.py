"""pipelines.parse gives the tree trafilatura's load_html gives (same markup, same rejections), on every
page we have and on the inputs that take load_html's other paths; only the form classes differ."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from lxml.etree import tostring
from lxml.html import FormElement, HtmlElement
from trafilatura.utils import load_html

from bench.pages import build_pages
from pipelines.charset import decode_page
from pipelines.parse import parse_html

REPO = Path(__file__).resolve().parents[2]


def _pages() -> list[tuple[str, bytes]]:
    pages = build_pages()
    for path in sorted((REPO / "tests").rglob("*.htm*")):
        data = path.read_bytes()
        pages.append((path.name, gzip.decompress(data) if path.name.endswith(".gz") else data))
    return pages


def _same(text: str) -> None:
    ours, theirs = parse_html(text), load_html(text)
    if theirs is None:
        assert ours is None
        return
    assert ours is not None
    assert tostring(ours, encoding="unicode") == tostring(theirs, encoding="unicode")
    assert tostring(ours.getroottree(), encoding="unicode") == tostring(theirs.getroottree(), encoding="unicode")


def test_same_tree_as_load_html_on_every_page() -> None:
    pages = _pages()
    assert len(pages) > 80
    for _, body in pages:
        _same(decode_page(body).text)


EDGE_CASES = {
    "xml declaration with encoding (bytes fallback)": '<?xml version="1.0" encoding="utf-8"?>\n'
    "<html><body><p>نص</p></body></html>",
    "doctype repaired": "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\">\n<html><body><p>x</p></body></html>",
    "self-closing html": "<html/>\n<body><p>text</p></body>",
    "fragment": "<p>only a paragraph</p>",
    "two fragments": "<p>one</p><p>two</p>",
    "not html": "just some words, no markup at all",
    "control characters": "<html><body><p>a\x00b\x0bc</p></body></html>",
    "comments and processing instructions": "<html><body><!-- c --><?pi x?><p>x</p></body></html>",
    "empty": "",
}


@pytest.mark.parametrize("name", sorted(EDGE_CASES))
def test_same_tree_as_load_html_on_its_other_paths(name: str) -> None:
    _same(EDGE_CASES[name])


def test_classes_are_lxml_html_ones_except_forms() -> None:
    html = '<html><body><form action="/s"><input name="q" value="v"><label>l</label></form><p>x</p></body></html>'
    ours, theirs = parse_html(html), load_html(html)
    assert isinstance(theirs.find(".//form"), FormElement)
    assert all(type(element) is HtmlElement for element in ours.iter())
    assert ours.find(".//p").text_content() == "x" and ours.find(".//input").get("value") == "v"
