"""The nightly flow runs for real under Prefect's test harness against the local fixture site."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from prefect.testing.utilities import prefect_test_harness

from rasad.fixture_site import FIXTURE_SITES, serve
from rasad.settings import load_settings
from rasad.store import SearchQuery, open_store


@pytest.fixture(scope="module")
def prefect() -> Iterator[None]:
    with prefect_test_harness(server_startup_timeout=120):
        yield


def test_nightly_flow_crawls_processes_and_indexes(prefect: None, data_dir: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from flows.nightly import nightly

    monkeypatch.setenv("RASAD_DATA_DIR", str(data_dir))
    monkeypatch.delenv("RASAD_SEARCH_URL", raising=False)
    with serve(FIXTURE_SITES / "news") as base:
        summary = nightly({"fixture-news": [f"{base}/sitemap.xml"]}, {"AUTOTHROTTLE_ENABLED": False})
    counts = summary["fixture-news"]
    assert counts["pages"] >= 20
    assert counts["documents"] == counts["pages"] - counts["failed"]
    assert 0 < counts["leads"] < counts["documents"]
    with open_store(load_settings()) as store:
        assert store.count() == counts["leads"]
        assert store.search(SearchQuery("طرابلس")).total > 0
    assert list((data_dir / "archive").rglob("*.warc.gz"))
