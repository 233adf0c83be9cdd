"""Capture lookup by the hex SHA-256 a lead holds (WARC digests are base32), export of the record,
and the CLI that shows it (`rasad archive show`, the pointer in `rasad leads show`)."""

from __future__ import annotations

import base64
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.archive import WarcArchive, verify_file
from rasad.captures import digest_to_hex, find_capture, read_payload, read_record, read_screenshot

PAGE = "<html><body><p>قتل ثلاثة مدنيين\x1b[2J</p></body></html>".encode()
PNG = b"\x89PNG\r\n\x1a\n" + b"0" * 64


@pytest.fixture()
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "data" / "archive"
    with WarcArchive(root) as warc:
        warc.write_exchange(url="http://site.example/a", final_url="http://site.example/a", status=200,
                            response_headers=[("Content-Type", "text/html")], body=b"other page")
        warc.write_exchange(url="http://site.example/b", final_url="http://site.example/b", status=200,
                            response_headers=[("Content-Type", "text/html; charset=utf-8")], body=PAGE,
                            screenshot=PNG, rendered=True)
    return root


def test_digest_forms() -> None:
    raw = hashlib.sha256(b"x").digest()
    assert digest_to_hex("sha256:" + base64.b32encode(raw).decode()) == raw.hex()
    assert digest_to_hex("sha256:" + raw.hex().upper()) == raw.hex()
    assert digest_to_hex("sha1:" + base64.b32encode(raw[:20]).decode()) is None
    assert digest_to_hex("sha256:not-base32!") is None


def test_find_read_and_export(archive: Path, tmp_path: Path) -> None:
    sha = hashlib.sha256(PAGE).hexdigest()
    pointer = find_capture(archive, sha)
    assert pointer is not None and pointer.target_uri == "http://site.example/b" and pointer.status == 200
    assert read_payload(archive, pointer) == PAGE
    assert read_screenshot(archive, pointer) == PNG
    exported = tmp_path / "one.warc.gz"
    exported.write_bytes(read_record(archive, pointer))
    records, problems = verify_file(exported)
    assert records == 1 and problems == []  # a valid one-record WARC whose digest still checks
    assert find_capture(archive, "0" * 64) is None
    other = find_capture(archive, hashlib.sha256(b"other page").hexdigest())
    assert other is not None and read_screenshot(archive, other) is None


def rasad(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RASAD_")}
    env["RASAD_DATA_DIR"] = str(data_dir)
    return subprocess.run([sys.executable, "-m", "rasad.cli", *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False)


def test_archive_show_cli(archive: Path, tmp_path: Path) -> None:
    data = archive.parent
    sha = hashlib.sha256(PAGE).hexdigest()
    shown = rasad(data, "archive", "show", sha)
    assert shown.returncode == 0 and "warc offset" in shown.stdout and "<urn:uuid:" in shown.stdout
    opened = rasad(data, "archive", "show", sha, "--open")
    assert "قتل ثلاثة مدنيين" in opened.stdout and "\x1b" not in opened.stdout  # no terminal escapes
    out = tmp_path / "rec.warc.gz"
    assert rasad(data, "archive", "show", sha, "--out", str(out)).returncode == 0
    assert verify_file(out)[1] == []
    again = rasad(data, "archive", "show", sha, "--out", str(out))
    assert again.returncode == 2 and "nothing was overwritten" in again.stderr
    for bad, fragment in (("zz", "64 hex"), ("0" * 64, "no capture")):
        answer = rasad(data, "archive", "show", bad)
        assert answer.returncode == 2 and fragment in answer.stderr
        assert answer.stderr.startswith("rasad archive: error: ") and answer.stderr.count("\n") == 1
