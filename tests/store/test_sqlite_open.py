"""Opening the SQLite lead store: concurrent first opens all succeed; a damaged file is an error."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from rasad.errors import DataFileError
from rasad.store.sqlite import SQLiteLeadStore


def test_concurrent_first_open(tmp_path: Path) -> None:
    for trial in range(10):
        path = tmp_path / f"leads-{trial}.db"
        errors: list[Exception] = []

        def open_store(path: Path = path, errors: list[Exception] = errors) -> None:
            try:
                SQLiteLeadStore(path).close()
            except Exception as exc:  # noqa: BLE001 - every failure is the finding
                errors.append(exc)

        threads = [threading.Thread(target=open_store) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == [], f"trial {trial}: {errors}"
        with SQLiteLeadStore(path) as store:
            assert store.count() == 0


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.parametrize("content", [b"", b"not a database at all " * 200, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_an_empty_or_corrupt_lead_database_is_an_error_not_an_empty_store(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "rasad.db"
    path.write_bytes(content)
    os.utime(path, (1e9, 1e9))  # an old file, not one another process has just created
    before = _open_fds()
    for _ in range(20):
        with pytest.raises(DataFileError, match=r"lead database .*rasad\.db.*rasad index rebuild"):
            SQLiteLeadStore(path)
    assert _open_fds() == before  # a failing open leaks no connection
    assert path.read_bytes() == content  # and changes nothing


def test_cli_names_the_damaged_lead_database_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "rasad.db").write_bytes(b"\x00" * 100)
    result = subprocess.run([sys.executable, "-m", "rasad.cli", "search", "طرابلس"], check=False,
                            capture_output=True, text=True, timeout=60,
                            env={**os.environ, "RASAD_DATA_DIR": str(tmp_path), "RASAD_SEARCH_URL": ""})
    assert result.returncode == 2 and "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("rasad search: error:") and "rasad.db" in line


def test_opening_a_current_database_writes_nothing(tmp_path: Path) -> None:
    """A search opens the store: on a database at this schema that must not take the write lock or
    commit anything (it used to rewrite the schema version on every open)."""
    import sqlite3

    path = tmp_path / "leads.db"
    SQLiteLeadStore(path).close()  # creates the schema
    watcher = sqlite3.connect(path)
    before = watcher.execute("PRAGMA data_version").fetchone()[0]
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # a writer holds the lock: an open that needs it would wait
    try:
        with SQLiteLeadStore(path) as store:
            assert store.count() == 0
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert watcher.execute("PRAGMA data_version").fetchone()[0] == before  # no other connection committed
    watcher.close()


def test_a_database_missing_part_of_the_schema_is_completed_on_open(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "leads.db"
    SQLiteLeadStore(path).close()
    db = sqlite3.connect(path)
    db.execute("DROP INDEX leads_by_killed")
    db.commit()
    db.close()
    SQLiteLeadStore(path).close()
    db = sqlite3.connect(path)
    assert db.execute("SELECT 1 FROM sqlite_master WHERE name = 'leads_by_killed'").fetchone() == (1,)
    db.close()


def test_searches_read_through_a_large_page_cache(tmp_path: Path) -> None:
    with SQLiteLeadStore(tmp_path / "leads.db") as store:
        assert store._db.execute("PRAGMA cache_size").fetchone()[0] == -65536  # KiB: 64 MiB, not the 2 MiB default
        assert store._db.execute("PRAGMA temp_store").fetchone()[0] == 2  # memory
