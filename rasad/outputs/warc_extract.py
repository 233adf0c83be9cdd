"""Copy the WARC records of one capture, byte for byte, out of the archive into a small WARC of its own.

A capture is found by the SHA-256 of its payload (the lead's ``capture_sha256``): the response record
whose ``WARC-Payload-Digest`` names it (recomputed before it is trusted), the records written with it
(request, screenshot: ``WARC-Concurrent-To`` the response) and the ``warcinfo`` record of its file.
Records are copied as stored (one gzip member each), so their digests still verify.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.archive import RecordTooBig, open_records, read_capped, skip_capped

log = logging.getLogger(__name__)


@dataclass
class ExtractedCapture:
    """What was copied for one payload digest."""

    sha256: str
    records: int = 0
    source_files: list[str] = field(default_factory=list)
    screenshot: bytes | None = None


def payload_digest_header(sha256_hex: str) -> str:
    """The ``WARC-Payload-Digest`` value our archive writes for a payload of this SHA-256."""
    return "sha256:" + base64.b32encode(bytes.fromhex(sha256_hex)).decode()


def archive_files(root: Path) -> list[Path]:
    return sorted([*root.rglob("*.warc.gz"), *root.rglob("*.warc")])


def extract_captures(root: Path, wanted: set[str], out_dir: Path, days: Iterable[str] = ()
                     ) -> dict[str, ExtractedCapture]:
    """Write ``<sha256>.warc.gz`` (or ``.warc``) in ``out_dir`` for every wanted payload digest found.

    The archive files in ``days`` (``YYYY/MM/DD`` folders, where the archive writes a night's captures)
    are read first; the rest of the archive only for digests still missing.
    """
    files = archive_files(root)
    hinted = [path for path in files if path.parent.relative_to(root).as_posix() in set(days)]
    found: dict[str, ExtractedCapture] = {}
    for batch in (hinted, [path for path in files if path not in hinted]):
        missing = wanted - set(found)
        if not missing:
            break
        headers = {payload_digest_header(sha): sha for sha in missing}
        for path in batch:
            _copy_from(path, root, headers, out_dir, found)
    return found


def _copy_from(path: Path, root: Path, headers: dict[str, str], out_dir: Path,
               found: dict[str, ExtractedCapture]) -> None:
    try:
        records = _records_of(path, headers)
    except RecordTooBig as exc:  # names the file, offset and record: no content
        log.warning("archive file skipped: %s", exc)
        return
    except Exception as exc:  # noqa: BLE001 - one damaged file must not stop a referral; `archive verify` reports it
        log.warning("archive file %s unreadable (%s); skipped", path.relative_to(root), type(exc).__name__)
        return
    for sha, (spans, screenshot) in records.items():
        extracted = found.setdefault(sha, ExtractedCapture(sha))
        suffix = ".warc.gz" if path.name.endswith(".gz") else ".warc"
        with open(path, "rb") as source, open(out_dir / f"{sha}{suffix}", "ab") as sink:
            for offset, length in spans:
                source.seek(offset)
                sink.write(source.read(length))
        extracted.records += len(spans)
        extracted.source_files.append(str(path.relative_to(root)))
        extracted.screenshot = extracted.screenshot or screenshot


def _records_of(path: Path, headers: dict[str, str]) -> dict[str, tuple[list[tuple[int, int]], bytes | None]]:
    """(offset, length) of the records to copy from one file, per wanted digest, and a screenshot."""
    warcinfo: tuple[int, int] | None = None
    by_response: dict[str, str] = {}  # response record id -> sha256
    result: dict[str, tuple[list[tuple[int, int]], bytes | None]] = {}
    trailer = 0 if path.name.endswith(".gz") else 4  # uncompressed: the record's closing CRLF CRLF
    with open(path, "rb") as stream:
        iterator = open_records(stream, str(path))
        for record in iterator:
            kind = record.rec_type
            record_id = record.rec_headers.get_header("WARC-Record-ID")
            sha = headers.get(record.rec_headers.get_header("WARC-Payload-Digest") or "")
            concurrent = by_response.get(record.rec_headers.get_header("WARC-Concurrent-To") or "")
            start = iterator.offset  # where this record starts
            if (sha and kind == "response") or concurrent:
                payload = read_capped(record, str(path), start)
            else:
                payload = b""
                skip_capped(record, str(path), start)  # read_to_end() below would inflate it whole
            if sha and kind == "response" and hashlib.sha256(payload).hexdigest() != sha:
                sha = None  # the header lies: the archive check reports it, we copy nothing
            iterator.read_to_end(record)  # offset and length are known once the record is read
            span = (iterator.get_record_offset(), iterator.get_record_length() + trailer)
            if kind == "warcinfo" and warcinfo is None:
                warcinfo = span
            elif sha and kind == "response":
                spans, shot = result.setdefault(sha, ([warcinfo] if warcinfo else [], None))
                spans.append(span)
                by_response[record_id] = sha
            elif concurrent:
                spans, shot = result[concurrent]
                spans.append(span)
                if kind == "resource" and record.rec_headers.get_header("Content-Type") == "image/png":
                    result[concurrent] = (spans, shot or payload)
    return result
