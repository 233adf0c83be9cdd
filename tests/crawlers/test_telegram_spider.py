"""Telegram channel preview crawl on the local fixture: pages archived, posts stored, paging."""

from __future__ import annotations

import json
from pathlib import Path

from crawlers.run import crawl
from pipelines.archive import read_body, verify
from tests.sites.telegram.server import CHANNEL, serve_telegram

FAST = {"AUTOTHROTTLE_ENABLED": False}


def test_channel_history_is_archived_with_every_post(tmp_path: Path) -> None:
    with serve_telegram() as base:
        result = crawl([f"{base}/s/{CHANNEL}"], tmp_path / "archive", kind="telegram", source_id="tg",
                       extra_settings=FAST, backfill_until="2024-05-01")
    assert [c.final_url for c in result.captures] == [
        f"{base}/s/{CHANNEL}", f"{base}/s/{CHANNEL}?before=101", f"{base}/s/{CHANNEL}?before=96"]
    assert len(result.posts) == 15
    post = json.loads(read_body(tmp_path / "archive", result.posts[0]))
    assert post["channel"] == CHANNEL and post["date"] and post["text"]
    ids = sorted(json.loads(read_body(tmp_path / "archive", p))["post_id"] for p in result.posts)
    assert ids == list(range(91, 106))
    assert verify(tmp_path / "archive").ok


def test_incremental_and_backfill_limits(tmp_path: Path) -> None:
    with serve_telegram() as base:
        url = f"{base}/s/{CHANNEL}"
        first = crawl([url], tmp_path / "archive", kind="telegram", source_id="tg", extra_settings=FAST,
                      backfill_until="2024-05-12")
        # pages until a post older than the 12th shows up: the second page (posts 96-100, 11th-15th)
        assert len(first.captures) == 2 and len(first.posts) == 9  # posts dated 2024-05-12 .. 20
        second = crawl([url], tmp_path / "archive", kind="telegram", source_id="tg", extra_settings=FAST)
        assert len(second.captures) == 1  # only the newest page is read again
        assert second.posts == ()  # and none of its posts is new
