"""Engine-only behaviour on the real node: retries of transient failures, read-only and absent nodes, migrate."""

from __future__ import annotations

import pytest
from opensearchpy import OpenSearch

from rasad.errors import NotConfigured, UserError
from rasad.settings import Settings
from rasad.store import SearchQuery
from rasad.store.engine import EngineLeadStore
from rasad.store.maintenance import migrate
from rasad.triage import TriageEdit
from tests.store.es_proxy import Faults
from tests.store.test_contract import CORPUS, make_lead


def test_transient_bulk_failures_are_retried_until_written(es_url: str, faults: Faults, index_prefix: str) -> None:
    with EngineLeadStore(es_url, prefix=index_prefix, backoff=0.01) as store:
        faults.bulk_429, faults.item_429 = 2, 3  # two whole requests refused, then three items rejected
        result = store.upsert(CORPUS)
        assert (result.written, result.failed, result.retried) == (len(CORPUS), [], 3)
        assert faults.bulk_429 == faults.item_429 == 0
        assert store.count() == len(CORPUS)


def test_persistent_overload_is_dead_lettered_not_lost(es_url: str, faults: Faults, index_prefix: str) -> None:
    with EngineLeadStore(es_url, prefix=index_prefix, backoff=0.001, retries=2) as store:
        faults.item_429 = 1000
        result = store.upsert(CORPUS[:2])
        assert result.written == 0
        assert sorted(result.failed) == sorted((lead.id, "still overloaded after retries (HTTP 429/503)")
                                               for lead in CORPUS[:2])


def test_read_only_index_gives_reasons_and_clear_errors(search_url: str, index_prefix: str) -> None:
    with EngineLeadStore(search_url, prefix=index_prefix) as store:
        store.upsert(CORPUS[:1])
        raw = OpenSearch(hosts=[search_url])
        raw.indices.put_settings(index=store.concrete_index(), body={"index.blocks.write": True})
        try:
            result = store.upsert(CORPUS[1:3])
            assert result.written == 0
            assert [reason.split(":")[0] for _, reason in result.failed] == ["HTTP 403 cluster_block_exception"] * 2
            with pytest.raises(UserError, match="read-only"):
                store.update_triage(CORPUS[0].id, TriageEdit("review", "mon"))
            assert store.search(SearchQuery(text="قتل")).total == 1  # reads still work
        finally:
            raw.indices.put_settings(index=store.concrete_index(), body={"index.blocks.write": False})
            raw.close()


def test_a_node_that_is_down_is_a_clear_error() -> None:
    with pytest.raises(NotConfigured, match="cannot reach the search engine at http://127.0.0.1:9"):
        EngineLeadStore("http://127.0.0.1:9")


def test_migrate_copies_everything_and_swaps_the_alias(search_url: str, index_prefix: str) -> None:
    settings = Settings(data_dir=None, search_url=search_url, index_prefix=index_prefix)  # type: ignore[arg-type]
    with EngineLeadStore(search_url, prefix=index_prefix) as store:
        store.upsert([*CORPUS, make_lead("https://ex.ly/9", "تعذيب في سجن")])
        store.update_triage(CORPUS[0].id, TriageEdit("review", "mon"))
        store.update_triage(CORPUS[0].id, TriageEdit("note", "mon", "مصدر ثان"))
        before = list(store.iter_leads())
        old = store.concrete_index()
    report = migrate(settings)
    assert "7 lead(s) copied" in report
    with EngineLeadStore(search_url, prefix=index_prefix) as store:
        new = store.concrete_index()
        assert new != old and new.startswith(f"{index_prefix}-leads-v2-")
        assert list(store.iter_leads()) == before
        assert store.search(SearchQuery(text="بالسجن")).total == 1  # derived terms rebuilt in the new index
        assert len(store.history(CORPUS[0].id)) == 2
        store.update_triage(CORPUS[0].id, TriageEdit("verify", "mon"), expected_version=2)
        raw = OpenSearch(hosts=[search_url])
        blocked = raw.indices.get_settings(index=old)[old]["settings"]["index"]["blocks"]["write"]
        raw.close()
        assert blocked == "true"  # the old index is kept, read-only, as a fallback
