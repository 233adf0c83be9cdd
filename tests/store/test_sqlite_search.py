"""The SQLite search (words, keyword filters and dates in one FTS5 match over filter tokens; triage
fields and the box as rowid lists) gives exactly what the plain one-WHERE-clause query over the
keyword table and the columns gives: same total, same order, same scores, same facets."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from bench.store_synthetic import synthetic_leads
from rasad.store.base import FILTER_FIELDS, FacetBucket, FacetCount, SearchQuery, sorted_counts, sorted_facets
from rasad.store.sqlite import LEAD_COLUMNS, ORDERS, SQLiteLeadStore
from rasad.triage import TriageEdit


def reference(store: SQLiteLeadStore, query: SearchQuery) -> tuple[
        int, list[tuple[str, float]], tuple[FacetBucket, ...], tuple[FacetCount, ...]]:
    """The straightforward query: one WHERE clause evaluated for the count, the page and the facets."""
    where, params = ["1"], []
    if query.terms:
        where.append("l.rowid IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)")
        params.append(store._text_match(query))
    for name, value in query.filters.items():
        field = FILTER_FIELDS[name]
        if field in ("status", "assignee"):
            where.append(f"l.{field} = ?")
        else:
            where.append("l.rowid IN (SELECT lead_rowid FROM lead_keywords WHERE field = ? AND value = ?)")
            params.append(field)
        params.append(value)
    for column, (low, high) in query.ranges.items():
        for op, bound in ((">=", low), ("<", high)):
            if bound is not None:
                where.append(f"l.{column} {op} ?")
                params.append(bound)
    if query.bbox:
        top, left, bottom, right = query.bbox
        where.append("l.lat BETWEEN ? AND ? AND l.lon BETWEEN ? AND ?")
        params += [bottom, top, left, right]
    clause, db = " AND ".join(where), store._db
    total = db.execute(f"SELECT count(*) FROM leads l WHERE {clause}", params).fetchone()[0]
    if query.effective_sort == "relevance":
        rows = db.execute(
            f"SELECT l.id, r.rank FROM leads l JOIN (SELECT rowid, bm25(leads_fts) AS rank FROM leads_fts "
            f"WHERE leads_fts MATCH ?) r ON r.rowid = l.rowid WHERE {clause} ORDER BY r.rank, l.id LIMIT ? OFFSET ?",
            [params[0], *params, query.limit, query.offset]).fetchall()
        page = [(lead_id, -float(rank)) for lead_id, rank in rows]
    else:
        rows = db.execute(f"SELECT l.id, {LEAD_COLUMNS} FROM leads l WHERE {clause} "
                          f"ORDER BY {ORDERS[query.effective_sort]} LIMIT ? OFFSET ?",
                          [*params, query.limit, query.offset]).fetchall()
        page = [(row[0], 0.0) for row in rows]
    facets = db.execute(
        f"WITH m AS (SELECT l.rowid AS rowid, substr(l.published_at, 1, 7) AS month FROM leads l WHERE {clause}) "
        "SELECT t.value, r.value, m.month, count(*) FROM m "
        "LEFT JOIN lead_keywords t ON t.lead_rowid = m.rowid AND t.field = 'incident_types' "
        "LEFT JOIN lead_keywords r ON r.lead_rowid = m.rowid AND r.field = 'regions' GROUP BY 1, 2, 3",
        params).fetchall()
    victims = db.execute(
        "SELECT v.value, count(*) FROM lead_keywords v WHERE v.field = 'victim_categories' "
        f"AND v.lead_rowid IN (SELECT l.rowid FROM leads l WHERE {clause}) GROUP BY 1", params).fetchall()
    return (total, page, sorted_facets(FacetBucket(t, r, m, int(n)) for t, r, m, n in facets),
            sorted_counts(FacetCount(v, int(n)) for v, n in victims))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> SQLiteLeadStore:
    opened = SQLiteLeadStore(Path(tmp_path_factory.mktemp("search")) / "rasad.db")
    assert opened.upsert(synthetic_leads(600, words=25)).failed == []
    for n, lead in enumerate(itertools.islice(opened.iter_leads(), 0, 60)):
        opened.update_triage(lead.id, TriageEdit("assign", "mon", "mon-a" if n % 2 else "mon-b"))
    return opened


ABSENT = "كلمة-غائبة"
TEXTS = ("", "قتل المدنيين", "اشتباكات", "قصف عشوائي", "civilians killed", ABSENT)
FILTERS = ({}, {"incident_type": "killing"}, {"incident_type": "torture", "region": "ly-region-tripoli"},
           {"place": "ly-sabha"}, {"status": "in_review"}, {"assignee": "mon-a", "incident_type": "shelling"},
           {"source": "src-3"}, {"language": "ar", "region": "ly-region-benghazi"}, {"victim": "child"},
           {"victim": "women", "cluster": "story-5", "incident_type": "killing"})
RANGES = ((None, None), ("2025-03-01", "2025-09-30"), ("2025-06-01", None), (None, "2025-02-15"))
OTHER_RANGES = ({}, {"min_killed": 3}, {"event_from": "2025-04-01", "event_to": "2025-04-30", "min_injured": 1},
                {"event_to": "2025-02-01"})
BOXES = (None, (33.0, 13.0, 32.7, 13.4))


@pytest.mark.parametrize("text", TEXTS)
def test_same_answers_as_the_one_clause_query(store: SQLiteLeadStore, text: str) -> None:
    checked = 0
    grid = itertools.product(FILTERS, RANGES, BOXES)
    for n, (filters, (date_from, date_to), bbox) in enumerate(grid):
        other = OTHER_RANGES[n % len(OTHER_RANGES)]
        for sort, offset in (("relevance", 0), ("newest", 0), ("score", 5), ("relevance", 10)):
            query = SearchQuery(text=text, filters=filters, date_from=date_from, date_to=date_to, bbox=bbox,
                                sort=sort, offset=offset, limit=15, facets=True, match_all=True, **other)
            result = store.search(query)
            total, page, facets, victims = reference(store, query)
            assert result.total == total, query
            assert [(hit.lead.id, hit.score) for hit in result.hits] == page, query
            assert result.facets == facets, query
            assert result.victim_facets == victims, query
            checked += total > 0
    assert (checked > 0) == (text != ABSENT)  # the grid really matched leads (except for the absent word)


@pytest.mark.parametrize(("text", "sort"), [("قتل المدنيين", "relevance"), ("اشتباكات", "newest"), ("", "score")])
def test_count_page_and_facets_come_from_one_match(store: SQLiteLeadStore, text: str, sort: str) -> None:
    """With facets asked, the FTS5 match runs once; count, page and both facet queries reuse its rowids."""
    statements: list[str] = []
    store._db.set_trace_callback(statements.append)
    try:
        result = store.search(SearchQuery(text=text, filters={"incident_type": "killing"}, date_from="2025-02-03",
                                          sort=sort, facets=True, limit=5))
    finally:
        store._db.set_trace_callback(None)
    assert result.total > 5 and result.facets and result.victim_facets
    assert sum("MATCH" in statement for statement in statements) == 1, statements
