"""SQLite `migrate` (the schema upgrade run when a store is opened) while another process writes:
one write transaction, so the writer waits for it and nothing is lost; readers go on (WAL)."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

from rasad.store import SearchQuery
from rasad.store.base import machine_fields
from rasad.store.sqlite import SQLiteLeadStore
from tests.store.test_contract import make_lead

BASE = 1500


def _age(path: Path) -> None:
    """Turn the database back into an older rasad's: one-column FTS table, no newer indexes."""
    db = sqlite3.connect(path)
    with db:
        db.execute("DROP TABLE leads_fts")
        db.execute("CREATE VIRTUAL TABLE leads_fts USING fts5(terms)")
        db.execute("DROP INDEX leads_by_assignee")
        db.execute("DROP INDEX leads_by_location")
    db.close()


def test_schema_upgrade_with_a_concurrent_writer_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "rasad.db"
    with SQLiteLeadStore(path) as store:
        assert store.upsert(make_lead(f"https://ex.ly/m/{n}", f"قتل مدني {n}") for n in range(BASE)).failed == []
    _age(path)
    errors: list[BaseException] = []
    written: list[str] = []
    stop = threading.Event()

    def older_writer() -> None:  # a process of the previous release: it writes the leads table only
        db = sqlite3.connect(path, timeout=30)
        try:
            n = 0
            while not stop.is_set():
                lead = make_lead(f"https://ex.ly/w/{n}", f"اعتقال {n}")
                with db:
                    db.execute("INSERT INTO leads (id, machine) VALUES (?, ?)",
                               (lead.id, json.dumps(machine_fields(lead), ensure_ascii=False)))
                written.append(lead.id)
                n += 1
        except BaseException as exc:  # noqa: BLE001 - every failure is the finding
            errors.append(exc)
        finally:
            db.close()

    thread = threading.Thread(target=older_writer)
    thread.start()
    while len(written) < 20 and not errors:
        threading.Event().wait(0.01)
    with SQLiteLeadStore(path) as store:  # migrates: rebuilds the FTS table in one transaction
        stop.set()
        thread.join(timeout=60)
        assert errors == []
        ids = {row[0] for row in store._db.execute("SELECT id FROM leads")}
        assert set(written) <= ids and len(ids) == BASE + len(written)
        assert store.search(SearchQuery(text="قتل", limit=1)).total == BASE
        indexes = {row[0] for row in store._db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"leads_by_assignee", "leads_by_location", "leads_by_published"} <= indexes
