"""The nightly flow: per source, crawl in a child process, then process and index the batch.

Tasks pass only capture records (URLs, hashes, archive offsets) and counts between them:
article text and names never enter Prefect results or logs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from prefect import flow, get_run_logger, task

from rasad.night import crawl_stage, index_stage, process_stage, record_dead_letters
from rasad.records import Capture
from rasad.settings import load_settings


@task(retries=2, retry_delay_seconds=[10, 60], timeout_seconds=3600, persist_result=False)
def crawl_source(source_id: str, start_urls: Sequence[str], extra_settings: dict[str, Any] | None = None
                 ) -> list[dict[str, Any]]:
    captures = crawl_stage(start_urls, load_settings(), source_id, extra_settings)
    get_run_logger().info("source %s: %d pages archived", source_id, len(captures))
    return [capture.to_dict() for capture in captures]


@task(timeout_seconds=3600, persist_result=False)
def process_and_index(source_id: str, captures: list[dict[str, Any]]) -> dict[str, int]:
    settings = load_settings()
    batch = process_stage([Capture.from_dict(c) for c in captures], settings)
    bulk = index_stage(batch, settings)
    record_dead_letters(batch, bulk, settings)
    counts = {"pages": len(captures), "documents": len(batch.documents), "leads": bulk.written,
              "failed": len(batch.dead_letters) + len(bulk.failed)}
    get_run_logger().info("source %s: %s", source_id, counts)
    return counts


@flow(name="rasad-nightly", persist_result=False)
def nightly(sources: dict[str, list[str]], extra_settings: dict[str, Any] | None = None) -> dict[str, dict[str, int]]:
    """Run every source once; returns counts per source id."""
    summary: dict[str, dict[str, int]] = {}
    for source_id, start_urls in sources.items():
        captures = crawl_source(source_id, start_urls, extra_settings)
        summary[source_id] = process_and_index(source_id, captures)
    return summary
