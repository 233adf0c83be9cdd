"""One run of the whole pipeline for a list of sources: crawl -> archive -> process -> store.

Used directly by ``rasad demo`` and wrapped task by task by the Prefect flows.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from crawlers.run import crawl
from pipelines.batch import BatchResult, process_captures
from rasad.records import Capture
from rasad.settings import Settings
from rasad.store import BulkResult, open_store


@dataclass
class RunSummary:
    """Counts only: ids and numbers, never article text or names of people."""

    pages: int = 0
    documents: int = 0
    leads: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)
    top_places: list[tuple[str, int]] = field(default_factory=list)  # (gazetteer id, count)
    duration_s: float = 0.0
    store: str = ""

    def lines(self) -> list[str]:
        places = ", ".join(f"{place_id} ({count})" for place_id, count in self.top_places) or "none"
        return [
            f"pages archived: {self.pages}",
            f"documents: {self.documents}",
            f"leads written: {self.leads} ({self.store})",
            f"failed: {len(self.failed)}",
            f"top places: {places}",
            f"duration: {self.duration_s:.1f}s",
        ]


def crawl_stage(start_urls: Sequence[str], settings: Settings, source_id: str,
                extra_settings: dict[str, object] | None = None) -> list[Capture]:
    settings.ensure_data_dir()
    result = crawl(start_urls, settings.archive_dir, source_id=source_id,
                   log_dir=settings.data_dir / "logs", extra_settings=extra_settings)
    return list(result.captures)


def process_stage(captures: Sequence[Capture], settings: Settings) -> BatchResult:
    return process_captures(captures, settings.archive_dir)


def index_stage(batch: BatchResult, settings: Settings) -> BulkResult:
    with open_store(settings) as store:
        return store.upsert(batch.leads)


def record_dead_letters(batch: BatchResult, bulk: BulkResult, settings: Settings) -> None:
    """Append what could not be processed or indexed, with the reason, to dead_letters.jsonl."""
    rows = [{"url": d.url, "sha256": d.capture_sha256, "kind": d.kind, "reason": d.reason}
            for d in batch.dead_letters]
    rows += [{"lead_id": lead_id, "kind": "index", "reason": reason} for lead_id, reason in bulk.failed]
    if rows:
        with open(settings.data_dir / "dead_letters.jsonl", "a", encoding="utf-8") as out:
            out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def summarize(captures: Sequence[Capture], batch: BatchResult, bulk: BulkResult, settings: Settings,
              started: float) -> RunSummary:
    places = Counter(
        place_id
        for annotation in batch.annotations
        for place_id in {p.id for p in annotation.places if p.precision != "country"}
    )
    return RunSummary(
        pages=len(captures),
        documents=len(batch.documents),
        leads=bulk.written,
        failed=[(d.url, d.reason) for d in batch.dead_letters] + list(bulk.failed),
        top_places=places.most_common(5),
        duration_s=time.monotonic() - started,
        store=settings.search_url or str(settings.sqlite_path),
    )


def run_once(start_urls: Sequence[str], settings: Settings, source_id: str = "",
             extra_settings: dict[str, object] | None = None) -> RunSummary:
    started = time.monotonic()
    if settings.search_url:  # fail fast, before crawling, if the search engine is unusable
        open_store(settings).close()
    captures = crawl_stage(start_urls, settings, source_id, extra_settings)
    batch = process_stage(captures, settings)
    bulk = index_stage(batch, settings)
    record_dead_letters(batch, bulk, settings)
    return summarize(captures, batch, bulk, settings, started)
