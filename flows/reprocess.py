"""Re-run processing and NLP over the whole archive into a new index version, then swap to it.

Uses the store's own rebuild (``rasad.store.maintenance.rebuild``): on Elasticsearch/OpenSearch a
new concrete index behind the alias, filled from the archive, triage replayed, alias swapped in one
step; on SQLite a new database file swapped in by rename. The old index is kept. Returns the
store's one-line summary (counts and index names only).
"""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task

from flows.nightly import SEARCH_NODE_LIMIT
from rasad.settings import load_settings


@task(name="rebuild-index", timeout_seconds=6 * 3600, tags=["search-node"])
def rebuild_index(archive: str | None = None) -> str:
    from prefect.concurrency.sync import concurrency

    from rasad.store.maintenance import rebuild

    settings = load_settings()
    with concurrency(SEARCH_NODE_LIMIT, occupy=1, lease_duration=600, strict=False):
        return rebuild(settings, Path(archive) if archive else settings.archive_dir)


@flow(name="rasad-reprocess", persist_result=False)
def reprocess(archive: str | None = None) -> str:
    """Every capture in the archive -> documents -> annotations -> leads, into a fresh index version."""
    summary = rebuild_index(archive)
    get_run_logger().info("%s", summary)
    return summary
