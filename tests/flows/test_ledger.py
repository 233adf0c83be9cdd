"""The run ledger without Prefect: an interrupted night is finished by the next one, the night lock,
source health for ``rasad status``, and the CLI's one-line errors."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from pipelines.documents import InputItem
from pipelines.reprocess import archive_items
from rasad.cli import main
from rasad.errors import UserError
from rasad.ledger import Failure, NightLock, open_ledger
from rasad.night import SourcePlan, host_group_of, run_night
from rasad.settings import Settings
from rasad.store import open_store
from tests.flows.conftest import REPO, CountingServer

RUN_NIGHT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from rasad.night import SourcePlan, host_group_of, run_night
    from rasad.settings import Settings
    url = sys.argv[2]
    run_night(Settings(Path(sys.argv[1]), None), sys.argv[3], [SourcePlan("news", (url,), host_group_of(url))],
              {"AUTOTHROTTLE_ENABLED": False})
""")


def test_a_night_killed_mid_crawl_is_finished_by_the_next_night(news_sites: list[CountingServer],
                                                                 tmp_path: Path) -> None:
    url = f"{news_sites[0].base_url}/sitemap.xml"
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen([sys.executable, "-c", RUN_NIGHT, str(data), url, "2026-11-01"], cwd=REPO, env=env,
                               start_new_session=True)
    archived = 0
    while process.poll() is None and archived < 8:  # kill -9 once 8 captures are in the archive
        manifests = list((data / "runs").rglob("*.manifest.jsonl")) if (data / "runs").exists() else []
        archived = max([len(path.read_bytes().splitlines()) for path in manifests] + [0])
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert archived >= 8, "the crawl ended before it could be killed"

    settings = Settings(data, None)
    run_night(settings, "2026-11-02", [SourcePlan("news", (url,), host_group_of(url))],
              {"AUTOTHROTTLE_ENABLED": False})
    with open_ledger(data) as ledger:
        first, second = ledger.runs("2026-11-01")[0], ledger.runs("2026-11-02")[0]
        states = ledger.capture_states()
    assert first.state == second.state == "done"
    assert first.fetched >= 8 and first.fetched + second.fetched == 22  # nothing lost, nothing fetched twice
    archived_ids = [item.capture.warc_record_id for item in archive_items(data / "archive")
                    if isinstance(item, InputItem)]
    assert sorted(archived_ids) == sorted(states) and set(states.values()) == {"processed"}
    with open_store(settings) as store:
        assert store.count() == 13


def test_one_night_runs_in_one_process_at_a_time(tmp_path: Path) -> None:
    with NightLock(tmp_path, "2026-11-03"):
        with pytest.raises(UserError, match="being run by another process"), NightLock(tmp_path, "2026-11-03"):
            pass
        with NightLock(tmp_path, "2026-11-04"):
            pass
    with NightLock(tmp_path, "2026-11-03"):
        pass


def test_health_counts_failing_and_quiet_nights(tmp_path: Path) -> None:
    from flows.report import night_report, source_health

    with open_ledger(tmp_path) as ledger:
        for night in ("2026-11-05", "2026-11-06", "2026-11-07"):
            ledger.plan(night, [("down", "down.example"), ("quiet", "quiet.example"), ("fine", "fine.example")])
            ledger.begin_crawl(night, "down")
            ledger.finish_crawl(night, "down", (), [Failure("crawl", "https://down.example/", "error:dns")])
            ledger.finish_processing(night, "down", (), 0, 0, ())
            for source_id in ("quiet", "fine"):
                ledger.begin_crawl(night, source_id)
                ledger.finish_crawl(night, source_id, (), ())
            ledger.finish_processing(night, "quiet", (), 0, 0, ())
            ledger.finish_processing(night, "fine", (), 3, 1,
                                     [Failure("process", "abc", "quarantine:no text")])
        ledger.fail("2026-11-07", "fine", "process Failed")
        health = {source_id: source_health(ledger, source_id) for source_id in ("down", "quiet", "fine")}
        report = night_report(ledger, "2026-11-06")
    assert health["down"].failing_nights == 3 and health["down"].verdict == "FAILING for 3 night(s)"
    assert health["quiet"].failing_nights == 0 and health["quiet"].quiet_nights == 3
    assert health["quiet"].verdict == "no new items for 3 nights"
    assert health["fine"].failing_nights == 1 and health["fine"].extraction_failures == 1
    assert report.totals.new == 3 and report.totals.leads == 1 and report.totals.failed == 2
    assert "| down | done | 0 | 0 | 1 | crawl:error:dns (1) | 0 |" in report.markdown()


def test_status_and_run_report_user_mistakes_in_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("RASAD_DATA_DIR", str(tmp_path / "empty"))
    assert main(["status"]) == 2
    assert main(["run", "--site", "ftp://example.org/"]) == 2
    assert main(["run", "--site", "x=http://127.0.0.1:9/", "--night", "yesterday"]) == 2
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 3 and all(line.startswith(("rasad status: error:", "rasad run: error:"))
                                    for line in errors)
    with open_ledger(tmp_path / "data") as ledger:
        ledger.plan("2026-11-08", [("fine", "fine.example")])
    monkeypatch.setenv("RASAD_DATA_DIR", str(tmp_path / "data"))
    assert main(["status"]) == 0
    assert "fine" in capsys.readouterr().out


def _run_one_night(data: Path, url: str, night: str) -> None:
    run_night(Settings(data, None), night, [SourcePlan("news", (url,), host_group_of(url))],
              {"AUTOTHROTTLE_ENABLED": False})


def test_a_corrupt_seen_store_fails_the_night_loudly_and_the_source_is_crawled_again(
        news_sites: list[CountingServer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = f"{news_sites[1].base_url}/sitemap.xml"
    data = tmp_path / "data"
    data.mkdir()
    (data / "seen.db").write_bytes(b"this is not a database" * 300)
    with pytest.raises(Exception, match="news"):
        _run_one_night(data, url, "2026-11-10")
    with open_ledger(data) as ledger:
        (run,) = ledger.runs("2026-11-10")
    assert run.state == "failed" and run.error and "seen" in run.error
    monkeypatch.setenv("RASAD_DATA_DIR", str(data))
    assert main(["status"]) == 0
    out = capsys.readouterr().out
    assert "2026-11-10: 0/1 done" in out and "FAILING" in out

    (data / "seen.db").unlink()  # the operator moves the damaged file aside
    _run_one_night(data, url, "2026-11-11")
    with open_ledger(data) as ledger:
        old, new = ledger.runs("2026-11-10")[0], ledger.runs("2026-11-11")[0]
    assert old.state == "failed" and old.fetched == 0
    assert new.state == "done" and new.fetched > 0


def test_a_corrupt_ledger_is_an_error_not_an_empty_ledger(tmp_path: Path) -> None:
    (tmp_path / "state.db").write_bytes(b"\x00garbage" * 500)
    with pytest.raises(UserError, match=r"state\.db.*(not a database|damaged|corrupt)"):
        open_ledger(tmp_path)


def test_recovered_article_pages_are_seen_stored_listings_are_not(tmp_path: Path) -> None:
    """A kill after the manifest line but before the seen-store entry must not make the next night fetch
    that article again; a recovered listing or sitemap stays unseen (it is fetched every night)."""
    from crawlers.seen import SeenStore
    from crawlers.urls import canonical_key
    from rasad.night import close_interrupted_crawl, run_dir
    from rasad.records import Capture

    settings = Settings(tmp_path / "data", None)
    settings.ensure_data_dir()
    with open_ledger(settings.data_dir) as ledger:
        ledger.plan("2026-11-01", [("news", "127.0.0.1")])
        ledger.begin_crawl("2026-11-01", "news")

    def capture(url: str, n: int, article: bool) -> Capture:
        return Capture(url=url, final_url=url, status=200, fetched_at="2026-11-01T01:00:00Z", sha256=f"{n:064x}",
                       warc_file="2026/11/01/x.warc.gz", warc_offset=n * 100, warc_record_id=f"<urn:uuid:{n}>",
                       article=article)

    kept = run_dir(settings, "2026-11-01", "news") / "kept"
    kept.mkdir(parents=True)
    captures = [capture("http://127.0.0.1:1/a/1.html", 1, True), capture("http://127.0.0.1:1/sitemap.xml", 2, False)]
    (kept / "x.manifest.jsonl").write_text("".join(json.dumps(c.to_dict()) + "\n" for c in captures))
    assert close_interrupted_crawl(settings, "2026-11-01", "news") == 2
    seen = SeenStore(settings.data_dir / "seen.db")
    try:
        assert seen.get(canonical_key(captures[0].url)) is not None
        assert seen.get(canonical_key(captures[1].url)) is None
    finally:
        seen.close()
