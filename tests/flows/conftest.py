"""Prefect under test: a private PREFECT_HOME, no analytics, one harness server for the whole session,
and fixture news sites that count the requests they serve."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# Before anything imports prefect: nothing may be written to ~/.prefect, nothing may call home.
os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="rasad-prefect-home-")
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ["PREFECT_UI_ENABLED"] = "false"

from rasad.fixture_site import NEWS_DIR, FixtureServer

REPO = Path(__file__).resolve().parents[2]
FAST_CRAWL = ["--crawl-setting", "AUTOTHROTTLE_ENABLED=false", "--crawl-setting", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]


@dataclass(frozen=True)
class PrefectApi:
    url: str
    database: Path  # the harness's SQLite file
    home: Path  # PREFECT_HOME of this test session (results storage, logs)


@pytest.fixture(scope="session")
def prefect_api() -> Iterator[PrefectApi]:
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_DATABASE_CONNECTION_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        database = Path(PREFECT_SERVER_DATABASE_CONNECTION_URL.value().split("///", 1)[1])
        yield PrefectApi(str(PREFECT_API_URL.value()), database, Path(os.environ["PREFECT_HOME"]))


class CountingServer(FixtureServer):
    """The fixture site server, counting the requests it answers (to prove a source was not recrawled)."""

    def __init__(self, directory: Path) -> None:
        super().__init__(directory)
        self.requests = 0
        self._lock = threading.Lock()

    def finish_request(self, request: object, client_address: object) -> None:
        with self._lock:
            self.requests += 1
        super().finish_request(request, client_address)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def news_sites() -> Iterator[list[CountingServer]]:
    """The fixture news site on three ports: three sources with distinct URLs (so distinct lead ids)."""
    servers = [CountingServer(NEWS_DIR) for _ in range(3)]
    for server in servers:
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
        server.thread = thread
        thread.start()
    yield servers
    for server in servers:
        server.shutdown()
        server.server_close()


def site_args(servers: list[CountingServer]) -> list[str]:
    args = []
    for n, server in enumerate(servers):
        args += ["--site", f"news-{n}={server.base_url}/sitemap.xml"]
    return args


def run_env(api: PrefectApi, data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RASAD_", "PREFECT_"))}
    return {**env, "RASAD_DATA_DIR": str(data_dir), "PREFECT_API_URL": api.url, "PREFECT_HOME": str(api.home),
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PYTHONUNBUFFERED": "1"}


def start_run(args: list[str], api: PrefectApi, data_dir: Path, log: Path) -> subprocess.Popen[bytes]:
    """``rasad run ARGS`` in its own process group (so kill -9 takes the crawl child with it)."""
    with open(log, "ab") as out:
        return subprocess.Popen([sys.executable, "-m", "rasad.cli", "run", *args], cwd=REPO,
                                env=run_env(api, data_dir), stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)


def prefect_records() -> str:
    """Everything Prefect's API holds that could carry text: logs, artifacts, flow-run parameters
    and state messages, task-run state messages — as one JSON string to search."""
    from prefect.client.orchestration import get_client

    parts: list[object] = []
    with get_client(sync_client=True) as client:
        offset = 0
        while batch := client.read_logs(limit=200, offset=offset):
            parts += [log.message for log in batch]
            offset += len(batch)
        parts += [artifact.data for artifact in client.read_artifacts()]
        for run in client.read_flow_runs(limit=200):
            parts += [run.parameters, run.state.message if run.state else ""]
        parts += [run.state.message if run.state else "" for run in client.read_task_runs(limit=200)]
    return json.dumps(parts, ensure_ascii=False, default=str)


def prefect_records_with(needle: str, timeout_s: float = 30) -> str:
    """``prefect_records()`` once ``needle`` is in it: the API stores logs and states asynchronously."""
    deadline = time.monotonic() + timeout_s
    while needle not in (records := prefect_records()):
        assert time.monotonic() < deadline, f"{needle!r} never reached the Prefect API"
        time.sleep(0.5)
    return records
