"""The nightly flow: per source, crawl in a child process, then process, annotate and index.

Every step is keyed by (night, source) in the run ledger (``rasad.ledger``), never by the flow
run id: a night killed at any point and run again carries on where it stopped. Prefect adds the
supervision around it: retries with backoff on transient errors only, a timeout per task,
concurrency limits per host group and for the search node, per-source states in the UI, and a
summary artifact. Tasks return counts only and persist no result: the ledger is what resumes a
night, so a Prefect result store or cache would only add writes (and a second place holding state).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import TaskRun
from prefect.concurrency.sync import concurrency
from prefect.futures import PrefectFuture, as_completed
from prefect.states import State
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.tasks import Task, exponential_backoff

from flows.plans import resolve_plans
from flows.report import night_report
from pipelines.batch import WORKER_MODULES, BatchResult, process_captures
from pipelines.pool import worker_pool
from rasad.errors import RetryableError
from rasad.ledger import NightLock, open_ledger
from rasad.night import (
    SourcePlan,
    StageCounts,
    StageSchedule,
    check_night,
    close_interrupted_crawl,
    crawl_resumable,
    night_of,
    process_resumable,
    sources_to_resume,
)
from rasad.records import Capture
from rasad.settings import Settings, load_settings
from rasad.store import open_store

RETRIES = int(os.environ.get("RASAD_TASK_RETRIES", "2"))
RETRY_DELAY_S = float(os.environ.get("RASAD_RETRY_DELAY_S", "30"))  # then 60, 120... with jitter
CRAWL_TIMEOUT_S = float(os.environ.get("RASAD_CRAWL_TIMEOUT_S", "3600"))  # the child is killed at this point
PROCESS_TIMEOUT_S = float(os.environ.get("RASAD_PROCESS_TIMEOUT_S", "3600"))
HOST_LIMIT_PREFIX = "rasad-host-"  # one global concurrency limit per host group (default 1 slot)
SEARCH_NODE_LIMIT = "rasad-search-node"  # writers into the search node at once (default 2)
CRAWLS_AT_ONCE = 4  # crawl children at once (each mostly waits on its hosts)
PROCESSES_AT_ONCE = 2  # sources feeding the NLP pool at once: one indexes while the other keeps the pool busy

_pool: Executor | None = None  # the night's NLP process pool, shared by the process tasks


def only_transient(task: Task[Any, Any], task_run: TaskRun, state: State[Any]) -> bool:
    """Retry RetryableError (timeouts, 429/503, a node restarting); a bug or bad input fails at once."""
    return isinstance(state.data, RetryableError)


TRANSIENT_RETRIES: dict[str, Any] = {
    "retries": RETRIES,
    "retry_delay_seconds": exponential_backoff(backoff_factor=RETRY_DELAY_S),
    "retry_jitter_factor": 0.5,
    "retry_condition_fn": only_transient,
}
# The ledger, keyed by (night, source), resumes a night; a Prefect result or cache per task would
# only cost a write and a lookup per task (and keep counts in a second place).
NO_RESULTS: dict[str, Any] = {"persist_result": False, "cache_policy": NO_CACHE}


def _logged(counts: StageCounts, stage: str) -> dict[str, object]:
    get_run_logger().info("%s %s: %s", stage, counts.source_id,
                          ", ".join(f"{k}={v}" for k, v in counts.to_dict().items() if k != "source_id"))
    return counts.to_dict()


@task(name="crawl", task_run_name="crawl-{plan.source_id}", tags=["crawl"],
      timeout_seconds=CRAWL_TIMEOUT_S + 120, **TRANSIENT_RETRIES, **NO_RESULTS)
def crawl_source(night: str, plan: SourcePlan, crawl_settings: dict[str, Any] | None = None,
                 backfill_until: str | None = None) -> dict[str, object]:
    """Crawl one source in a child process, one host group at a time (a global concurrency limit)."""
    with concurrency(HOST_LIMIT_PREFIX + plan.host_group, occupy=1, lease_duration=60, strict=False):
        counts = crawl_resumable(load_settings(), night, plan, crawl_settings, timeout_s=CRAWL_TIMEOUT_S,
                                 backfill_until=backfill_until)
    return _logged(counts, "crawl")


def _process(captures: Sequence[Capture], archive_root: Path) -> BatchResult:
    return process_captures(captures, archive_root, _pool)


_index_lock = threading.Lock()  # one writer per process: the SQLite store is single-writer anyway


@contextmanager
def _search_node_slot() -> Iterator[None]:
    with _index_lock, concurrency(SEARCH_NODE_LIMIT, occupy=1, lease_duration=120, strict=False):
        yield


@task(name="process", task_run_name="process-{source_id}", tags=["process", "search-node"],
      timeout_seconds=PROCESS_TIMEOUT_S, **TRANSIENT_RETRIES, **NO_RESULTS)
def process_source(night: str, source_id: str) -> dict[str, object]:
    """Extract, annotate and build leads from the source's pending captures, then index them."""
    counts = process_resumable(load_settings(), night, source_id, _process, _search_node_slot)
    return _logged(counts, "process")


@task(name="recover", task_run_name="recover-{night}-{source_id}", timeout_seconds=PROCESS_TIMEOUT_S,
      **TRANSIENT_RETRIES, **NO_RESULTS)
def finish_earlier_night(night: str, source_id: str) -> dict[str, object]:
    """An earlier night stopped before this source was done: keep what it archived, process it."""
    settings = load_settings()
    recovered = close_interrupted_crawl(settings, night, source_id)
    counts = process_resumable(settings, night, source_id, _process, _search_node_slot)
    return _logged(StageCounts(**{**counts.to_dict(), "recovered": recovered}), f"recover {night}")


@task(name="alerts", **NO_RESULTS)
def notify_owners() -> dict[str, int]:
    """Saved searches and the severe-lead rule over the leads fetched since the last alerts run (counts only)."""
    from rasad.alerts.service import run_configured_alerts

    report = run_configured_alerts(load_settings())
    return {"new_leads": report.new_leads, "notifications": report.notifications,
            "emails_sent": report.emails_sent, "emails_failed": report.emails_failed}


def ensure_limits(host_groups: Sequence[str], host_slots: int = 1, search_slots: int = 2) -> None:
    """Create the global concurrency limits the tasks take slots from, unless an operator already did."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate
    from prefect.exceptions import ObjectNotFound

    wanted = {HOST_LIMIT_PREFIX + group: host_slots for group in host_groups} | {SEARCH_NODE_LIMIT: search_slots}
    with get_client(sync_client=True) as client:
        for name, limit in wanted.items():
            try:
                client.read_global_concurrency_limit_by_name(name)
            except ObjectNotFound:
                client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(name=name, limit=limit))


@contextmanager
def _night_pool(workers: int) -> Iterator[None]:
    global _pool
    with worker_pool(workers, WORKER_MODULES) as pool:
        _pool = pool
        try:
            yield
        finally:
            _pool = None


class NightIncomplete(RuntimeError):
    """Some sources did not finish; the next run of the same night picks them up."""


def run_sources(settings: Settings, night: str, plans: Sequence[SourcePlan], *, workers: int,
                crawl_settings: dict[str, Any] | None, backfill_until: str | None = None) -> dict[str, Any]:
    """The body shared by ``nightly`` and ``backfill``: crawl and process every plan, then report.

    Holds the night's lock throughout, so two runs never work on the same night at once.
    """
    with NightLock(settings.data_dir, night):
        return _run_locked(settings, night, plans, workers=workers, crawl_settings=crawl_settings,
                           backfill_until=backfill_until)


def _run_locked(settings: Settings, night: str, plans: Sequence[SourcePlan], *, workers: int,
                crawl_settings: dict[str, Any] | None, backfill_until: str | None) -> dict[str, Any]:
    logger = get_run_logger()
    started = time.monotonic()
    open_store(settings).close()  # fail fast if the search node is unusable; create or migrate the store once
    with open_ledger(settings.data_dir) as ledger:
        attempt = ledger.start_attempt(night)
        ledger.plan(night, [(plan.source_id, plan.host_group) for plan in plans])
    failed: dict[str, str] = {}
    with _night_pool(workers):
        earlier = [finish_earlier_night.submit(old_night, source_id)
                   for old_night, source_id in sources_to_resume(settings, night)]
        schedule = StageSchedule(plans, CRAWLS_AT_ONCE, PROCESSES_AT_ONCE)
        running: dict[PrefectFuture[Any], tuple[str, str]] = {}  # future -> (stage, source id)
        while schedule.busy:
            crawls, processes = schedule.start()
            for plan in crawls:
                running[crawl_source.submit(night, plan, crawl_settings, backfill_until)] = \
                    ("crawl", plan.source_id)
            for source_id in processes:
                running[process_source.submit(night, source_id)] = ("process", source_id)
            future = next(as_completed(list(running)))
            stage, source_id = running.pop(future)
            future.wait()  # makes .state the final state, not the API's eventually consistent view
            ok = future.state.is_completed()
            if not ok:
                failed[source_id] = f"{stage} {future.state.name}"
            if stage == "crawl":
                schedule.crawled(source_id, ok)
            else:
                schedule.processed(source_id)
        for future in earlier:
            future.wait()
            if not future.state.is_completed():
                logger.warning("an earlier night's source is still unfinished (%s): the next run retries it",
                               future.state.name)
    with open_ledger(settings.data_dir) as ledger:
        for source_id, reason in failed.items():
            ledger.fail(night, source_id, reason)
        ledger.finish_attempt(attempt, time.monotonic() - started)
        report = night_report(ledger, night)
    create_markdown_artifact(report.markdown(), key=f"rasad-night-{night}".lower(),
                             description=f"rasad night {night}: counts per source")
    for line in report.text():
        logger.info("%s", line)
    alerts = notify_owners.submit()
    alerts.wait()
    if not alerts.state.is_completed():
        logger.warning("alerts not sent (%s): the next run notifies from where this one stopped", alerts.state.name)
    if failed:
        raise NightIncomplete(f"night {night}: {len(failed)} source(s) did not finish: {', '.join(sorted(failed))}"
                              " (run again to resume)")
    return {"night": night, "sources": {line.source_id: line.__dict__ for line in report.lines}}


@flow(name="rasad-nightly", persist_result=False,
      task_runner=ThreadPoolTaskRunner(max_workers=CRAWLS_AT_ONCE + PROCESSES_AT_ONCE))
def nightly(sites: list[str] | None = None, registry: str | None = None, source_ids: list[str] | None = None,
            night: str | None = None, workers: int = 2, crawl_settings: dict[str, Any] | None = None,
            create_limits: bool = False) -> dict[str, Any]:
    """Crawl, process and index every enabled source for one night (default: tonight in Libya).

    ``sites`` are ad-hoc sites (``URL`` or ``ID=URL``); without them the registry is used.
    Running it again for the same night resumes: finished sources are not crawled again.
    """
    settings = load_settings()
    settings.ensure_data_dir()
    night = check_night(night) if night else night_of()
    plans = resolve_plans(sites or (), registry, source_ids or ())
    if create_limits:
        ensure_limits(sorted({plan.host_group for plan in plans}))
    return run_sources(settings, night, plans, workers=workers, crawl_settings=crawl_settings)
