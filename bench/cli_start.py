"""CLI start-up: wall time of `rasad --help` and `rasad search X` divided by `python -c "import trafilatura"`.

A monitor types `rasad search` many times a day; it should answer before an extraction library
has even finished importing. Each round runs the three commands one after the other, in an order
that rotates from round to round, each search with a query word not asked before (on a SQLite
store of 2,000 synthetic leads). Two warm-up rounds are discarded, so every side starts warm
(page cache, bytecode). The median round of each side is compared.
Run: .venv/bin/python -m bench.cli_start [ROUNDS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import Ratio, timed
from bench.store_synthetic import WORDS, synthetic_leads
from rasad.store.sqlite import SQLiteLeadStore

WARMUP = 2
RASAD = str(Path(sys.executable).with_name("rasad"))


def _run(argv: list[str], env: dict[str, str]) -> float:
    def call() -> None:
        subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    return timed(call)[1]


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    queries = sorted(set(WORDS))
    if rounds + WARMUP > len(queries):
        raise SystemExit(f"cli_start: at most {len(queries) - WARMUP} rounds (one new query word each)")
    with tempfile.TemporaryDirectory(prefix="rasad-cli-start-") as data_dir:
        with SQLiteLeadStore(Path(data_dir) / "rasad.db") as store:
            store.upsert(synthetic_leads(2_000))
        env = {**os.environ, "RASAD_DATA_DIR": data_dir}
        env.pop("RASAD_SEARCH_URL", None)
        times: dict[str, list[float]] = {"trafilatura": [], "help": [], "search": []}
        for n in range(rounds + WARMUP):
            commands = {
                "trafilatura": [sys.executable, "-c", "import trafilatura"],
                "help": [RASAD, "--help"],
                "search": [RASAD, "search", queries[n]],
            }
            names = list(commands)
            names = names[n % 3:] + names[:n % 3]  # rotate who goes first
            for name in names:
                seconds = _run(commands[name], env)
                if n >= WARMUP:
                    times[name].append(seconds)
    baseline = statistics.median(times["trafilatura"])
    for name, label in (("help", "rasad --help"), ("search", "rasad search X")):
        print(Ratio(f"{label} start", statistics.median(times[name]), baseline, "s", "<= 0.6").line())
    print(f"  (median of {rounds} rounds after {WARMUP} warm-up rounds; baseline: python -c 'import trafilatura'; "
          f"load average at the end {os.getloadavg()[0]:.2f})")


if __name__ == "__main__":
    main()
