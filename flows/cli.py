"""``rasad run`` (one night, locally, now) and ``rasad status`` (last nights, health of each source)."""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import sys
from collections.abc import Callable
from typing import Any

from rasad.errors import UserError
from rasad.settings import load_settings

Handler = Callable[[argparse.Namespace], int]


def add_run_parser(commands: Any, handler: Handler) -> None:
    run = commands.add_parser(
        "run", help="run tonight's crawl -> process -> index once, now, with progress (resumes a killed night)")
    run.add_argument("--site", action="append", default=[], metavar="[ID=]URL",
                     help="crawl this site (start URL: sitemap, feed or home page) instead of the registry; "
                          "repeatable")
    run.add_argument("--sources", metavar="FILE", help="a source registry other than crawlers/sources.yaml")
    run.add_argument("--source", action="append", default=[], metavar="ID", help="only this registry source")
    run.add_argument("--night", help="the night to run or resume (YYYY-MM-DD; default: today in Libya)")
    run.add_argument("--workers", type=int, default=2, help="NLP worker processes (default 2)")
    run.add_argument("--crawl-setting", action="append", default=[], metavar="KEY=VALUE",
                     help="a scrapy setting for this run, VALUE in JSON (e.g. AUTOTHROTTLE_ENABLED=false)")
    run.add_argument("--prefect-server", metavar="URL",
                     help="a running Prefect server (`prefect server start`, e.g. http://127.0.0.1:4200) instead "
                          "of a temporary one started for this run; PREFECT_API_URL does the same")
    run.set_defaults(handler=handler)


def add_status_parser(commands: Any, handler: Handler) -> None:
    status = commands.add_parser("status", help="the last nights and the health of each source")
    status.add_argument("--nights", type=int, default=3, help="how many nights to show (default 3)")
    status.set_defaults(handler=handler)


def _crawl_settings(pairs: list[str]) -> dict[str, Any]:
    settings: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise UserError(f"--crawl-setting needs KEY=VALUE, not {pair!r}")
        try:
            settings[key] = json.loads(value)
        except ValueError:
            settings[key] = value
    return settings


def prefect_environment(data_dir: str) -> None:
    """Keep Prefect's database and results with the data dir, and never let it call home.

    Call before Prefect is imported: its SDK telemetry starts at import and, from a terminal, sends
    events unless ``DO_NOT_TRACK`` is set (the server's analytics setting only gates it later, and
    an operator's own ``prefect server start`` may leave that on).
    """
    os.environ.setdefault("PREFECT_HOME", os.path.join(data_dir, "prefect"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_UI_ENABLED", "false")
    # The temporary API server may take well over Prefect's 20 s default to start on a busy machine.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")


def start_crawl_fork_server() -> None:
    """Start the crawl children's fork server now rather than at the first crawl.

    It imports scrapy and the spiders (``crawlers.run.CHILD_PRELOAD``) in its own process, on the
    other core, while this one imports Prefect, which takes about as long: the run's two start-up
    costs overlap instead of adding up, and the first crawl starts warm.
    """
    import multiprocessing
    import multiprocessing.forkserver

    from crawlers.run import CHILD_PRELOAD

    multiprocessing.get_context("forkserver").set_forkserver_preload(list(CHILD_PRELOAD))
    multiprocessing.forkserver.ensure_running()


class _KnownNoise(logging.Filter):
    """Drop two per-task Prefect warnings that say nothing to a monitor watching ``rasad run``:
    thread timeouts (the crawl child has its own, enforced timeout) and concurrency limits that a
    single local run does not create (deployments do)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not (message.startswith("Timeout of ") and "worker thread" in message) and not (
            message.startswith("Concurrency limits ") and message.endswith("do not exist - skipping acquisition."))


def run_command(args: argparse.Namespace) -> int:
    from flows.plans import resolve_plans
    from rasad.night import check_night

    settings = load_settings()
    settings.ensure_data_dir()
    crawl_settings = _crawl_settings(args.crawl_setting)
    night = check_night(args.night) if args.night else None
    if args.workers < 1:
        raise UserError("--workers must be at least 1")
    plans = resolve_plans(args.site, args.sources, args.source)  # bad input stops here, before Prefect
    if args.prefect_server:
        from flows.prefect_server import api_url, check_server

        os.environ["PREFECT_API_URL"] = api_url(args.prefect_server)
        check_server(os.environ["PREFECT_API_URL"])
    print(f"rasad run: {len(plans)} source(s) into {settings.data_dir}"
          + (f" (search: {settings.search_url})" if settings.search_url else ""), file=sys.stderr)
    prefect_environment(str(settings.data_dir.resolve()))
    from rasad import watchdog

    watchdog.start()  # a kill -9 of this process takes its crawl children, pool and Prefect server with it
    start_crawl_fork_server()  # after the watchdog, which then knows it; before Prefect's import, to overlap it
    from flows.nightly import NightIncomplete, nightly

    for handler in logging.getLogger("prefect").handlers:
        handler.addFilter(_KnownNoise())

    keep_out_of_gc()  # what the imports made lives as long as the run
    try:
        result = nightly(sites=args.site, registry=args.sources, source_ids=args.source, night=night,
                         workers=args.workers, crawl_settings=crawl_settings or None)
    except NightIncomplete as exc:
        print(f"rasad run: {exc}", file=sys.stderr)
        _print_night(settings, None)
        return 1
    finally:
        keep_out_of_gc()  # the process ends next: no collection over the whole heap on the way out
    _print_night(settings, result["night"])
    return 0


def keep_out_of_gc() -> None:
    """Move every object alive now out of the cyclic garbage collector's sight (``gc.freeze``).

    Prefect, pydantic and their clients leave a large heap in this process. Unfrozen, the
    collector walks all of it in every full collection and once more at interpreter exit, which
    alone took 1.4-2.8 s on a busy 2-core machine (0.1 s frozen). Frozen objects are still freed
    by reference counting; only cycles among them wait for the process to end, which is next.
    """
    gc.freeze()


def _print_night(settings: Any, night: str | None) -> None:
    from flows.report import night_report
    from rasad.ledger import open_ledger

    with open_ledger(settings.data_dir) as ledger:
        nights = [night] if night else ledger.nights(1)
        for name in nights:
            for line in night_report(ledger, name).text():
                print(line)


def status_command(args: argparse.Namespace) -> int:
    from flows.report import night_report, source_health
    from rasad.ledger import open_ledger

    settings = load_settings()
    if not settings.state_path.exists():
        raise UserError(f"no run ledger at {settings.state_path} yet: run `rasad run` first")
    with open_ledger(settings.data_dir) as ledger:
        for night in ledger.nights(args.nights):
            report = night_report(ledger, night)
            total = report.totals
            print(f"{night}: {total.state}, fetched {total.fetched}, new {total.new}, failed {total.failed}, "
                  f"leads {total.leads}; {report.footer()}")
        print()
        health = [source_health(ledger, source_id) for source_id in ledger.source_ids()]
        width = max([len(h.source_id) for h in health] + [6])
        print(f"{'source':<{width}}  {'last night':<10}  health")
        for item in health:
            print(f"{item.source_id:<{width}}  {item.last_night:<10}  {item.verdict}")
    return 0
