"""A night of many sources through `rasad run`, this checkout's crawl code vs an earlier revision's.

    .venv/bin/python -m bench.night_sources BASELINE_REV [SOURCES] [COPIES]

The baseline is the same command with the ``crawlers`` package of ``BASELINE_REV`` put first on
PYTHONPATH (``git archive``), so only the crawl code differs: the flow, processing and indexing
are this checkout's. Each run crawls its own copies of the fixture news site (SOURCES sites of
22 x COPIES articles, text varied per run) into a fresh data dir, with the registry's default
per-host limit and no autothrottle; the sides alternate (baseline, ours, ours, baseline).
Prints wall seconds of each side and the ratio.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

from bench.common import Ratio
from bench.skeleton import replicate_site
from rasad.fixture_site import serve

REPO = Path(__file__).resolve().parents[1]


def night(tmp: Path, name: str, sources: int, copies: int, pythonpath: str | None) -> float:
    sites = []
    for n in range(sources):
        replicate_site(tmp / f"{name}-site{n}", copies, variant=f"{name}-")
        sites.append(tmp / f"{name}-site{n}")
    servers = [serve(site) for site in sites]
    bases = [server.__enter__() for server in servers]
    try:
        env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
        env.update(RASAD_DATA_DIR=str(tmp / f"{name}-data"), PREFECT_HOME=str(tmp / f"{name}-prefect"),
                   PREFECT_LOGGING_LEVEL="WARNING", PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="300")
        if pythonpath:
            env["PYTHONPATH"] = pythonpath
        expected = Path(pythonpath or REPO) / "crawlers" / "__init__.py"
        found = subprocess.run([sys.executable, "-c", "import crawlers; print(crawlers.__file__)"], cwd=tmp,
                               env=env, capture_output=True, text=True, check=True).stdout.strip()
        if Path(found) != expected:
            raise SystemExit(f"{name}: crawlers comes from {found}, not {expected}")
        command = [sys.executable, "-m", "rasad.cli", "run", "--night", "2026-11-24",
                   "--crawl-setting", "AUTOTHROTTLE_ENABLED=false",
                   *[arg for n, base in enumerate(bases) for arg in ("--site", f"s{n:02d}={base}/sitemap.xml")]]
        started = time.perf_counter()
        # Not from the checkout: `python -m` puts the working directory first on sys.path, which would
        # shadow the baseline's crawlers package.
        done = subprocess.run(command, cwd=tmp, env=env, capture_output=True, check=False)
        seconds = time.perf_counter() - started
    finally:
        for server in servers:
            server.__exit__(None, None, None)
    if done.returncode != 0:
        raise SystemExit(f"{name} night failed:\n{done.stderr.decode(errors='replace')[-3000:]}")
    return seconds


def main() -> None:
    rev = sys.argv[1]
    sources = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    copies = int(sys.argv[3]) if len(sys.argv) > 3 else 9
    times: dict[str, list[float]] = {"baseline": [], "ours": []}
    with tempfile.TemporaryDirectory(prefix="rasad-night-sources-") as tmp:
        old = Path(tmp) / "baseline-code"
        old.mkdir()
        archive = subprocess.run(["git", "archive", rev, "crawlers"], cwd=REPO, check=True, capture_output=True)
        with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
            tar.extractall(old, filter="data")
        for n, side in enumerate(("baseline", "ours", "ours", "baseline")):
            times[side].append(night(Path(tmp), f"{side}{n}", sources, copies,
                                     str(old) if side == "baseline" else None))
            print(f"{side}: {times[side][-1]:.0f} s", flush=True)
    print(Ratio(f"night of {sources} sources x {22 * copies} pages, crawl code now vs {rev} (best wall)",
                min(times["ours"]), min(times["baseline"]), "s", aim="< 1").line())
    print(f"  (all runs: {times}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")


if __name__ == "__main__":
    main()
