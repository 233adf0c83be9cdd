"""Search latency p50/p95 for filtered Arabic queries at N synthetic leads: SQLite now vs SQLite before,
side by side on the same database; optionally the node against its raw client.

    nice -n 10 .venv/bin/python -m bench.store_search 100000 [--db PATH] [--baseline REV] [--node URL]
                                                     [--queries 200] [--facets] [--grow]

The baseline is the SQLite search of git revision REV (default 67d65d4: one FTS5 match over words and
filter tokens, dates as days/months/years, the match run again for each facet query (and for the count
and the page of a sorted listing), SQLite's default 2 MiB page cache), loaded from git with that revision's filter-token module and
run on its own connection to the same file, opened as that revision opened it. Both sides are warmed
first; timed queries alternate which side goes first, and no query is run twice (each side gets its own
queries, drawn from the same mix: two Arabic words + incident type + region + a date range of 1-6
months, the last month to its 28th; ``--facets`` asks for facets too, as the search page does). Every
baseline answer is also checked against the current one on a shared set (equal results).
``--db`` keeps the database between runs (it is filled only when empty; ``--grow`` copies its leads up
to COUNT). ``--node URL`` also measures a search node: rasad's engine store against the raw
opensearch-py client sending the identical body.

Measured 2026-12-05 19:50-20:09, 2 cores shared with seven other engineers' jobs (absolute figures
move with the load; the ratios are the result). Database built once with
``--db /tmp/store-bench/100k.db`` (1M: a copy grown with ``--grow``); baseline 67d65d4:
- 100k leads, ``--queries 150`` (queries match 318..2145 leads, median 1190):
  load 8.6: now p50 32.2 ms, p95 50.8 ms; 67d65d4 p50 37.9, p95 60.6 -> ratio p50 0.85, p95 0.84.
  load 8.0: now p50 40.2 ms, p95 65.6 ms; 67d65d4 p50 49.6, p95 74.4 -> ratio p50 0.81, p95 0.88.
  load 18-20 (a memory map was on then, measured no faster): now p50 67.8-74.2 ms, p95 99.8-121.8 ms;
  ratio p50 0.84, p95 0.85-0.88.
- 100k with ``--facets --queries 100``: load 8.1: now p50 108.5 ms, p95 211.6 ms; 67d65d4 p50 140.9,
  p95 235.0 -> ratio p50 0.77, p95 0.90 (load 18: 0.66, 0.62). Then lead_keywords_by_lead was made
  covering (lead_rowid, field, value): on a copy of the database, per query p50 at load 16-20, the facet
  query 59.7 -> 37.7 ms, the victim facets 19.3 -> 10.8 ms. With it (the baseline uses the same
  index, by name, so the ratio understates it), load 9: now p50 100.6 ms, p95 235.0 ms; 67d65d4 p50
  138.6, p95 358.1. What is left of the facets: each matched row's month, as published_at is stored
  after the machine JSON and read through its overflow pages (~11 ms), and the type/region lookups.
- 1M leads, ``--queries 60`` (queries match 3180..21450 leads): load 9: now p50 522.8 ms, p95 847.8 ms;
  67d65d4 p50 534.9, p95 821.1 -> ratio p50 0.98, p95 1.03: no gain at 1M.
Where the time goes (one query at 100k, p50 of 40, load ~24, 67d65d4): the FTS5 match alone 27 ms;
with bm25 73 ms, of which 32 ms is bm25 counting, for its IDF, every row of every token's posting list
(the two words: 24 ms, as synthetic words are in ~92% of leads; the filter tokens the rest, weighted 0
but counted), ~12 ms the per-row score; reading the 20 leads 2 ms, building them 0.7 ms, highlighting
1.5 ms. So: fewer filter tokens (a month minus the days left out), the match run once for facets, a
64 MiB page cache (p50 ratio 0.87 alone, at load 20), covering keyword index for facets. The IDF pass is inside FTS5's bm25 and cannot be
given cached document frequencies; the score cannot be recomputed in Python either (term frequencies
would mean reading every matched row's terms: slower than bm25 itself).
The p95 < 50 ms aim at 100k was met only at the edge (50.8 ms at load 8.6), not under heavier load.
Before (same bench, a6d24ad baseline on a shared connection, load 7-10): now p50 41.8-56.6 ms, p95
64.7-88.6 ms at 100k; 1M p50 624.6 ms, p95 1090.5 ms (load 10-16).
Earlier (2026-11-25, quiet machine, previous code): 100k SQLite p50 73 ms / p95 83 ms, node 5.2 / 6.7 ms;
1M SQLite p50 972 ms / p95 1130 ms, node 15.1 / 22.7 ms.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from bench.common import peak_rss_mb
from bench.store_synthetic import PLACES, TYPES, WORDS, synthetic_leads
from rasad.store import LeadStore, SearchQuery
from rasad.store.sqlite import SQLiteLeadStore

REPO = Path(__file__).resolve().parents[1]
ARABIC_WORDS = tuple(dict.fromkeys(w for w in WORDS if not w.isascii()))
QUERIES = 200
WARM = 20
TOKENS_MODULE = "rasad.store.filter_tokens"


def query_mix(count: int, seed: int, facets: bool = False) -> list[SearchQuery]:
    """Distinct filtered Arabic queries: two words, a type, a region, 1-6 months of 2025 (and facets if asked)."""
    rng = random.Random(seed)
    seen: set[tuple[object, ...]] = set()
    out = []
    while len(out) < count:
        words = tuple(rng.sample(ARABIC_WORDS, 2))
        kind, region = rng.choice(TYPES), rng.choice(PLACES)[2]
        first = rng.randint(1, 12)
        last = min(12, first + rng.randint(0, 5))
        key = (words, kind, region, first, last)
        if key in seen:
            continue
        seen.add(key)
        out.append(SearchQuery(text=" ".join(words), filters={"incident_type": kind, "region": region},
                               date_from=f"2025-{first:02d}-01", date_to=f"2025-{last:02d}-28", limit=20,
                               facets=facets))
    return out


def module_at(revision: str, path: str, name: str) -> ModuleType | None:
    """The module in file ``path`` as it was at git ``revision`` (None if it did not exist), beside the current one."""
    shown = subprocess.run(["git", "-C", str(REPO), "show", f"{revision}:{path}"], check=False,
                           capture_output=True, text=True)
    if shown.returncode != 0:
        return None
    spec = importlib.util.spec_from_loader(name, loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    exec(compile(shown.stdout, f"{revision}:{path}", "exec"), module.__dict__)  # noqa: S102
    return module


def baseline_module(revision: str) -> ModuleType:
    """rasad/store/sqlite.py as it was at ``revision``, with the filter tokens module of that revision."""
    tokens = module_at(revision, "rasad/store/filter_tokens.py", "bench_baseline_filter_tokens")
    current = sys.modules.get(TOKENS_MODULE)
    if tokens is not None:
        sys.modules[TOKENS_MODULE] = tokens
    try:
        module = module_at(revision, "rasad/store/sqlite.py", "bench_baseline_sqlite")
    finally:
        if current is not None:
            sys.modules[TOKENS_MODULE] = current
    assert module is not None, f"no rasad/store/sqlite.py at {revision}"
    return module


def baseline_store(revision: str, current: SQLiteLeadStore) -> LeadStore:
    """The old search on its own connection to the same file, opened as that revision opened it (SQLite's
    default cache and no memory map unless it set them; its schema upgrade is not run: the data is shared)."""
    module = baseline_module(revision)
    cls = module.SQLiteLeadStore
    old = cls.__new__(cls)
    old.path, old._db = current.path, sqlite3.connect(current.path, check_same_thread=False)
    for pragma in getattr(module, "READ_PRAGMAS", ()):
        old._db.execute(f"PRAGMA {pragma}")
    return old  # type: ignore[no-any-return]


def percentiles(samples: list[float]) -> tuple[float, float]:
    cuts = statistics.quantiles(samples, n=100)
    return cuts[49], cuts[94]


def side_by_side(new: Callable[[SearchQuery], object], old: Callable[[SearchQuery], object],
                 queries: list[SearchQuery]) -> tuple[tuple[float, float], tuple[float, float]]:
    """Alternate which side runs first; each side gets every other query (no input is repeated)."""
    times: dict[str, list[float]] = {"new": [], "old": []}
    for k in range(len(queries) // 2):
        first, second = queries[2 * k], queries[2 * k + 1]
        runs = [("new", new, first), ("old", old, second)] if k % 2 == 0 else [("old", old, first),
                                                                                ("new", new, second)]
        for side, fn, query in runs:
            started = time.perf_counter()
            fn(query)
            times[side].append((time.perf_counter() - started) * 1000)
    return percentiles(times["new"]), percentiles(times["old"])


def report(name: str, new: tuple[float, float], old: tuple[float, float], old_name: str) -> None:
    print(f"{name}: p50 {new[0]:.1f} ms, p95 {new[1]:.1f} ms | {old_name} p50 {old[0]:.1f} ms, "
          f"p95 {old[1]:.1f} ms -> ratio p50 {new[0] / old[0]:.2f}, p95 {new[1] / old[1]:.2f}")


def fill(store: LeadStore, count: int) -> float:
    started = time.perf_counter()
    result = store.upsert(synthetic_leads(count))
    assert result.written == count, result.failed[:3]
    return time.perf_counter() - started


def grow(store: SQLiteLeadStore, count: int) -> float:
    """Copy the leads already stored (ids suffixed) until there are ``count``: SQL only, no re-analysis.

    For 1M leads in minutes rather than an hour: texts repeat, the mix of words, filters and dates
    (and so the posting-list sizes per lead) stays that of the synthetic set.
    """
    started = time.perf_counter()
    db = store._db
    base = store.count()
    top = int(db.execute("SELECT max(rowid) FROM leads").fetchone()[0])
    db.execute("CREATE TEMP TABLE seed_fts AS SELECT rowid AS r, terms, exact, filters FROM leads_fts")
    copy = 1
    while store.count() < count:
        take, offset, suffix = min(base, count - store.count()), copy * top, f"-{copy}"
        with db:
            db.execute("INSERT INTO leads (rowid, id, machine, status, assignee, notes, version, published_at, lat, "
                       "lon, score, killed, injured, detained, event_date) SELECT rowid + ?, id || ?, "
                       "json_set(machine, '$.id', id || ?), status, assignee, notes, version, published_at, lat, lon, "
                       "score, killed, injured, detained, event_date FROM leads WHERE rowid <= ? ORDER BY rowid "
                       "LIMIT ?", (offset, suffix, suffix, top, take))
            db.execute("INSERT INTO leads_fts (rowid, terms, exact, filters) SELECT r + ?, terms, exact, filters "
                       "FROM seed_fts ORDER BY r LIMIT ?", (offset, take))
            db.execute("INSERT INTO lead_keywords SELECT lead_rowid + ?, field, value FROM lead_keywords "
                       "WHERE lead_rowid IN (SELECT rowid FROM leads WHERE rowid <= ? ORDER BY rowid LIMIT ?)",
                       (offset, top, take))
        copy += 1
    db.execute("DROP TABLE seed_fts")
    return time.perf_counter() - started


def bench_sqlite(path: Path, count: int, revision: str, queries: int = QUERIES, grow_from: bool = False,
                 facets: bool = False) -> None:
    with SQLiteLeadStore(path) as store:
        if store.count() == 0:
            print(f"SQLite: {count} leads indexed in {fill(store, count):.0f}s")
        elif grow_from and store.count() < count:
            print(f"SQLite: grown from {store.count()} to {count} leads (copies) in {grow(store, count):.0f}s")
        old = baseline_store(revision, store)
        for query in query_mix(10, seed=1, facets=facets):  # the same answers (and so work) on both sides
            ours, theirs = store.search(query), old.search(query)
            assert ours == theirs, query
        warm = query_mix(WARM, seed=2, facets=facets)
        for query in warm:
            store.search(query)
            old.search(query)
        timed = query_mix(2 * queries, seed=3, facets=facets)
        totals = [store.search(q).total for q in timed[:20]]
        print(f"SQLite, {store.count()} leads; queries match {min(totals)}..{max(totals)} leads "
              f"(median {statistics.median(totals):.0f})")
        new, base = side_by_side(store.search, old.search, timed)
        report("SQLite search now" + (" (with facets)" if facets else ""), new, base, f"SQLite search at {revision}")
        old._db.close()


def bench_node(url: str, count: int, queries: int = QUERIES) -> None:
    from opensearchpy import OpenSearch

    from rasad.store.engine import EngineLeadStore, drop_prefix

    prefix = f"benchsearch-{uuid.uuid4().hex[:6]}"
    raw = OpenSearch(hosts=[url], timeout=120)
    try:
        with EngineLeadStore(url, prefix=prefix) as engine:
            print(f"node: {count} leads indexed in {fill(engine, count):.0f}s")
            raw.indices.forcemerge(index=engine.alias, max_num_segments=1)

            def raw_search(query: SearchQuery) -> None:
                body = {"query": engine._query(query), "from": 0, "size": query.limit, "track_total_hits": True,
                        "sort": ["_score", {"id": "asc"}], "_source": {"excludes": ["search_terms", "exact_terms"]}}
                raw.search(index=engine.alias, body=body)

            for query in query_mix(WARM, seed=2):
                engine.search(query)
                raw_search(query)
            new, base = side_by_side(engine.search, raw_search, query_mix(2 * queries, seed=3))
            report("node search (rasad)", new, base, "raw client, same body")
    finally:
        drop_prefix(url, prefix)
        raw.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench.store_search")
    parser.add_argument("count", type=int, nargs="?", default=100_000)
    parser.add_argument("--db", type=Path, help="keep the SQLite database here (filled only if empty)")
    parser.add_argument("--baseline", default="67d65d4", help="git revision of the SQLite search to compare")
    parser.add_argument("--node", metavar="URL", help="also measure this search node")
    parser.add_argument("--queries", type=int, default=QUERIES, help="timed queries per side")
    parser.add_argument("--facets", action="store_true", help="queries ask for facets too (as the search page does)")
    parser.add_argument("--grow", action="store_true",
                        help="with --db holding fewer leads: copy them (ids suffixed) up to COUNT instead of analysing "
                             "new ones")
    args = parser.parse_args(argv)
    if args.db:
        bench_sqlite(args.db, args.count, args.baseline, args.queries, args.grow, args.facets)
    else:
        with tempfile.TemporaryDirectory() as folder:
            bench_sqlite(Path(folder) / "rasad.db", args.count, args.baseline, args.queries, facets=args.facets)
    if args.node:
        bench_node(args.node, args.count, args.queries)
    print(f"peak RSS {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main(sys.argv[1:])
