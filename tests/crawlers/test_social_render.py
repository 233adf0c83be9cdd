"""Facebook/X-like page rendered by Debian's Chromium through scrapy-playwright (fragile path)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from crawlers.run import crawl
from pipelines.archive import read_body, verify
from tests.sites.server import serve

SOCIAL_DIR = Path(__file__).resolve().parents[1] / "sites" / "social"

pytestmark = pytest.mark.skipif(shutil.which("chromium") is None and not Path("/usr/bin/chromium").exists(),
                                reason="Debian chromium is not installed (apt-get install chromium)")


def test_rendered_page_is_archived_with_its_screenshot_and_posts(tmp_path: Path) -> None:
    with serve(SOCIAL_DIR) as base:
        result = crawl([f"{base}/index.html", f"{base}/index.html?second=1"], tmp_path / "archive",
                       kind="facebook", source_id="fb-test", incremental=False,
                       extra_settings={"AUTOTHROTTLE_ENABLED": False, "RASAD_CONTEXT_RECYCLE_PAGES": 1})
    assert len(result.captures) == 2, result.failures
    capture = result.captures[0]
    assert capture.rendered and capture.screenshot_record_id
    body = read_body(tmp_path / "archive", capture).decode("utf-8")
    assert 'id="loading"' not in body and "تاجوراء" in body  # built by JavaScript, so it was rendered
    assert len(result.posts) == 6
    texts = {json.loads(read_body(tmp_path / "archive", p))["text"] for p in result.posts}
    assert any("الهلال الأحمر" in t for t in texts)
    (warc,) = (tmp_path / "archive").rglob("*.warc.gz")
    with open(warc, "rb") as stream:
        shots = [r for r in ArchiveIterator(stream) if r.rec_type == "resource"]
    assert len(shots) == 2
    assert shots[0].rec_headers.get_header("Content-Type") == "image/png"
    assert verify(tmp_path / "archive").ok
    log = result.log_path.read_text(encoding="utf-8")
    assert "contexts-recycled': 2" in log  # one context per page here, each closed after use
    assert "تاجوراء" not in log


def test_browser_is_debian_chromium_without_webrtc_leaks() -> None:
    from crawlers.spiders.social import SocialSpider

    launch = SocialSpider.custom_settings["PLAYWRIGHT_LAUNCH_OPTIONS"]
    assert launch["executable_path"] == "/usr/bin/chromium" and launch["headless"] is True
    for flag in ("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--force-webrtc-ip-handling-policy=disable_non_proxied_udp"):
        assert flag in launch["args"], flag
