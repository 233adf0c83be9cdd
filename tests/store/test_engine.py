"""Engine-only behaviour on the real node: retries of transient failures, read-only and absent nodes, migrate."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from opensearchpy import OpenSearch

from rasad.errors import NotConfigured, UserError
from rasad.settings import Settings
from rasad.store import SearchQuery
from rasad.store.base import machine_fields
from rasad.store.engine import TRIAGE_DEFAULTS, EngineLeadStore, load_template, template_version, to_source
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
        assert new != old and new.startswith(f"{index_prefix}-leads-v{template_version()}-")
        assert list(store.iter_leads()) == before
        assert store.search(SearchQuery(text="بالسجن")).total == 1  # derived terms rebuilt in the new index
        assert len(store.history(CORPUS[0].id)) == 2
        store.update_triage(CORPUS[0].id, TriageEdit("verify", "mon"), expected_version=2)
        raw = OpenSearch(hosts=[search_url])
        blocked = raw.indices.get_settings(index=old)[old]["settings"]["index"]["blocks"]["write"]
        raw.close()
        assert blocked == "true"  # the old index is kept, read-only, as a fallback


PREVIOUS_VERSION_FIELDS = ("killed", "injured", "detained", "event_date", "event_date_precision",
                           "victim_categories", "cluster_id")


def _previous_version_index(url: str, prefix: str) -> str:
    """An index as the previous release made it: template version 2, without the casualty fields."""
    component = load_template("components/leads_mappings", prefix)["template"]
    mappings = component["mappings"]
    for name in PREVIOUS_VERSION_FIELDS:
        del mappings["properties"][name]
    mappings["_meta"]["version"] = 2
    index = f"{prefix}-leads-v2"
    raw = OpenSearch(hosts=[url])
    try:
        raw.indices.create(index=index, body={
            "settings": {**component["settings"], "number_of_shards": 1, "number_of_replicas": 0},
            "mappings": mappings, "aliases": {f"{prefix}-leads": {}}})
        lines = []
        for lead in CORPUS:
            source = {k: v for k, v in to_source(lead, lead.to_dict()).items() if k not in PREVIOUS_VERSION_FIELDS}
            lines += [json.dumps({"index": {"_id": lead.id}}), json.dumps(source, ensure_ascii=False)]
        assert not raw.bulk(body="\n".join(lines) + "\n", index=index, refresh=True)["errors"]
    finally:
        raw.close()
    return index


def test_migrate_from_the_previous_template_version_keeps_every_lead(search_url: str, index_prefix: str) -> None:
    old = _previous_version_index(search_url, index_prefix)
    with pytest.raises(NotConfigured, match="mapping version 2, rasad needs 3: run `rasad index migrate`"):
        EngineLeadStore(search_url, prefix=index_prefix)
    settings = Settings(data_dir=None, search_url=search_url, index_prefix=index_prefix)  # type: ignore[arg-type]
    assert f"{len(CORPUS)} lead(s) copied from {old}" in migrate(settings)
    with EngineLeadStore(search_url, prefix=index_prefix) as store:
        assert store.mapping_version() == template_version() == 3
        unknown = {name: () if name == "victim_categories" else None for name in PREVIOUS_VERSION_FIELDS}
        before = [replace(lead, **unknown)  # type: ignore[arg-type]
                  for lead in sorted(CORPUS, key=lambda lead: lead.id)]
        assert list(store.iter_leads()) == before  # every lead, unknown counts stay unknown
        assert store.upsert(CORPUS).failed == []  # the next night fills the new fields
        assert {hit.lead.id for hit in store.search(SearchQuery(min_killed=3, filters={"victim": "migrant"})).hits} == {
            lead.id for lead in CORPUS if (lead.killed or 0) >= 3 and "migrants" in lead.victim_categories}


def test_bulk_body_is_the_machine_fields_as_update_and_with_triage_defaults_as_upsert() -> None:
    """The fields are serialised once and spliced into both places: the body must still be one JSON
    object with no key twice, holding exactly what the two dictionaries would."""
    leads = [make_lead("https://ex.ly/b1", "قتل \"مدنيان\" في طرابلس\n\\ 😀", location=(32.9, 13.2), killed=2,
                       victims=("children",), event_date="2026-11-19"),
             make_lead("https://ex.ly/b2", "text", published_at=None, types=())]
    for lead in leads:
        action, body = EngineLeadStore._update_lines(lead)
        machine = to_source(lead, machine_fields(lead))

        def no_key_twice(pairs: list[tuple[str, object]]) -> dict[str, object]:
            assert len({key for key, _ in pairs}) == len(pairs), pairs
            return dict(pairs)

        wanted = json.loads(json.dumps({"doc": machine, "upsert": {**machine, **TRIAGE_DEFAULTS}}))  # tuples: lists
        assert json.loads(body, object_pairs_hook=no_key_twice) == wanted
        assert json.loads(action) == {"update": {"_id": lead.id, "retry_on_conflict": 3}}
        assert "\n" not in body  # one NDJSON line
