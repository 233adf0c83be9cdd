"""Task policies, for real under Prefect: retries on transient errors only, per-host concurrency
limits, and a log grep that does find what a flow logs (the control for the privacy test)."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest

from rasad.errors import RetryableError
from rasad.fixture_site import NEWS_DIR, serve
from rasad.ledger import open_ledger
from tests.flows.conftest import PrefectApi, prefect_records_with


def attempts_until(failures: list[Exception]) -> int:
    """Run a task with the flows' retry policy (no delay) that raises ``failures`` in turn; count calls."""
    from prefect import flow, task

    from flows.nightly import TRANSIENT_RETRIES

    calls = []

    @task(**{**TRANSIENT_RETRIES, "retry_delay_seconds": 0, "retry_jitter_factor": None})
    def flaky() -> str:
        calls.append(1)
        if len(calls) <= len(failures):
            raise failures[len(calls) - 1]
        return "ok"

    @flow
    def once() -> str:
        return flaky()

    once(return_state=True)  # a failed flow returns its state instead of raising
    return len(calls)


def test_transient_errors_are_retried_and_others_are_not(prefect_api: PrefectApi) -> None:
    assert attempts_until([RetryableError("503"), RetryableError("timeout")]) == 3
    assert attempts_until([RetryableError("503")] * 5) == 3  # retries run out
    assert attempts_until([ValueError("a bug")]) == 1
    assert attempts_until([RetryableError("503"), KeyError("bad input")]) == 2


def test_sources_on_one_host_crawl_one_at_a_time(prefect_api: PrefectApi, data_dir: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from prefect.client.orchestration import get_client

    from flows.nightly import HOST_LIMIT_PREFIX, ensure_limits, nightly

    monkeypatch.setenv("RASAD_DATA_DIR", str(data_dir))
    monkeypatch.delenv("RASAD_SEARCH_URL", raising=False)
    ensure_limits(["127.0.0.1"])
    try:
        with serve(NEWS_DIR) as first, serve(NEWS_DIR) as second:
            nightly(sites=[f"site-a={first}/sitemap.xml", f"site-b={second}/sitemap.xml"], night="2026-11-22", workers=1,
                    crawl_settings={"AUTOTHROTTLE_ENABLED": False})
    finally:
        with get_client(sync_client=True) as client:
            client.delete_global_concurrency_limit_by_name(HOST_LIMIT_PREFIX + "127.0.0.1")
    with open_ledger(data_dir) as ledger:
        spans = sorted((datetime.fromisoformat(run.crawl_started or ""), datetime.fromisoformat(run.crawl_finished or ""))
                       for run in ledger.runs("2026-11-22"))
    assert len(spans) == 2
    assert spans[0][1] <= spans[1][0], f"crawls of one host overlapped: {spans}"


def test_the_privacy_grep_finds_what_a_flow_logs(prefect_api: PrefectApi) -> None:
    """Control: a marker logged at INFO by a task does reach the files the privacy test greps."""
    from prefect import flow, get_run_logger, task

    marker = f"rasad-log-marker-{threading.get_ident()}"

    @task
    def speak() -> None:
        get_run_logger().info("%s", marker)

    @flow
    def talk() -> None:
        speak()

    talk()
    assert marker in prefect_records_with(marker)
