"""Charset faults seen on Arabic sites: decoded correctly or flagged, never silently garbled."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from pipelines.charset import decode_page, repair_mojibake
from pipelines.extract import extract_document
from rasad.errors import QuarantineItem
from rasad.records import Capture

PAGES = Path(__file__).resolve().parent / "data" / "pages"  # our own pages, built by build_pages.py
ARTICLE = (
    '<html><head><meta charset="{label}"><title>مقتل مدنيين في قصف على حي سكني بطرابلس</title></head>'
    "<body><article><p>قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف على حي سكني في منطقة أبوسليم جنوب "
    "العاصمة طرابلس مساء الأربعاء، وفق ما أفاد مصدر طبي لوسائل الإعلام المحلية.</p></article></body></html>"
)


def manifest(name: str) -> dict:
    for line in (PAGES / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["file"].endswith(name):
            return row
    raise KeyError(name)


def capture(content_type: str = "text/html") -> Capture:
    return Capture(
        url="https://x.example/a",
        final_url="https://x.example/a",
        status=200,
        fetched_at="2026-11-21T06:00:00Z",
        sha256="0" * 64,
        warc_file="",
        warc_offset=0,
        warc_record_id="",
        content_type=content_type,
    )


def test_windows_1256_page_declared_in_meta():
    name = "listing.cp1256.html"
    decoded = decode_page((PAGES / name).read_bytes())
    assert decoded.charset == "cp1256" and decoded.note is None
    text = " ".join(decoded.text.split())
    assert manifest(name)["title"] in text
    for snippet in manifest(name)["must_contain"]:
        assert snippet in text


def test_windows_1256_page_behind_a_wrong_utf8_header():
    name = "listing.cp1256.html"
    decoded = decode_page((PAGES / name).read_bytes(), "text/html; charset=utf-8")
    assert decoded.charset == "cp1256"
    assert decoded.note and "declared utf-8 (header)" in decoded.note
    assert manifest(name)["title"] in decoded.text


def test_mojibake_page_is_repaired_and_flagged():
    name = "home.mojibake.html"
    decoded = decode_page((PAGES / name).read_bytes())
    assert decoded.note and "mojibake repaired" in decoded.note
    row = manifest(name)
    assert row["title"] in " ".join(decoded.text.split())
    for snippet in row["must_contain"]:
        assert snippet in " ".join(decoded.text.split())
    assert "Ø§Ù" not in decoded.text


def test_repair_leaves_genuine_latin_text_alone():
    text = "Café à Tripoli, élections — São Paulo " * 20
    assert repair_mojibake(text) == (text, 0)


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859-6"])
@pytest.mark.parametrize("label", ["iso-8859-1", "utf-8", "windows-1256", "iso-8859-6", ""])
def test_single_byte_arabic_whatever_the_label(encoding, label):
    page = ARTICLE.format(label=label) if label else ARTICLE.replace('<meta charset="{label}">', "")
    decoded = decode_page(page.encode(encoding))
    assert decoded.text == page
    assert decoded.charset == encoding
    declared_right = label.replace("windows-", "cp").replace("iso-8859-6", "iso8859-6") == encoding
    assert (decoded.note is None) == declared_right


def test_a_few_invalid_utf8_bytes_are_replaced_and_flagged():
    body = ARTICLE.format(label="utf-8").encode("utf-8").replace("أبوسليم".encode(), b"\xff\xfe\xfd")
    doc = extract_document(body, capture())
    assert doc.charset_note and "invalid utf-8" in doc.charset_note
    assert "طرابلس" in doc.text


def test_mostly_invalid_utf8_is_quarantined():
    body = (
        b'<html><head><meta charset="utf-8"></head><body><p>'
        + b"\xc3\x28\xa0\xa1" * 2000
        + b"</p></body></html>"
    )
    with pytest.raises(QuarantineItem, match="undecodable"):
        extract_document(body, capture())


def test_mojibake_fixture_extracts_arabic_text():
    body = (PAGES / "home.mojibake.html").read_bytes()
    doc = extract_document(body, capture())
    assert doc.language == "ar" and "mojibake" in (doc.charset_note or "")


def test_gzipped_libyan_homepage_decodes_cleanly():
    body = gzip.decompress((PAGES / "libyan_home.html.gz").read_bytes())
    decoded = decode_page(body)
    assert decoded.charset == "utf-8" and decoded.note is None
    for snippet in manifest("libyan_home.html.gz")["must_contain"]:
        assert snippet in " ".join(decoded.text.split())
