"""Scrapy item pipelines: only the cheap per-fetch work (archive, manifests, seen-store); no extraction.

A capture item becomes WARC records plus a manifest line; a failure item becomes a line of the
failures file. The seen-store entry of an item is written only after its WARC record is flushed,
so a crash never marks as seen something the archive does not hold.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any, TextIO

from crawlers.decoding import decode_page
from crawlers.outcomes import CrawlFailure
from crawlers.seen import SeenStore
from crawlers.urls import canonical_key
from pipelines.archive import WarcArchive, post_capture, utc_now
from rasad.records import POST_CONTENT_TYPE, Capture

logger = logging.getLogger(__name__)

_TEXTUAL = ("text/", "application/xhtml", "application/xml", "application/rss", "application/atom")


def _header(headers: list[tuple[str, str]], name: str) -> str | None:
    for key, value in headers:
        if key.lower() == name:
            return value
    return None


class ArchivePipeline:
    """Writes every capture to the WARC archive and appends its record to a JSONL manifest.

    ``warc_list`` gets the name of every WARC file before it is opened: if this process is killed,
    recovery (``rasad.night.recover_kept``) finds the file it never closed and adopts its records.
    """

    def __init__(self, archive_dir: str, manifest: str, failures: str | None = None,
                 seen_db: str | None = None, posts_manifest: str | None = None, seen_timeout: float = 30,
                 warc_list: str | None = None) -> None:
        self.archive_dir = Path(archive_dir)
        self.manifest_path = Path(manifest)
        self.warc_list = Path(warc_list) if warc_list else None
        self.failures_path = Path(failures) if failures else None
        self.posts_path = Path(posts_manifest) if posts_manifest else None
        self.seen_db = seen_db
        self.seen_timeout = seen_timeout  # RASAD_SEEN_DB_TIMEOUT: how long to wait for a locked seen-store
        self._archive: WarcArchive | None = None
        self._manifest: TextIO | None = None
        self._failures: TextIO | None = None
        self._posts: TextIO | None = None
        self._seen: SeenStore | None = None
        self._manifest_torn = False

    @classmethod
    def from_crawler(cls, crawler: Any) -> ArchivePipeline:
        s = crawler.settings
        return cls(s["RASAD_ARCHIVE_DIR"], s["RASAD_MANIFEST"], s.get("RASAD_FAILURES"),
                   s.get("RASAD_SEEN_DB"), s.get("RASAD_POSTS_MANIFEST"), s.getfloat("RASAD_SEEN_DB_TIMEOUT", 30),
                   s.get("RASAD_WARC_LIST"))

    def _new_archive(self) -> WarcArchive:
        return WarcArchive(self.archive_dir, opened_list=self.warc_list)

    def open_spider(self, spider: Any = None) -> None:
        self._archive = self._new_archive()
        self._manifest = open(self.manifest_path, "a", encoding="utf-8")  # noqa: SIM115
        if self.failures_path:
            self._failures = open(self.failures_path, "a", encoding="utf-8")  # noqa: SIM115
        if self.posts_path:
            self._posts = open(self.posts_path, "a", encoding="utf-8")  # noqa: SIM115
        if self.seen_db:
            self._seen = SeenStore(self.seen_db, timeout=self.seen_timeout)

    def close_spider(self, spider: Any = None) -> None:
        if self._archive is not None:
            self._archive.close()
        for stream in (self._manifest, self._failures, self._posts):
            if stream is not None:
                stream.close()
        if self._seen is not None:
            self._seen.close()

    def process_item(self, item: dict[str, Any], spider: Any = None) -> dict[str, Any]:
        assert self._manifest is not None
        if "_failure" in item:
            if self._failures is not None:
                self._failures.write(json.dumps(item["_failure"], ensure_ascii=False) + "\n")
                self._failures.flush()
            return {"failure": item["_failure"]["reason"]}
        item = dict(item)
        meta = item.pop("_meta", {}) or {}
        content_type = _header(item["response_headers"], "content-type") or ""
        if not content_type or content_type.lower().startswith(_TEXTUAL):
            decoded = decode_page(item["body"], content_type or None, meta.get("language", ""))
            item.setdefault("charset", decoded.encoding)
            item.setdefault("charset_flag", decoded.flag)
        url = item["final_url"] or item["url"]
        try:
            if self._archive is None:
                self._archive = self._new_archive()
            # article: recovery seen-stores it if we die before the seen-store entry below
            capture = self._archive.write_exchange(**item, article=bool(meta.get("item")))
        except OSError as exc:
            return self._lost(url, exc, cut_off=True)
        try:
            # The manifest line is written only after the WARC record, and flushed, so a crash
            # never leaves a manifest entry pointing at a capture that is not on disk. After a torn
            # line, a line break first, so the next capture is not glued to it.
            torn, self._manifest_torn = self._manifest_torn, True
            self._manifest.write(("\n" if torn else "") + json.dumps(capture.to_dict(), ensure_ascii=False) + "\n")
            self._manifest.flush()
            self._manifest_torn = False
        except OSError as exc:
            return self._lost(url, exc, cut_off=False)  # the record is whole in the WARC, just not reported
        for post in meta.get("posts", []):
            self._write_post(post, capture)
        if self._seen is not None and meta.get("item"):
            self._seen.record(canonical_key(capture.url), capture.url, capture.sha256,
                              etag=_header(item["response_headers"], "etag"),
                              last_modified=_header(item["response_headers"], "last-modified"),
                              published_at=meta.get("published_at"), at=capture.fetched_at)
        return {"sha256": capture.sha256}

    def _lost(self, url: str, exc: OSError, *, cut_off: bool) -> dict[str, Any]:
        """A capture the disk would not take (full, quota, file size limit): close the cut-off WARC (it
        stays unlisted in the archive manifest, so ``verify`` reports it), record the URL as lost with
        the reason (the night's report shows it; not seen-stored, so the next night fetches it again),
        and go on with a new file for the next capture."""
        import errno

        reason = f"archive-write-failed:{errno.errorcode.get(exc.errno or 0, type(exc).__name__)}"
        if cut_off and self._archive is not None:
            self._archive.failed = self._archive.failed or reason
            try:
                self._archive.close()
            except OSError:
                pass
            self._archive = None
        if self._failures is not None:
            try:
                self._failures.write(json.dumps(CrawlFailure(url, "error", reason, exc.strerror or "").to_dict())
                                     + "\n")
                self._failures.flush()
            except OSError:
                pass  # the disk takes nothing more; the log line below still names the URL
        logger.error("Lost %s: %s", url, reason)
        return {"failure": reason}

    def _write_post(self, post: dict[str, Any], page: Capture) -> None:
        """A parsed post as a WARC metadata record pointing at the page it was read from."""
        assert self._archive is not None
        data = json.dumps(post, ensure_ascii=False, sort_keys=True).encode("utf-8")
        offset = self._archive.tell()
        record_id = self._archive.write_resource(post["url"], data, POST_CONTENT_TYPE,
                                                 refers_to=page.warc_record_id, kind="metadata",
                                                 source_id=page.source_id)
        self._archive.flush()
        sha256 = hashlib.sha256(data).hexdigest()
        if self._posts is not None:
            capture = post_capture(page, post["url"], sha256, offset, record_id)
            self._posts.write(json.dumps(capture.to_dict(), ensure_ascii=False) + "\n")
            self._posts.flush()
        if self._seen is not None:
            self._seen.record(canonical_key(post["url"]), post["url"], sha256, etag=None, last_modified=None,
                              published_at=post.get("date"), at=page.fetched_at or utc_now())
