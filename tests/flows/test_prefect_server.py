"""``rasad run --prefect-server URL`` runs the night on a Prefect server that is already running
(no temporary server per run), and a wrong URL is one clear line before anything is crawled."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.flows.conftest import FAST_CRAWL, REPO, CountingServer, PrefectApi, run_env, site_args


def _rasad_run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "rasad.cli", "run", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=600, check=False)


def _nightly_runs() -> int:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowFilter, FlowFilterName

    with get_client(sync_client=True) as client:
        flows = FlowFilter(name=FlowFilterName(any_=["rasad-nightly"]))
        return len(client.read_flow_runs(flow_filter=flows, limit=200))


def test_run_uses_the_given_server(prefect_api: PrefectApi, news_sites: list[CountingServer], data_dir: Path) -> None:
    env = run_env(prefect_api, data_dir)
    del env["PREFECT_API_URL"]  # only the option says where the server is
    before = _nightly_runs()
    server = prefect_api.url.removesuffix("/api")  # the server's address, as an operator would type it
    done = _rasad_run([*FAST_CRAWL, *site_args(news_sites[:1]), "--prefect-server", server], env)
    assert done.returncode == 0, done.stderr[-3000:]
    assert _nightly_runs() == before + 1
    assert "done" in done.stdout


def test_unreachable_server_is_one_clear_error(prefect_api: PrefectApi, news_sites: list[CountingServer], data_dir: Path) -> None:
    env = run_env(prefect_api, data_dir)
    done = _rasad_run([*site_args(news_sites[:1]), "--prefect-server", "http://127.0.0.1:9"], env)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1].startswith("rasad run: error: no Prefect server answers at "
                                                            "http://127.0.0.1:9/api")
    assert "Traceback" not in done.stderr
    assert not (data_dir / "runs").exists()  # nothing started

    bad = _rasad_run([*site_args(news_sites[:1]), "--prefect-server", "127.0.0.1:4200"], env)
    assert bad.returncode == 2 and "needs an http(s) URL" in bad.stderr
