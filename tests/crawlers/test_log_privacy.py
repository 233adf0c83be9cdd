"""Error paths keep page content out of the log and stderr: a full disk and a locked seen-store make
every item fail in the item pipeline, and the canary must not appear in any form (text, UTF-8
escapes, unicode escapes)."""

from __future__ import annotations

import json
import resource
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sites.hostile.server import CANARY, HostileServer

REPO = Path(__file__).resolve().parents[2]
WORDS = ("جميلة", "مدنيين")  # the canary's name and a word of every article body


def forms(text: str) -> list[str]:
    """The ways a text shows up in a log: as is, as repr() of its bytes, as JSON/unicode escapes."""
    return [text, repr(text.encode("utf-8"))[2:-1], json.dumps(text)[1:-1], text.encode("unicode_escape").decode()]


@pytest.fixture(scope="module")
def server() -> Iterator[HostileServer]:
    server = HostileServer().start()
    yield server
    server.stop()


def run_child(server: HostileServer, tmp_path: Path, settings: dict, file_size_limit: int | None = None
              ) -> tuple[int, str]:
    """Run the crawl child directly (so that a file-size limit applies to it alone); (exit status, log+stderr)."""
    urls = [server.url(f"/good/{n}?canary=1") for n in range(12)]
    files = {name: tmp_path / f"{name}.jsonl" for name in ("manifest", "failures", "posts", "error")}
    log = tmp_path / "crawl.log"
    command = [sys.executable, "-m", "crawlers.run", "--archive", str(tmp_path / "archive"), "--log", str(log),
               *[arg for name, path in files.items() for arg in (f"--{name}", str(path))],
               "--settings", json.dumps({"AUTOTHROTTLE_ENABLED": False, **settings}), *urls]

    def limit() -> None:
        if file_size_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    done = subprocess.run(command, cwd=REPO, capture_output=True, timeout=180, check=False, preexec_fn=limit)
    text = done.stdout.decode("utf-8", "replace") + done.stderr.decode("utf-8", "replace")
    if log.exists():
        text += log.read_text(encoding="utf-8", errors="replace")
    return done.returncode, text


def complete_lines(path: Path) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            rows.append(json.loads(line))
        except ValueError:
            continue
    return rows


def assert_no_content(text: str) -> None:
    for word in (CANARY, *WORDS):
        for form in forms(word):
            assert form not in text, f"{form!r} leaked"


def test_full_disk_item_errors_log_url_and_reason_only(server: HostileServer, tmp_path: Path) -> None:
    _, text = run_child(server, tmp_path, {}, file_size_limit=6_000)  # the WARC outgrows it after a few pages
    assert "Lost http" in text and "archive-write-failed:EFBIG" in text
    assert_no_content(text)


def test_locked_seen_store_item_errors_log_url_and_reason_only(server: HostileServer, tmp_path: Path) -> None:
    seen = tmp_path / "seen.db"
    holder = sqlite3.connect(seen, isolation_level=None)
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("CREATE TABLE IF NOT EXISTS seen (key TEXT PRIMARY KEY, url TEXT NOT NULL, etag TEXT, "
                   "last_modified TEXT, sha256 TEXT NOT NULL, published_at TEXT, first_seen TEXT NOT NULL, "
                   "last_seen TEXT NOT NULL)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        _, text = run_child(server, tmp_path, {"RASAD_SEEN_DB": str(seen), "RASAD_SEEN_DB_TIMEOUT": 0.2})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "Error processing the item from http" in text and "OperationalError: database is locked" in text
    assert_no_content(text)


def test_full_disk_losses_are_reported_and_the_cut_off_file_is_not_counted(server: HostileServer,
                                                                          tmp_path: Path) -> None:
    from pipelines.archive import read_body, verify
    from rasad.records import Capture

    run_child(server, tmp_path, {}, file_size_limit=6_000)
    captured = complete_lines(tmp_path / "manifest.jsonl")  # the manifest may be cut off too
    lost = complete_lines(tmp_path / "failures.jsonl")
    assert captured and lost and len(captured) + len(lost) == 12  # every page: captured, or lost with a reason
    assert {row["reason"] for row in lost} == {"archive-write-failed:EFBIG"}
    report = verify(tmp_path / "archive")
    # A file the disk stopped is cut back to its last whole record and listed as such: the archive
    # verifies clean, read-only, and every reported capture reads back.
    assert report.ok and not report.writable and report.files >= 2
    for row in captured:
        assert read_body(tmp_path / "archive", Capture.from_dict(row))
