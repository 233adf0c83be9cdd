"""The triage log exported to a file and replayed: ``rasad index rebuild`` works from the archive plus
that file when ``rasad.db`` is gone or damaged, and names the leads a damaged archive could not give back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.archive import WarcArchive
from rasad.cli import main
from rasad.settings import Settings
from rasad.store import open_store
from rasad.store.maintenance import leads_from_archive
from rasad.triage import TriageEdit

SITE = Path(__file__).resolve().parents[1] / "sites" / "news"


def _archive(root: Path) -> tuple[Path, Path]:
    """The fixture news site in two WARC files (the second holds the last three pages)."""
    pages = sorted(SITE.rglob("*.html"))
    files = []
    for part in (pages[:-3], pages[-3:]):
        with WarcArchive(root) as warc:
            for page in part:
                url = f"http://news.test/{page.relative_to(SITE)}"
                warc.write_exchange(url=url, final_url=url, status=200, body=page.read_bytes(),
                                    response_headers=[("Content-Type", "text/html; charset=utf-8")],
                                    fetched_at="2026-11-21T01:00:00Z", source_id="fixture-news")
            files.append(warc.path)
    return files[0], files[1]


@pytest.fixture()
def triaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Settings, Path, list, list]:
    settings = Settings(data_dir=tmp_path / "data", search_url=None)
    monkeypatch.setenv("RASAD_DATA_DIR", str(settings.data_dir))
    monkeypatch.delenv("RASAD_SEARCH_URL", raising=False)
    _, last = _archive(settings.archive_dir)
    with open_store(settings) as store:
        leads, _ = leads_from_archive(settings.archive_dir, workers=1)
        store.upsert(leads)
        ids = sorted(lead.id for lead in store.iter_leads())
        for lead_id in ids:  # every lead, so that any lead a damaged archive loses was triaged
            store.update_triage(lead_id, TriageEdit("review", "mon-a"))
        store.update_triage(ids[0], TriageEdit("note", "mon-a", "يحتاج مصدرا ثانيا"))
        original, events = list(store.iter_leads()), list(store.iter_events())
    return settings, last, original, events


def test_rebuild_from_archive_and_exported_log_when_the_database_is_gone(
        triaged: tuple, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings, _, original, events = triaged
    log = tmp_path / "triage-log.jsonl"
    assert main(["index", "export-log", str(log)]) == 0
    assert len(log.read_text(encoding="utf-8").splitlines()) == len(events)
    settings.sqlite_path.unlink()
    assert main(["index", "rebuild"]) == 2  # without the log there is nothing to take the triage from
    assert "--triage-log" in capsys.readouterr().err
    assert main(["index", "rebuild", "--triage-log", str(log)]) == 0
    with open_store(settings) as store:
        assert list(store.iter_leads()) == original
        assert list(store.iter_events()) == events


def test_a_damaged_database_is_rebuilt_from_the_log_and_kept_aside(triaged: tuple, tmp_path: Path) -> None:
    settings, _, original, events = triaged
    log = tmp_path / "triage-log.jsonl"
    assert main(["index", "export-log", str(log)]) == 0
    for suffix in ("-wal", "-shm"):
        Path(f"{settings.sqlite_path}{suffix}").unlink(missing_ok=True)
    settings.sqlite_path.write_bytes(b"\x00damaged" * 1000)
    assert main(["index", "rebuild", "--triage-log", str(log)]) == 0
    assert list(settings.data_dir.glob("rasad.db.before-rebuild-*"))
    with open_store(settings) as store:
        assert list(store.iter_leads()) == original and list(store.iter_events()) == events


def test_rebuild_from_a_damaged_archive_names_the_leads_it_could_not_restore(
        triaged: tuple, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings, last, original, events = triaged
    log = tmp_path / "triage-log.jsonl"
    assert main(["index", "export-log", str(log)]) == 0
    last.chmod(0o644)
    last.unlink()
    lost = {lead.id for lead in original} - {lead.id for lead in leads_from_archive(settings.archive_dir, 1)[0]}
    triaged_ids = {event.lead_id for event in events}
    assert lost and lost & triaged_ids, "the fixture must lose a triaged lead"
    capsys.readouterr()
    assert main(["index", "rebuild", "--triage-log", str(log)]) == 1
    out = capsys.readouterr()
    for lead_id in lost & triaged_ids:
        assert lead_id in out.out + out.err
    assert "could not restore" in out.out + out.err
    with open_store(settings) as store:
        assert list(store.iter_events()) == events  # the log itself is kept whole


def test_a_bad_log_line_is_a_one_line_error(triaged: tuple, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "bad.jsonl"
    log.write_text(json.dumps(triaged[3][0].to_dict(), ensure_ascii=False) + "\n{oops\n", encoding="utf-8")
    assert main(["index", "rebuild", "--triage-log", str(log)]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "bad.jsonl" in line and "line 2" in line
