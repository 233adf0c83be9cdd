"""pipelines.author finds the same author as trafilatura's extract_author, on every page we have and on
markup made to tell the two apart (deleted blocks around, inside and beside a byline)."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml.etree import XPath
from lxml.html import HtmlElement
from trafilatura.metadata import extract_author
from trafilatura.utils import load_html

from bench.pages import build_pages
from pipelines.author import _marked, author_from_markup
from pipelines.charset import decode_page
from pipelines.parse import parse_html

REPO = Path(__file__).resolve().parents[2]


def _saved_pages() -> list[tuple[str, bytes]]:
    pages = build_pages()
    for path in sorted((REPO / "tests" / "sites").rglob("*.htm*")):
        data = path.read_bytes()
        pages.append((path.name, gzip.decompress(data) if path.name.endswith(".gz") else data))
    return pages


def _page(body: str) -> str:
    return f"<html><head><title>t</title></head><body><article><h1>عنوان</h1>{body}<p>{'نص ' * 40}</p></article></body></html>"


CRAFTED = {
    "specific class": '<span class="author">بقلم: سالم علي</span>',
    "rel author link": '<a rel="author" href="/u/1">Salem Ali</a>',
    "author element": "<author>Salem Ali</author>",
    "specific beats generic": '<div class="byline">Generic Person</div><span class="author-name">Specific Person</span>',
    "generic by itemprop": '<p itemprop="creator author">Huda Omar</p>',
    "generic by id": '<h4 id="post-author-box">Huda Omar</h4>',
    "last resort": '<section class="Writer-box">Ahmed Salem</section><em class="screenname">@ahmed</em>',
    "inside comments": '<div class="comments"><span class="author">Commenter Name</span></div>',
    "inside sidebar then real": '<div class="left-sidebar"><span class="author">Side Name</span></div>'
    '<span class="author">Real Name</span>',
    "time inside byline": '<span class="author">By <time>12 May</time> Salem Ali</span>',
    "glued tails": '<span class="author">Salem<time>x</time>Ali<figure>y</figure>Omar</span>',
    "first child deleted": '<div class="author"><span class="date">2020</span>Salem Ali</div>',
    "text then deleted": '<div class="author">Salem <span class="date">d</span><b>Ali</b></div>',
    "deleted after empty tail": '<div class="author"><b>Salem</b><time>t</time>Ali</div>',
    "too short then good": '<span class="author">A</span><span class="author">Mona Khalil</span>',
    "too long": f'<span class="author">{"كلمة " * 40}</span>',
    "comments id prefix": '<div id="comments-box"><a class="author">X Person</a></div><p class="byline">Y Person</p>',
    "deep inside a deleted block": '<div class="sidebar-wrap"><ul><li><p class="byline">Side Person</p></li></ul></div>'
    '<p class="byline">Main Person</p>',
    "figure caption": '<figure><span class="author">Photo Credit</span></figure>',
    "data component": '<div data-component="Byline">Nadia Ali</div>',
    "nothing": "<p>لا كاتب هنا</p>",
}


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_same_author_as_trafilatura_on_crafted_markup(name: str) -> None:
    html = _page(CRAFTED[name])
    assert author_from_markup(load_html(html)) == extract_author(load_html(html))


@pytest.mark.parametrize("parse", [load_html, parse_html], ids=["load_html", "parse_html"])
def test_same_author_as_trafilatura_on_every_page(parse: Callable[[str], HtmlElement | None]) -> None:
    pages = _saved_pages()
    found = 0
    for url, body in pages:
        tree = parse(decode_page(body).text)
        ours, theirs = author_from_markup(tree), extract_author(load_html(decode_page(body).text))
        assert ours == theirs, url
        found += bool(ours)
    assert found >= 60  # the bench's news pages all have a byline: the search is exercised, not skipped


def test_tree_is_left_as_it_was() -> None:
    html = _page(CRAFTED["time inside byline"])
    tree = load_html(html)
    before = tree.text_content()
    assert author_from_markup(tree) == "Salem Ali"
    assert tree.text_content() == before and tree.find(".//time") is not None


_MARKED_XPATH = XPath("//*[@class or @id or @rel or @itemprop or @data-testid or @data-component]|//time|//figure|//author|//rel")


def test_marked_elements_are_the_xpath_ones() -> None:
    """The one-pass search finds what the XPath it replaced finds, in the same order, from the document root."""
    trees = [load_html(decode_page(body).text) for _, body in _saved_pages()]
    trees += [load_html(_page(markup)) for markup in CRAFTED.values()]
    for tree in list(trees):
        article = tree.find(".//article")
        if article is not None:
            trees.append(article)  # not the root: ``//`` still searches the whole document
    trees.append(load_html('<html><body class="author"><!-- c --><p id="x">a</p><time>t</time></body></html>'))
    for tree in trees:
        assert _marked(tree) == _MARKED_XPATH(tree)
