"""Search latency p50/p95 for a filtered Arabic query at N synthetic leads, SQLite and the node.

Baseline for each backend, measured side by side: the node answering the identical request body
through the raw opensearch-py client (rasad's own layer = validation, analysis, highlighting,
record building), and for SQLite the bare FTS5 count of the same terms.
Run: scripts/search-node start; .venv/bin/python -m bench.store_search [N]   (default 100000)

Measured 2026-11-25, 2 shared cores (other jobs running, so absolute figures are noisy):
- SQLite, 100k leads, bench query (2 terms + 2 keyword filters + date range, ~2.6k hits), old vs new code
  alternating on the same database in one process: p50 384 -> 72 ms, p95 1150 -> 101 ms (ratio 0.19);
  text only (85k hits) p50 419 -> 251 ms; filters + newest p50 101 -> 48 ms; with facets the old query
  took ~60 s (the keyword join scanned the (field, value) index), now ~0.2-0.6 s.
  The filtered rowid set is computed once (INTERSECT of index-only lists), bm25 runs only over FTS
  matches inside it, and count, page and facets reuse it.
- This script, final code, 2026-11-25 (quiet machine for 100k, one other job for 1M):
  100k: SQLite p50 73.0 ms, p95 82.9 ms (bare FTS5 count 10.3/13.7 ms); node p50 5.2 ms, p95 6.7 ms
        (raw client 3.4/4.7 ms). Load: SQLite 59 s, node 36 s. (Previous code: SQLite p50/p95 556/739 ms.)
  1M:   SQLite p50 972 ms, p95 1130 ms (bare FTS5 count 94/100 ms); node p50 15.1 ms, p95 22.7 ms
        (raw client 13.0/18.3 ms). Load: SQLite 701 s, node 400 s. Peak RSS of this process 130 MB.
  Not profiled at 1M; the likely cost is the INTERSECT of the large filter lists (each filter alone
  matches a large share of the synthetic leads). Beyond ~100k leads, use a search node.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from opensearchpy import OpenSearch

from bench.common import peak_rss_mb
from bench.store_synthetic import synthetic_leads
from rasad.store import LeadStore, SearchQuery
from rasad.store.engine import EngineLeadStore, drop_prefix
from rasad.store.sqlite import SQLiteLeadStore

URL = os.environ.get("RASAD_BENCH_SEARCH_URL", "http://127.0.0.1:9250")
TEXTS = ("قتل المدنيين", "اشتباكات مسلحة", "اعتقال الصحفيين", "قصف عشوائي", "إصابة أطفال")
QUERIES = 200


def queries() -> list[SearchQuery]:
    return [SearchQuery(text=TEXTS[i % len(TEXTS)], filters={"incident_type": "killing", "region": "ly-region-tripoli"},
                        date_from="2025-03-01", date_to="2025-09-30", limit=20) for i in range(QUERIES)]


def percentiles(fn: Callable[[SearchQuery], object]) -> tuple[float, float]:
    samples = []
    for query in queries():
        started = time.perf_counter()
        fn(query)
        samples.append((time.perf_counter() - started) * 1000)
    cuts = statistics.quantiles(samples, n=100)
    return cuts[49], cuts[94]


def report(name: str, rasad: tuple[float, float], base: tuple[float, float], base_name: str) -> None:
    print(f"{name}: rasad p50 {rasad[0]:.1f} ms, p95 {rasad[1]:.1f} ms | {base_name} p50 {base[0]:.1f} ms, "
          f"p95 {base[1]:.1f} ms -> ratio p50 {rasad[0] / base[0]:.2f}, p95 {rasad[1] / base[1]:.2f}")


def fill(store: LeadStore, count: int) -> float:
    started = time.perf_counter()
    result = store.upsert(synthetic_leads(count))
    assert result.written == count, result.failed[:3]
    return time.perf_counter() - started


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder, SQLiteLeadStore(Path(folder) / "rasad.db") as sqlite:
        seconds = fill(sqlite, count)
        total = sqlite.search(queries()[0]).total
        db = sqlite._db

        def bare(query: SearchQuery) -> None:
            match = "terms : (" + " AND ".join(f'"{t}"' for t in query.terms) + ")"
            db.execute("SELECT count(*) FROM leads_fts WHERE leads_fts MATCH ?", (match,)).fetchone()

        print(f"SQLite: {count} leads indexed in {seconds:.0f}s; the query matches {total}")
        report("SQLite search", percentiles(sqlite.search), percentiles(bare), "bare FTS5 match count")
    prefix = f"benchsearch-{uuid.uuid4().hex[:6]}"
    raw = OpenSearch(hosts=[URL], timeout=120)
    try:
        with EngineLeadStore(URL, prefix=prefix) as engine:
            seconds = fill(engine, count)
            print(f"node: {count} leads indexed in {seconds:.0f}s; the query matches {engine.search(queries()[0]).total}")
            raw.indices.forcemerge(index=engine.alias, max_num_segments=1)

            def raw_search(query: SearchQuery) -> None:
                body = {"query": engine._query(query), "from": 0, "size": query.limit, "track_total_hits": True,
                        "sort": ["_score", {"id": "asc"}], "_source": {"excludes": ["search_terms", "exact_terms"]}}
                raw.search(index=engine.alias, body=body)

            percentiles(engine.search)  # warm caches on both sides alike
            report("node search", percentiles(engine.search), percentiles(raw_search), "raw client, same body")
    finally:
        drop_prefix(URL, prefix)
        raw.close()
    print(f"peak RSS {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
