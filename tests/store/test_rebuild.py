"""``rasad index rebuild``: the index rebuilt from the WARC archive plus the triage log equals the original."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.archive import WarcArchive
from rasad.settings import Settings
from rasad.store import LeadStore, open_store
from rasad.store.maintenance import leads_from_archive, rebuild
from rasad.triage import TriageEdit

SITE = Path(__file__).resolve().parents[1] / "sites" / "news"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture news site, archived as the crawler would."""
    root = tmp_path_factory.mktemp("archive")
    with WarcArchive(root) as warc:
        for page in sorted(SITE.rglob("*.html")):
            url = f"http://news.test/{page.relative_to(SITE)}"
            warc.write_exchange(url=url, final_url=url, status=200, body=page.read_bytes(),
                                response_headers=[("Content-Type", "text/html; charset=utf-8")],
                                fetched_at="2026-11-21T01:00:00Z", source_id="fixture-news")
    return root


def _triage(store: LeadStore) -> None:
    leads = sorted(store.iter_leads(), key=lambda lead: lead.id)
    store.update_triage(leads[0].id, TriageEdit("review", "mon-a"))
    store.update_triage(leads[0].id, TriageEdit("verify", "mon-a"))
    store.update_triage(leads[1].id, TriageEdit("assign", "mon-a", "mon-b"))
    store.update_triage(leads[1].id, TriageEdit("note", "mon-b", "يحتاج مصدرا ثانيا"))


@pytest.mark.parametrize("backend", ["sqlite", "opensearch"])
def test_rebuilt_index_equals_the_original(backend: str, archive: Path, tmp_path: Path,
                                           request: pytest.FixtureRequest) -> None:
    if backend == "sqlite":
        settings = Settings(data_dir=tmp_path, search_url=None)
    else:
        settings = Settings(data_dir=tmp_path, search_url=request.getfixturevalue("search_url"),
                            index_prefix=request.getfixturevalue("index_prefix"))
    with open_store(settings) as store:
        leads, _ = leads_from_archive(archive, workers=1)
        result = store.upsert(leads)
        assert result.written >= 10 and not result.failed
        assert {lead.source_id for lead in store.iter_leads()} == {"fixture-news"}  # the archive keeps it
        _triage(store)
        original = list(store.iter_leads())
        events = list(store.iter_events())
        store.update_triage(original[2].id, TriageEdit("review", "mon-c"))  # logged, then the index is lost:
    report = rebuild(settings, archive)
    assert f"rebuilt {len(original)} lead(s)" in report
    with open_store(settings) as store:
        rebuilt = list(store.iter_leads())
        assert [lead.id for lead in rebuilt] == [lead.id for lead in original]
        changed = {lead.id for lead, before in zip(rebuilt, original, strict=True) if lead != before}
        assert changed == {original[2].id}  # only the edit made after the snapshot differs
        assert list(store.iter_events())[: len(events)] == events
        assert len(list(store.iter_events())) == len(events) + 1
