"""The evidence archive: WARC 1.1 records with SHA-256 digests that read back byte for byte."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from pipelines.archive import WarcArchive, read_body

BODY = "<html><body><p>قتل مدنيان في طرابلس</p></body></html>".encode()


def write_one(root: Path) -> tuple[WarcArchive, object]:
    archive = WarcArchive(root)
    capture = archive.write_exchange(
        url="http://127.0.0.1/a", final_url="http://127.0.0.1/b", status=200,
        response_headers=[("Content-Type", "text/html; charset=utf-8"), ("Transfer-Encoding", "chunked")],
        body=BODY, ip="127.0.0.1", redirect_chain=("http://127.0.0.1/a",), source_id="s1",
    )
    archive.close()
    return archive, capture


def test_capture_reads_back_byte_for_byte(tmp_path: Path) -> None:
    _, capture = write_one(tmp_path)
    assert read_body(tmp_path, capture) == BODY
    assert capture.sha256 == hashlib.sha256(BODY).hexdigest()
    assert capture.redirect_chain == ("http://127.0.0.1/a",)


def test_warc_records_carry_sha256_digests(tmp_path: Path) -> None:
    archive, _ = write_one(tmp_path)
    expected = "sha256:" + base64.b32encode(hashlib.sha256(BODY).digest()).decode()
    with open(archive.path, "rb") as stream:
        records = [(r.rec_type, r.rec_headers) for r in ArchiveIterator(stream)]
    kinds = [kind for kind, _ in records]
    assert kinds == ["warcinfo", "response", "request"]
    response = records[1][1]
    assert response.protocol == "WARC/1.1"
    assert response.get_header("WARC-Payload-Digest") == expected
    assert response.get_header("WARC-Block-Digest").startswith("sha256:")
    assert response.get_header("WARC-IP-Address") == "127.0.0.1"
    assert records[2][1].get_header("WARC-Concurrent-To") == response.get_header("WARC-Record-ID")


def test_closed_archive_is_read_only(tmp_path: Path) -> None:
    archive, _ = write_one(tmp_path)
    assert archive.path.stat().st_mode & 0o222 == 0
    assert archive.path.is_relative_to(tmp_path)
