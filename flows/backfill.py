"""Backfill: crawl sources back to a date (listing pages and channel history), then process and index.

The crawler walks back to ``until`` itself (``crawl(..., backfill_until=...)``); everything else is
the nightly flow's body, keyed in the ledger under a night of its own ("YYYY-MM-DD-backfill-UNTIL"),
so a killed backfill resumes like a killed night and never mixes with the regular nights' counts.
"""

from __future__ import annotations

from typing import Any

from prefect import flow
from prefect.task_runners import ThreadPoolTaskRunner

from flows.nightly import CRAWLS_AT_ONCE, PROCESSES_AT_ONCE, ensure_limits, run_sources
from flows.plans import resolve_plans
from rasad.night import check_night, night_of
from rasad.settings import load_settings


@flow(name="rasad-backfill", persist_result=False,
      task_runner=ThreadPoolTaskRunner(max_workers=CRAWLS_AT_ONCE + PROCESSES_AT_ONCE))
def backfill(until: str, sites: list[str] | None = None, registry: str | None = None,
             source_ids: list[str] | None = None, started: str | None = None, workers: int = 2,
             crawl_settings: dict[str, Any] | None = None, create_limits: bool = False) -> dict[str, Any]:
    """Crawl the chosen sources back to ``until`` (YYYY-MM-DD). Run it again with the same
    ``started`` date to resume a killed backfill."""
    settings = load_settings()
    settings.ensure_data_dir()
    until = check_night(until)
    label = f"{check_night(started) if started else night_of()}-backfill-{until}"
    plans = resolve_plans(sites or (), registry, source_ids or ())
    if create_limits:
        ensure_limits(sorted({plan.host_group for plan in plans}))
    return run_sources(settings, label, plans, workers=workers, crawl_settings=crawl_settings,
                       backfill_until=until)
