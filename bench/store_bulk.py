"""rasad bulk indexing docs/s divided by a raw opensearch-py bulk of the identical kind of documents, same node.

Both sides send the same NDJSON update/upsert actions in chunks of 500 into fresh indices built
from the same templates, then refresh once. rasad's side includes everything it does per lead:
validation, term analysis (normalise + clitics + light stemming), serialisation and per-item checks;
the raw side gets the documents already serialised.
Fair to both sides: one unmeasured warm-up round of each side first (JVM JIT, index buffers, our
caches), then rounds that alternate which side goes first, and every pass gets leads never
indexed before (its own seed), so neither side updates documents the other just wrote.
The best round of each side is compared; the ratio of each round's two passes (run back to back,
so under the same load) and each side's client CPU are printed too, as the load on a shared machine
moves more between rounds than the two sides differ.
Run: scripts/search-node start; .venv/bin/python -m bench.store_bulk [N]
(RASAD_BENCH_SEARCH_URL picks another node, e.g. http://127.0.0.1:9274).

Measured 2026-12-05 20:09-20:20, N=10000, node on 9274, 2 cores shared with seven other engineers'
jobs; runs of this code and of 67d65d4 (before: json serialised the machine fields twice per lead, full
bulk answers) alternated:
- now:     0.75 (rounds 0.73-0.86; load 15.8), 0.95 (rounds 0.92-1.12; load 26.2); client CPU 1.9 s per pass
- 67d65d4: 0.94 (rounds 0.91-1.10; load 24.7), 0.84 (rounds 0.80-1.02; load 12.6); client CPU 2.3 s per pass
The ratio moves with the load more than between the two codes; what this round cut is rasad's own
CPU per lead (17 % less: 148 us instead of 180 us to build and serialise a lead's lines, of which
~120 us is the term analysis of nlp.normalize). Earlier runs of the previous version of this bench
(best of 3 only): 0.80, 0.80, 0.56; 19:36 today 0.73 (load 25) before this round, 0.72 and 0.99 after.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from itertools import count as counter

from opensearchpy import OpenSearch

from bench.common import Ratio, timed
from bench.store_synthetic import synthetic_leads
from rasad.store.base import BULK_CHUNK
from rasad.store.engine import EngineLeadStore, drop_prefix

ROUNDS = 3
URL = os.environ.get("RASAD_BENCH_SEARCH_URL", "http://127.0.0.1:9250")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    raw_prefix = f"benchraw-{uuid.uuid4().hex[:6]}"
    rasad_prefix = f"benchrasad-{uuid.uuid4().hex[:6]}"
    raw = OpenSearch(hosts=[URL], timeout=120)
    seeds = counter(100)
    runs: dict[str, list[float]] = {"rasad": [], "raw": []}
    cpu_s: dict[str, list[float]] = {"rasad": [], "raw": []}  # this process's CPU: ours is what we can cut
    try:
        with EngineLeadStore(URL, prefix=raw_prefix) as shape, EngineLeadStore(URL, prefix=rasad_prefix) as store:
            index = shape.alias

            def rasad_pass() -> Callable[[], None]:
                leads = list(synthetic_leads(count, seed=next(seeds)))

                def run() -> None:
                    result = store.upsert(leads)
                    assert result.written == count and not result.failed

                return run

            def raw_pass() -> Callable[[], None]:
                lines = [EngineLeadStore._update_lines(lead) for lead in synthetic_leads(count, seed=next(seeds))]
                payloads = ["".join(f"{a}\n{b}\n" for a, b in lines[i:i + BULK_CHUNK])
                            for i in range(0, count, BULK_CHUNK)]

                def run() -> None:
                    for payload in payloads:
                        response = raw.bulk(body=payload, index=index)
                        assert not response["errors"]
                    raw.indices.refresh(index=index)

                return run

            sides = {"rasad": rasad_pass, "raw": raw_pass}
            for prepare in sides.values():  # warm-up, not measured
                prepare()()
            for round_ in range(ROUNDS):
                for name in (("rasad", "raw") if round_ % 2 else ("raw", "rasad")):
                    run = sides[name]()
                    cpu = time.process_time()
                    runs[name].append(timed(run)[1])
                    cpu_s[name].append(time.process_time() - cpu)
        rasad_s, raw_s = min(runs["rasad"]), min(runs["raw"])
        paired = sorted(raw / ours for raw, ours in zip(runs["raw"], runs["rasad"], strict=True))
        print(Ratio("bulk index", count / rasad_s, count / raw_s, "docs/s", ">= 0.8").line())
        print(f"  ({count} new leads of ~120 words per pass; best of {ROUNDS} after a warm-up pass each: "
              f"rasad {rasad_s:.1f}s, raw client {raw_s:.1f}s; all rounds rasad "
              f"{[round(s, 1) for s in runs['rasad']]}, raw {[round(s, 1) for s in runs['raw']]}; "
              f"ratio per round (its two passes back to back) {[round(r, 2) for r in paired]}; "
              f"client CPU per pass rasad {statistics.median(cpu_s['rasad']):.1f}s, "
              f"raw {statistics.median(cpu_s['raw']):.1f}s; "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    finally:
        for prefix in (raw_prefix, rasad_prefix):
            drop_prefix(URL, prefix)
        raw.close()


if __name__ == "__main__":
    main()
