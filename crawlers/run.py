"""Run one crawl in a child process (scrapy's reactor cannot restart inside a process).

Parent side: ``crawl(...)`` starts a child and reads back what it archived
(a JSONL manifest of captures), what it lost or refused (failures, each with a reason) and,
for Telegram channels, the parsed posts. Child side: ``main()`` runs scrapy with our settings.
Children are forked from multiprocessing's fork server, which imports scrapy and our spiders once
(CHILD_PRELOAD): a night of many small sources would otherwise pay scrapy's import in every child.
``python -m crawlers.run`` runs the child side by hand.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crawlers.outcomes import CrawlFailure
from crawlers.sources import Source
from rasad.errors import RetryableError, UserError
from rasad.records import Capture
from rasad.settings import user_agent


@dataclass(frozen=True)
class CrawlResult:
    captures: tuple[Capture, ...]
    returncode: int
    log_path: Path
    failures: tuple[CrawlFailure, ...] = ()  # every URL that gave no capture, with its reason
    posts: tuple[Capture, ...] = ()  # parsed social posts (WARC metadata records), one per post
    error: str = ""  # why the crawl itself failed (one line, no page content); "" when it ran to the end
    warc_files: tuple[str, ...] = ()  # every WARC file the child opened (relative to the archive root)

    @property
    def to_process(self) -> tuple[Capture, ...]:
        """What the batch stage turns into documents: pages, then the posts parsed from them."""
        return self.captures + self.posts

    def failures_by_reason(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for failure in self.failures:
            counts[f"{failure.kind}:{failure.reason}"] = counts.get(f"{failure.kind}:{failure.reason}", 0) + 1
        return dict(sorted(counts.items()))


def source_settings(source: Source) -> dict[str, object]:
    """Scrapy settings that apply one source's politeness and robots policy."""
    settings: dict[str, object] = {
        "CONCURRENT_REQUESTS_PER_DOMAIN": source.politeness.concurrency,
        "DOWNLOAD_DELAY": source.politeness.delay_s,
        "RASAD_HOST_PAGE_BUDGET": source.politeness.page_budget,
    }
    if not source.obeys_robots:
        if not source.robots_override_reason.strip():
            raise UserError(f"source {source.id}: robots: ignore needs a robots_override_reason")
        settings["ROBOTSTXT_OBEY"] = False
        settings["RASAD_ROBOTS_OVERRIDE_REASON"] = source.robots_override_reason
    return settings


def _read_jsonl(path: Path) -> list[dict[str, object]]:
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            rows.append(json.loads(line))
        except ValueError:
            continue  # a line torn by a crash or a full disk: that capture was reported lost, or never made
    path.unlink()
    return rows


def crawl(
    start_urls: Sequence[str],
    archive_dir: Path,
    *,
    source_id: str = "",
    log_dir: Path | None = None,
    timeout: float = 3600,
    extra_settings: dict[str, object] | None = None,
    source: Source | None = None,
    kind: str | None = None,
    incremental: bool = True,
    seen_db: Path | None = None,
    backfill_until: str | None = None,
) -> CrawlResult:
    """Crawl ``start_urls`` in a child process; every article page ends up in the archive.

    ``source`` brings the kind, language, politeness, robots policy and proxy of a registry
    entry. ``incremental`` keeps a seen-store (default ``<archive_dir>/../seen.db``) so that a
    second run fetches only new or changed items; ``backfill_until`` (YYYY-MM-DD) walks listing
    pages and channel history back to that date instead.
    """
    archive_dir.mkdir(parents=True, exist_ok=True)
    log_dir = log_dir or archive_dir.parent / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    source_id = source_id or (source.id if source else "")
    kind = kind or (source.kind if source else "news")
    paths = {}
    for name in ("manifest", "failures", "posts", "warcs", "error"):
        with tempfile.NamedTemporaryFile("w", suffix=f".{name}.jsonl", dir=log_dir, delete=False) as handle:
            paths[name] = Path(handle.name)
    # Read here, in the caller, not from the settings module: the fork server imported that module
    # once, with the environment it had then.
    settings = {"USER_AGENT": user_agent(), **(source_settings(source) if source else {}), **(extra_settings or {})}
    if incremental:
        settings["RASAD_SEEN_DB"] = str(seen_db or archive_dir.parent / "seen.db")
    spider_args = {
        "source_id": source_id,
        "language": source.language if source else "",
        "backfill_until": backfill_until,
        "proxy": source.proxy if source else None,
    }
    log_path = log_dir / f"crawl-{source_id or 'adhoc'}-{os.getpid()}.log"
    argv = [
        "--archive", str(archive_dir), "--manifest", str(paths["manifest"]), "--log", str(log_path),
        "--failures", str(paths["failures"]), "--posts", str(paths["posts"]), "--error", str(paths["error"]),
        "--warcs", str(paths["warcs"]),
        "--kind", kind,
        "--source-id", source_id, "--settings", json.dumps(settings), "--spider-args", json.dumps(spider_args),
        *start_urls,
    ]
    returncode = run_child(argv, timeout)
    if returncode is None:
        for path in paths.values():
            path.unlink(missing_ok=True)
        raise RetryableError(f"crawl of {source_id or start_urls[0]} timed out after {timeout:.0f}s")
    captures = tuple(Capture.from_dict(row) for row in _read_jsonl(paths["manifest"]))
    failures = tuple(CrawlFailure.from_dict(row) for row in _read_jsonl(paths["failures"]))
    posts = tuple(Capture.from_dict(row) for row in _read_jsonl(paths["posts"]))
    warc_files = tuple(str(row["file"]) for row in _read_jsonl(paths["warcs"]) if isinstance(row, dict))
    error = paths["error"].read_text(encoding="utf-8").strip()
    paths["error"].unlink()
    if returncode != 0 and not error:
        error = f"crawl process ended with exit status {returncode} (traceback in {log_path.name})"
    return CrawlResult(captures, returncode, log_path, failures, posts, error, warc_files)


# Imported by the fork server before the first child: with them a child starts its crawl at once.
# None of them installs a reactor (the child installs the asyncio one when scrapy starts).
CHILD_PRELOAD = ("scrapy.crawler", "crawlers.spiders.news", "crawlers.spiders.telegram", "crawlers.middlewares",
                 "crawlers.itempipelines", "crawlers.logformatter", "crawlers.preload")


def run_child(argv: Sequence[str], timeout: float) -> int | None:
    """Run ``main(argv)`` in a child process; its exit code (negative: killed by that signal), or None
    when it was still running after ``timeout`` seconds (it is then killed)."""
    context = multiprocessing.get_context("forkserver")  # the parent may have threads: no plain fork
    # The preload list is read once, when the fork server starts; the night's NLP worker pool
    # (pipelines.pool) shares the server, so whichever starts it first picks the list. Either way
    # every child works: it only starts warmer or colder.
    context.set_forkserver_preload(list(CHILD_PRELOAD))
    child = context.Process(target=_child, args=(list(argv), dict(os.environ)), name="rasad-crawl", daemon=True)
    child.start()
    child.join(timeout)
    if child.is_alive():
        child.kill()
        child.join()
        return None
    return child.exitcode


def _child(argv: list[str], environ: dict[str, str]) -> None:
    # A forked child inherits the fork server's environment, which may be older than the caller's.
    os.environ.clear()
    os.environ.update(environ)
    sys.exit(main(argv))


SPIDERS = {
    "news": "crawlers.spiders.news.NewsSpider",
    "telegram": "crawlers.spiders.telegram.TelegramSpider",
    "facebook": "crawlers.spiders.social.SocialSpider",
    "x": "crawlers.spiders.social.SocialSpider",
}


def match_global_concurrency(settings: Any, spider_class: type) -> None:
    """Make CONCURRENT_REQUESTS the per-host limit unless it was set explicitly for this crawl.

    A crawl child works for one source, so one host: a global limit above the per-host one only
    lets the engine pull requests the downloader cannot start, and with the asyncio reactor that
    stalls the crawl (200 local pages at 2 per host: 6-17 s with 16 global, 1.6-3.9 s with 2).
    Politeness is unchanged: the per-host limit is what bounds the load on the site.
    """
    from scrapy.settings import SETTINGS_PRIORITIES

    if settings.getpriority("CONCURRENT_REQUESTS") >= SETTINGS_PRIORITIES["cmdline"]:
        return
    per_host = settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
    custom = getattr(spider_class, "custom_settings", None) or {}
    if settings.getpriority("CONCURRENT_REQUESTS_PER_DOMAIN") < SETTINGS_PRIORITIES["spider"]:
        per_host = int(custom.get("CONCURRENT_REQUESTS_PER_DOMAIN", per_host))
    settings.set("CONCURRENT_REQUESTS", max(1, per_host), priority="cmdline")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawlers.run")
    parser.add_argument("--archive", required=True)
    parser.add_argument("--manifest", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--failures", default="")
    parser.add_argument("--posts", default="")
    parser.add_argument("--error", default="", help="file that receives one line if the crawl itself fails")
    parser.add_argument("--warcs", default="", help="file that lists every WARC file before it is opened")
    parser.add_argument("--kind", default="news", choices=sorted(SPIDERS))
    parser.add_argument("--source-id", default="")
    parser.add_argument("--settings", default="{}")
    parser.add_argument("--spider-args", default="{}")
    parser.add_argument("start_urls", nargs="+")
    args = parser.parse_args(argv)

    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings
    from scrapy.utils.misc import load_object

    from crawlers import settings as defaults
    from crawlers.logformatter import install_content_free_logging

    install_content_free_logging()
    spider_class = load_object(SPIDERS[args.kind])
    settings = Settings()
    settings.setmodule(defaults, priority="project")
    settings.update(
        {"RASAD_ARCHIVE_DIR": args.archive, "RASAD_MANIFEST": args.manifest, "LOG_FILE": args.log,
         "RASAD_FAILURES": args.failures or None, "RASAD_POSTS_MANIFEST": args.posts or None,
         "RASAD_WARC_LIST": args.warcs or None,
         **json.loads(args.settings)},
        priority="cmdline",
    )
    match_global_concurrency(settings, spider_class)
    spider_args = {"source_id": args.source_id, **json.loads(args.spider_args)}
    process = CrawlerProcess(settings)
    errors: list[BaseException] = []
    process.crawl(spider_class, start_urls=args.start_urls, **spider_args).addErrback(
        lambda failure: errors.append(failure.value))
    process.start()
    if not errors:
        return 0
    return _report_failure(errors[0], args.error)


DATA_FILE_EXIT = 3  # the crawl could not read a state file: retrying will not help


def _report_failure(error: BaseException, error_path: str) -> int:
    """A crawl that could not run is a failure of its source: one line for the parent (type and
    message only: a message never holds page content here, the traceback stays in the log file)."""
    from rasad.errors import DataFileError

    line = str(error) if isinstance(error, DataFileError) else f"{type(error).__name__}: {error}"
    if error_path:
        Path(error_path).write_text(line.splitlines()[0][:500] + "\n", encoding="utf-8")
    return DATA_FILE_EXIT if isinstance(error, DataFileError) else 1


if __name__ == "__main__":
    sys.exit(main())
