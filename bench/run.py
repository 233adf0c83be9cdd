"""Run benchmarks one after another, each in its own process, and print what each reports.

Every benchmark prints ratios against a baseline it measures side by side in the same run.
Usage: .venv/bin/python -m bench.run [name ...]     e.g.  python -m bench.run skeleton extract_speed
With no names it runs the quick ones (the memory, 1M-lead and 50-source benchmarks are run by hand).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
HELPERS = {"run", "common", "store_synthetic", "__init__"}
BY_HAND = {"collect_memory", "store_search", "night_sources"}  # minutes, gigabytes or a revision to compare


def available() -> list[str]:
    return sorted(p.stem for p in BENCH_DIR.glob("*.py") if p.stem not in HELPERS)


def main(argv: list[str]) -> int:
    names = argv or [name for name in available() if name not in BY_HAND]
    unknown = sorted(set(names) - set(available()))
    if unknown:
        print(f"bench.run: unknown benchmark {unknown[0]!r}; known: {', '.join(available())}", file=sys.stderr)
        return 2
    failed = 0
    for name in names:
        print(f"== {name}", flush=True)
        failed += subprocess.run([sys.executable, "-m", f"bench.{name}"], cwd=BENCH_DIR.parent, check=False).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
