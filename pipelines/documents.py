"""Pages to extract, read from what a user points at: .html, .html.gz, .warc(.gz) files or a URL.

Each input becomes (body, Capture) items, or one InputError with a reason, so that a bad input
costs one line of output and the other inputs still get theirs. Saved files get a file:// URL and
their modification time as the crawl time (the base for relative dates such as أمس).
"""

from __future__ import annotations

import gzip
import hashlib
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from warcio.exceptions import ArchiveLoadFailed

from pipelines.archive import SOURCE_HEADER, RecordTooBig, open_records, read_capped
from rasad.records import POST_CONTENT_TYPE, Capture
from rasad.settings import user_agent

MAX_INPUT_BYTES = (
    256 * 1024 * 1024
)  # beyond this a file is refused before reading (extract has its own budget)
URL_TIMEOUT_SECONDS = 30


@dataclass(frozen=True)
class InputItem:
    body: bytes
    capture: Capture


@dataclass(frozen=True)
class InputError:
    source: str
    reason: str


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _capture(
    url: str,
    body: bytes,
    fetched_at: str,
    content_type: str = "",
    status: int = 200,
    warc_file: str = "",
    offset: int = 0,
    record_id: str = "",
    source_id: str = "",
) -> Capture:
    return Capture(
        url=url,
        final_url=url,
        status=status,
        fetched_at=fetched_at,
        sha256=hashlib.sha256(body).hexdigest(),
        warc_file=warc_file,
        warc_offset=offset,
        warc_record_id=record_id,
        content_type=content_type,
        source_id=source_id,
    )


def read_inputs(source: str, *, allow_private: bool = False) -> Iterator[InputItem | InputError]:
    """The documents in one input (a WARC file may hold many). A URL on an internal address (or
    redirecting to one) is refused unless ``allow_private``."""
    if source.startswith(("http://", "https://")):
        yield _read_url(source, allow_private)
        return
    if source == "-":
        yield _read_stdin()
        return
    path = Path(source)
    if not path.exists():
        yield InputError(source, "no such file")
        return
    if path.is_dir():
        yield InputError(source, "is a directory; pass the files in it")
        return
    if not path.is_file() and not path.is_fifo():
        yield InputError(source, "not a regular file (a device?): pass a file, a pipe or - for stdin")
        return
    size = path.stat().st_size
    if size > MAX_INPUT_BYTES:
        yield InputError(source, f"file of {size} bytes is over the {MAX_INPUT_BYTES}-byte input limit")
        return
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        yield from read_warc(path)
        return
    fetched_at = _utc(datetime.fromtimestamp(path.stat().st_mtime, UTC))
    try:
        with path.open("rb") as stream:
            body = _read_capped(stream)  # a pipe's size is not known in advance
        if name.endswith(".gz"):
            body = _gunzip(body)
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    except (gzip.BadGzipFile, EOFError, zlib.error):
        yield InputError(source, "not a valid gzip file")
        return
    except _TooBig as exc:
        yield InputError(source, str(exc))
        return
    yield InputItem(body, _capture(path.resolve().as_uri(), body, fetched_at))


class _TooBig(Exception):
    pass


def _read_capped(stream: BinaryIO) -> bytes:
    """At most MAX_INPUT_BYTES from a stream; _TooBig beyond (also for decompressing readers)."""
    data = stream.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise _TooBig(f"over the {MAX_INPUT_BYTES}-byte input limit")
    return data


def _read_stdin() -> InputItem | InputError:
    import sys

    try:
        body = _read_capped(sys.stdin.buffer)
    except _TooBig as exc:
        return InputError("-", f"stdin {exc}")
    return InputItem(body, _capture("stdin:", body, _utc(datetime.now(UTC))))


def _gunzip(data: bytes) -> bytes:
    """Decompress with a cap, so that a gzip bomb cannot fill the memory."""
    stream = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = stream.decompress(data, MAX_INPUT_BYTES + 1)
    if len(out) > MAX_INPUT_BYTES:
        raise _TooBig(f"decompresses to over {MAX_INPUT_BYTES} bytes")
    if not stream.eof:
        raise EOFError("truncated gzip stream")
    return out


def _read_url(url: str, allow_private: bool = False) -> InputItem | InputError:
    from rasad.netguard import PublicOnlyRedirects, check_public_url

    if not allow_private:
        try:
            check_public_url(url)
        except ValueError as exc:
            return InputError(url, str(exc))
    opener = urllib.request.build_opener(*([] if allow_private else [PublicOnlyRedirects]))
    request = urllib.request.Request(url, headers={"User-Agent": user_agent()})
    try:
        with opener.open(request, timeout=URL_TIMEOUT_SECONDS) as response:
            body = response.read(MAX_INPUT_BYTES + 1)
            if len(body) > MAX_INPUT_BYTES:
                return InputError(url, f"response over the {MAX_INPUT_BYTES}-byte input limit")
            capture = _capture(
                url, body, _utc(datetime.now(UTC)), response.headers.get("Content-Type", ""), response.status
            )
            final = response.geturl()
            if final != url:
                capture = Capture(**{**capture.to_dict(), "final_url": final, "redirect_chain": (url,)})
            return InputItem(body, capture)
    except urllib.error.HTTPError as exc:
        return InputError(url, f"HTTP {exc.code} {exc.reason}")
    except urllib.error.URLError as exc:
        return InputError(url, f"cannot fetch: {exc.reason}")
    except (TimeoutError, OSError) as exc:
        return InputError(url, f"cannot fetch: {exc}")


def read_warc(path: Path, root: Path | None = None) -> Iterator[InputItem | InputError]:
    """Every HTTP response record and parsed post of a WARC file, with its offset (so a Capture points back to it).

    With ``root`` (the archive root), ``Capture.warc_file`` is relative to it, as the archive writes it.
    """
    warc_file = str(path.relative_to(root)) if root is not None else str(path)
    found = 0
    try:
        with open(path, "rb") as stream:
            records = open_records(stream, warc_file)
            for record in records:
                post = record.rec_type == "metadata" and record.rec_headers.get_header("Content-Type") == (
                    POST_CONTENT_TYPE)
                if not post and (record.rec_type != "response" or record.http_headers is None):
                    continue
                start = records.offset  # where this record starts (get_record_offset() reads it whole first)
                try:  # inflated with the archive's record cap (gzip bombs)
                    body = read_capped(record, warc_file, start)
                except RecordTooBig as exc:  # the records after it cannot be reached without inflating it
                    yield InputError(f"{path}@{start}", str(exc))
                    return
                offset = records.get_record_offset()
                headers = record.rec_headers
                found += 1
                if post:
                    yield InputItem(body, _capture(
                        headers.get_header("WARC-Target-URI") or "", body, headers.get_header("WARC-Date") or "",
                        POST_CONTENT_TYPE, 200, warc_file, offset, headers.get_header("WARC-Record-ID") or "",
                        headers.get_header(SOURCE_HEADER) or ""))
                    continue
                status = int(record.http_headers.get_statuscode() or 0)
                declared = record.http_headers.get_header("Content-Length") or ""
                if declared.isdigit() and len(body) < int(declared):
                    yield InputError(
                        f"{path}@{offset}", f"truncated WARC record ({len(body)} of {declared} bytes)"
                    )
                    continue
                yield InputItem(
                    body,
                    _capture(
                        headers.get_header("WARC-Target-URI") or "",
                        body,
                        headers.get_header("WARC-Date") or "",
                        record.http_headers.get_header("Content-Type") or "",
                        status,
                        warc_file,
                        offset,
                        headers.get_header("WARC-Record-ID") or "",
                        headers.get_header(SOURCE_HEADER) or "",
                    ),
                )
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, RecordTooBig) as exc:
        yield InputError(str(path), f"unreadable WARC file: {exc}")
        return
    if not found:
        yield InputError(str(path), "WARC file holds no HTTP response records")
