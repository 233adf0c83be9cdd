"""rasad bulk indexing docs/s divided by a raw opensearch-py bulk of the identical documents, same node.

Both sides send the same NDJSON update/upsert actions in chunks of 500 into fresh indices built
from the same templates, then refresh once. rasad's side includes everything it does per lead:
validation, term analysis (normalise + clitics + light stemming), serialisation and per-item checks;
the raw side gets the documents already serialised. Three rounds, alternating, each with new
leads (fresh inserts on both sides); the best round of each side is compared.
Run: scripts/search-node start; .venv/bin/python -m bench.store_bulk [N]
"""

from __future__ import annotations

import os
import sys
import uuid

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
    rasad_runs, raw_runs = [], []
    try:
        with EngineLeadStore(URL, prefix=raw_prefix) as shape, EngineLeadStore(URL, prefix=rasad_prefix) as store:
            index = shape.alias
            for seed in range(ROUNDS):
                leads = list(synthetic_leads(count, seed=seed))
                lines = [EngineLeadStore._update_lines(lead) for lead in leads]  # identical documents
                payloads = ["".join(f"{a}\n{b}\n" for a, b in lines[i:i + BULK_CHUNK])
                            for i in range(0, count, BULK_CHUNK)]
                del lines

                def raw_bulk(payloads: list[str] = payloads) -> None:
                    for payload in payloads:
                        response = raw.bulk(body=payload, index=index)
                        assert not response["errors"]
                    raw.indices.refresh(index=index)

                result, seconds = timed(lambda leads=leads: store.upsert(leads))  # type: ignore[misc]
                assert result.written == count and not result.failed
                rasad_runs.append(seconds)
                raw_runs.append(timed(raw_bulk)[1])
        rasad_s, raw_s = min(rasad_runs), min(raw_runs)
        print(Ratio("bulk index", count / rasad_s, count / raw_s, "docs/s", ">= 0.8").line())
        print(f"  ({count} new leads of ~120 words per round; best of {ROUNDS}: rasad {rasad_s:.1f}s, "
              f"raw client {raw_s:.1f}s; all rounds rasad {[round(s, 1) for s in rasad_runs]}, "
              f"raw {[round(s, 1) for s in raw_runs]})")
    finally:
        for prefix in (raw_prefix, rasad_prefix):
            drop_prefix(URL, prefix)
        raw.close()


if __name__ == "__main__":
    main()
