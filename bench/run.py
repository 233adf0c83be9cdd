"""Run every benchmark module in bench/ (each has a ``main() -> list[Ratio]``) and print the ratios.

Usage: .venv/bin/python -m bench.run [module ...]    e.g.  python -m bench.run skeleton
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

from bench.common import Ratio

SKIP = {"run", "common", "sites"}


def main(argv: list[str]) -> int:
    names = argv or sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)]) if m.name not in SKIP)
    for name in names:
        module = importlib.import_module(f"bench.{name}")
        if not hasattr(module, "main"):
            continue
        print(f"== {name}", flush=True)
        results: list[Ratio] = module.main()
        for result in results:
            print(result.line(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
