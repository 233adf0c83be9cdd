"""The nightly flow runs for real under Prefect (the session's test server) against the local fixture site:
it crawls, processes and indexes, writes a summary artifact, and leaves no article text or names in
Prefect's database, results or logs, nor in the data dir's logs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasad.fixture_site import NEWS_DIR, serve
from rasad.ledger import open_ledger
from rasad.settings import load_settings
from rasad.store import SearchQuery, open_store
from tests.conftest import CANARY_NAMES
from tests.flows.conftest import PrefectApi, prefect_records_with

FAST = {"AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 8}


def canary_patterns() -> list[bytes]:
    """Each canary as UTF-8 and as JSON-escaped ASCII (how Prefect may store it)."""
    return [form for name in CANARY_NAMES for form in (name.encode(), json.dumps(name).strip('"').encode())]


def files_with_canaries(root: Path) -> list[str]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(pattern in data for pattern in canary_patterns()):
                hits.append(str(path))
    return hits


def test_nightly_flow_indexes_reports_and_keeps_names_out_of_prefect(
        prefect_api: PrefectApi, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey
    from prefect.settings import PREFECT_RESULTS_LOCAL_STORAGE_PATH, temporary_settings

    from flows.nightly import nightly
    from rasad.alerts.service import inbox, save_search
    from rasad.db import open_database

    monkeypatch.setenv("RASAD_DATA_DIR", str(data_dir))
    monkeypatch.delenv("RASAD_SEARCH_URL", raising=False)
    monkeypatch.delenv("RASAD_DB_URL", raising=False)
    monkeypatch.delenv("RASAD_SMTP_HOST", raising=False)
    engine = open_database(load_settings())
    save_search(engine, "researcher-n", "tripoli", SearchQuery("طرابلس"))
    results = tmp_path / "prefect-results"
    with serve(NEWS_DIR) as base, temporary_settings({PREFECT_RESULTS_LOCAL_STORAGE_PATH: results}):
        result = nightly(sites=[f"fixture-news={base}/sitemap.xml"], night="2026-11-21", workers=1,
                         crawl_settings=FAST)
    # The ledger resumes a night: no task writes a Prefect result (nor a cache entry) beside it.
    assert not results.exists() or not any(results.rglob("*"))
    counts = result["sources"]["fixture-news"]
    assert counts["state"] == "done"
    assert counts["fetched"] >= 20
    assert counts["new"] == counts["fetched"] - counts["failed"]
    assert 0 < counts["leads"] < counts["new"]
    with open_store(load_settings()) as store:
        assert store.count() == counts["leads"]
        tripoli = store.search(SearchQuery("طرابلس", limit=500)).total
        assert tripoli > 0
    # The night ran the alerts: the saved search's owner is notified once per matching new lead.
    assert len(inbox(engine, "researcher-n")) == tripoli
    assert list((data_dir / "archive").rglob("*.warc.gz"))
    with open_ledger(data_dir) as ledger:
        assert [run.state for run in ledger.runs("2026-11-21")] == ["done"]

    # Reprocess: the archive again, into a fresh store swapped in; the same leads come out.
    from flows.reprocess import reprocess

    with open_store(load_settings()) as store:
        before = sorted(lead.id for lead in store.iter_leads())
    assert "rebuilt" in reprocess()
    with open_store(load_settings()) as store:
        assert sorted(lead.id for lead in store.iter_leads()) == before

    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(
            key=ArtifactFilterKey(any_=["rasad-night-2026-11-21"])))
    assert artifacts, "no summary artifact"
    table = str(artifacts[0].data)
    assert f"| fixture-news | done | {counts['fetched']} | {counts['new']} |" in table

    # Privacy: the canary names are in the data (the lead store holds the article text) ...
    in_data = files_with_canaries(data_dir)
    assert any(Path(hit).name.startswith("rasad.db") for hit in in_data)
    # ... but nowhere else in the data dir (ledger, logs, run files), nor in Prefect's database,
    # results or logs.
    assert [hit for hit in in_data if not Path(hit).name.startswith("rasad.db")] == []
    records = prefect_records_with("night 2026-11-21")  # the flow's last log lines have arrived ...
    assert "process fixture-news: " in records  # ... with the tasks' counts ...
    assert not [name for name in CANARY_NAMES if name in records]  # ... the names are not
    assert files_with_canaries(prefect_api.database.parent) == []
    assert files_with_canaries(prefect_api.home) == []
