"""The embedded default store: SQLite with an FTS5 index over pre-analysed terms.

Triage edits use a version column (``UPDATE ... WHERE version = ?``) and go to the
append-only ``triage_events`` table in the same transaction, so an edit and its event
are written together or not at all.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from rasad.batching import chunked
from rasad.errors import ConflictError, NotConfigured
from rasad.records import Lead, TriageEvent
from rasad.sqlite_files import connect
from rasad.store.base import (
    BULK_CHUNK,
    FILTER_FIELDS,
    MAX_FACET_BUCKETS,
    BulkResult,
    FacetBucket,
    FacetCount,
    LeadStore,
    SearchHit,
    SearchQuery,
    SearchResult,
    evidence_highlights,
    invalid_reason,
    latest_fields,
    lead_terms,
    machine_fields,
    sorted_counts,
    sorted_facets,
)
from rasad.store.filter_tokens import DATE_CODES, lead_tokens, match_clauses
from rasad.triage import TriageEdit, editable, make_event, next_fields

# A lead's keywords of one field, read from the index alone (facets look up two or three fields of
# every matched lead; with only lead_rowid indexed, each of its ~8 keyword rows was read to find them).
KEYWORDS_BY_LEAD = "CREATE INDEX IF NOT EXISTS lead_keywords_by_lead ON lead_keywords(lead_rowid, field, value)"
SCHEMA = f"""
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
{KEYWORDS_BY_LEAD};
CREATE TABLE IF NOT EXISTS triage_events (
    seq INTEGER PRIMARY KEY,
    lead_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    before TEXT NOT NULL,
    after TEXT NOT NULL,
    at TEXT NOT NULL,
    UNIQUE (lead_id, version)
);
CREATE TRIGGER IF NOT EXISTS triage_events_append_only_u BEFORE UPDATE ON triage_events
BEGIN SELECT RAISE(ABORT, 'the triage log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS triage_events_append_only_d BEFORE DELETE ON triage_events
BEGIN SELECT RAISE(ABORT, 'the triage log is append-only'); END;
"""
# Columns added after the walking skeleton: sortable/filterable copies of machine fields (each indexed
# but score). DERIVED_VERSION (kept in PRAGMA user_version) says which of them an old database lacks
# values for: opening it re-derives columns and keywords from the stored machine fields.
EXTRA_COLUMNS = {"published_at": "TEXT", "lat": "REAL", "lon": "REAL", "score": "REAL NOT NULL DEFAULT 0",
                 "killed": "INTEGER", "injured": "INTEGER", "detained": "INTEGER", "event_date": "TEXT"}
INDEXED_COLUMNS = {"published": ("published_at",), "status": ("status",), "assignee": ("assignee",),
                   "location": ("lat", "lon"), "killed": ("killed",), "injured": ("injured",),
                   "detained": ("detained",), "event_date": ("event_date",)}
DERIVED_VERSION = 3  # 2: casualty columns and victim/cluster keywords; 3: filter tokens in leads_fts
FTS_COLUMNS = ("terms", "exact", "filters")  # stemmed terms, unstemmed terms, filter tokens
FTS_SCHEMA = (
    "CREATE VIRTUAL TABLE {name} USING fts5(terms, exact, filters, tokenize = 'unicode61 remove_diacritics 0')"
)
BM25 = "bm25(leads_fts, 1.0, 1.0, 0.0)"  # filter tokens weigh nothing in the rank
COLUMN_FILTERS = ("status", "assignee")  # triage fields: filtered on their columns, not as tokens
KEYWORD_FIELDS = tuple(f for f in FILTER_FIELDS.values() if f not in COLUMN_FILTERS)  # kept for facets
# Every named object opening creates (tables, indexes, triggers): all present means nothing to create.
SCHEMA_OBJECTS = frozenset(
    re.findall(r"CREATE (?:TABLE|INDEX|TRIGGER) IF NOT EXISTS (\w+)", SCHEMA)
    + [f"leads_by_{name}" for name in INDEXED_COLUMNS]
    + ["leads_fts"]
)
# A search reads the same posting lists twice (the match, then bm25's document frequencies) and the
# next search mostly the same ones again: keep them in a 64 MiB page cache, not SQLite's default 2 MiB
# (p50 0.87x at 100k leads). A memory map measured no faster and counts the file's pages as resident.
# Temporary b-trees (the materialised rowid sets of facets, sorts) stay in memory.
READ_PRAGMAS = ("cache_size=-65536", "temp_store=MEMORY")
ALL_LEADS = "SELECT rowid FROM leads"  # the matched set of a query with no text and no filter
ROWID_SET = "SELECT value FROM json_each(?)"  # a matched set read already, passed back as a JSON list
LEAD_COLUMNS = "l.machine, l.status, l.assignee, l.notes, l.version"
ORDERS = {
    "newest": "l.published_at IS NULL, l.published_at DESC, l.id",
    "oldest": "l.published_at IS NULL, l.published_at ASC, l.id",
    "score": "l.score DESC, l.id",
}


def _keyword_values(lead: Lead, field: str) -> list[str]:
    value = getattr(lead, field)
    if value is None:
        return []
    values = [str(v) for v in value] if isinstance(value, tuple) else [str(value)]
    return list(dict.fromkeys(values))


class SQLiteLeadStore(LeadStore):
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise NotConfigured(f"cannot open the lead database {path}: {exc}") from None
        self._db = connect(path, what="lead database", timeout=30, check_same_thread=False,
                           remedy="move it aside and run `rasad index rebuild` (the archive plus the triage log)")
        try:
            self._enable_wal()
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA synchronous=NORMAL")
            for pragma in READ_PRAGMAS:
                self._db.execute(f"PRAGMA {pragma}")
            if not self._schema_is_current():
                self._db.executescript(SCHEMA)
                self._migrate()
        except (OSError, sqlite3.OperationalError, sqlite3.DatabaseError) as exc:
            self._db.close()
            raise NotConfigured(f"cannot open the lead database {path}: {exc}") from None
        except BaseException:
            self._db.close()
            raise

    def _enable_wal(self, attempts: int = 50) -> None:
        """Switch to WAL; the switch ignores the busy timeout, so retry while another opener holds the lock."""
        for attempt in range(attempts):
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == attempts - 1:
                    raise
                time.sleep(0.1)

    def _schema_is_current(self) -> bool:
        """True when this database already has every table, column and index of this schema.

        Then opening only reads: no write lock is taken and nothing is left for the close to
        checkpoint, which is most of what a ``rasad search`` on a current database would spend.
        """
        if int(self._db.execute("PRAGMA user_version").fetchone()[0]) != DERIVED_VERSION:
            return False
        names = {row[0] for row in self._db.execute("SELECT name FROM sqlite_master")}
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(leads)")}
        fts_columns = {row[1] for row in self._db.execute("PRAGMA table_info(leads_fts)")}
        keyword_index = self._db.execute("PRAGMA index_info(lead_keywords_by_lead)").fetchall()
        return (SCHEMA_OBJECTS <= names and set(EXTRA_COLUMNS) <= columns and fts_columns == set(FTS_COLUMNS)
                and len(keyword_index) >= 3)

    def _migrate(self) -> None:
        """Bring a database from an older rasad up to this schema, in place.

        The write lock is taken before the schema is read, so two processes opening the same new
        database at once do not both try to add the same column.
        """
        self._db.execute("BEGIN IMMEDIATE")
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(leads)")}
        fresh = not self._db.execute("SELECT 1 FROM leads LIMIT 1").fetchone()
        derived = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        with self._db:
            for name, kind in EXTRA_COLUMNS.items():
                if name not in columns:
                    self._db.execute(f"ALTER TABLE leads ADD COLUMN {name} {kind}")
            for name, indexed in INDEXED_COLUMNS.items():
                self._db.execute(f"CREATE INDEX IF NOT EXISTS leads_by_{name} ON leads({', '.join(indexed)})")
            if len(self._db.execute("PRAGMA index_info(lead_keywords_by_lead)").fetchall()) < 3:
                self._db.execute("DROP INDEX lead_keywords_by_lead")  # lead_rowid alone: before facets read it
                self._db.execute(KEYWORDS_BY_LEAD)
            fts_columns = {row[1] for row in self._db.execute("PRAGMA table_info(leads_fts)")}
            if fts_columns != set(FTS_COLUMNS) or (derived < DERIVED_VERSION and not fresh):
                self._rederive(reuse_terms={"terms", "exact"} <= fts_columns)
            self._db.execute(f"PRAGMA user_version = {DERIVED_VERSION}")

    def _rederive(self, reuse_terms: bool, batch: int = 1000) -> None:
        """Rebuild the FTS table, keywords and columns from the stored machine fields, batch by batch.

        The analysed terms are copied from the old FTS table when it has them: re-analysing every
        text is the slow part, and the analysis has not changed when only the filters have.
        """
        self._db.execute("DROP TABLE IF EXISTS leads_fts_next")
        self._db.execute(FTS_SCHEMA.format(name="leads_fts_next"))
        self._db.execute("DELETE FROM lead_keywords")
        old_terms = "f.terms, f.exact" if reuse_terms else "NULL, NULL"
        join = "LEFT JOIN leads_fts f ON f.rowid = l.rowid" if reuse_terms else ""
        last = 0
        while rows := self._db.execute(
            f"SELECT l.rowid, {old_terms}, {LEAD_COLUMNS} FROM leads l {join} WHERE l.rowid > ? "
            "ORDER BY l.rowid LIMIT ?", (last, batch)).fetchall():
            for rowid, terms, exact, *stored in rows:
                lead = self._lead_from_row(tuple(stored))
                if terms is None:
                    terms, exact = lead_terms(lead)
                self._db.execute("INSERT INTO leads_fts_next (rowid, terms, exact, filters) VALUES (?, ?, ?, ?)",
                                 (rowid, terms, exact, lead_tokens(lead)))
                self._write_derived(rowid, lead, fresh=True, terms=False)
            last = rows[-1][0]
        self._db.execute("DROP TABLE IF EXISTS leads_fts")
        self._db.execute("ALTER TABLE leads_fts_next RENAME TO leads_fts")

    # -- machine fields -------------------------------------------------------------------------

    def upsert(self, leads: Iterable[Lead]) -> BulkResult:
        """Write in chunks, one transaction each; a lead that fails costs only itself (savepoint)."""
        result = BulkResult()
        for chunk in chunked(leads, BULK_CHUNK):
            try:
                self._db.execute("BEGIN")
                for lead in chunk:
                    self._upsert_guarded(lead, result)
                self._db.commit()
            except sqlite3.OperationalError as exc:
                self._db.rollback()
                raise NotConfigured(f"cannot write to the lead database {self.path}: {exc}") from None
            except BaseException:
                self._db.rollback()
                raise
        return result

    def _upsert_guarded(self, lead: Lead, result: BulkResult) -> None:
        reason = invalid_reason(lead)
        if reason:
            result.failed.append((str(lead.id), reason))
            return
        self._db.execute("SAVEPOINT lead")
        try:
            self._upsert_one(lead)
        except (sqlite3.IntegrityError, sqlite3.InterfaceError, ValueError, TypeError) as exc:
            self._db.execute("ROLLBACK TO lead")
            result.failed.append((lead.id, f"{type(exc).__name__}: {exc}"[:300]))
        else:
            result.written += 1
        finally:
            self._db.execute("RELEASE lead")

    def _upsert_one(self, lead: Lead) -> None:
        machine = json.dumps(machine_fields(lead), ensure_ascii=False)
        row = self._db.execute(
            "INSERT INTO leads (id, machine) VALUES (?, ?) "
            "ON CONFLICT(id) DO UPDATE SET machine = excluded.machine RETURNING rowid",
            (lead.id, machine),
        ).fetchone()
        self._write_derived(row[0], lead, fresh=False)

    def _write_derived(self, rowid: int, lead: Lead, fresh: bool, terms: bool = True) -> None:
        """Columns, keywords and (unless ``terms`` is false) full-text terms derived from the machine fields."""
        lat, lon = lead.location if lead.location is not None else (None, None)
        self._db.execute(
            "UPDATE leads SET published_at = ?, lat = ?, lon = ?, score = ?, killed = ?, injured = ?, detained = ?, "
            "event_date = ? WHERE rowid = ?",
            (lead.published_at, lat, lon, lead.score, lead.killed, lead.injured, lead.detained, lead.event_date,
             rowid),
        )
        if not fresh:
            self._db.execute("DELETE FROM leads_fts WHERE rowid = ?", (rowid,))
            self._db.execute("DELETE FROM lead_keywords WHERE lead_rowid = ?", (rowid,))
        if terms:
            self._db.execute(
                "INSERT INTO leads_fts (rowid, terms, exact, filters) VALUES (?, ?, ?, ?)",
                (rowid, *lead_terms(lead), lead_tokens(lead)),
            )
        self._db.executemany(
            "INSERT INTO lead_keywords (lead_rowid, field, value) VALUES (?, ?, ?)",
            [(rowid, field, value) for field in KEYWORD_FIELDS for value in _keyword_values(lead, field)],
        )

    def get(self, lead_id: str) -> Lead | None:
        row = self._db.execute(f"SELECT {LEAD_COLUMNS} FROM leads l WHERE id = ?", (lead_id,)).fetchone()
        return self._lead_from_row(row) if row else None

    @staticmethod
    def _lead_from_row(row: tuple[Any, ...]) -> Lead:
        machine, status, assignee, notes, version = row
        data = json.loads(machine)
        data.update(status=status, assignee=assignee, notes=json.loads(notes), version=version)
        if data.get("location") is not None:
            data["location"] = tuple(data["location"])
        return Lead.from_dict(data)

    # -- search ---------------------------------------------------------------------------------
    #
    # Keyword filters and date ranges are tokens in the ``filters`` column of the FTS table
    # (rasad.store.filter_tokens), so one FTS5 match intersects words and filters from their posting
    # lists. Filters on columns that change without re-indexing or need ranges (status, assignee,
    # counts, bbox) are index-only rowid lists, intersected once and applied to the match with
    # ``+rowid`` (which keeps FTS5 from re-running the match once per candidate). bm25 gives the
    # ``filters`` column no weight, so filters narrow the matches without changing their scores.

    def _candidates(self, query: SearchQuery) -> list[int] | None:
        """Rowids passing every column filter, or None when the query has no such filter."""
        parts: list[str] = []
        params: list[object] = []
        for name, value in query.filters.items():
            field = FILTER_FIELDS[name]
            if field in COLUMN_FILTERS:
                parts.append(f"SELECT rowid FROM leads WHERE {field} = ?")
                params.append(value)
        for column, (low, high) in query.ranges.items():
            if column in DATE_CODES:
                continue
            bounds = [(f"{column} >= ?", low), (f"{column} < ?", high)]
            parts.append(f"SELECT rowid FROM leads WHERE {' AND '.join(c for c, v in bounds if v is not None)}")
            params += [v for _, v in bounds if v is not None]
        if query.bbox:
            top, left, bottom, right = query.bbox
            parts.append("SELECT rowid FROM leads WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?")
            params += [bottom, top, left, right]
        if not parts:
            return None
        return [row[0] for row in self._db.execute(" INTERSECT ".join(parts), params)]

    @staticmethod
    def _text_match(query: SearchQuery) -> str:
        column = "exact" if query.exact else "terms"
        return f"{column} : (" + " AND ".join('"' + term.replace('"', "") + '"' for term in query.terms) + ")"

    def _match(self, query: SearchQuery) -> str | None:
        """The FTS5 expression for the words and the token filters of ``query``, or None if it has neither."""
        keywords = {FILTER_FIELDS[name]: value for name, value in query.filters.items()
                    if FILTER_FIELDS[name] not in COLUMN_FILTERS}
        dates = {field: bounds for field, bounds in query.ranges.items() if field in DATE_CODES}
        spans = {field: self._span(field) for field in dates}
        clauses = list(match_clauses(keywords, dates, spans))  # type: ignore[arg-type]
        parts = ([self._text_match(query)] if query.terms else []) + (
            ["filters : (" + " AND ".join(clauses) + ")"] if clauses else [])
        return " AND ".join(parts) or None

    def _span(self, field: str) -> tuple[str | None, str | None]:
        """First and last value of a date column: two index probes (min and max in one SELECT would scan)."""
        first, last = self._db.execute(
            f"SELECT (SELECT min({field}) FROM leads), (SELECT max({field}) FROM leads)").fetchone()
        return first, last

    def search(self, query: SearchQuery) -> SearchResult:
        """Count, page and (if asked) facets of a query; the match runs once when facets are asked,
        twice (count, page) for a sorted page without them."""
        try:
            candidates = self._candidates(query)
            match = self._match(query)
            matched = self._matched(match, candidates)
            if query.terms and query.effective_sort == "relevance":
                ranked = self._db.execute(*self._matched(match, candidates, f"rowid, {BM25}")).fetchall()
                total, scored = len(ranked), self._ranked(query, ranked)
                if query.facets:
                    matched = self._rowid_set([rowid for rowid, _ in ranked])
            elif query.facets and matched[0] != ALL_LEADS:
                rowids = [rowid for (rowid,) in self._db.execute(*matched)]
                total, matched = len(rowids), self._rowid_set(rowids)
                scored = self._page(query, matched)
            else:
                total = len(candidates) if candidates is not None and match is None else self._count(matched)
                scored = self._page(query, matched)
            facets = self._facets(*matched) if query.facets else ()
            victims = self._victim_facets(*matched) if query.facets else ()
        except sqlite3.OperationalError as exc:
            raise NotConfigured(f"cannot read the lead database {self.path}: {exc}") from None
        hits = tuple(SearchHit(lead, score, evidence_highlights(lead, query)) for lead, score in scored)
        return SearchResult(total=total, hits=hits, facets=facets, victim_facets=victims)

    @staticmethod
    def _matched(match: str | None, candidates: list[int] | None, columns: str = "rowid") -> tuple[str, list[object]]:
        """SQL (and its parameters) giving the rowids that match, for count, page and facets (``columns``:
        what the FTS match selects, e.g. the rank too)."""
        within = [json.dumps(candidates)] if candidates is not None else []
        if match is not None:
            restrict = " AND +rowid IN (SELECT value FROM json_each(?))" if within else ""
            return f"SELECT {columns} FROM leads_fts WHERE leads_fts MATCH ?{restrict}", [match, *within]
        if within:
            return ROWID_SET, within
        return ALL_LEADS, []

    @staticmethod
    def _rowid_set(rowids: list[int]) -> tuple[str, list[object]]:
        """A matched set already read, as SQL for count, page and facets (they need not run the match again)."""
        return ROWID_SET, [json.dumps(rowids)]

    def _count(self, matched: tuple[str, list[object]]) -> int:
        sql, params = matched
        if sql == ALL_LEADS:
            return self.count()
        return int(self._db.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0])

    def _ranked(self, query: SearchQuery, ranked: list[tuple[int, float]]) -> list[tuple[Lead, float]]:
        """The page (rank, then id) from ``ranked``, the (rowid, bm25) of every match.

        Ids (the tie-break) are read only for the leads ranked up to the end of the page, ties included.
        """
        ranked.sort(key=lambda row: row[1])
        end = query.offset + query.limit
        head = ranked if end >= len(ranked) else [row for row in ranked if row[1] <= ranked[end - 1][1]]
        rank_of = dict(head)
        rows = self._db.execute(
            f"SELECT l.rowid, l.id, {LEAD_COLUMNS} FROM leads l WHERE l.rowid IN (SELECT value FROM json_each(?))",
            (json.dumps(list(rank_of)),),
        ).fetchall()
        rows.sort(key=lambda row: (rank_of[row[0]], row[1]))
        return [(self._lead_from_row(row[2:]), -float(rank_of[row[0]])) for row in rows[query.offset:end]]

    def _page(self, query: SearchQuery, matched: tuple[str, list[object]]) -> list[tuple[Lead, float]]:
        sql, params = matched
        where = "" if sql == ALL_LEADS else f"WHERE l.rowid IN ({sql})"
        rows = self._db.execute(
            f"SELECT {LEAD_COLUMNS} FROM leads l {where} ORDER BY {ORDERS[query.effective_sort]} LIMIT ? OFFSET ?",
            [*params, query.limit, query.offset],
        ).fetchall()
        return [(self._lead_from_row(row), 0.0) for row in rows]

    def _facets(self, sql: str, params: list[object]) -> tuple[FacetBucket, ...]:
        rows = self._db.execute(
            f"WITH m(rowid) AS MATERIALIZED ({sql}) "
            "SELECT t.value, r.value, substr(l.published_at, 1, 7), count(*) FROM m "
            "CROSS JOIN leads l ON l.rowid = m.rowid "
            "LEFT JOIN lead_keywords t INDEXED BY lead_keywords_by_lead "
            "ON t.lead_rowid = m.rowid AND t.field = 'incident_types' "
            "LEFT JOIN lead_keywords r INDEXED BY lead_keywords_by_lead ON r.lead_rowid = m.rowid AND r.field = 'regions' "
            "GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1, 2, 3 LIMIT ?",
            [*params, MAX_FACET_BUCKETS],
        ).fetchall()
        return sorted_facets(FacetBucket(t, r, m, int(n)) for t, r, m, n in rows)

    def _victim_facets(self, sql: str, params: list[object]) -> tuple[FacetCount, ...]:
        rows = self._db.execute(
            f"WITH m(rowid) AS MATERIALIZED ({sql}) SELECT v.value, count(*) FROM m "
            "JOIN lead_keywords v INDEXED BY lead_keywords_by_lead "
            "ON v.lead_rowid = m.rowid AND v.field = 'victim_categories' GROUP BY 1",
            params,
        ).fetchall()
        return sorted_counts(FacetCount(value, int(n)) for value, n in rows)

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM leads").fetchone()[0])

    def ids_starting_with(self, prefix: str) -> tuple[int, list[str]]:
        # ids are ASCII below DEL, so [prefix, prefix + DEL) is exactly the ids starting with it (index range)
        rows = self._db.execute(
            "SELECT id, count(*) OVER () FROM leads WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
            (prefix, prefix + "\x7f"),
        ).fetchall()
        return (int(rows[0][1]) if rows else 0), [row[0] for row in rows]

    def iter_leads(self) -> Iterator[Lead]:
        last = ""
        while True:
            rows = self._db.execute(
                f"SELECT {LEAD_COLUMNS}, l.id FROM leads l WHERE l.id > ? ORDER BY l.id LIMIT 1000", (last,)
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield self._lead_from_row(row[:5])
            last = rows[-1][5]

    # -- triage ---------------------------------------------------------------------------------

    def update_triage(self, lead_id: str, edit: TriageEdit, expected_version: int | None = None) -> Lead:
        lead = editable(lead_id, self.get(lead_id), expected_version)
        after = next_fields(lead, edit)
        event = make_event(lead, edit, after)
        try:
            with self._db:
                updated = self._db.execute(
                    "UPDATE leads SET status = ?, assignee = ?, notes = ?, version = ? WHERE id = ? AND version = ?",
                    (after["status"], after["assignee"], json.dumps(after["notes"], ensure_ascii=False),
                     after["version"], lead_id, lead.version),
                ).rowcount
                if updated != 1:
                    raise ConflictError(f"lead {lead_id} was changed by someone else meanwhile: try again")
                self._insert_event(event)
        except sqlite3.OperationalError as exc:
            raise NotConfigured(f"cannot write to the lead database {self.path}: {exc}") from None
        return Lead.from_dict({**lead.to_dict(), **after})

    def _insert_event(self, event: TriageEvent, ignore_existing: bool = False) -> None:
        verb = "INSERT OR IGNORE" if ignore_existing else "INSERT"
        self._db.execute(
            f"{verb} INTO triage_events (lead_id, version, actor, action, before, after, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (event.lead_id, int(event.after["version"]), event.actor, event.action,
             json.dumps(event.before, ensure_ascii=False), json.dumps(event.after, ensure_ascii=False), event.at),
        )

    def history(self, lead_id: str) -> list[TriageEvent]:
        rows = self._db.execute(
            "SELECT lead_id, actor, action, before, after, at FROM triage_events WHERE lead_id = ? ORDER BY version",
            (lead_id,),
        ).fetchall()
        return [self._event_from_row(row) for row in rows]

    @staticmethod
    def _event_from_row(row: tuple[Any, ...]) -> TriageEvent:
        lead_id, actor, action, before, after, at = row
        return TriageEvent(lead_id, actor, action, json.loads(before), json.loads(after), at)

    def iter_events(self) -> Iterator[TriageEvent]:
        cursor = self._db.execute(
            "SELECT lead_id, actor, action, before, after, at FROM triage_events ORDER BY lead_id, version"
        )
        for row in cursor:
            yield self._event_from_row(row)

    def restore_triage(self, events: Iterable[TriageEvent]) -> int:
        events = list(events)
        restored = 0
        with self._db:
            for event in events:
                self._insert_event(event, ignore_existing=True)
            for lead_id, fields in latest_fields(events).items():
                restored += self._db.execute(
                    "UPDATE leads SET status = ?, assignee = ?, notes = ?, version = ? WHERE id = ?",
                    (fields["status"], fields["assignee"], json.dumps(fields["notes"], ensure_ascii=False),
                     fields["version"], lead_id),
                ).rowcount
        return restored

    def close(self) -> None:
        self._db.close()
