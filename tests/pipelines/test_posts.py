"""Telegram posts become documents of their own, in the night and when re-processing the archive."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawlers.run import crawl
from pipelines.batch import process_captures
from pipelines.extract import extract_document
from pipelines.posts import PAGE_OF_POSTS
from pipelines.reprocess import reprocess_archive
from rasad.errors import QuarantineItem, SkipItem
from rasad.records import POST_CONTENT_TYPE, Capture
from tests.sites.telegram.server import CHANNEL, serve_telegram


@pytest.fixture(scope="module")
def channel_archive(tmp_path_factory: pytest.TempPathFactory):
    archive = tmp_path_factory.mktemp("tg") / "archive"
    with serve_telegram() as base:
        result = crawl([f"{base}/s/{CHANNEL}"], archive, kind="telegram", source_id="tg",
                       extra_settings={"AUTOTHROTTLE_ENABLED": False}, backfill_until="2024-05-01")
    return archive, result


def test_each_post_is_a_document_and_the_channel_page_is_not(channel_archive):
    archive, result = channel_archive
    batch = process_captures(result.to_process, archive)
    post_urls = {c.url for c in result.posts}
    assert {d.url for d in batch.documents} <= post_urls
    assert len(batch.documents) >= 12  # 15 posts; identical repeated texts are duplicates
    assert {d.source_id for d in batch.documents} == {"tg"}
    page_letters = [dl for dl in batch.dead_letters if dl.reason == PAGE_OF_POSTS]
    assert len(page_letters) == len(result.captures) == 3
    by_url = {d.url: d for d in batch.documents}
    shell = next(d for url, d in by_url.items() if url.endswith("/105"))
    assert "عين زارة" in shell.text and shell.published_at.startswith("2024-05-20")
    assert shell.published_via == "post" and shell.language == "ar"
    wounded = next(a for d, a in zip(batch.documents, batch.annotations, strict=True) if d.url.endswith("/103"))
    assert wounded.is_incident and wounded.injured == 3
    assert any(lead.url.endswith("/103") for lead in batch.leads)


def test_reprocessing_the_archive_gives_the_same_post_documents(channel_archive):
    archive, result = channel_archive
    night = process_captures(result.to_process, archive)
    again = [o for o in reprocess_archive(archive, workers=1) if o.document is not None]
    assert [(o.document.url, o.document.text, o.document.source_id) for o in again] == [
        (d.url, d.text, d.source_id) for d in night.documents]


def _post_capture(sha: str = "0" * 64) -> Capture:
    return Capture(url="https://t.me/x/1", final_url="https://t.me/x/1", status=200, fetched_at="2024-05-21T00:00:00Z",
                   sha256=sha, warc_file="f.warc.gz", warc_offset=0, warc_record_id="r", content_type=POST_CONTENT_TYPE)


@pytest.mark.parametrize(("body", "error", "reason"), [
    (b"{not json", QuarantineItem, "unreadable post record"),
    (b"\xff\xfe\x00", QuarantineItem, "unreadable post record"),
    (json.dumps({"url": "https://t.me/x/1", "text": "  \U0001F525 http://"}).encode(), SkipItem, "post without text"),
    (b"[1, 2]", SkipItem, "post without text"),
])
def test_bad_post_records_get_a_reason(body: bytes, error: type[Exception], reason: str):
    with pytest.raises(error, match=reason):
        extract_document(body, _post_capture())


def test_a_night_of_a_telegram_source_indexes_posts_not_pages(tmp_path: Path):
    from crawlers.sources import Source
    from rasad.night import SourcePlan, host_group_of, run_night
    from rasad.settings import Settings
    from rasad.store import open_store

    settings = Settings(tmp_path, None)
    with serve_telegram() as base:
        url = f"{base}/s/{CHANNEL}"
        source = Source(id="tg", name="test channel", kind="telegram", language="ar", homepage=url)
        run_night(settings, "2024-05-21", [SourcePlan("tg", (url,), host_group_of(url), source)],
                  {"AUTOTHROTTLE_ENABLED": False})
    with open_store(settings) as store:
        leads = list(store.iter_leads())
    assert leads and all(f"/{CHANNEL}/" in lead.url and "/s/" not in lead.url for lead in leads)
    assert {lead.source_id for lead in leads} == {"tg"}
