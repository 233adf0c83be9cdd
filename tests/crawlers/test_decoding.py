"""Arabic-safe decoding: mislabelled charsets are corrected and flagged, never silently garbled."""

from __future__ import annotations

import pytest

from crawlers.decoding import decode_page

TEXT = "قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف استهدف حيا سكنيا في مدينة ترهونة مساء الجمعة"


def page(charset: str) -> str:
    return f"<html><head><meta charset='{charset}'><title>خبر</title></head><body><p>{TEXT}</p></body></html>"


CP1256 = page("windows-1256").encode("cp1256")


@pytest.mark.parametrize(("body", "content_type", "flag"), [
    (CP1256, "text/html; charset=windows-1256", ""),
    (CP1256, "text/html", ""),  # meta only
    (CP1256, "text/html; charset=iso-8859-1", "relabelled"),  # header wins in w3lib: mojibake
    (CP1256, "text/html; charset=utf-8", "relabelled"),
    (b"\xef\xbb\xbf" + page("utf-8").encode(), "text/html; charset=windows-1256", ""),  # BOM wins
    (page("iso-8859-6").encode("iso8859-6"), "text/html; charset=iso-8859-6", ""),
    (page("iso-8859-6").encode("iso8859-6"), "text/html; charset=iso-8859-1", "relabelled"),
    (page("utf-16").encode("utf-16"), "text/html", ""),
])
def test_arabic_text_comes_back_intact(body: bytes, content_type: str, flag: str) -> None:
    decoded = decode_page(body, content_type, "ar")
    assert TEXT in decoded.text
    assert decoded.flag == flag


def test_relabelling_names_what_was_declared() -> None:
    decoded = decode_page(CP1256, "text/html; charset=iso-8859-1", "ar")
    assert decoded.encoding == "cp1256" and decoded.declared == "cp1252"


def test_invalid_utf8_is_flagged_not_relabelled() -> None:
    body = page("utf-8").encode().replace("ثلاثة".encode(), b"\xff\xfe\xfd" * 20)
    decoded = decode_page(body, "text/html; charset=utf-8", "ar")
    assert decoded.encoding == "utf-8"
    assert decoded.flag == "replacement-chars"
    assert "مدنيين" in decoded.text


def test_arabic_source_without_arabic_is_flagged() -> None:
    assert decode_page(b"<p>only latin text</p>", "text/html", "ar").flag == "no-arabic"
    assert decode_page(b"<p>only latin text</p>", "text/html", "en").flag == ""


def test_binary_bodies_are_not_decoded() -> None:
    import gzip

    assert decode_page(gzip.compress(CP1256), "text/html", "ar").flag == "binary"


def test_english_page_is_left_alone() -> None:
    body = "<p>Clashes near Tripoli airport road; café closed. Société générale</p>".encode("cp1252")
    decoded = decode_page(body, "text/html; charset=iso-8859-1", "en")
    assert decoded.flag == "" and "Société" in decoded.text
