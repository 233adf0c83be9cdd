"""The embedded default store: SQLite with an FTS5 index over pre-analysed terms."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from rasad.errors import NotConfigured
from rasad.records import Lead
from rasad.store.base import (
    FILTER_FIELDS,
    BulkResult,
    LeadStore,
    SearchHit,
    SearchQuery,
    SearchResult,
    lead_search_terms,
    machine_fields,
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS leads (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    machine TEXT NOT NULL,            -- JSON of the machine fields
    status TEXT NOT NULL DEFAULT 'new',
    assignee TEXT,
    notes TEXT NOT NULL DEFAULT '[]',
    version INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS lead_keywords (
    lead_rowid INTEGER NOT NULL REFERENCES leads(rowid) ON DELETE CASCADE,
    field TEXT NOT NULL,
    value TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS lead_keywords_by_value ON lead_keywords(field, value, lead_rowid);
CREATE INDEX IF NOT EXISTS lead_keywords_by_lead ON lead_keywords(lead_rowid);
CREATE VIRTUAL TABLE IF NOT EXISTS leads_fts USING fts5(
    terms, tokenize = 'unicode61 remove_diacritics 2'
);
"""


def _keyword_values(lead: Lead, field: str) -> list[str]:
    value = getattr(lead, field)
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, tuple) else [str(value)]


class SQLiteLeadStore(LeadStore):
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.executescript(SCHEMA)
        except (OSError, sqlite3.OperationalError) as exc:
            raise NotConfigured(f"cannot open the lead database {path}: {exc}") from None

    def upsert(self, leads: Iterable[Lead]) -> BulkResult:
        result = BulkResult()
        with self._db:  # one transaction: all of the batch or none of it
            for lead in leads:
                self._upsert_one(lead)
                result.written += 1
        return result

    def _upsert_one(self, lead: Lead) -> None:
        machine = json.dumps(machine_fields(lead), ensure_ascii=False)
        row = self._db.execute(
            "INSERT INTO leads (id, machine) VALUES (?, ?) "
            "ON CONFLICT(id) DO UPDATE SET machine = excluded.machine RETURNING rowid",
            (lead.id, machine),
        ).fetchone()
        rowid = row[0]
        self._db.execute("DELETE FROM leads_fts WHERE rowid = ?", (rowid,))
        self._db.execute("INSERT INTO leads_fts (rowid, terms) VALUES (?, ?)", (rowid, lead_search_terms(lead)))
        self._db.execute("DELETE FROM lead_keywords WHERE lead_rowid = ? AND field != 'status'", (rowid,))
        self._db.executemany(
            "INSERT INTO lead_keywords (lead_rowid, field, value) VALUES (?, ?, ?)",
            [
                (rowid, field, value)
                for field in FILTER_FIELDS.values()
                if field != "status"
                for value in _keyword_values(lead, field)
            ],
        )

    def get(self, lead_id: str) -> Lead | None:
        row = self._db.execute(
            "SELECT machine, status, assignee, notes, version FROM leads WHERE id = ?", (lead_id,)
        ).fetchone()
        return self._lead_from_row(row) if row else None

    @staticmethod
    def _lead_from_row(row: tuple[str, str, str | None, str, int]) -> Lead:
        machine, status, assignee, notes, version = row
        data = json.loads(machine)
        data.update(status=status, assignee=assignee, notes=json.loads(notes), version=version)
        if data.get("location") is not None:
            data["location"] = tuple(data["location"])
        return Lead.from_dict(data)

    def search(self, query: SearchQuery) -> SearchResult:
        where: list[str] = []
        params: list[object] = []
        if query.terms:
            match = " AND ".join('"' + term.replace('"', "") + '"' for term in query.terms)
            where.append("l.rowid IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)")
            params.append(match)
        for name, value in query.filters.items():
            field = FILTER_FIELDS[name]
            if field == "status":
                where.append("l.status = ?")
            else:
                where.append(
                    "l.rowid IN (SELECT lead_rowid FROM lead_keywords WHERE field = ? AND value = ?)"
                )
                params.append(field)
            params.append(value)
        clause = " AND ".join(where)
        total = self._db.execute(f"SELECT count(*) FROM leads l WHERE {clause}", params).fetchone()[0]
        order = "ORDER BY json_extract(l.machine, '$.published_at') DESC, l.id"
        if query.terms:
            params_ranked = [params[0], *params]
            rows = self._db.execute(
                "SELECT l.machine, l.status, l.assignee, l.notes, l.version, r.rank FROM leads l "
                "JOIN (SELECT rowid, bm25(leads_fts) AS rank FROM leads_fts WHERE leads_fts MATCH ?) r "
                f"ON r.rowid = l.rowid WHERE {clause} ORDER BY r.rank, l.id LIMIT ? OFFSET ?",
                [*params_ranked, query.limit, query.offset],
            ).fetchall()
            hits = tuple(SearchHit(self._lead_from_row(row[:5]), -float(row[5])) for row in rows)
        else:
            rows = self._db.execute(
                "SELECT l.machine, l.status, l.assignee, l.notes, l.version FROM leads l "
                f"WHERE {clause} {order} LIMIT ? OFFSET ?",
                [*params, query.limit, query.offset],
            ).fetchall()
            hits = tuple(SearchHit(self._lead_from_row(row), 0.0) for row in rows)
        return SearchResult(total=total, hits=hits)

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM leads").fetchone()[0])

    def close(self) -> None:
        self._db.close()
