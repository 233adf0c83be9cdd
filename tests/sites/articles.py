"""The fixture news site's 22 article pages as the pipeline sees them (fetched, then extracted)."""

from __future__ import annotations

from pipelines.documents import InputItem, read_inputs
from pipelines.extract import extract_document
from rasad.fixture_site import NEWS_DIR, serve
from rasad.records import Document

ARTICLE_COUNT = 22


def extracted_articles() -> dict[str, Document]:
    """Each article page (path relative to the site) fetched over HTTP and run through extract_document."""
    pages = sorted(str(p.relative_to(NEWS_DIR)) for p in NEWS_DIR.glob("*/20*/*/*.html"))
    assert len(pages) == ARTICLE_COUNT
    found = {}
    with serve(NEWS_DIR) as base:
        for page in pages:
            (item,) = list(read_inputs(f"{base}/{page}", allow_private=True))  # the site is on 127.0.0.1
            assert isinstance(item, InputItem), item
            found[page] = extract_document(item.body, item.capture)
    return found
