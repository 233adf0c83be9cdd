"""The run ledger: what each night did for each source, so a killed night resumes where it stopped.

SQLite (WAL) in the data dir (``state.db``). Everything is keyed by (night, source), never by a
run id: a second run of the same night — after ``kill -9``, a retry or a new deployment run —
finds the sources already crawled and the captures still pending, and carries on from there.

A source moves ``pending -> crawling -> crawled -> done`` (or ``failed``, retried next run).
Captures are recorded once per WARC record id (``INSERT OR IGNORE``), so recovering the same
capture twice is harmless; a second capture of the same URL in one night (a crash between the
WARC write and the seen-store entry makes the crawler fetch it again) is kept as ``duplicate``
and not processed again. The ledger holds ids, URLs, hashes and counts, never article text.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from rasad.errors import UserError
from rasad.records import Capture
from rasad.sqlite_files import connect

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    night TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    duration_s REAL
);
CREATE TABLE IF NOT EXISTS sources (
    night TEXT NOT NULL,
    source_id TEXT NOT NULL,
    host_group TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'pending',
    crawls INTEGER NOT NULL DEFAULT 0,
    crawl_started TEXT,
    crawl_finished TEXT,
    finished_at TEXT,
    fetched INTEGER NOT NULL DEFAULT 0,
    documents INTEGER NOT NULL DEFAULT 0,
    leads INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (night, source_id)
);
CREATE TABLE IF NOT EXISTS captures (
    record_id TEXT PRIMARY KEY,
    night TEXT NOT NULL,
    source_id TEXT NOT NULL,
    url TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    capture TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending'
);
CREATE INDEX IF NOT EXISTS captures_by_source ON captures (night, source_id, state);
CREATE TABLE IF NOT EXISTS failures (
    night TEXT NOT NULL,
    source_id TEXT NOT NULL,
    stage TEXT NOT NULL,
    ref TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (night, source_id, stage, ref, reason)
);
"""

STATES = ("pending", "crawling", "crawled", "done", "failed")


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class SourceRun:
    """One source's row for one night (counts only)."""

    night: str
    source_id: str
    host_group: str
    state: str
    crawls: int
    crawl_started: str | None
    crawl_finished: str | None
    finished_at: str | None
    fetched: int
    documents: int
    leads: int
    error: str

    @property
    def finished(self) -> bool:
        return self.state == "done"


@dataclass(frozen=True)
class Failure:
    stage: str  # crawl, process or index
    ref: str  # URL, capture sha256 or lead id
    reason: str


class Ledger:
    """The run ledger of one data dir; safe to open from several processes (WAL, busy timeout)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = connect(path, what="run ledger", timeout=60, isolation_level=None, check_same_thread=False,
                           remedy="restore it from a backup, or move it aside to start a new ledger "
                                  "(the nights it recorded are then forgotten)")
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")  # a committed step survives a power cut
            self._db.executescript(_SCHEMA)
            self._db.execute("INSERT OR IGNORE INTO meta VALUES ('ledger_id', ?)", (uuid.uuid4().hex,))
        except BaseException:
            self._db.close()
            raise

    # -- plumbing ---------------------------------------------------------------------------------

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    @property
    def ledger_id(self) -> str:
        """A random id made when the ledger was created: cache keys carry it, so a wiped data dir
        never reuses the Prefect cache of the old one."""
        return str(self._db.execute("SELECT value FROM meta WHERE key = 'ledger_id'").fetchone()[0])

    # -- attempts (one per run of a night) ----------------------------------------------------------

    def start_attempt(self, night: str) -> int:
        cursor = self._db.execute("INSERT INTO attempts (night, started_at) VALUES (?, ?)", (night, utc_now()))
        return int(cursor.lastrowid or 0)

    def finish_attempt(self, attempt: int, duration_s: float) -> None:
        self._db.execute("UPDATE attempts SET finished_at = ?, duration_s = ? WHERE id = ?",
                         (utc_now(), duration_s, attempt))

    def attempts(self, night: str) -> tuple[int, int, float]:
        """(runs started, runs finished, seconds spent in finished runs) for a night."""
        row = self._db.execute(
            "SELECT COUNT(*), COUNT(finished_at), COALESCE(SUM(duration_s), 0) FROM attempts WHERE night = ?",
            (night,)).fetchone()
        return int(row[0]), int(row[1]), float(row[2])

    def nights(self, limit: int = 7) -> list[str]:
        rows = self._db.execute("SELECT DISTINCT night FROM sources ORDER BY night DESC LIMIT ?", (limit,))
        return [row[0] for row in rows]

    # -- sources ------------------------------------------------------------------------------------

    def plan(self, night: str, sources: Iterable[tuple[str, str]]) -> None:
        """Add (source id, host group) rows for a night; rows that exist keep their state."""
        with self._transaction():
            self._db.executemany(
                "INSERT OR IGNORE INTO sources (night, source_id, host_group) VALUES (?, ?, ?)",
                [(night, source_id, group) for source_id, group in sources])

    def get(self, night: str, source_id: str) -> SourceRun | None:
        row = self._db.execute(f"SELECT {_SOURCE_COLUMNS} FROM sources WHERE night = ? AND source_id = ?",
                               (night, source_id)).fetchone()
        return SourceRun(*row) if row else None

    def runs(self, night: str) -> list[SourceRun]:
        rows = self._db.execute(f"SELECT {_SOURCE_COLUMNS} FROM sources WHERE night = ? ORDER BY source_id",
                                (night,))
        return [SourceRun(*row) for row in rows]

    def history(self, source_id: str, limit: int = 7) -> list[SourceRun]:
        """The source's last nights, newest first."""
        rows = self._db.execute(f"SELECT {_SOURCE_COLUMNS} FROM sources WHERE source_id = ? "
                                "ORDER BY night DESC LIMIT ?", (source_id, limit))
        return [SourceRun(*row) for row in rows]

    def source_ids(self) -> list[str]:
        return [row[0] for row in self._db.execute("SELECT DISTINCT source_id FROM sources ORDER BY source_id")]

    def unfinished(self, before_night: str) -> list[SourceRun]:
        """Sources of earlier regular nights that never reached ``done``: their captures must not be lost.

        Backfills (nights labelled ``YYYY-MM-DD-backfill-...``) are resumed by running them again."""
        rows = self._db.execute(f"SELECT {_SOURCE_COLUMNS} FROM sources WHERE night < ? AND length(night) = 10 "
                                "AND state != 'done' AND state != 'pending' "
                                f"AND NOT ({_CLOSED_FAILURE}) ORDER BY night, source_id",
                                (before_night,))
        return [SourceRun(*row) for row in rows]

    def begin_crawl(self, night: str, source_id: str) -> None:
        self._db.execute("UPDATE sources SET state = 'crawling', crawls = crawls + 1, crawl_started = ?, "
                         "error = '' WHERE night = ? AND source_id = ?", (utc_now(), night, source_id))

    def finish_crawl(self, night: str, source_id: str, captures: Sequence[Capture],
                     failures: Iterable[Failure]) -> int:
        """Record the crawl's captures and losses and mark the source crawled, in one transaction."""
        with self._transaction():
            self._add_captures(night, source_id, captures)
            self._add_failures(night, source_id, failures)
            self._db.execute(
                f"UPDATE sources SET state = {_KEEP_CRAWL_FAILURE.format('crawled')}, crawl_finished = ?, "
                "fetched = (SELECT COUNT(*) FROM "
                "captures c WHERE c.night = sources.night AND c.source_id = sources.source_id AND "
                "c.state != 'duplicate') WHERE night = ? AND source_id = ?", (utc_now(), night, source_id))
        return self.count_captures(night, source_id)

    def recover_captures(self, night: str, source_id: str, captures: Sequence[Capture],
                         failures: Iterable[Failure] = ()) -> int:
        """Record captures found after a crash (kept manifests, records adopted from the archive) and
        what the crash lost, in one transaction; returns how many captures were new."""
        before = self.count_captures(night, source_id, states=("pending", "processed", "duplicate"))
        with self._transaction():
            self._add_captures(night, source_id, captures)
            self._add_failures(night, source_id, failures)
        return self.count_captures(night, source_id, states=("pending", "processed", "duplicate")) - before

    def fail(self, night: str, source_id: str, error: str) -> None:
        """Mark the source failed; a reason already recorded (the specific one) is kept."""
        self._db.execute("UPDATE sources SET state = 'failed', error = CASE WHEN error != '' THEN error ELSE ? END "
                         "WHERE night = ? AND source_id = ?", (error, night, source_id))

    def _add_captures(self, night: str, source_id: str, captures: Sequence[Capture]) -> None:
        for capture in captures:
            duplicate = self._db.execute(
                "SELECT 1 FROM captures WHERE night = ? AND source_id = ? AND url = ? AND record_id != ? "
                "AND state != 'duplicate'", (night, source_id, capture.url, capture.warc_record_id)).fetchone()
            self._db.execute(
                "INSERT OR IGNORE INTO captures (record_id, night, source_id, url, sha256, capture, state) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (capture.warc_record_id, night, source_id, capture.url, capture.sha256,
                 json.dumps(capture.to_dict(), ensure_ascii=False), "duplicate" if duplicate else "pending"))

    def _add_failures(self, night: str, source_id: str, failures: Iterable[Failure]) -> None:
        self._db.executemany("INSERT OR IGNORE INTO failures VALUES (?, ?, ?, ?, ?)",
                             [(night, source_id, f.stage, f.ref, f.reason) for f in failures])

    # -- captures -----------------------------------------------------------------------------------

    def pending_captures(self, night: str, source_id: str) -> list[Capture]:
        rows = self._db.execute("SELECT capture FROM captures WHERE night = ? AND source_id = ? "
                                "AND state = 'pending' ORDER BY rowid", (night, source_id))
        return [Capture.from_dict(json.loads(row[0])) for row in rows]

    def count_captures(self, night: str, source_id: str,
                       states: Sequence[str] = ("pending", "processed")) -> int:
        marks = ", ".join("?" for _ in states)
        row = self._db.execute(f"SELECT COUNT(*) FROM captures WHERE night = ? AND source_id = ? "
                               f"AND state IN ({marks})", (night, source_id, *states)).fetchone()
        return int(row[0])

    def capture_states(self) -> dict[str, str]:
        """WARC record id -> state, for every capture the ledger knows (used to check the archive)."""
        return dict(self._db.execute("SELECT record_id, state FROM captures").fetchall())

    def finish_processing(self, night: str, source_id: str, record_ids: Sequence[str], documents: int,
                          leads: int, failures: Iterable[Failure]) -> None:
        """Mark the batch processed and the source done, in one transaction (all or nothing)."""
        with self._transaction():
            self._db.executemany("UPDATE captures SET state = 'processed' WHERE record_id = ?",
                                 [(record_id,) for record_id in record_ids])
            self._add_failures(night, source_id, failures)
            self._db.execute(
                f"UPDATE sources SET state = {_KEEP_CRAWL_FAILURE.format('done')}, finished_at = ?, "
                "documents = documents + ?, leads = leads + ?, "
                f"error = CASE WHEN error LIKE '{CRAWL_FAILED}%' THEN error ELSE '' END "
                "WHERE night = ? AND source_id = ?",
                (utc_now(), documents, leads, night, source_id))

    # -- failures -----------------------------------------------------------------------------------

    def failure_reasons(self, night: str, source_id: str) -> dict[str, int]:
        """Reason -> count for a source's night (crawl losses, dead letters, index rejections)."""
        rows = self._db.execute("SELECT stage || ':' || reason, COUNT(*) FROM failures WHERE night = ? AND "
                                "source_id = ? GROUP BY 1 ORDER BY 2 DESC, 1", (night, source_id))
        return {reason: int(count) for reason, count in rows}

    def failures(self, night: str, source_id: str) -> Iterator[Failure]:
        rows = self._db.execute("SELECT stage, ref, reason FROM failures WHERE night = ? AND source_id = ? "
                                "ORDER BY stage, ref", (night, source_id))
        for stage, ref, reason in rows:
            yield Failure(stage, ref, reason)


# A crawl that failed (could not run, or its child died) stays "failed" for that night even after a
# later night has kept and processed what it archived: a night is never shown "done" with pages it
# never fetched. Tonight's crawl of the same source fetches them (the seen-store knows what it has).
CRAWL_FAILED = "crawl failed: "
_KEEP_CRAWL_FAILURE = f"CASE WHEN error LIKE '{CRAWL_FAILED}%' THEN 'failed' ELSE '{{}}' END"
_CLOSED_FAILURE = f"state = 'failed' AND error LIKE '{CRAWL_FAILED}%' AND finished_at IS NOT NULL"

_SOURCE_COLUMNS = ("night, source_id, host_group, state, crawls, crawl_started, crawl_finished, finished_at, "
                   "fetched, documents, leads, error")


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on error (the connection is in autocommit mode)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._db.execute("COMMIT" if kind is None else "ROLLBACK")


def open_ledger(data_dir: Path) -> Ledger:
    return Ledger(data_dir / "state.db")


class NightLock:
    """An exclusive lock on one night, held while a run works on it (``flock``: the kernel drops it
    when the process dies, kill -9 included). A second run of the same night stops with a clear
    message; recovery of an earlier night skips it while another process still runs it."""

    def __init__(self, data_dir: Path, night: str) -> None:
        self.path = data_dir / "runs" / f"{night}.lock"
        self._handle: int | None = None

    def acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(handle)
            return False
        self._handle = handle
        return True

    def release(self) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle, fcntl.LOCK_UN)
            os.close(self._handle)
            self._handle = None

    def __enter__(self) -> Self:
        if not self.acquire():
            raise UserError(f"night {self.path.stem} is being run by another process right now "
                            "(wait for it to end, or stop it; a new run then resumes it)")
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()
