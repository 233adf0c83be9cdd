"""A night killed with kill -9 at random points and run again ends exactly like a clean night.

``rasad run`` (the nightly flow, against the session's Prefect server) crawls three fixture
sources in a subprocess; the whole process group (flow, crawl child) is killed at seeded random
moments, then the night is run again until it finishes. Checked against a clean run of the same
sites: the same lead ids (no duplicate, none missing), every archived capture processed, no URL
processed twice, and no request to a source whose crawl the ledger had marked finished.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from pipelines.archive import verify
from pipelines.documents import InputItem
from pipelines.reprocess import archive_items
from rasad.ledger import open_ledger
from rasad.settings import Settings
from rasad.store import open_store
from tests.flows.conftest import FAST_CRAWL, CountingServer, PrefectApi, site_args, start_run

NIGHT = "2026-11-20"
SEED = 20261120


def lead_ids(data_dir: Path) -> list[str]:
    with open_store(Settings(data_dir, None)) as store:
        return [lead.id for lead in store.iter_leads()]


def finished_crawls(data_dir: Path) -> set[str]:
    if not (data_dir / "state.db").exists():
        return set()
    with open_ledger(data_dir) as ledger:
        return {run.source_id for run in ledger.runs(NIGHT) if run.crawl_finished}


def _lines(path: Path) -> int:
    """Lines of a child's capture manifest; 0 once the night has consumed and removed it."""
    try:
        return len(path.read_bytes().splitlines())
    except FileNotFoundError:
        return 0


def progress(data_dir: Path) -> dict[str, int]:
    """How far a night got: capture lines the crawl children wrote, sources crawled, sources done."""
    archived = sum(_lines(path) for path in (data_dir / "runs").rglob("*.manifest.jsonl")) \
        if (data_dir / "runs").exists() else 0
    if not (data_dir / "state.db").exists():
        return {"archived": archived, "crawled": 0, "done": 0}
    with sqlite3.connect(f"file:{data_dir / 'state.db'}?mode=ro", uri=True, timeout=5) as db:
        crawled, done = db.execute("SELECT COUNT(crawl_finished), COUNT(finished_at) FROM sources").fetchone()
    return {"archived": archived, "crawled": crawled, "done": done}


def kill_when(process: subprocess.Popen[bytes], data_dir: Path, stage: str, more: int) -> bool:
    """SIGKILL the run's process group once ``stage`` has grown by ``more``; False if it ended first."""
    target = progress(data_dir)[stage] + more
    while process.poll() is None:
        try:
            reached = progress(data_dir)[stage] >= target
        except sqlite3.Error:
            reached = False
        if reached:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            return True
        time.sleep(0.02)
    return False


def run_to_end(args: list[str], api: PrefectApi, data_dir: Path, log: Path) -> float:
    """Run a night to its end; returns when (wall clock) the run was started."""
    started = time.time()
    process = start_run(args, api, data_dir, log)
    assert process.wait(timeout=600) == 0, log.read_text(errors="replace")[-3000:]
    return started


def test_night_killed_at_random_points_resumes_without_loss_or_duplicates(
        prefect_api: PrefectApi, news_sites: list[CountingServer], tmp_path: Path) -> None:
    args = [*site_args(news_sites), "--night", NIGHT, "--workers", "1", *FAST_CRAWL]
    clean_dir, killed_dir, log = tmp_path / "clean", tmp_path / "killed", tmp_path / "runs.log"
    run_to_end(args, prefect_api, clean_dir, log)
    clean_ids = lead_ids(clean_dir)
    assert len(clean_ids) == 3 * 13  # 13 incident articles on each copy of the fixture site

    servers = {f"news-{n}": server for n, server in enumerate(news_sites)}
    done_before_kill: dict[str, int] = {}  # source -> requests its server had answered when its crawl was done
    rng = random.Random(SEED)
    kills = 0
    # Kill points: mid-crawl after k captures reached the archive, just after a source's crawl was
    # committed, just after a source was done; each run resumes the previous one's progress.
    for stage, more in [("archived", rng.randint(1, 30)), ("crawled", 1), ("archived", rng.randint(1, 30)),
                        ("done", 1)]:
        process = start_run(args, prefect_api, killed_dir, log)
        if not kill_when(process, killed_dir, stage, more):
            break
        kills += 1
        print(f"kill {kills} after {stage}+{more}: {progress(killed_dir)}")
        for source_id in finished_crawls(killed_dir):
            done_before_kill.setdefault(source_id, servers[source_id].requests)
    run_to_end(args, prefect_api, killed_dir, log)
    assert kills >= 1

    # Leads: the same ids as the clean night, none twice.
    ids = lead_ids(killed_dir)
    assert len(ids) == len(set(ids))
    assert sorted(ids) == sorted(clean_ids)

    # No recrawl: a source whose crawl the ledger had finished got no request afterwards.
    for source_id, requests in done_before_kill.items():
        assert servers[source_id].requests == requests, source_id

    # Every archived capture is known to the ledger and processed (or an explicit duplicate), none pending:
    # a record a killed crawl child wrote but never reported was adopted when its crawl was recovered.
    with open_ledger(killed_dir) as ledger:
        states = ledger.capture_states()
        assert all(run.state == "done" for run in ledger.runs(NIGHT))
    archived = [item.capture.warc_record_id for item in archive_items(killed_dir / "archive")
                if isinstance(item, InputItem)]
    assert archived and all(states.get(record_id) in ("processed", "duplicate") for record_id in archived)
    assert "pending" not in states.values()
    report = verify(killed_dir / "archive")  # and every file the killed crawl children left open was closed
    assert report.ok and not report.writable, (report.problems, report.writable)

    # No URL processed twice, and as many processed captures as the clean night archived.
    with sqlite3.connect(killed_dir / "state.db") as db:
        processed = db.execute("SELECT source_id, url FROM captures WHERE state = 'processed'").fetchall()
    with sqlite3.connect(clean_dir / "state.db") as db:
        clean_processed = db.execute("SELECT COUNT(*) FROM captures WHERE state = 'processed'").fetchone()[0]
    assert len(processed) == len(set(processed)) == clean_processed
