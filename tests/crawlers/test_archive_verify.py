"""Evidence capture: WARC 1.1 records with SHA-256 digests, read-only files, tamper detection."""

from __future__ import annotations

import gzip
import hashlib
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from pipelines.archive import WarcArchive, read_body, verify

BODY = "<html><article><p>قصف على حي سكني</p></article></html>".encode()


def _write(root: Path, n: int = 3) -> Path:
    with WarcArchive(root) as archive:
        for i in range(n):
            archive.write_exchange(
                url=f"http://news.ly/a/{i}?utm_source=x", final_url=f"http://news.ly/b/{i}", status=200,
                response_headers=[("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")],
                body=BODY + str(i).encode(), ip="127.0.0.1",
                redirect_chain=(f"http://news.ly/a/{i}?utm_source=x", f"http://news.ly/b/{i}"),
                truncated=i == 2, truncated_reason="length", charset="utf-8", charset_flag="",
                screenshot=b"\x89PNG\r\n\x1a\nfake" if i == 1 else None,
            )
        path = archive.path
    return path


def test_records_carry_evidence_fields_and_sha256_digests(tmp_path: Path) -> None:
    path = _write(tmp_path)
    records = []
    with open(path, "rb") as stream:
        for record in ArchiveIterator(stream):
            assert record.rec_headers.protocol == "WARC/1.1"
            records.append((record.rec_type, dict(record.rec_headers.headers)))
    types = [kind for kind, _ in records]
    assert types[0] == "warcinfo"
    assert types.count("response") == 3 and types.count("request") == 3 and types.count("resource") == 1
    for kind, headers in records:
        assert headers["WARC-Block-Digest"].startswith("sha256:"), kind
        assert headers.get("WARC-Record-ID") and headers.get("WARC-Date")
    responses = [h for kind, h in records if kind == "response"]
    assert all(h["WARC-IP-Address"] == "127.0.0.1" for h in responses)
    assert all(h["WARC-Payload-Digest"].startswith("sha256:") for h in responses)
    assert responses[0]["WARC-Rasad-Redirect-Chain"].split() == ["http://news.ly/a/0?utm_source=x", "http://news.ly/b/0"]
    assert responses[2]["WARC-Truncated"] == "length" and "WARC-Truncated" not in responses[0]
    requests = [h for kind, h in records if kind == "request"]
    assert {h["WARC-Concurrent-To"] for h in requests} == {h["WARC-Record-ID"] for h in responses}


def test_capture_sha256_matches_the_archived_payload(tmp_path: Path) -> None:
    with WarcArchive(tmp_path) as archive:
        capture = archive.write_exchange(url="http://x/1", final_url="http://x/1", status=200,
                                         response_headers=[], body=BODY)
    assert read_body(tmp_path, capture) == BODY
    assert capture.sha256 == hashlib.sha256(BODY).hexdigest()


def test_closed_files_are_read_only(tmp_path: Path) -> None:
    path = _write(tmp_path)
    assert not path.stat().st_mode & 0o222
    if os.geteuid() != 0:  # root ignores file modes
        with pytest.raises(PermissionError):
            open(path, "ab")  # noqa: SIM115


def test_verify_passes_an_intact_archive(tmp_path: Path) -> None:
    _write(tmp_path)
    report = verify(tmp_path)
    assert report.ok and report.files == 1 and report.records == 8 and report.writable == []


def test_verify_flags_exactly_the_tampered_record(tmp_path: Path) -> None:
    path = _write(tmp_path / "archive")
    raw = gzip.decompress(path.read_bytes())
    at = raw.index(BODY + b"1") + 10
    tampered = tmp_path / "copy.warc"
    tampered.write_bytes(raw[:at] + bytes([raw[at] ^ 0x01]) + raw[at + 1:])
    report = verify(tampered)
    assert len(report.problems) == 1
    assert "digest failed" in report.problems[0].reason
    assert report.problems[0].record_id


def test_verify_flags_a_flipped_byte_in_the_compressed_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "archive")
    copy = tmp_path / "copy" / "x.warc.gz"
    copy.parent.mkdir()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    copy.write_bytes(bytes(data))
    assert not verify(copy.parent).ok


def test_cli_archive_verify(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    _write(root)
    command = [sys.executable, "-m", "rasad.cli", "archive", "verify", str(root)]
    ok = subprocess.run(command, check=False, capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0 and "checked: OK" in ok.stdout
    bad_root = tmp_path / "bad"
    shutil.copytree(root, bad_root)
    (bad_file,) = bad_root.rglob("*.warc.gz")
    bad_file.chmod(0o644)
    raw = bytearray(gzip.decompress(bad_file.read_bytes()))
    raw[raw.index(BODY + b"0") + 5] ^= 0x01
    bad_file.write_bytes(gzip.compress(bytes(raw)))
    bad = subprocess.run([*command[:-1], str(bad_root)], check=False, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1
    assert "TAMPERED" in bad.stdout and "Traceback" not in bad.stderr
    assert "writable" in bad.stderr


# --- Damage that digests alone cannot see: checked against the manifest written when a file is closed ---


def _member_offsets(path: Path) -> list[int]:
    with open(path, "rb") as stream:
        iterator = ArchiveIterator(stream)
        return [iterator.get_record_offset() for _ in iterator]


def _damaged(root: Path, path: Path, data: bytes) -> list[str]:
    path.chmod(0o644)
    path.write_bytes(data)
    path.chmod(0o444)
    return [f"{p.file}: {p.reason}" for p in verify(root).problems]


def test_verify_fails_on_truncation_at_any_byte_and_at_every_record_boundary(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    path = _write(root)
    original = path.read_bytes()
    boundaries = _member_offsets(path)[1:]  # cutting here leaves whole, digest-valid gzip members
    assert len(boundaries) >= 7
    rng = random.Random(14)
    cuts = sorted({*boundaries, *rng.sample(range(1, len(original)), 40)})
    label = str(path.relative_to(root))
    for cut in cuts:
        problems = _damaged(root, path, original[:cut])
        assert problems, f"truncation at byte {cut} of {len(original)} passed"
        assert all(p.startswith(label) for p in problems)
    assert not _damaged(root, path, original)


def test_verify_fails_on_single_bit_flips_at_many_offsets(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    path = _write(root)
    original = path.read_bytes()
    rng = random.Random(1401)
    for offset in rng.sample(range(len(original)), 80):
        data = bytearray(original)
        data[offset] ^= 1 << rng.randrange(8)
        assert _damaged(root, path, bytes(data)), f"bit flip at byte {offset} passed"


def test_verify_fails_when_a_record_count_differs_from_the_manifest(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    path = _write(root)
    original = path.read_bytes()
    first, second = _member_offsets(path)[1:3]
    problems = _damaged(root, path, original + original[first:second])  # one whole, valid record more
    assert any("9 records, manifest says 8" in p for p in problems)
    problems = _damaged(root, path, original[:first] + original[second:])  # one whole record gone
    assert any("7 records, manifest says 8" in p for p in problems)


def test_verify_fails_on_a_deleted_warc_and_on_a_file_never_closed(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    kept, deleted = _write(root), _write(root)
    deleted.unlink()
    report = verify(root)
    assert [p.file for p in report.problems] == [str(deleted.relative_to(root))]
    assert "missing" in report.problems[0].reason
    unclosed = WarcArchive(root)
    unclosed.write_exchange(url="http://x/1", final_url="http://x/1", status=200, response_headers=[], body=BODY)
    unclosed.flush()
    reasons = {p.file: p.reason for p in verify(root).problems}
    assert "not closed" in reasons[str(unclosed.path.relative_to(root))]
    assert str(kept.relative_to(root)) not in reasons
    unclosed.close()


def test_cli_archive_verify_names_the_truncated_file(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    path = _write(root)
    cut = _member_offsets(path)[3]
    _damaged(root, path, path.read_bytes()[:cut])
    result = subprocess.run([sys.executable, "-m", "rasad.cli", "archive", "verify", str(root)],
                            check=False, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert str(path.relative_to(root)) in result.stdout and "manifest says 8" in result.stdout


def test_an_archive_from_before_the_manifest_is_adopted_when_sound(tmp_path: Path) -> None:
    from pipelines.archive import MANIFEST

    root = tmp_path / "archive"
    sound, damaged = _write(root), _write(root)
    (root / MANIFEST).unlink()  # as written by an older rasad
    damaged.chmod(0o644)
    raw = bytearray(damaged.read_bytes())
    raw[len(raw) // 2] ^= 0x10
    damaged.write_bytes(bytes(raw))
    damaged.chmod(0o444)
    assert {p.file for p in verify(root).problems} >= {str(sound.relative_to(root))}
    command = [sys.executable, "-m", "rasad.cli", "archive", "adopt", str(root)]
    result = subprocess.run(command, check=False, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and f"NOT ADOPTED {damaged.relative_to(root)}" in result.stdout
    assert "1 file(s) added" in result.stdout
    assert {p.file for p in verify(root).problems} == {str(damaged.relative_to(root))}
