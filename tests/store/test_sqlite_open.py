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


def test_searches_read_through_a_large_page_cache(tmp_path: Path) -> None:
    with SQLiteLeadStore(tmp_path / "leads.db") as store:
        assert store._db.execute("PRAGMA cache_size").fetchone()[0] == -65536  # KiB: 64 MiB, not the 2 MiB default
        assert store._db.execute("PRAGMA temp_store").fetchone()[0] == 2  # memory
