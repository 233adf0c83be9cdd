"""Publication dates: the order of sources, relative Arabic dates, and no year-only guesses."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from lxml.html import HtmlElement, fromstring

from pipelines.dates import crawl_time_of, date_from_url, find_publication_date, parse_date_text

CRAWL = datetime(2024, 11, 14, 12, 0, tzinfo=UTC)


def page(head: str = "", body: str = "") -> HtmlElement:
    return fromstring(f'<html lang="ar"><head><title>خبر</title>{head}</head><body>{body}</body></html>')


def found(tree: HtmlElement, url: str = "https://news.example.ly/news/123") -> tuple[str, str] | None:
    result = find_publication_date(tree, url, CRAWL)
    return (result.value, result.via) if result else None


def test_metadata_beats_url():
    tree = page('<meta property="article:published_time" content="2024-11-10T08:00:00+02:00">')
    assert found(tree, "https://x.ly/2024/11/09/a") == ("2024-11-10T08:00:00+02:00", "meta")


def test_json_ld_date_published_is_metadata():
    tree = page(
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2024-11-03T10:00:00Z"}</script>'
    )
    assert found(tree) == ("2024-11-03T10:00:00+00:00", "meta")


def test_url_date_when_no_metadata():
    assert found(page(), "https://x.ly/2024/11/09/story") == ("2024-11-09", "url")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.ly/2024/11/09/a", "2024-11-09"),
        ("https://x.ly/news/2024-03-07-title", "2024-03-07"),
        ("https://x.ly/archive/20240307/item", "2024-03-07"),
        ("https://x.ly/2024/11/a", None),  # month only: not a day
        ("https://x.ly/news/120200622120908039", None),  # an id that happens to contain digits
        ("https://x.ly/2024/02/31/a", None),  # impossible day
    ],
)
def test_dates_in_urls(url, expected):
    assert date_from_url(url, CRAWL) == expected


def test_htmldate_reads_a_time_element():
    tree = page(body='<p>خبر قصير عن الأحداث</p><time datetime="2024-11-12T10:00">الثلاثاء</time>')
    assert found(tree) == ("2024-11-12", "htmldate")


def test_dateparser_reads_an_arabic_date_element():
    tree = page(body='<p>خبر قصير عن الأحداث</p><div class="post-date">الثلاثاء 12 نوفمبر 2024</div>')
    assert found(tree) == ("2024-11-12", "dateparser")


def test_relative_date_uses_the_crawl_time():
    tree = page(
        body='<article><p>قال إنه يعمل هناك منذ عام 2020.</p><span class="date">نشر في: منذ ساعتين</span>'
        "</article>"
    )
    assert found(tree) == ("2024-11-14", "dateparser")


def test_year_only_from_body_text_is_never_accepted():
    tree = page(body="<article><p>قال إنه يعمل في المستشفى منذ عام 2020 وحتى الآن.</p></article>")
    assert found(tree) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أمس", "2024-11-13"),
        ("أول أمس", "2024-11-12"),
        ("امبارح", "2024-11-13"),
        ("منذ 3 أيام", "2024-11-11"),
        ("12 تشرين الثاني 2024", "2024-11-12"),  # Levantine month name
        ("12 الحرث 2024", "2024-11-12"),  # Libyan calendar month name
        ("18 جانفي 2016", "2016-01-18"),  # Maghrebi month name
        ("بتاريخ ١٢/١١/٢٠٢٤", "2024-11-12"),  # Arabic-Indic digits, day first
        ("2024", None),
        ("نوفمبر 2024", None),
        ("12 نوفمبر 2030", None),  # after the crawl
    ],
)
def test_date_strings(text, expected):
    assert parse_date_text(text, CRAWL) == expected


def test_future_metadata_dates_are_ignored():
    assert found(page('<meta property="article:published_time" content="2031-01-01">')) is None


def test_crawl_time_of_accepts_warc_dates():
    assert crawl_time_of("2024-11-14T12:00:00Z") == CRAWL
    assert crawl_time_of("").tzinfo is not None


def test_declared_date_elements_are_the_plain_xpath_ones() -> None:
    """The attribute-first XPath finds what ``//*[@itemprop="datePublished"] | //time[@pubdate]`` finds, in order."""
    import gzip
    from pathlib import Path

    from lxml.etree import XPath

    from pipelines.charset import decode_page
    from pipelines.dates import _DECLARED_DATES

    plain = XPath('//*[@itemprop="datePublished"] | //time[@pubdate]')
    trees = [
        fromstring(
            '<html><body><time pubdate>a</time><span itemprop="datePublished" content="2024-01-02">b</span>'
            '<div itemprop="datePublished dateModified">c</div><p itemprop="datepublished">d</p>'
            '<time itemprop="datePublished" pubdate="pubdate">e</time><time>f</time></body></html>'
        )
    ]
    for path in sorted((Path(__file__).resolve().parents[1]).rglob("*.htm*")):
        data = path.read_bytes()
        trees.append(fromstring(decode_page(gzip.decompress(data) if path.name.endswith(".gz") else data).text))
    assert len(plain(trees[0])) == 3
    for tree in trees:
        assert _DECLARED_DATES(tree) == plain(tree)
