"""extract_document on news pages and on bad input: a Document, or Skip/Quarantine with a reason."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest

import pipelines.extract as extract_module
from pipelines.extract import extract_document, sniff_content_type, time_budget
from rasad.errors import QuarantineItem, SkipItem
from rasad.records import Capture

PAGES = Path(__file__).resolve().parent / "data" / "pages"  # our own pages, built by build_pages.py

ARABIC_ARTICLE = """<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>مقتل مدنيين في قصف على حي سكني بطرابلس | بوابة الأخبار</title>
<meta property="og:title" content="مقتل مدنيين في قصف على حي سكني بطرابلس">
<meta property="og:image" content="https://news.example.ly/img/abusalim.jpg">
<meta name="author" content="محرر الشؤون المحلية">
<meta property="article:published_time" content="2026-11-20T09:30:00+02:00"></head>
<body><nav><a href="/">الرئيسية</a> | <a href="/libya">ليبيا</a></nav>
<article><h1>مقتل مدنيين في قصف على حي سكني بطرابلس</h1>
<p>قُتل ثلاثة مدنيين، بينهم طفل، وأصيب خمسة آخرون مساء أمس الأربعاء جراء سقوط قذائف عشوائية على حي سكني
في منطقة أبوسليم جنوب العاصمة طرابلس، وفق ما أفاد مصدر طبي.</p>
<p>وقال المصدر إن المصابين نقلوا إلى مستشفى الحوادث، فيما لم تعلن أي جهة مسؤوليتها عن القصف حتى الآن.</p>
</article><aside>الأكثر قراءة: أسعار النفط اليوم</aside><footer>جميع الحقوق محفوظة</footer></body></html>"""

ENGLISH_ARTICLE = """<html lang="en"><head><title>Journalist abducted in Benghazi - Libya Desk</title></head>
<body><header><a href="/">Home</a></header><main><article><h1>Journalist abducted in Benghazi</h1>
<p class="byline">By Staff Reporter</p>
<p>Unknown gunmen abducted a journalist in Benghazi on Tuesday, his family said, urging the authorities to
reveal where he is being held. Colleagues said he had been covering protests over power cuts in the city.</p>
<p>Rights groups called for his immediate release and for an independent investigation into the abduction.</p>
</article></main><footer>Copyright Libya Desk. All rights reserved.</footer></body></html>"""


def capture(
    url: str = "https://news.example.ly/2026/11/19/article",
    content_type: str = "text/html",
    fetched_at: str = "2026-11-21T06:00:00Z",
    status: int = 200,
) -> Capture:
    return Capture(
        url=url,
        final_url=url,
        status=status,
        fetched_at=fetched_at,
        sha256="0" * 64,
        warc_file="x.warc.gz",
        warc_offset=0,
        warc_record_id="<urn:uuid:1>",
        content_type=content_type,
    )


def saved_page(name: str) -> bytes:
    data = (PAGES / name).read_bytes()
    return gzip.decompress(data) if name.endswith(".gz") else data


def manifest() -> dict[str, dict]:
    rows = [json.loads(line) for line in (PAGES / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    return {row["file"].split("/")[-1]: row for row in rows}


def test_arabic_article_text_metadata_and_date():
    doc = extract_document(ARABIC_ARTICLE.encode("utf-8"), capture())
    assert "أبوسليم" in doc.text and "مستشفى الحوادث" in doc.text
    assert "جميع الحقوق" not in doc.text and "الأكثر قراءة" not in doc.text
    assert doc.title == "مقتل مدنيين في قصف على حي سكني بطرابلس"
    assert doc.image == "https://news.example.ly/img/abusalim.jpg"
    assert doc.author == "محرر الشؤون المحلية"
    # Page metadata wins over the date in the URL (2026/11/19).
    assert (doc.published_at, doc.published_via) == ("2026-11-20T09:30:00+02:00", "meta")
    assert doc.language == "ar" and not doc.arabizi
    assert doc.charset == "utf-8" and doc.charset_note is None


def test_english_article_and_url_date():
    doc = extract_document(ENGLISH_ARTICLE.encode("utf-8"), capture())
    assert "covering protests" in doc.text and "All rights reserved" not in doc.text
    assert doc.language == "en"
    assert (doc.published_at, doc.published_via) == ("2026-11-19", "url")


def test_tracking_parameters_removed_from_canonical_url():
    doc = extract_document(
        ARABIC_ARTICLE.encode(), capture("https://News.Example.ly/a/1?utm_source=fb&id=7#top")
    )
    assert doc.canonical_url == "https://news.example.ly/a/1?id=7"


PERSIAN_ARTICLE = """<html lang="fa" dir="rtl"><head><meta charset="utf-8">
<title>حادثه رانندگی در جاده تهران</title>
</head><body><article><h1>حادثه رانندگی در جاده تهران</h1>
<p>به گزارش خبرنگار ما، سه نفر در حادثه رانندگی در جاده تهران به قم کشته شدند و چهار نفر دیگر زخمی شدند.</p>
<p>پلیس راه اعلام کرد که علت حادثه سرعت غیرمجاز و خستگی راننده بوده است و تحقیقات ادامه دارد.</p>
</article></body></html>"""


def test_persian_article_is_not_arabic():
    # Our own Persian page: the htmldate test pages are held out (extraction-library test sets).
    doc = extract_document(PERSIAN_ARTICLE.encode("utf-8"), capture())
    assert doc.language == "fa" and "پلیس راه" in doc.text


def test_libyan_homepage_keeps_headlines():
    name = "libyan_home.html.gz"
    row = manifest()[name]
    doc = extract_document(saved_page(name), capture(row["url_if_known"], fetched_at="2018-03-24T12:00:00Z"))
    assert doc.language == "ar"
    assert sum(snippet in doc.text for snippet in row["must_contain"]) >= 2


@pytest.mark.parametrize("content_type", ["application/pdf", "image/png", "text/html"])
def test_pdf_is_skipped_as_not_html_whatever_the_header(content_type):
    with pytest.raises(SkipItem, match="not HTML: application/pdf"):
        extract_document(
            b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" * 20, capture(content_type=content_type)
        )


def test_images_are_skipped_with_their_type():
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10
    with pytest.raises(SkipItem, match="image/png"):
        extract_document(png, capture(content_type="image/png"))
    with pytest.raises(SkipItem, match="image/jpeg"):
        extract_document(b"\xff\xd8\xff\xe0" + bytes(200), capture(content_type="text/html"))


def test_empty_and_whitespace_bodies_are_quarantined():
    for body in (b"", b"   \n\t "):
        with pytest.raises(QuarantineItem, match="empty body"):
            extract_document(body, capture())


def test_binary_garbage_is_quarantined_not_parsed():
    import random

    rng = random.Random(7)
    garbage = bytes(rng.randrange(256) for _ in range(20_000))
    with pytest.raises((QuarantineItem, SkipItem)) as raised:
        extract_document(garbage, capture(content_type="text/html"))
    assert "binary content" in str(raised.value)


def test_undecodable_high_bytes_are_quarantined():
    with pytest.raises(QuarantineItem, match="undecodable bytes"):
        extract_document(
            b"<html><body><p>" + b"\xa5" * 5000 + b"</p></body></html>",
            capture(content_type="text/html; charset=utf-8"),
        )


def test_page_without_main_text_is_quarantined():
    with pytest.raises(QuarantineItem, match="no main text"):
        extract_document(b"<html><head><title>x</title></head><body><nav>a</nav></body></html>", capture())


def test_non_success_status_is_skipped():
    with pytest.raises(SkipItem, match="HTTP 404"):
        extract_document(ARABIC_ARTICLE.encode(), capture(status=404))


def test_fifty_megabyte_page_is_quarantined_with_its_size():
    body = b"<html><body>" + b"<p>" + "نص طويل جدا ".encode() * 4_500_000 + b"</p></body></html>"
    assert len(body) > 50 * 1024 * 1024
    with pytest.raises(QuarantineItem, match=rf"page of {len(body)} bytes is over the"):
        extract_document(body, capture())


def test_time_budget_interrupts_a_slow_block():
    with pytest.raises(BaseException) as raised, time_budget(0.05):
        while True:
            time.sleep(0.001)
    assert type(raised.value).__name__ == "_OverBudget"


def test_extraction_over_the_time_budget_is_quarantined(monkeypatch):
    monkeypatch.setattr(extract_module, "TIME_BUDGET_SECONDS", 0.001)
    body = (
        "<html><body>"
        + "<div><p>فقرة عربية طويلة عن الأحداث في طرابلس وبنغازي</p></div>" * 20_000
        + "</body></html>"
    ).encode()
    with pytest.raises(QuarantineItem, match="budget"):
        extract_document(body, capture())


def test_plain_text_is_taken_as_it_is():
    doc = extract_document(
        "خبر عاجل\nقتل ثلاثة مدنيين في قصف على حي سكني في طرابلس".encode(),
        capture(content_type="text/plain; charset=utf-8"),
    )
    assert doc.title == "خبر عاجل" and "طرابلس" in doc.text and doc.language == "ar"


def test_sniffing_finds_html_behind_octet_stream():
    assert sniff_content_type(b"<!DOCTYPE html><html>", "application/octet-stream") == "text/html"
    assert sniff_content_type(b"GIF89a....", "text/html") == "image/gif"
