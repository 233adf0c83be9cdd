"""Prefect orchestration overhead: the nightly flow vs the same stages called directly, side by side.

One night of ~500 fixture articles (the fixture news site replicated, as in bench/skeleton.py),
crawled, processed (NLP over 2 worker processes in both cases) and indexed into SQLite, then the
alerts run (the flow's last task). Baseline: ``rasad.night.run_night`` then
``run_configured_alerts`` (the same stages, no orchestrator; the night alone is also printed,
as the baseline was before the flow ran the alerts). Measured: ``flows.nightly.nightly``
in this process against a Prefect server started beforehand (the ephemeral server's start-up is
printed separately: it is paid once per process, not per night). Rounds alternate; the best of each
is kept. Prints ratios (aim: flow / direct <= 1.10).

Second part (what an operator pays per night): whole processes, each on a fresh copy of the site
with its own text (``--copies`` of the articles, RASAD_BENCH_RUN_COPIES, default 10): ``rasad run``
against Prefect's temporary server, ``rasad run --prefect-server URL`` against a server started
once beforehand (``prefect server start``), and the baseline, the same night through
``rasad.night.run_night`` and the alerts in a plain process. One warm-up run of each, then rounds in rotating
order; the best of each is kept (aim: persistent server / direct <= 1.10).
RASAD_BENCH_PARTS picks the parts: inprocess,processes (default) or either alone.

Optional third part (RASAD_BENCH_MANY=1, or =only to skip the first): a night of S sources x A articles (default 50 x 200; set
RASAD_BENCH_SOURCES / RASAD_BENCH_ARTICLES) through ``rasad run`` in a subprocess, with wall time
and the peak of the summed RSS of the whole process tree.

    PREFECT_HOME=$(mktemp -d) .venv/bin/python -m bench.flows_overhead
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="rasad-bench-prefect-"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_UI_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
# The ephemeral server of part 1 may need far more than Prefect's 20 s default on a loaded 2-core box.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "300")

from bench.common import Ratio
from bench.skeleton import replicate_site
from rasad.fixture_site import serve
from rasad.night import SourcePlan, host_group_of, run_night
from rasad.settings import Settings

ARTICLES_COPIES = int(os.environ.get("RASAD_BENCH_COPIES", "23"))  # 22 articles x 23 copies = 506 pages
ROUNDS = int(os.environ.get("RASAD_BENCH_ROUNDS", "2"))
FAST = {"AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 8}
REPO = Path(__file__).resolve().parents[1]


def direct_night(data: Path, url: str) -> tuple[float, float]:
    """(wall seconds of the night and its alerts, of which the alerts), without an orchestrator."""
    from pipelines.batch import WORKER_MODULES, process_captures
    from pipelines.pool import worker_pool

    started = time.perf_counter()
    with worker_pool(2, WORKER_MODULES) as pool:
        run_night(Settings(data, None), "2026-11-24", [SourcePlan("bench", (url,), host_group_of(url))], FAST,
                  lambda captures, root: process_captures(captures, root, pool))
    night_done = time.perf_counter()
    from rasad.alerts.service import run_configured_alerts

    run_configured_alerts(Settings(data, None))
    return time.perf_counter() - started, time.perf_counter() - night_done


def flow_night(data: Path, url: str) -> float:
    from flows.nightly import nightly

    os.environ["RASAD_DATA_DIR"] = str(data)
    started = time.perf_counter()
    nightly(sites=[f"bench={url}"], night="2026-11-24", workers=2, crawl_settings=FAST)
    return time.perf_counter() - started


def leads_in(data: Path) -> int:
    from rasad.store import open_store

    with open_store(Settings(data, None)) as store:
        return store.count()


def overhead() -> list[Ratio]:
    from prefect import flow

    @flow
    def warm_up() -> None:
        """Starts the ephemeral server (once per process)."""

    started = time.perf_counter()
    warm_up()
    first_flow_s = time.perf_counter() - started
    started = time.perf_counter()
    warm_up()
    empty_flow_s = time.perf_counter() - started
    direct, alerts, orchestrated = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        pages = replicate_site(Path(tmp) / "site", ARTICLES_COPIES)
        with serve(Path(tmp) / "site") as base:
            url = f"{base}/sitemap.xml"
            for n in range(ROUNDS):
                whole, alerts_s = direct_night(Path(tmp) / f"direct-{n}", url)
                direct.append(whole)
                alerts.append(alerts_s)
                orchestrated.append(flow_night(Path(tmp) / f"flow-{n}", url))
                assert leads_in(Path(tmp) / f"direct-{n}") == leads_in(Path(tmp) / f"flow-{n}") > 0
    print(f"{pages} pages; direct runs {[f'{s:.1f}' for s in direct]} s (alerts {[f'{s:.1f}' for s in alerts]}),"
          f" flow runs "
          f"{[f'{s:.1f}' for s in orchestrated]} s; first flow in a process (ephemeral server start) "
          f"{first_flow_s:.1f} s, an empty flow {empty_flow_s:.2f} s")
    best = direct.index(min(direct))
    return [Ratio(f"nightly flow vs direct stages ({pages} articles, wall)", min(orchestrated), min(direct), "s",
                  aim="<= 1.10"),
            Ratio("nightly flow vs the direct night without its alerts", min(orchestrated),
                  min(direct) - alerts[best], "s", aim="informative: the baseline before the flow ran alerts"),
            Ratio("ephemeral Prefect start-up vs the direct night", first_flow_s, min(direct), "s",
                  aim="informative: paid once per process")]


DIRECT_NIGHT = """
import sys
import time
from pathlib import Path
from pipelines.batch import WORKER_MODULES, process_captures
from pipelines.pool import worker_pool
from rasad.night import SourcePlan, host_group_of, run_night
from rasad.settings import Settings
data, url = Path(sys.argv[1]), sys.argv[2]
with worker_pool(2, WORKER_MODULES) as pool:
    run_night(Settings(data, None), "2026-11-24", [SourcePlan("bench", (url,), host_group_of(url))],
              {"AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 8},
              lambda captures, root: process_captures(captures, root, pool))
started = time.perf_counter()
from rasad.alerts.service import run_configured_alerts
run_configured_alerts(Settings(data, None))
print(f"alerts_s={time.perf_counter() - started}")
"""


def _prefect_server(home: Path, port: int) -> subprocess.Popen[bytes]:
    import urllib.request

    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    server = subprocess.Popen([str(Path(sys.executable).with_name("prefect")), "server", "start", "--host",
                               "127.0.0.1", "--port", str(port), "--no-ui"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2):
                return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise SystemExit("bench: the Prefect server did not start in 180 s")


def processes() -> list[Ratio]:
    import socket

    copies = int(os.environ.get("RASAD_BENCH_RUN_COPIES", "10"))
    rounds = int(os.environ.get("RASAD_BENCH_RUN_ROUNDS", "2"))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    run = [sys.executable, "-m", "rasad.cli", "run", "--night", "2026-11-24", "--crawl-setting",
           "AUTOTHROTTLE_ENABLED=false", "--crawl-setting", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]
    times: dict[str, list[float]] = {"direct": [], "temporary": [], "persistent": []}
    alerts: list[float] = []  # of each direct run
    with tempfile.TemporaryDirectory() as tmp:
        server = _prefect_server(Path(tmp) / "prefect-server", port)
        try:
            env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
            # On a loaded 2-core box the temporary server may need longer than Prefect's 20 s default
            # to start; the bench measures that cost rather than failing on it.
            env["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] = "300"
            for n in range(rounds + 1):  # round 0 warms every side up and is not counted
                order = list(times)[n % 3:] + list(times)[:n % 3]
                for side in order:
                    site = Path(tmp) / f"site-{side}-{n}"
                    pages = replicate_site(site, copies, variant=f"{side}{n}-")
                    data = Path(tmp) / f"data-{side}-{n}"
                    with serve(site) as base:
                        url = f"{base}/sitemap.xml"
                        if side == "direct":
                            command = [sys.executable, "-c", DIRECT_NIGHT, str(data), url]
                        else:
                            command = [*run, "--site", f"bench={url}"]
                            if side == "persistent":
                                command += ["--prefect-server", f"http://127.0.0.1:{port}"]
                        side_env = {**env, "RASAD_DATA_DIR": str(data),
                                    "PREFECT_HOME": str(Path(tmp) / f"prefect-{side}-{n}")}
                        started = time.perf_counter()
                        done = subprocess.run(command, cwd=REPO, env=side_env, capture_output=True, check=False)
                        seconds = time.perf_counter() - started
                    if done.returncode != 0:
                        raise SystemExit(f"{side} run failed:\n{done.stderr.decode(errors='replace')[-3000:]}")
                    if leads_in(data) == 0:
                        raise SystemExit(f"{side} run indexed no lead")
                    if n:
                        times[side].append(seconds)
                        if side == "direct":
                            alerts.append(float(done.stdout.decode().rsplit("alerts_s=", 1)[1]))
        finally:
            server.terminate()
            server.wait(timeout=60)
    print(f"{pages} pages per night; wall seconds per round: "
          + ", ".join(f"{side} {[round(s, 1) for s in runs]}" for side, runs in times.items())
          + f" (alerts in direct {[round(s, 1) for s in alerts]})"
          + f"; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    direct = min(times["direct"])
    night_only = direct - alerts[times["direct"].index(direct)]
    return [Ratio(f"rasad run, persistent Prefect server vs direct night ({pages} pages, wall)",
                  min(times["persistent"]), direct, "s", aim="<= 1.10"),
            Ratio("rasad run, persistent Prefect server vs the direct night without its alerts",
                  min(times["persistent"]), night_only, "s", aim="informative: the baseline before the flow ran alerts"),
            Ratio(f"rasad run, temporary Prefect server vs direct night ({pages} pages, wall)",
                  min(times["temporary"]), direct, "s", aim="informative: the default without a server")]


def _tree_rss_mb(root: int) -> float:
    """Summed RSS of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        children.setdefault(int(fields["PPid"].strip()), []).append(int(entry.name))
        rss[int(entry.name)] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack += children.get(pid, [])
    return total / 1024


def run_sampled(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall seconds, peak summed RSS of the process tree in MB, output) of one command."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    peak = [0.0]

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], _tree_rss_mb(process.pid))
            time.sleep(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output = process.communicate()[0].decode(errors="replace")
    wall = time.perf_counter() - started
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{command[3:5]} failed:\n{output[-3000:]}")
    return wall, peak[0], output


def many_sources() -> list[Ratio]:
    sources = int(os.environ.get("RASAD_BENCH_SOURCES", "50"))
    articles = int(os.environ.get("RASAD_BENCH_ARTICLES", "200"))
    run = [sys.executable, "-m", "rasad.cli", "run", "--night", "2026-11-24", "--crawl-setting",
           "AUTOTHROTTLE_ENABLED=false"]
    with tempfile.TemporaryDirectory() as tmp:
        pages = replicate_site(Path(tmp) / "site", max(1, round(articles / 22)))
        servers = [serve(Path(tmp) / "site") for _ in range(sources)]
        bases = [server.__enter__() for server in servers]
        try:
            env = {**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING",
                   "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}  # a loaded box starts it slowly
            env.pop("PREFECT_API_URL", None)
            # Baseline: one source of the same size, run the same way.
            one_s, one_mb, _ = run_sampled([*run, "--site", f"one={bases[0]}/sitemap.xml"],
                                           {**env, "RASAD_DATA_DIR": str(Path(tmp) / "one")})
            sites = [arg for n, base in enumerate(bases) for arg in ("--site", f"s{n:02d}={base}/sitemap.xml")]
            wall, peak, output = run_sampled([*run, *sites], {**env, "RASAD_DATA_DIR": str(Path(tmp) / "many")})
            print("\n".join(output.splitlines()[-3:]))
        finally:
            for server in servers:
                server.__exit__(None, None, None)
    print(f"{sources} sources x {pages} pages: wall {wall:.0f} s, peak RSS of the process tree {peak:.0f} MB "
          f"(one source: {one_s:.0f} s, {one_mb:.0f} MB)")
    return [Ratio(f"{sources} sources x {pages} pages vs 1 source (wall, 2 cores)", wall, one_s, "s",
                  aim=f"informative: {sources}x the work"),
            Ratio(f"peak RSS, {sources} sources vs 1 source", peak, one_mb, "MB",
                  aim="informative: 4 crawls at once")]


def main() -> list[Ratio]:
    parts = os.environ.get("RASAD_BENCH_PARTS", "inprocess,processes").split(",")
    if os.environ.get("RASAD_BENCH_MANY") == "only":
        parts = []
    ratios = overhead() if "inprocess" in parts else []
    if "processes" in parts:
        ratios += processes()
    if os.environ.get("RASAD_BENCH_MANY"):
        ratios += many_sources()
    return ratios


if __name__ == "__main__":
    for ratio in main():
        print(ratio.line())
