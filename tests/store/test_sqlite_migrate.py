"""SQLite `migrate` (the schema upgrade run when a store is opened) while another process writes:
one write transaction, so the writer waits for it and nothing is lost; readers go on (WAL)."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

from rasad.records import Lead
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


def _before_casualty_columns(path: Path) -> None:
    """Turn the database back into the previous release's: no count/event-date columns, no victim
    keywords, an FTS table of words only (no filter tokens)."""
    db = sqlite3.connect(path)
    with db:
        db.execute("CREATE VIRTUAL TABLE words USING fts5(terms, exact, tokenize = 'unicode61 remove_diacritics 0')")
        db.execute("INSERT INTO words (rowid, terms, exact) SELECT rowid, terms, exact FROM leads_fts")
        db.execute("DROP TABLE leads_fts")
        db.execute("ALTER TABLE words RENAME TO leads_fts")
        for name in ("killed", "injured", "detained", "event_date"):
            db.execute(f"DROP INDEX leads_by_{name}")
            db.execute(f"ALTER TABLE leads DROP COLUMN {name}")
        db.execute("DELETE FROM lead_keywords WHERE field IN ('victim_categories', 'cluster_id')")
        db.execute("PRAGMA user_version = 0")
    db.close()


def test_an_older_database_gains_the_casualty_fields_on_open(tmp_path: Path) -> None:
    path = tmp_path / "rasad.db"
    leads = [make_lead(f"https://ex.ly/c/{n}", f"قتل مدني {n}", killed=n % 4, victims=("children",) * (n % 2),
                       event_date=f"2026-11-{n % 28 + 1:02d}", cluster_id=f"story-{n % 3}") for n in range(40)]
    with SQLiteLeadStore(path) as store:
        assert store.upsert(leads).failed == []
    _before_casualty_columns(path)
    with SQLiteLeadStore(path) as store:
        assert [lead.id for lead in store.iter_leads()] == sorted(lead.id for lead in leads)
        assert store.get(leads[7].id) == leads[7]
        found = store.search(SearchQuery(min_killed=3, filters={"victim": "children"}, limit=100))
        assert {hit.lead.id for hit in found.hits} == {lead.id for lead in leads if lead.killed == 3 and _has_children(lead)}
        assert found.total > 0
        assert store.search(SearchQuery(filters={"cluster": "story-1"}, event_to="2026-11-10", limit=100)).total == len(
            [lead for lead in leads if lead.cluster_id == "story-1" and (lead.event_date or "") <= "2026-11-10"])
        assert store.search(SearchQuery(text="قتل", limit=1)).total == len(leads)
        assert store.search(SearchQuery(text="قتل", filters={"victim": "child"}, limit=1)).total == 20


def _has_children(lead: Lead) -> bool:
    return lead.victim_categories == ("children",)


def test_an_older_keyword_index_is_replaced_by_the_covering_one_and_facets_stay(tmp_path: Path) -> None:
    """Databases from before the facets read keywords from the index alone had it on lead_rowid only."""
    path = tmp_path / "rasad.db"
    leads = [make_lead(f"https://ex.ly/k{n}", "قتل مدنيين في طرابلس", places=("ly-tripoli",), victims=("children",),
                       types=("killing", "injury") if n % 2 else ("killing",)) for n in range(6)]
    with SQLiteLeadStore(path) as store:
        store.upsert(leads)
        query = SearchQuery(text="قتل", facets=True)
        before = store.search(query)
    db = sqlite3.connect(path)
    db.execute("DROP INDEX lead_keywords_by_lead")
    db.execute("CREATE INDEX lead_keywords_by_lead ON lead_keywords(lead_rowid)")
    db.commit()
    db.close()
    with SQLiteLeadStore(path) as store:
        columns = [row[2] for row in store._db.execute("PRAGMA index_info(lead_keywords_by_lead)")]
        assert columns == ["lead_rowid", "field", "value"]
        plan = " ".join(row[3] for row in store._db.execute(
            "EXPLAIN QUERY PLAN SELECT value FROM lead_keywords INDEXED BY lead_keywords_by_lead "
            "WHERE lead_rowid = 1 AND field = 'regions'"))
        assert "COVERING INDEX" in plan, plan
        assert store.search(query) == before and before.victim_facets
