"""The whole fixture news site (tests/sites/news, fictional) through `read_inputs` + `extract_document`.

Expected dates and sources come from the site's README table: pages with article:published_time
must give it via metadata; pages with only a visible byline date must give that date (not the
relative dates of the comments).
"""

from __future__ import annotations

import pytest

from tests.sites.articles import extracted_articles

VISIBLE_DATE_ONLY = {
    "ar/2026/10/house-shelled-tarhuna.html": "2026-10-30",
    "ar/2026/11/activist-disappeared-sirte.html": "2026-11-09",
    "ar/2026/11/migrants-bodies-zuwara.html": "2026-11-16",
    "ar/2026/11/benghazi-book-fair.html": "2026-11-10",
    "en/2026/11/storm-warning-east.html": "2026-11-11",
}
META_DATES = {
    "ar/2026/11/arbitrary-detention-misrata.html": "2026-11-14T10:05",
    "ar/2026/11/killing-abusalim.html": "2026-11-19T09:40",
    "ar/2026/11/checkpoint-shooting-tripoli.html": "2026-11-21T11:45",
    "en/2026/11/journalist-detained-benghazi.html": "2026-11-18T17:30",
    "en/2026/10/ghadames-festival.html": "2026-10-28T19:00",
}
BOILERPLATE = (
    "جميع الحقوق محفوظة",
    "الأكثر قراءة",
    "أخبار ذات صلة",
    "منذ 3 ساعات",
    "Related articles",
    "hours ago",
)


@pytest.fixture(scope="module")
def documents() -> dict[str, object]:
    return dict(extracted_articles())


def test_visible_byline_dates_are_found_by_dateparser(documents):
    for page, date in VISIBLE_DATE_ONLY.items():
        assert documents[page].published_at == date, page
        assert documents[page].published_via in ("dateparser", "htmldate"), page


def test_metadata_dates_keep_their_time(documents):
    for page, moment in META_DATES.items():
        assert documents[page].published_at.startswith(moment), page
        assert documents[page].published_via == "meta"


def test_languages_titles_and_no_boilerplate(documents: dict[str, object]):
    for page, doc in documents.items():
        assert doc.language == page[:2], page
        assert doc.title and doc.text, page
        assert not [b for b in BOILERPLATE if b in doc.text], page


def test_authors_without_prefix_and_lead_images(documents):
    abusalim = documents["ar/2026/11/killing-abusalim.html"]
    assert abusalim.author and not abusalim.author.startswith("كتب")
    assert abusalim.image.endswith("/static/img/placeholder.svg")


def test_distinct_articles_are_distinct_stories(documents):
    from pipelines.dedup import cluster_texts

    stories = cluster_texts((page, doc.text) for page, doc in documents.items())
    assert len(set(stories.values())) == 22
