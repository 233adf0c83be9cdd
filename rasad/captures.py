"""Find an archived capture by the SHA-256 a lead holds, and read it back for a monitor.

Leads keep the payload digest in hex; WARC records carry it as ``WARC-Payload-Digest: sha256:<base32>``
(warcio's convention). Files are scanned once and their record index is kept per (path, size, mtime),
so a closed, read-only WARC file is never read twice for lookups.
"""

from __future__ import annotations

import base64
import binascii
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from pipelines.archive import RecordTooBig, open_records, read_body, skip_capped
from rasad.errors import UserError
from rasad.records import Capture


class CaptureUnreadable(UserError):
    """A WARC record the archive cannot give back whole (it inflates past the record cap): one line, no content."""


_HEX_RE = re.compile(r"^[0-9a-f]{64}$")
WARC_SUFFIXES = (".warc.gz", ".warc")


@dataclass(frozen=True)
class CapturePointer:
    """Where a capture lives in the archive: enough to read, cite and export it."""

    sha256: str  # hex, as in Lead.capture_sha256
    warc_file: str  # relative to the archive root
    offset: int
    length: int  # bytes of the (compressed) record in the file
    record_id: str
    target_uri: str
    fetched_at: str
    content_type: str
    status: int
    screenshot_offset: int | None = None
    screenshot_record_id: str = ""


def digest_to_hex(header: str) -> str | None:
    """``sha256:<base32>`` (or ``sha256:<hex>``) to lowercase hex; None for other algorithms or junk."""
    algorithm, _, value = (header or "").partition(":")
    if algorithm.strip().lower() != "sha256":
        return None
    value = value.strip()
    if _HEX_RE.match(value.lower()):
        return value.lower()
    try:
        raw = base64.b32decode(value.upper() + "=" * (-len(value) % 8))
    except (binascii.Error, ValueError):
        return None
    return raw.hex() if len(raw) == 32 else None


def check_sha256(value: str) -> str:
    value = value.strip().lower()
    if not _HEX_RE.match(value):
        raise UserError("a capture is named by its SHA-256: 64 hex characters")
    return value


@dataclass(frozen=True)
class FileIndex:
    """The captures of one WARC file; ``unreadable`` names the record the scan stopped at (past the cap),
    and ``refused`` its digest: the records after it cannot be reached without inflating it whole."""

    found: dict[str, CapturePointer]
    unreadable: str = ""
    refused: str = ""


_cache: dict[str, tuple[tuple[int, int], FileIndex]] = {}
_lock = threading.Lock()


def _index_file(root: Path, path: Path) -> FileIndex:
    found: dict[str, CapturePointer] = {}
    unreadable = refused = ""
    screenshots: dict[str, tuple[int, str]] = {}  # response record id -> (offset, screenshot record id)
    relative = str(path.relative_to(root))
    pending = None  # (sha, ...) of the response being read
    with open(path, "rb") as stream:
        records = open_records(stream, relative)
        try:
            for record in records:
                headers = record.rec_headers
                kind = record.rec_type
                offset = records.offset  # where this record starts (get_record_offset() would inflate it whole)
                if kind == "resource" and (record.content_type or "").startswith("image/"):
                    concurrent = headers.get_header("WARC-Concurrent-To")
                    if concurrent:
                        screenshots[concurrent] = (offset, headers.get_header("WARC-Record-ID") or "")
                if kind == "response":
                    sha = digest_to_hex(headers.get_header("WARC-Payload-Digest") or "")
                    if sha:
                        http = record.http_headers
                        pending = (sha, headers.get_header("WARC-Record-ID") or "",
                                   headers.get_header("WARC-Target-URI") or "",
                                   headers.get_header("WARC-Date") or "",
                                   http.get_header("Content-Type") or "" if http else "",
                                   int(http.get_statuscode() or 0) if http else 0)
                skip_capped(record, relative, offset)  # to the end, so the record length is known
                if pending and pending[0] not in found:
                    sha, record_id, uri, date, content_type, status = pending
                    found[sha] = CapturePointer(sha, relative, offset, records.get_record_length(), record_id, uri,
                                                date, content_type, status)
                pending = None
        except RecordTooBig as exc:  # the records after it cannot be reached without inflating it whole
            unreadable, refused = str(exc), pending[0] if pending else ""
    for sha, pointer in found.items():
        shot = screenshots.get(pointer.record_id)
        if shot:
            found[sha] = CapturePointer(**{**pointer.__dict__, "screenshot_offset": shot[0],
                                           "screenshot_record_id": shot[1]})
    return FileIndex(found, unreadable, refused)


def find_capture(root: Path, sha256: str) -> CapturePointer | None:
    """The first response record in the archive whose payload has this SHA-256 (hex).

    ``CaptureUnreadable`` when it is a record past the cap, or when it is not found and a file could
    not be scanned to its end (the capture may be behind the record that stopped the scan).
    """
    sha256 = check_sha256(sha256)
    if not root.exists():
        return None
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.name.endswith(WARC_SUFFIXES))
    stopped = ""
    for path in files:
        stat = path.stat()
        key = (stat.st_size, stat.st_mtime_ns)
        with _lock:
            cached = _cache.get(str(path))
        if cached is None or cached[0] != key:
            cached = (key, _index_file(root, path))
            with _lock:
                _cache[str(path)] = cached
        index = cached[1]
        if index.refused == sha256:
            raise CaptureUnreadable(index.unreadable)
        pointer = index.found.get(sha256)
        if pointer is not None:
            return pointer
        stopped = stopped or index.unreadable
    if stopped:
        raise CaptureUnreadable(f"capture {sha256} not found, and the archive could not be read whole: {stopped}")
    return None


def _as_capture(pointer: CapturePointer, offset: int | None = None) -> Capture:
    return Capture(url=pointer.target_uri, final_url=pointer.target_uri, status=pointer.status,
                   fetched_at=pointer.fetched_at, sha256=pointer.sha256, warc_file=pointer.warc_file,
                   warc_offset=pointer.offset if offset is None else offset, warc_record_id=pointer.record_id)


def read_payload(root: Path, pointer: CapturePointer) -> bytes:
    """The archived response body, as received."""
    try:
        return read_body(root, _as_capture(pointer))
    except RecordTooBig as exc:
        raise CaptureUnreadable(str(exc)) from None


def read_screenshot(root: Path, pointer: CapturePointer) -> bytes | None:
    if pointer.screenshot_offset is None:
        return None
    try:
        return read_body(root, _as_capture(pointer, pointer.screenshot_offset))
    except RecordTooBig as exc:
        raise CaptureUnreadable(str(exc)) from None


def read_record(root: Path, pointer: CapturePointer) -> bytes:
    """The WARC record itself, byte for byte as stored (a gzip member in a .warc.gz): a valid WARC file."""
    with open(root / pointer.warc_file, "rb") as stream:
        stream.seek(pointer.offset)
        return stream.read(pointer.length)


def pointer_lines(root: Path, sha256: str) -> list[str]:
    """What ``rasad leads show`` and ``rasad archive show`` print about a capture: where it is."""
    try:
        pointer = find_capture(root, sha256)
    except CaptureUnreadable as exc:
        return [f"{'capture':>15}: {sha256} (unreadable: {exc})"]
    except UserError:
        return [f"{'capture':>15}: {sha256 or '-'} (not a SHA-256)"]
    if pointer is None:
        return [f"{'capture':>15}: {sha256} (not in the archive at {root})"]
    return [f"{'capture':>15}: {pointer.sha256}",
            f"{'warc file':>15}: {pointer.warc_file}",
            f"{'warc offset':>15}: {pointer.offset}",
            f"{'warc record':>15}: {pointer.record_id}",
            f"{'fetched':>15}: {pointer.fetched_at} {pointer.target_uri}",
            f"{'content type':>15}: {pointer.content_type or '-'} (HTTP {pointer.status})",
            *([f"{'screenshot':>15}: {pointer.screenshot_record_id}"] if pointer.screenshot_record_id else [])]


def show_command(root: Path, sha256: str, out: str | None = None, open_body: bool = False) -> int:
    """``rasad archive show SHA256``: the pointer; ``--out FILE`` the WARC record; ``--open`` the payload as text."""
    import sys

    from rasad.safe_text import clean_multiline

    pointer = find_capture(root, sha256)
    if pointer is None:
        raise UserError(f"no capture {check_sha256(sha256)} in the archive at {root}")
    if out:
        try:
            with open(out, "xb") as target:
                target.write(read_record(root, pointer))
        except FileExistsError:
            raise UserError(f"{out} exists: choose another file (nothing was overwritten)") from None
        except OSError as exc:
            raise UserError(f"cannot write {out}: {exc.strerror or exc}") from None
        print(f"WARC record {pointer.record_id} written to {out}", file=sys.stderr)
        return 0
    if open_body:
        # Crawled bytes are hostile: decoded leniently and stripped of terminal controls.
        print(clean_multiline(read_payload(root, pointer).decode("utf-8", errors="replace")))
        return 0
    for line in pointer_lines(root, sha256):
        print(line)
    return 0
