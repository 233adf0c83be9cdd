"""`rasad extract PATH_OR_URL...`: one JSON line per document, one stderr line per bad input."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.archive import WarcArchive
from tests.pipelines.test_extract import ARABIC_ARTICLE, ENGLISH_ARTICLE
from tests.sites.server import serve

KEYS = {"url", "title", "text", "published_at", "language", "language_confidence", "arabizi"}
REPO = Path(__file__).resolve().parents[2]


def rasad(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rasad.cli", "extract", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
        check=False,
    )


def lines(result: subprocess.CompletedProcess[str]) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.fixture()
def inputs(tmp_path: Path) -> dict[str, Path]:
    html = tmp_path / "article.html"
    html.write_text(ARABIC_ARTICLE, encoding="utf-8")
    gz = tmp_path / "english.html.gz"
    gz.write_bytes(gzip.compress(ENGLISH_ARTICLE.encode()))
    with WarcArchive(tmp_path / "archive") as warc:
        for n, body in enumerate((ARABIC_ARTICLE, ENGLISH_ARTICLE)):
            warc.write_exchange(
                url=f"https://x.ly/{n}",
                final_url=f"https://x.ly/{n}",
                status=200,
                response_headers=[("Content-Type", "text/html")],
                body=body.encode(),
            )
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + bytes(300))
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    return {"html": html, "gz": gz, "warc": warc.path, "pdf": pdf, "empty": empty}


def test_html_gz_and_warc_inputs(inputs):
    result = rasad(str(inputs["html"]), str(inputs["gz"]), str(inputs["warc"]))
    assert result.returncode == 0, result.stderr
    rows = lines(result)
    assert len(rows) == 4
    assert all(set(row) == KEYS for row in rows)
    assert [row["language"] for row in rows] == ["ar", "en", "ar", "en"]
    assert rows[0]["url"] == inputs["html"].resolve().as_uri()
    assert rows[0]["published_at"] == "2026-11-20T09:30:00+02:00"
    assert [row["url"] for row in rows[2:]] == ["https://x.ly/0", "https://x.ly/1"]
    assert "أبوسليم" in rows[0]["text"] and "جميع الحقوق" not in rows[0]["text"]


def test_bad_inputs_cost_one_stderr_line_each_and_the_rest_still_print(inputs, tmp_path):
    result = rasad(
        str(inputs["pdf"]),
        str(inputs["html"]),
        str(tmp_path / "nope.html"),
        str(inputs["empty"]),
        str(tmp_path),
    )
    assert result.returncode == 1
    assert len(lines(result)) == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 4, result.stderr
    assert "not HTML: application/pdf" in errors[0]
    assert "no such file" in errors[1]
    assert "empty body" in errors[2]
    assert "is a directory" in errors[3]
    assert "Traceback" not in result.stderr


def test_url_of_a_local_fixture_site(tmp_path):
    site = tmp_path / "site"
    (site / "2026" / "11" / "19").mkdir(parents=True)
    (site / "2026" / "11" / "19" / "story.html").write_text(ENGLISH_ARTICLE, encoding="utf-8")
    with serve(site) as base:
        result = rasad("--allow-private", f"{base}/2026/11/19/story.html", f"{base}/missing.html")
    assert result.returncode == 1
    rows = lines(result)
    assert len(rows) == 1 and rows[0]["language"] == "en" and rows[0]["published_at"] == "2026-11-19"
    assert "HTTP 404" in result.stderr


def test_full_output_has_clusters_and_duplicates(inputs):
    result = rasad("--full", str(inputs["html"]), str(inputs["warc"]))
    rows = lines(result)
    assert rows[0]["cluster_id"] and rows[0]["duplicate"] is None
    assert rows[1]["duplicate"] and rows[1]["duplicate"].startswith("duplicate: same text")


def test_truncated_warc_record_is_reported_not_half_extracted(inputs, tmp_path):
    truncated = tmp_path / "truncated.warc.gz"
    data = inputs["warc"].read_bytes()
    truncated.write_bytes(data[: len(data) // 3])
    result = rasad(str(truncated), str(inputs["html"]))
    assert result.returncode == 1
    assert len(lines(result)) == 1
    assert "truncated WARC record" in result.stderr or "unreadable WARC" in result.stderr


def test_fifty_megabyte_file_gets_a_clear_reason(tmp_path):
    big = tmp_path / "big.html"
    big.write_bytes(b"<html><body><p>" + "نص ".encode() * 10_000_000 + b"</p></body></html>")
    result = rasad(str(big))
    assert result.returncode == 1 and lines(result) == []
    assert "quarantined: page of 50000033 bytes is over the" in result.stderr


def test_internal_addresses_are_refused_unless_allowed(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "story.html").write_text(ENGLISH_ARTICLE, encoding="utf-8")
    with serve(site) as base:
        port = base.rsplit(":", 1)[1]
        internal = [f"{base}/story.html", f"http://localhost:{port}/story.html", f"http://2130706433:{port}/story.html",
                    f"http://0x7f.1:{port}/story.html", f"http://[::1]:{port}/story.html",
                    "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/", "http://192.168.0.1/",
                    "http://[fe80::1]/", "http://0.0.0.0/"]
        refused = rasad(*internal)
        allowed = rasad("--allow-private", f"{base}/story.html")
    assert refused.returncode == 1 and lines(refused) == []
    errors = refused.stderr.strip().splitlines()
    assert len(errors) == len(internal) and all("internal address" in line for line in errors), errors
    assert "--allow-private" in errors[0]
    assert allowed.returncode == 0 and len(lines(allowed)) == 1


def test_a_redirect_to_an_internal_address_is_refused():
    import urllib.error
    import urllib.request

    from rasad.netguard import PublicOnlyRedirects

    request = urllib.request.Request("http://93.184.215.14/a")
    with pytest.raises(urllib.error.URLError, match="internal address"):
        PublicOnlyRedirects().redirect_request(request, None, 302, "Found", {}, "http://2130706433/admin")
    followed = PublicOnlyRedirects().redirect_request(request, None, 302, "Found", {}, "http://93.184.215.15/b")
    assert followed is not None and followed.full_url == "http://93.184.215.15/b"


def test_stdin_is_read_with_a_cap(tmp_path, monkeypatch):
    import io

    from pipelines import documents

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ARABIC_ARTICLE.encode())))
    (item,) = list(documents.read_inputs("-"))
    assert isinstance(item, documents.InputItem) and item.body == ARABIC_ARTICLE.encode()
    monkeypatch.setattr(documents, "MAX_INPUT_BYTES", 1000)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"x" * 5000)))
    (error,) = list(documents.read_inputs("-"))
    assert isinstance(error, documents.InputError) and "over the 1000-byte input limit" in error.reason


def test_device_files_are_refused_without_reading_them():
    result = rasad("/dev/zero", "/dev/urandom")
    errors = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(errors) == 2 and all("not a regular file" in line for line in errors)


def test_a_compressed_warc_payload_is_decompressed_with_a_cap(tmp_path, monkeypatch):
    from pipelines import documents

    bomb = gzip.compress(b"<p>" + b" " * 5_000_000)
    with WarcArchive(tmp_path) as archive:
        archive.write_exchange(url="http://x.ly/1", final_url="http://x.ly/1", status=200,
                               response_headers=[("Content-Type", "text/html")], body=b"<p>ok</p>")
        path = archive.path
    raw = gzip.decompress(path.read_bytes())
    # The same record as another tool writes it: the payload still gzip-encoded, as sent.
    record = (b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://x.ly/bomb\r\n"
              b"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
              b"WARC-Date: 2026-11-20T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n")
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
            b"Content-Length: " + str(len(bomb)).encode() + b"\r\n\r\n" + bomb)
    other = tmp_path / "other.warc"
    other.write_bytes(raw + record + b"Content-Length: " + str(len(http)).encode() + b"\r\n\r\n" + http + b"\r\n\r\n")
    monkeypatch.setenv("RASAD_ARCHIVE_MAX_RECORD_BYTES", "1000000")
    items = list(documents.read_warc(other))
    assert isinstance(items[0], documents.InputItem)
    assert isinstance(items[1], documents.InputError) and "past the 1000000-byte cap" in items[1].reason
