"""The extraction stage run from the archive alone, in one process and in a pool of two."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.archive import WarcArchive, read_body
from pipelines.reprocess import reprocess_archive
from tests.pipelines.test_extract import ARABIC_ARTICLE, ENGLISH_ARTICLE

HTML = [("Content-Type", "text/html; charset=utf-8")]


@pytest.fixture()
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    syndicated = ARABIC_ARTICLE.replace("<p>قُتل", "<p>طرابلس - وكالات: قُتل")
    exchanges = [
        ("https://a.ly/2026/11/19/x", 200, HTML, ARABIC_ARTICLE.encode()),
        ("https://b.ly/news/1", 200, HTML, ENGLISH_ARTICLE.encode()),
        ("https://c.ly/n/7", 200, HTML, syndicated.encode()),
        ("https://a.ly/2026/11/19/x?utm_source=rss", 200, HTML, ARABIC_ARTICLE.encode()),
        ("https://a.ly/report.pdf", 200, [("Content-Type", "application/pdf")], b"%PDF-1.5\n" + bytes(500)),
        ("https://a.ly/empty", 200, HTML, b""),
        ("https://a.ly/missing", 404, HTML, b"<html><body>not found</body></html>"),
    ]
    with WarcArchive(root) as warc:
        for url, status, headers, body in exchanges:
            warc.write_exchange(url=url, final_url=url, status=status, response_headers=headers, body=body)
    broken = root / "2026" / "broken.warc.gz"
    broken.parent.mkdir(parents=True, exist_ok=True)
    broken.write_bytes(b"\x1f\x8b\x08\x00not really a warc file")
    return root


def summary(outcomes):
    return [
        (o.capture.final_url or o.capture.warc_file, o.kind, o.reason, o.document and o.document.cluster_id)
        for o in outcomes
    ]


def test_every_capture_has_an_outcome_and_a_reason(archive: Path):
    outcomes = list(reprocess_archive(archive, workers=1))
    by_url = {o.capture.final_url: o for o in outcomes if o.capture.final_url}
    assert len(by_url) == 7
    assert by_url["https://a.ly/2026/11/19/x"].document.published_via == "meta"
    assert by_url["https://b.ly/news/1"].document.language == "en"
    assert by_url["https://a.ly/2026/11/19/x?utm_source=rss"].reason.startswith(
        "duplicate: same canonical URL"
    )
    assert by_url["https://a.ly/report.pdf"].reason == "not HTML: application/pdf"
    assert by_url["https://a.ly/empty"].reason == "empty body"
    assert by_url["https://a.ly/missing"].reason == "not a successful response: HTTP 404"
    broken = [o for o in outcomes if o.capture.warc_file.endswith("broken.warc.gz")]
    assert len(broken) == 1 and broken[0].kind == "quarantine"
    assert "unreadable" in broken[0].reason or "no HTTP response records" in broken[0].reason
    syndicated = by_url["https://c.ly/n/7"].document
    assert syndicated.cluster_id == by_url["https://a.ly/2026/11/19/x"].document.cluster_id
    assert syndicated.cluster_id != by_url["https://b.ly/news/1"].document.cluster_id


def test_two_workers_give_the_same_outcomes_as_one(archive: Path):
    # chunks of 2 so that the 7 records really go out to the pool in several pieces
    pooled = list(reprocess_archive(archive, workers=2, chunk_size=2))
    alone = list(reprocess_archive(archive, workers=1))
    assert summary(pooled) == summary(alone)
    assert [o.annotation for o in pooled] == [o.annotation for o in alone]
    assert sum(o.annotation is not None and o.annotation.is_incident for o in alone) >= 1


def test_captures_point_back_into_the_archive(archive: Path):
    for outcome in reprocess_archive(archive, workers=1):
        if outcome.capture.final_url and outcome.capture.warc_record_id:
            body = read_body(archive, outcome.capture)
            assert outcome.capture.sha256 == __import__("hashlib").sha256(body).hexdigest()
