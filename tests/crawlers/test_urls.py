"""Canonical URL keys and crawler-trap rules."""

from __future__ import annotations

import pytest

from crawlers.urls import canonical_key, strip_tracking, trap_reason


def test_tracking_and_session_parameters_do_not_make_new_pages() -> None:
    base = canonical_key("https://alwasat.ly/news/libya/412345")
    for variant in (
        "https://alwasat.ly/news/libya/412345?utm_source=facebook&utm_medium=social",
        "http://www.alwasat.ly/news/libya/412345/?fbclid=IwAR0abc",
        "https://alwasat.ly/news/libya/412345?gclid=xyz#comments",
        "https://alwasat.ly/news/libya/412345;jsessionid=ABC123",
    ):
        assert canonical_key(variant) == base, variant


def test_meaningful_query_parameters_are_kept_and_sorted() -> None:
    assert canonical_key("https://x.ly/list?page=2&cat=5") == canonical_key("https://x.ly/list?cat=5&page=2")
    assert canonical_key("https://x.ly/list?page=2") != canonical_key("https://x.ly/list?page=3")
    assert canonical_key("https://x.ly/?p=1") != canonical_key("https://y.ly/?p=1")


def test_strip_tracking_keeps_the_rest_of_the_url() -> None:
    assert strip_tracking("https://x.ly/a?id=7&utm_campaign=z&PHPSESSID=1") == "https://x.ly/a?id=7"


@pytest.mark.parametrize(("url", "depth", "reason"), [
    ("https://x.ly/" + "a" * 2100, 0, "url-too-long"),
    ("https://x.ly/a/a/a/page", 0, "repeated-path-segments"),
    ("https://x.ly/" + "/".join(f"s{i}" for i in range(25)), 0, "too-many-path-segments"),
    ("https://x.ly/p?" + "&".join(f"k{i}=1" for i in range(20)), 0, "too-many-query-params"),
    ("https://x.ly/cal/2024/01/05", 3, "calendar"),
    ("https://x.ly/events?year=2031&month=4", 3, "calendar"),
    ("https://x.ly/news/story", 9, "too-deep"),
    ("ftp://x.ly/file", 0, "scheme-not-http"),
])
def test_traps_are_named(url: str, depth: int, reason: str) -> None:
    assert trap_reason(url, depth) == reason


@pytest.mark.parametrize("url", [
    "https://alwasat.ly/news/libya/412345",
    "https://libyaherald.com/2024/05/clashes-in-tripoli/",
    "https://x.ly/2024/05/12/slug-of-the-story",
    "https://x.ly/cal/2024/01/05",  # a date index is fine close to a listing (depth 1)
])
def test_ordinary_article_urls_are_not_traps(url: str) -> None:
    assert trap_reason(url, 1) is None
