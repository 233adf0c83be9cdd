"""Several workers opening the same brand-new SQLite lead store at once all succeed."""

from __future__ import annotations

import threading
from pathlib import Path

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
