"""One run of the whole pipeline for a list of sources: crawl -> archive -> process -> store.

Used directly by ``rasad demo`` and wrapped task by task by the Prefect flows.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Self
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from crawlers.run import DATA_FILE_EXIT, CrawlResult, crawl
from crawlers.sources import Source
from crawlers.spidermiddlewares import CALLBACK_ERROR
from pipelines.archive import UnclosedWarc
from pipelines.batch import BatchResult, process_captures
from rasad.errors import DataFileError, RetryableError, UserError
from rasad.ledger import CRAWL_FAILED, Failure, Ledger, NightLock, open_ledger
from rasad.records import Capture
from rasad.settings import Settings
from rasad.store import BulkResult, open_store

log = logging.getLogger(__name__)


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
    return list(result.to_process)


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


# -- resumable stages: the same stages, keyed by (night, source) in the run ledger -----------------
#
# The Prefect flows (flows/nightly.py) call these, one per task; ``run_night`` calls them directly
# (the baseline of bench/flows_overhead.py). A night killed at any point and run again finds each
# source's state in the ledger: crawled sources are not crawled again, captures archived by an
# interrupted crawl are recovered from its kept manifests, and processing is all-or-nothing per
# source (lead ids are deterministic, so indexing a batch twice writes no duplicate).

NIGHT_TIMEZONE = "Africa/Tripoli"


def night_of(moment: datetime | None = None) -> str:
    """The night a run belongs to: its start date in Libya (YYYY-MM-DD)."""
    return (moment or datetime.now(UTC)).astimezone(ZoneInfo(NIGHT_TIMEZONE)).date().isoformat()


def check_night(night: str) -> str:
    try:
        return date.fromisoformat(night).isoformat()
    except ValueError:
        raise UserError(f"night must be a date like 2026-11-25, not {night!r}") from None


@dataclass(frozen=True)
class SourcePlan:
    """What to crawl for one source tonight: its id, start URLs, host group and registry entry."""

    source_id: str
    start_urls: tuple[str, ...]
    host_group: str
    source: Source | None = None


def host_group_of(url: str) -> str:
    """Sources on the same host share politeness limits (www. and the port do not matter)."""
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


@dataclass(frozen=True)
class StageCounts:
    """What a resumable stage did (ids and counts only: safe for Prefect results and logs)."""

    source_id: str
    skipped: bool = False  # already done by an earlier run of the same night
    recovered: int = 0  # captures of an interrupted crawl found in its kept manifests
    fetched: int = 0
    documents: int = 0
    leads: int = 0
    failed: int = 0

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def run_dir(settings: Settings, night: str, source_id: str) -> Path:
    return settings.data_dir / "runs" / night / source_id


class ManifestKeeper:
    """Hard-links the crawl child's manifest files as soon as they appear in the run dir.

    ``crawl()`` reads and deletes its manifests when the child exits; if this process is killed
    between that moment and the ledger commit, the links still hold every capture line, and the
    next run recovers them (the seen-store would otherwise keep the crawler from fetching them again).
    """

    CAPTURE_SUFFIXES = (".manifest.jsonl", ".posts.jsonl")  # lines are Capture records
    WARC_LIST_SUFFIX = ".warcs.jsonl"  # the WARC files the child opened, each named before it was opened
    SUFFIXES = (*CAPTURE_SUFFIXES, WARC_LIST_SUFFIX, ".failures.jsonl")

    def __init__(self, directory: Path, interval_s: float = 0.05) -> None:
        self.directory = directory
        self.kept = directory / "kept"
        self.interval_s = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="manifest-keeper", daemon=True)

    def __enter__(self) -> Self:
        self.kept.mkdir(parents=True, exist_ok=True)
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        while True:
            self.link_new()
            if self._stop.wait(self.interval_s):
                return

    def link_new(self) -> None:
        for path in self.directory.iterdir():
            if path.name.endswith(self.SUFFIXES) and not (self.kept / path.name).exists():
                with contextlib.suppress(FileNotFoundError, FileExistsError):
                    os.link(path, self.kept / path.name)

    def _files(self, suffixes: tuple[str, ...]) -> list[Path]:
        """Kept links, plus files left behind by a crawl child that outlived its parent."""
        found = {p.name: p for folder in (self.directory, self.kept) if folder.exists()
                 for p in folder.glob("*.jsonl") if p.name.endswith(suffixes)}
        return sorted(found.values())

    def manifests(self) -> list[Path]:
        return self._files(self.CAPTURE_SUFFIXES)

    def warc_files(self) -> list[str]:
        """The WARC files the crawl child opened (relative to the archive root), oldest first."""
        names = []
        for path in self._files((self.WARC_LIST_SUFFIX,)):
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    names.append(str(json.loads(line)["file"]))
                except (ValueError, KeyError, TypeError):
                    continue  # a line torn by a kill: its file was never opened
        return list(dict.fromkeys(names))

    def clear(self) -> None:
        """Forget the crawl's files once the ledger holds their captures."""
        for folder in (self.directory, self.kept):
            if folder.exists():
                for path in folder.glob("*.jsonl"):
                    path.unlink(missing_ok=True)


def read_manifest(path: Path) -> list[Capture]:
    """Complete lines of a (possibly cut-off) manifest; a torn last line was never seen-stored."""
    captures = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            captures.append(Capture.from_dict(json.loads(line)))
        except (ValueError, TypeError):
            continue
    return captures


def recover_kept(settings: Settings, ledger: Ledger, night: str, source_id: str, keeper: ManifestKeeper) -> int:
    """Recover an interrupted crawl from its kept files (``recover_crawl``); how many captures were new."""
    reported = [capture for path in keeper.manifests() for capture in read_manifest(path)]
    return recover_crawl(settings, ledger, night, source_id, reported, keeper.warc_files())


def recover_crawl(settings: Settings, ledger: Ledger, night: str, source_id: str, reported: Sequence[Capture],
                  warc_files: Sequence[str]) -> int:
    """Take the captures of a crawl that did not end cleanly into the ledger; how many were new.

    ``reported``: the lines of its manifests. The crawl child writes a WARC record, then its
    manifest line, then its seen-store entry. A kill after the record leaves it in a file the child
    never closed, unknown to the manifest: each such file (``warc_files``, the child's list of the
    files it opened) is scanned, its whole records past the last reported one are adopted, and it is
    closed, a torn tail moved aside and recorded as a crawl failure. Article pages are seen-stored,
    or the next night would fetch them again. The ledger commits before any file is closed, so a
    recovery killed half-way is done again by the next run (recording a capture twice is harmless).
    """
    with contextlib.ExitStack() as claims:
        unclosed = [warc for name in warc_files
                    if (warc := claims.enter_context(UnclosedWarc.claim(settings.archive_dir, name))) is not None]
        salvages = [(warc, warc.scan(reported)) for warc in unclosed]
        captures = [*reported, *(capture for _, salvage in salvages for capture in salvage.adopted)]
        losses = [Failure("crawl", f"{salvage.file}@{salvage.whole_bytes}",
                          "unclosed-warc:damaged" if salvage.damaged else f"torn-record:{salvage.torn_bytes} bytes")
                  for _, salvage in salvages if salvage.damaged or (salvage.torn_bytes and salvage.records)]
        recovered = ledger.recover_captures(night, source_id, captures, losses)
        _seen_store_articles(settings, [capture for capture in captures if capture.article])
        for warc, salvage in salvages:
            if salvage.adopted:
                log.info("archive file %s: %d record(s) its crawl never reported adopted", salvage.file,
                         len(salvage.adopted))
            if salvage.damaged:
                log.error("archive file %s left unclosed: %s (rasad archive verify)", salvage.file, salvage.damaged)
                continue
            if (quarantined := warc.seal(salvage)) and salvage.records:
                log.warning("archive file %s: %d torn bytes after its last whole record moved to %s",
                            salvage.file, salvage.torn_bytes, quarantined)
    return recovered


def _seen_store_articles(settings: Settings, articles: Sequence[Capture]) -> None:
    from crawlers.seen import SeenStore
    from crawlers.urls import canonical_key

    if articles:
        seen = SeenStore(settings.data_dir / "seen.db")
        try:
            for capture in articles:
                key = canonical_key(capture.url)
                if seen.get(key) is None:
                    seen.record(key, capture.url, capture.sha256, etag=None, last_modified=None,
                                published_at=None, at=capture.fetched_at)
        finally:
            seen.close()


def crawl_failures(result: CrawlResult) -> list[Failure]:
    """Losses worth reporting: errors and policy refusals (not unchanged or non-article pages)."""
    return [Failure("crawl", f.url, f"{f.kind}:{f.reason}") for f in result.failures
            if f.kind in ("error", "rejected")]


def callback_errors(result: CrawlResult) -> str:
    """Why a crawl that ran to its end still failed its source: pages whose spider callback raised.

    Policy: one such page fails the source (a parser bug loses articles silently, and often all of a
    source's). The failures table keeps each URL; this line, shown by ``rasad status``, holds the count
    and the exception classes only. "" when every callback returned.
    """
    names = Counter(f.detail or "?" for f in result.failures if f.reason == CALLBACK_ERROR)
    if not names:
        return ""
    kinds = ", ".join(f"{name} ({count})" for name, count in sorted(names.items()))
    return f"{sum(names.values())} page(s) raised in a spider callback: {kinds}"


def crawl_resumable(settings: Settings, night: str, plan: SourcePlan,
                    extra_settings: dict[str, object] | None = None, *, timeout_s: float = 3600,
                    backfill_until: str | None = None) -> StageCounts:
    """Crawl one source for a night unless the ledger says its crawl already finished."""
    with open_ledger(settings.data_dir) as ledger:
        ledger.plan(night, [(plan.source_id, plan.host_group)])
        row = ledger.get(night, plan.source_id)
        assert row is not None
        if row.crawl_finished:
            return StageCounts(plan.source_id, skipped=True, fetched=row.fetched)
        keeper = ManifestKeeper(run_dir(settings, night, plan.source_id))
        keeper.directory.mkdir(parents=True, exist_ok=True)
        recovered = recover_kept(settings, ledger, night, plan.source_id, keeper)
        keeper.clear()
        ledger.begin_crawl(night, plan.source_id)
        with keeper:
            result = crawl(plan.start_urls, settings.archive_dir, source_id=plan.source_id,
                           log_dir=keeper.directory, timeout=timeout_s, extra_settings=extra_settings,
                           source=plan.source, backfill_until=backfill_until)
        if result.returncode != 0:
            recover_crawl(settings, ledger, night, plan.source_id, result.to_process, result.warc_files)
            keeper.clear()
            ledger.fail(night, plan.source_id, CRAWL_FAILED + result.error)
            message = f"crawl of {plan.source_id} failed: {result.error}"
            raise DataFileError(message) if result.returncode == DATA_FILE_EXIT else RetryableError(message)
        failures = crawl_failures(result)
        fetched = ledger.finish_crawl(night, plan.source_id, result.to_process, failures)
        if broken := callback_errors(result):  # its captures are still processed; the source stays failed
            ledger.fail(night, plan.source_id, CRAWL_FAILED + broken)
        keeper.clear()
    return StageCounts(plan.source_id, recovered=recovered, fetched=fetched, failed=len(failures))


def close_interrupted_crawl(settings: Settings, night: str, source_id: str) -> int:
    """For an earlier night's source whose crawl never finished: keep what it archived, crawl no more.

    Tonight's crawl of the same source fetches anything it missed (the seen-store knows what it has).
    """
    with open_ledger(settings.data_dir) as ledger:
        keeper = ManifestKeeper(run_dir(settings, night, source_id))
        recovered = 0
        if keeper.directory.exists():
            recovered = recover_kept(settings, ledger, night, source_id, keeper)
        ledger.finish_crawl(night, source_id, (), ())
        if keeper.directory.exists():
            keeper.clear()
    return recovered


def process_resumable(settings: Settings, night: str, source_id: str,
                      process: Callable[[Sequence[Capture], Path], BatchResult] | None = None,
                      index_slot: Callable[[], contextlib.AbstractContextManager[object]] | None = None
                      ) -> StageCounts:
    """Process and index a source's pending captures, then mark it done, all or nothing.

    ``process`` defaults to ``process_captures`` in this process (flows pass a process-pool
    version); ``index_slot`` wraps the write to the store (flows take a concurrency slot there).
    """
    with open_ledger(settings.data_dir) as ledger:
        row = ledger.get(night, source_id)
        if row is None or not row.crawl_finished:
            raise UserError(f"source {source_id} has no finished crawl for night {night}: nothing to process")
        if row.state == "done":
            return StageCounts(source_id, skipped=True, fetched=row.fetched, documents=row.documents,
                               leads=row.leads)
        captures = ledger.pending_captures(night, source_id)
        batch = (process or process_captures)(captures, settings.archive_dir)
        with index_slot() if index_slot else contextlib.nullcontext():
            bulk = index_stage(batch, settings)
        record_dead_letters(batch, bulk, settings)
        failures = [Failure("process", d.capture_sha256 or d.url, f"{d.kind}:{d.reason}")
                    for d in batch.dead_letters]
        failures += [Failure("index", lead_id, reason) for lead_id, reason in bulk.failed]
        ledger.finish_processing(night, source_id, [c.warc_record_id for c in captures],
                                 len(batch.documents), bulk.written, failures)
    return StageCounts(source_id, fetched=len(captures), documents=len(batch.documents), leads=bulk.written,
                       failed=len(failures))


class StageSchedule:
    """Which stage runs next in a night on a fixed number of threads: a crawled source is processed
    at once, while the next crawls go on.

    Handing every crawl to the task runner up front queued each source's processing behind all
    the crawls, so the NLP pool sat idle until the last crawl had started (a crawl mostly waits on
    the network). Here at most ``crawls_at_once`` crawls and ``processes_at_once`` processing
    stages are started, so every stage started gets a thread of its own (the runner needs their
    sum), and processing overlaps crawling. The order of results does not change: each source is
    processed on its own, from the ledger.
    """

    def __init__(self, plans: Sequence[SourcePlan], crawls_at_once: int = 4, processes_at_once: int = 2) -> None:
        self._to_crawl = deque(plans)
        self._to_process: deque[str] = deque()
        self.crawls_at_once, self.processes_at_once = crawls_at_once, processes_at_once
        self.crawling: set[str] = set()
        self.processing: set[str] = set()

    def start(self) -> tuple[list[SourcePlan], list[str]]:
        """The crawls and processing stages to start now (free slots filled, processing first)."""
        processes = []
        while self._to_process and len(self.processing) < self.processes_at_once:
            processes.append(self._to_process.popleft())
            self.processing.add(processes[-1])
        crawls = []
        while self._to_crawl and len(self.crawling) < self.crawls_at_once:
            crawls.append(self._to_crawl.popleft())
            self.crawling.add(crawls[-1].source_id)
        return crawls, processes

    def crawled(self, source_id: str, ok: bool) -> None:
        """A crawl ended; its source waits for a processing slot unless the crawl failed."""
        self.crawling.discard(source_id)
        if ok:
            self._to_process.append(source_id)

    def processed(self, source_id: str) -> None:
        self.processing.discard(source_id)

    @property
    def busy(self) -> bool:
        return bool(self.crawling or self.processing or self._to_crawl or self._to_process)


def sources_to_resume(settings: Settings, night: str) -> list[tuple[str, str]]:
    """(night, source id) of earlier nights that stopped before ``done`` and that no process runs now."""
    with open_ledger(settings.data_dir) as ledger:
        rows = ledger.unfinished(night)
    idle: dict[str, bool] = {}
    for row in rows:
        if row.night not in idle:
            lock = NightLock(settings.data_dir, row.night)
            idle[row.night] = lock.acquire()
            lock.release()
    return [(row.night, row.source_id) for row in rows if idle[row.night]]


def run_night(settings: Settings, night: str, plans: Sequence[SourcePlan],
              extra_settings: dict[str, object] | None = None,
              process: Callable[[Sequence[Capture], Path], BatchResult] | None = None) -> None:
    """The whole night without an orchestrator, one source after another (tests, benchmarks)."""
    settings.ensure_data_dir()
    with NightLock(settings.data_dir, night):
        for old_night, source_id in sources_to_resume(settings, night):
            close_interrupted_crawl(settings, old_night, source_id)
            process_resumable(settings, old_night, source_id, process)
        with open_ledger(settings.data_dir) as ledger:
            ledger.plan(night, [(plan.source_id, plan.host_group) for plan in plans])
        for plan in plans:
            crawl_resumable(settings, night, plan, extra_settings)
            process_resumable(settings, night, plan.source_id, process)
