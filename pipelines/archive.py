"""Evidence archive: every fetch as WARC 1.1 request/response records with SHA-256 digests.

Files live under ``archive/YYYY/MM/DD/`` and are made read-only when closed: nothing ever
rewrites a capture. Closing a file appends its size, SHA-256 and record count to the archive's
manifest (``archive-manifest.jsonl``): record digests cannot see a file cut at a record boundary,
a record added or removed whole, a flipped bit in a gzip header, or a deleted file; the manifest
can. Extraction and re-processing read bodies back from here, so the whole processing stage can
run from the archive alone.

A writer holds an exclusive ``flock`` on its file until it closes it (the kernel drops it when the
writer dies, kill -9 included). A file its writer never closed is recovered by ``UnclosedWarc``:
the whole records past the last one its writer reported are adopted, a torn tail is moved aside,
and the file is closed as if its writer had done it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import hashlib
import io
import json
import os
import shutil
import time
import uuid
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, Self

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.utils import Digester
from warcio.warcwriter import WARCWriter

from rasad.errors import RetryableError
from rasad.records import POST_CONTENT_TYPE, Capture
from rasad.settings import archive_record_cap

SOURCE_HEADER = "WARC-Rasad-Source-Id"
MANIFEST = "archive-manifest.jsonl"
TORN_SUFFIX = ".torn"  # a torn tail cut off an unclosed file: kept beside it, never read as a WARC file


class Sha256WARCWriter(WARCWriter):
    """warcio's writer with SHA-256 block and payload digests instead of SHA-1."""

    @staticmethod
    def _create_digester() -> Digester:
        return Digester("sha256")


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class WarcArchive:
    """Appends captures to one new WARC file; use as a context manager.

    ``opened_list``: a JSONL file that gets the file's name before the file exists, so that whoever
    recovers a killed writer knows every file it may have left unclosed.
    """

    def __init__(self, root: Path, prefix: str = "rasad", opened_list: Path | None = None) -> None:
        self.root = root
        day = datetime.now(UTC)
        folder = root / f"{day:%Y}" / f"{day:%m}" / f"{day:%d}"
        folder.mkdir(parents=True, exist_ok=True)
        name = f"{prefix}-{day:%Y%m%dT%H%M%S}-{os.getpid()}-{uuid.uuid4().hex[:8]}.warc.gz"
        self.path = folder / name
        if opened_list is not None:
            with open(opened_list, "a", encoding="utf-8") as listed:
                listed.write(json.dumps({"file": str(self.path.relative_to(root))}) + "\n")
        self._file: BinaryIO = open(self.path, "xb")  # noqa: SIM115 - closed in close()
        self._lock = _lock_file(self.path)  # "being written" until listed; the kernel drops it if we die
        assert self._lock is not None, "a new file is locked by no one"
        self._writer = Sha256WARCWriter(self._file, gzip=True, warc_version="1.1")
        self.records = 0
        self._whole = 0  # end of the last record written whole
        self.failed: str | None = None  # why a write failed: the file is then cut off, never listed as good
        info = self._writer.create_warcinfo_record(name, {"software": "rasad", "format": "WARC File Format 1.1"})
        self._write(info)

    def _write(self, record: object) -> None:
        """Write and flush one record; on a failed write (full disk) the file is cut back, at close, to
        the end of the last whole record, so it holds only complete records and lists as such."""
        try:
            self._writer.write_record(record)
            self._file.flush()
        except OSError as exc:
            self.failed = f"write failed after {self.records} records: {exc.strerror or type(exc).__name__}"
            raise
        self.records += 1
        self._whole = self._file.tell()

    def write_exchange(
        self,
        *,
        url: str,
        final_url: str,
        status: int,
        response_headers: list[tuple[str, str]],
        body: bytes,
        request_headers: list[tuple[str, str]] | None = None,
        method: str = "GET",
        ip: str | None = None,
        redirect_chain: tuple[str, ...] = (),
        truncated: bool = False,
        fetched_at: str | None = None,
        source_id: str = "",
        rendered: bool = False,
        truncated_reason: str = "length",
        charset: str = "",
        charset_flag: str = "",
        screenshot: bytes | None = None,
        article: bool = False,
    ) -> Capture:
        """Write the request and response records of one fetch (and its screenshot, if rendered)
        and return its Capture. The redirect chain, charset decision and the rest of the Capture
        ride along as WARC extension fields, so that the archive alone can answer for them and
        ``capture_of_response`` can rebuild the Capture of a record its writer never reported."""
        fetched_at = fetched_at or utc_now()
        extra = {"WARC-Date": fetched_at}
        if ip:
            extra["WARC-IP-Address"] = ip
        if truncated:
            extra["WARC-Truncated"] = truncated_reason  # WARC 1.1: length, time, disconnect, unspecified
        if redirect_chain:
            extra["WARC-Rasad-Redirect-Chain"] = " ".join(redirect_chain)
        if source_id:
            extra[SOURCE_HEADER] = source_id  # so a rebuild from the archive alone knows each capture's source
        if charset:
            extra["WARC-Rasad-Charset"] = charset
        if charset_flag:
            extra["WARC-Rasad-Charset-Flag"] = charset_flag
        if rendered:
            extra[RENDERED_HEADER] = "true"
        if article:
            extra[ARTICLE_HEADER] = "true"
        status_line = f"{status} {_reason(status)}"
        http_headers = StatusAndHeaders(status_line, _as_stored(response_headers, len(body)), protocol="HTTP/1.1")
        offset = self._file.tell()
        response = self._writer.create_warc_record(
            final_url,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=http_headers,
            warc_headers_dict=extra,
        )
        self._write(response)
        record_id = response.rec_headers.get_header("WARC-Record-ID")
        request = self._writer.create_warc_record(
            final_url,
            "request",
            payload=io.BytesIO(b""),
            length=0,
            http_headers=StatusAndHeaders(f"{method} {_path_of(final_url)} HTTP/1.1", request_headers or [],
                                          is_http_request=True),
            warc_headers_dict={"WARC-Date": fetched_at, "WARC-Concurrent-To": record_id},
        )
        self._write(request)
        screenshot_id = ""
        if screenshot is not None:
            screenshot_id = self.write_resource(final_url, screenshot, "image/png", refers_to=record_id,
                                                fetched_at=fetched_at, kind="screenshot")
        self._file.flush()
        return Capture(
            url=url,
            final_url=final_url,
            status=status,
            fetched_at=fetched_at,
            sha256=hashlib.sha256(body).hexdigest(),
            warc_file=str(self.path.relative_to(self.root)),
            warc_offset=offset,
            warc_record_id=record_id,
            content_type={k.lower(): v for k, v in response_headers}.get("content-type", ""),
            redirect_chain=redirect_chain,
            rendered=rendered,
            truncated=truncated,
            source_id=source_id,
            ip=ip or "",
            charset=charset,
            charset_flag=charset_flag,
            screenshot_record_id=screenshot_id,
            article=article,
        )

    def write_resource(self, uri: str, data: bytes, content_type: str, *, refers_to: str = "",
                       fetched_at: str | None = None, kind: str = "resource", source_id: str = "") -> str:
        """Write a ``resource`` (screenshot) or ``metadata`` (parsed post) record; return its id.

        ``kind`` "metadata" writes a WARC metadata record: data we derived, kept next to and
        pointing at (WARC-Refers-To) the response it was derived from.
        """
        headers = {"WARC-Date": fetched_at or utc_now()}
        if source_id:
            headers[SOURCE_HEADER] = source_id
        if refers_to:
            headers["WARC-Refers-To" if kind == "metadata" else "WARC-Concurrent-To"] = refers_to
        record = self._writer.create_warc_record(
            uri, "metadata" if kind == "metadata" else "resource", payload=io.BytesIO(data), length=len(data),
            warc_content_type=content_type, warc_headers_dict=headers,
        )
        self._write(record)
        return str(record.rec_headers.get_header("WARC-Record-ID"))

    def tell(self) -> int:
        return self._file.tell()

    def flush(self) -> None:
        self._file.flush()

    def close(self) -> None:
        """Close, make read-only and list the file in the manifest. After a failed write the torn tail
        is cut off first; a file that could not even take its first record stays unlisted."""
        if self._file.closed:
            return
        try:
            self._file.close()
        except OSError as exc:
            self.failed = self.failed or f"close failed after {self.records} records: {exc.strerror}"
        try:
            if self.failed is not None and self.records:
                os.truncate(self.path, self._whole)  # drop the torn record: what remains is whole and listed
                self.failed = None
            self.path.chmod(0o444)
            if self.failed is None:
                list_in_manifest(self.root, self.path, self.records)
        finally:
            os.close(self._lock)  # last: a file unlocked and unlisted is one its writer never closed

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


RENDERED_HEADER = "WARC-Rasad-Rendered"
ARTICLE_HEADER = "WARC-Rasad-Article"


def capture_of_response(record: ArcWarcRecord, payload: bytes, warc_file: str, offset: int,
                        screenshot_record_id: str = "") -> Capture:
    """The Capture ``write_exchange`` returned for this response record, rebuilt from the record alone."""
    headers = record.rec_headers
    chain = tuple((headers.get_header("WARC-Rasad-Redirect-Chain") or "").split())
    final_url = headers.get_header("WARC-Target-URI") or ""
    http = record.http_headers
    return Capture(
        url=chain[0] if chain else final_url,
        final_url=final_url,
        status=int(http.get_statuscode() or 0) if http else 0,
        fetched_at=headers.get_header("WARC-Date") or "",
        sha256=hashlib.sha256(payload).hexdigest(),
        warc_file=warc_file,
        warc_offset=offset,
        warc_record_id=headers.get_header("WARC-Record-ID") or "",
        content_type=(http.get_header("Content-Type") or "") if http else "",
        redirect_chain=chain,
        rendered=headers.get_header(RENDERED_HEADER) == "true",
        truncated=bool(headers.get_header("WARC-Truncated")),
        source_id=headers.get_header(SOURCE_HEADER) or "",
        ip=headers.get_header("WARC-IP-Address") or "",
        charset=headers.get_header("WARC-Rasad-Charset") or "",
        charset_flag=headers.get_header("WARC-Rasad-Charset-Flag") or "",
        screenshot_record_id=screenshot_record_id,
        article=headers.get_header(ARTICLE_HEADER) == "true",
    )


def post_capture(page: Capture, url: str, sha256: str, offset: int, record_id: str) -> Capture:
    """The Capture of a parsed post (a metadata record at ``offset``) read from ``page``."""
    return Capture(url=url, final_url=url, status=page.status, fetched_at=page.fetched_at, sha256=sha256,
                   warc_file=page.warc_file, warc_offset=offset, warc_record_id=record_id,
                   content_type=POST_CONTENT_TYPE, rendered=page.rendered, source_id=page.source_id, ip=page.ip)


# The body we store is already de-chunked and decompressed: keep the original framing
# headers under another name so that WARC readers do not try to decode it twice.
_FRAMING_HEADERS = {"transfer-encoding", "content-encoding", "content-length"}


def _as_stored(headers: list[tuple[str, str]], length: int) -> list[tuple[str, str]]:
    stored = [(f"X-Rasad-Original-{k}" if k.lower() in _FRAMING_HEADERS else k, v) for k, v in headers]
    stored.append(("Content-Length", str(length)))
    return stored


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _path_of(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


class RecordTooBig(ValueError):
    """A WARC record that inflates past the record cap: a gzip bomb, or not a capture of ours.

    A few kilobytes of gzip can inflate to gigabytes; every reader of record payloads stops at the
    cap (``rasad.settings.archive_record_cap``) and its caller counts the record as a failure.
    """


def _too_big(where: str, cap: int) -> RecordTooBig:
    return RecordTooBig(f"WARC record {where} inflates past the {cap}-byte cap (RASAD_ARCHIVE_MAX_RECORD_BYTES): "
                        "not read")


def _where(label: str, offset: int, record: ArcWarcRecord) -> str:
    return f"{label}@{offset} {record.rec_headers.get_header('WARC-Record-ID') or ''}".rstrip()


# Room for a record's headers and padding, and for what one 16 KiB block of gzip inflates to at once
# (deflate tops out near 1032:1): a payload past the cap is refused by read_capped, with its record id,
# before its gzip member reaches cap + MEMBER_HEADROOM.
MEMBER_HEADROOM = 32 * 1024 * 1024


class _CappedReader(DecompressingBufferedReader):  # type: ignore[misc]
    """warcio's gzip reader, refusing a member (one record) that inflates past ``limit``."""

    def __init__(self, stream: BinaryIO, limit: int, cap: int, where: Callable[[], str], block_size: int) -> None:
        super().__init__(stream, block_size=block_size)
        self.limit, self.cap, self.where = limit, cap, where

    def _process_read(self, data: bytes) -> None:
        super()._process_read(data)
        if self.decompressor is not None and self.num_block_read > self.limit:  # bytes inflated in this member
            raise _too_big(self.where(), self.cap)


def open_records(stream: BinaryIO, label: str, **options: bool) -> ArchiveIterator:
    """warcio's ArchiveIterator over ``stream`` (named ``label`` in errors), with the record cap on every
    gzip member: a bomb in a record's headers (one endless header line), which warcio would parse
    whole before any payload read, stops at the cap too."""
    cap = archive_record_cap()
    records = ArchiveIterator(stream, **options)
    records.reader = _CappedReader(records.fh, cap + MEMBER_HEADROOM, cap,
                                   lambda: f"{label}@{records.offset}", records.reader.block_size)
    return records


def read_capped(record: ArcWarcRecord, label: str, offset: int, cap: int | None = None) -> bytes:
    """A record's payload; ``RecordTooBig`` (naming ``label``, ``offset`` and the record id) past the cap."""
    cap = archive_record_cap() if cap is None else cap
    data: bytes = record.content_stream().read(cap + 1)
    if len(data) > cap:
        raise _too_big(_where(label, offset, record), cap)
    return data


def skip_capped(record: ArcWarcRecord, label: str, offset: int, cap: int | None = None) -> None:
    """Read a record to its end without keeping it (so its length is known); ``RecordTooBig`` past the cap."""
    cap = archive_record_cap() if cap is None else cap
    stream, seen = record.content_stream(), 0
    while chunk := stream.read(min(1 << 20, cap + 1 - seen)):
        seen += len(chunk)
        if seen > cap:
            raise _too_big(_where(label, offset, record), cap)


def read_body(root: Path, capture: Capture) -> bytes:
    """The response payload of a capture, read back from its WARC file (``RecordTooBig`` past the cap)."""
    with open(root / capture.warc_file, "rb") as stream:
        stream.seek(capture.warc_offset)
        for record in open_records(stream, capture.warc_file):
            if record.rec_type not in ("response", "resource", "metadata"):
                raise ValueError(f"no response record at {capture.warc_file}:{capture.warc_offset}")
            return read_capped(record, capture.warc_file, capture.warc_offset)
    raise ValueError(f"no record at {capture.warc_file}:{capture.warc_offset}")


def iter_responses(path: Path) -> Iterator[tuple[str, int, bytes, list[tuple[str, str]]]]:
    """(target URI, HTTP status, body, headers) of every response record in a WARC file.

    ``RecordTooBig`` at the first record past the cap: the records after it are not reached.
    """
    with open(path, "rb") as stream:
        records = open_records(stream, str(path))
        for record in records:
            if record.rec_type == "response" and record.http_headers is not None:
                status = int(record.http_headers.get_statuscode() or 0)
                yield (
                    record.rec_headers.get_header("WARC-Target-URI"),
                    status,
                    read_capped(record, str(path), records.offset),  # where this record starts
                    list(record.http_headers.headers),
                )


@dataclass(frozen=True)
class Problem:
    """One record (or file) that failed verification."""

    file: str
    offset: int
    record_id: str
    reason: str


@dataclass
class VerifyReport:
    files: int = 0
    records: int = 0
    problems: list[Problem] = field(default_factory=list)
    writable: list[str] = field(default_factory=list)  # closed files that are not read-only

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_file(path: Path, label: str | None = None) -> tuple[int, list[Problem]]:
    """Re-check every block and payload digest of one WARC file; (records read, problems)."""
    label = label or str(path)
    problems: list[Problem] = []
    records = 0
    offset = 0
    try:
        with open(path, "rb") as stream:
            iterator = open_records(stream, label, check_digests=True)
            for record in iterator:
                offset = iterator.offset  # where this record starts (get_record_offset() would inflate it whole)
                record_id = str(record.rec_headers.get_header("WARC-Record-ID") or "")
                try:
                    skip_capped(record, label, offset)
                except RecordTooBig as exc:
                    problems.append(Problem(label, offset, record_id, str(exc)))
                    break  # the records after it cannot be reached without inflating it whole
                records += 1
                if not record.rec_headers.get_header("WARC-Block-Digest"):
                    problems.append(Problem(label, offset, record_id, "no block digest"))
                elif record.digest_checker.passed is False:
                    problems.append(Problem(label, offset, record_id,
                                            "; ".join(str(p) for p in record.digest_checker.problems)))
    except RecordTooBig as exc:  # in a record's headers, before the record could be parsed
        problems.append(Problem(label, offset, "", str(exc)))
    except Exception as exc:  # noqa: BLE001 - any read failure of evidence is a finding, not a crash
        problems.append(Problem(label, offset, "", f"unreadable after record {records}: {type(exc).__name__}"))
    if records == 0 and not problems:
        problems.append(Problem(label, 0, "", "no records"))
    return records, problems


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def list_in_manifest(root: Path, path: Path, records: int) -> None:
    """Append a closed file's record count, size and SHA-256 to the archive manifest."""
    entry = {"file": str(path.relative_to(root)), "records": records, "bytes": path.stat().st_size,
             "sha256": file_sha256(path)}
    with open(root / MANIFEST, "a", encoding="utf-8") as manifest:
        manifest.write(json.dumps(entry) + "\n")


def _find_manifest(root: Path) -> Path | None:
    """The manifest of the archive that holds ``root`` (the archive root or a file or folder inside it)."""
    for folder in ([root] if root.is_dir() else []) + list(root.parents):
        if (folder / MANIFEST).is_file():
            return folder / MANIFEST
    return None


def read_manifest(path: Path) -> tuple[dict[str, dict], list[Problem]]:
    """Entries by file (relative to the archive root), and the lines that could not be read."""
    entries: dict[str, dict] = {}
    problems: list[Problem] = []
    for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
        try:
            entry = json.loads(line)
            entries[str(entry["file"])] = entry
        except (ValueError, KeyError, TypeError):
            problems.append(Problem(MANIFEST, number, "", f"manifest line {number} unreadable"))
    return entries, problems


def _against_manifest(path: Path, label: str, records: int, entry: dict | None) -> list[Problem]:
    if entry is None:
        return [Problem(label, 0, "", "not closed (no manifest entry): cut off, or still being written")]
    problems = []
    if records != entry.get("records"):
        problems.append(Problem(label, 0, "", f"{records} records, manifest says {entry.get('records')}"))
    size = path.stat().st_size
    if size != entry.get("bytes"):
        problems.append(Problem(label, 0, "", f"{size} bytes, manifest says {entry.get('bytes')}"))
    elif file_sha256(path) != entry.get("sha256"):
        problems.append(Problem(label, 0, "", "file SHA-256 differs from the manifest"))
    return problems


def verify(root: Path) -> VerifyReport:
    """Verify every WARC file under ``root`` (a file or the archive directory): each record's digests,
    and each file against the manifest (size, SHA-256, record count; listed files that are missing)."""
    files = [root] if root.is_file() else sorted([*root.rglob("*.warc.gz"), *root.rglob("*.warc")])
    manifest = _find_manifest(root)
    base = manifest.parent if manifest else (root if root.is_dir() else root.parent)
    entries, manifest_problems = read_manifest(manifest) if manifest else ({}, [])
    report = VerifyReport(problems=manifest_problems)
    for path in files:
        label = str(path.relative_to(base))
        count, problems = verify_file(path, label)
        report.files += 1
        report.records += count
        report.problems.extend(problems)
        if manifest is not None or root.is_dir():
            report.problems.extend(_against_manifest(path, label, count, entries.get(label)))
        if path.stat().st_mode & 0o222:
            report.writable.append(label)
    if manifest is not None:
        scope = root.resolve().relative_to(base.resolve())
        for name, entry in entries.items():
            listed = base / name
            if (root.is_dir() and Path(name).is_relative_to(scope)) and not listed.exists():
                report.problems.append(Problem(name, 0, "", f"missing: the manifest lists it ({entry.get('records')} "
                                                            "records) but the file is gone"))
    return report


def adopt(root: Path) -> tuple[list[str], list[Problem]]:
    """List in the manifest the closed (read-only) WARC files it does not know yet, when every record's
    digests verify: archives written before the manifest existed. Files that fail stay out, with why."""
    if not root.is_dir():
        raise ValueError(f"{root} is not an archive folder")
    manifest = root / MANIFEST
    entries, _ = read_manifest(manifest) if manifest.is_file() else ({}, [])
    adopted: list[str] = []
    refused: list[Problem] = []
    for path in sorted([*root.rglob("*.warc.gz"), *root.rglob("*.warc")]):
        label = str(path.relative_to(root))
        if label in entries:
            continue
        if path.stat().st_mode & 0o222:
            refused.append(Problem(label, 0, "", "writable: not closed, or changed since"))
            continue
        records, problems = verify_file(path, label)
        if problems:
            refused.extend(problems)
            continue
        list_in_manifest(root, path, records)
        adopted.append(label)
    return adopted, refused


# -- a file its writer never closed ---------------------------------------------------------------


def _lock_file(path: Path) -> int | None:
    """A descriptor holding the exclusive ``flock`` of ``path``; None when another holder has it."""
    handle = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(handle)
        return None
    return handle


_CHUNK = 1 << 16


def _whole_members(stream: BinaryIO, limit: int) -> list[tuple[int, int]]:
    """(start, end) of each whole gzip member (one record each) from the start of the file, up to the
    first that is not whole: cut short, failing its CRC or length, or inflating past ``limit``.

    warcio reads a member cut short, even one cut inside its compressed data, as if it ended there:
    only inflating each member to its trailer tells a whole record from a torn one.
    """
    stream.seek(0)
    members: list[tuple[int, int]] = []
    start, chunk = 0, stream.read(_CHUNK)
    while chunk:
        inflater, inflated, position = zlib.decompressobj(16 + zlib.MAX_WBITS), 0, start
        while True:
            data = chunk
            try:
                while data and not inflater.eof:
                    inflated += len(inflater.decompress(data, _CHUNK))
                    data = inflater.unconsumed_tail
                    if inflated > limit:
                        return members
            except zlib.error:
                return members
            if inflater.eof:
                break
            position += len(chunk)
            if not (chunk := stream.read(_CHUNK)):
                return members  # the file ends inside this member
        end = position + len(chunk) - len(inflater.unused_data)
        members.append((start, end))
        start, chunk = end, inflater.unused_data or stream.read(_CHUNK)
    return members


@dataclass(frozen=True)
class Salvage:
    """What recovery found in an unclosed file: the captures to adopt, and where its whole records end."""

    file: str  # relative to the archive root
    adopted: tuple[Capture, ...]  # whole, verified records past the last capture its writer reported
    records: int  # whole records, from the start of the file
    whole_bytes: int  # where they end: the torn tail, if any, starts here
    size: int
    damaged: str = ""  # a record its writer reported is not whole: the file is left as found

    @property
    def torn_bytes(self) -> int:
        return self.size - self.whole_bytes


class WriterAlive(RetryableError):
    """An unclosed file whose writer is still alive: recovering it now would race the writer."""


class UnclosedWarc:
    """A WARC file whose writer died before closing it (kill -9, power cut), claimed for recovery.

    ``scan`` reads it without changing it; ``seal`` then moves a torn tail aside (``<file>.torn``,
    read-only: nothing is deleted) and closes the file as its writer would have (read-only, listed
    in the manifest). Whoever adopts the scanned captures records them before sealing, so a
    recovery killed half-way is simply done again.
    """

    def __init__(self, root: Path, name: str, lock: int) -> None:
        self.root, self.name, self.path, self._lock = root, name, root / name, lock

    @classmethod
    @contextlib.contextmanager
    def claim(cls, root: Path, name: str, wait_s: float = 10) -> Iterator[UnclosedWarc | None]:
        """The file ``name`` (relative to ``root``) locked for recovery; None when it does not exist or
        was closed (listed in the manifest). ``WriterAlive`` when its writer still holds it after
        ``wait_s``: a crawl child that outlived its run, which the watchdog is about to kill."""
        deadline = time.monotonic() + wait_s
        try:
            while (lock := _lock_file(root / name)) is None:
                if time.monotonic() > deadline:
                    raise WriterAlive(f"archive file {name} is still being written by a process that outlived "
                                      "its run: its recovery is retried later")
                time.sleep(0.1)
        except FileNotFoundError:
            yield None
            return
        try:
            listed = (root / MANIFEST).is_file() and name in read_manifest(root / MANIFEST)[0]
            yield None if listed else cls(root, name, lock)
        finally:
            os.close(lock)

    def scan(self, reported: Iterable[Capture]) -> Salvage:
        """Verify every record (whole gzip member, digests, record cap) up to the first that fails, and
        rebuild the Captures of the records past the last one in ``reported`` (its writer's manifests)."""
        known = {c.warc_record_id: c for c in reported if c.warc_file == self.name}
        last = max((c.warc_offset for c in known.values()), default=-1)
        adopted: dict[str, Capture] = {}
        records = whole = 0
        with open(self.path, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            for start, end in _whole_members(stream, archive_record_cap() + MEMBER_HEADROOM):
                found = self._verified_record(stream, start)
                if found is None:
                    break
                records, whole = records + 1, end
                record, payload = found
                record_id = record.rec_headers.get_header("WARC-Record-ID") or ""
                if start > last and record_id not in known:
                    self._adopt(record, payload, start, known, adopted)
        damaged = "" if whole > last else f"the record its writer reported at byte {last} is not whole"
        return Salvage(self.name, tuple(adopted.values()), records, whole, size, damaged)

    def _verified_record(self, stream: BinaryIO, start: int) -> tuple[ArcWarcRecord, bytes] | None:
        """The record of the whole member at ``start`` and its payload, if its digests verify."""
        stream.seek(start)
        try:
            record = next(iter(open_records(stream, self.name, check_digests=True)), None)
            if record is None:
                return None
            payload = read_capped(record, self.name, start)
        except Exception:  # noqa: BLE001 - a record that cannot be read is not whole: the tail starts here
            return None
        if not record.rec_headers.get_header("WARC-Block-Digest") or record.digest_checker.passed is False:
            return None
        return record, payload

    def _adopt(self, record: ArcWarcRecord, payload: bytes, start: int, known: dict[str, Capture],
               adopted: dict[str, Capture]) -> None:
        """A page (response), its screenshot (resource) or a post parsed from it (metadata): as the
        crawler's item pipeline reported them."""
        headers = record.rec_headers
        record_id = headers.get_header("WARC-Record-ID") or ""
        if record.rec_type == "response":
            adopted[record_id] = capture_of_response(record, payload, self.name, start)
        elif record.rec_type == "resource" and (page_id := headers.get_header("WARC-Concurrent-To")) in adopted:
            adopted[page_id] = dataclasses.replace(adopted[page_id], screenshot_record_id=record_id)
        elif record.rec_type == "metadata" and record.content_type == POST_CONTENT_TYPE:
            page_id = headers.get_header("WARC-Refers-To") or ""
            page = adopted.get(page_id) or known.get(page_id) or Capture(
                url="", final_url="", status=200, fetched_at=headers.get_header("WARC-Date") or "", sha256="",
                warc_file=self.name, warc_offset=0, warc_record_id=page_id,
                source_id=headers.get_header(SOURCE_HEADER) or "")
            adopted[record_id] = post_capture(page, headers.get_header("WARC-Target-URI") or "",
                                              hashlib.sha256(payload).hexdigest(), start, record_id)

    def seal(self, salvage: Salvage) -> str:
        """Move the torn tail aside and close the file; the quarantine file's name ("" if no tail).
        A file with no whole record is moved aside whole (nothing is listed)."""
        assert not salvage.damaged, salvage.damaged
        quarantine = self.path.with_name(self.path.name + TORN_SUFFIX)
        if not salvage.records:
            self.path.chmod(0o444)
            os.replace(self.path, quarantine)
            return str(quarantine.relative_to(self.root))
        torn = ""
        if salvage.torn_bytes:
            partial = quarantine.with_name(quarantine.name + ".part")
            partial.unlink(missing_ok=True)  # left by a recovery killed half-way
            with open(self.path, "rb") as stream, open(partial, "wb") as out:
                stream.seek(salvage.whole_bytes)
                shutil.copyfileobj(stream, out)
            partial.chmod(0o444)
            os.replace(partial, quarantine)  # whole before the cut below: a kill in between loses nothing
            os.truncate(self.path, salvage.whole_bytes)
            torn = str(quarantine.relative_to(self.root))
        self.path.chmod(0o444)
        list_in_manifest(self.root, self.path, salvage.records)
        return torn
