"""Recovery of a crawl child killed between a WARC record and its manifest line: the next run adopts
the record into the ledger (once; a later capture of the same URL is a duplicate), seen-stores it if
it is an article, records the torn tail as a crawl failure and closes the file."""

from __future__ import annotations

import json
from pathlib import Path

from crawlers.seen import SeenStore
from crawlers.urls import canonical_key
from pipelines.archive import TORN_SUFFIX, WarcArchive, verify
from rasad.ledger import open_ledger
from rasad.night import ManifestKeeper, recover_kept, run_dir
from rasad.settings import Settings
from tests.pipelines.test_archive_recovery import exchange, killed

NIGHT = "2026-11-20"


def test_a_killed_crawl_child_loses_no_capture_and_none_is_processed_twice(tmp_path: Path) -> None:
    settings = Settings(tmp_path, None)
    keeper = ManifestKeeper(run_dir(settings, NIGHT, "s1"))
    keeper.kept.mkdir(parents=True)
    archive = WarcArchive(settings.archive_dir, opened_list=keeper.kept / "tmp1.warcs.jsonl")
    reported = [exchange(archive, 1, article=True), exchange(archive, 2)]
    (keeper.kept / "tmp1.manifest.jsonl").write_text("".join(json.dumps(c.to_dict()) + "\n" for c in reported))
    unreported = [exchange(archive, 3, article=True), exchange(archive, 4)]
    whole = archive.tell()
    exchange(archive, 5)
    killed(archive)
    with open(archive.path, "r+b") as torn:
        torn.truncate(whole + 100)  # the fifth page's record cut by the kill
    name = str(archive.path.relative_to(settings.archive_dir))

    with open_ledger(tmp_path) as ledger:
        ledger.plan(NIGHT, [("s1", "127.0.0.1")])
        assert recover_kept(settings, ledger, NIGHT, "s1", keeper) == 4
        assert recover_kept(settings, ledger, NIGHT, "s1", keeper) == 0  # a second recovery adds nothing
        states = ledger.capture_states()
        failures = list(ledger.failures(NIGHT, "s1"))
        assert [c.warc_record_id for c in ledger.pending_captures(NIGHT, "s1")] == \
            [c.warc_record_id for c in reported + unreported]
        ledger.begin_crawl(NIGHT, "s1")  # the page is fetched again (it was not seen-stored) ...
        with WarcArchive(settings.archive_dir) as later:
            again = exchange(later, 4)
        ledger.finish_crawl(NIGHT, "s1", [again], [])
        assert ledger.capture_states()[again.warc_record_id] == "duplicate"  # ... and not processed twice

    assert set(states.values()) == {"pending"} and len(states) == 4
    assert [(f.stage, f.ref, f.reason) for f in failures] == [("crawl", f"{name}@{whole}", "torn-record:100 bytes")]
    seen = SeenStore(tmp_path / "seen.db")
    try:
        assert seen.get(canonical_key(unreported[0].url)) is not None  # an adopted article: not fetched again
        assert seen.get(canonical_key(unreported[1].url)) is None
    finally:
        seen.close()
    assert (settings.archive_dir / (name + TORN_SUFFIX)).stat().st_size == 100
    problems = [p for p in verify(settings.archive_dir).problems if p.file == name]
    assert problems == [] and name not in verify(settings.archive_dir).writable
