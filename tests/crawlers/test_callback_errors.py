"""A page that makes a spider callback raise fails its source: recorded (URL and exception class),
shown FAILING with the reason by ``rasad status``, and the source is crawled again the next night.

A test-only stage (tests/crawlers/raising_stage.py) raises on a page carrying a marker, between the
spider and our middleware, as the next parser bug would; the real crawl child, ledger and status do
the rest. (The page that first showed this, a listing with a malformed ``http://[`` link, no longer
raises: ``crawlers.parsing.absolute_url`` drops such a link; see test_parsing_hostile_links.)
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crawlers.settings import SPIDER_MIDDLEWARES
from rasad.cli import main
from rasad.fixture_site import NEWS_DIR, serve
from rasad.ledger import open_ledger
from rasad.night import SourcePlan, host_group_of, run_night
from rasad.settings import Settings

ARTICLE = "ar/2026/11/benghazi-book-fair.html"
CANARY = "عبدالمنعم-الكناري"  # page text that must never reach a log
LISTING = '<html><body><h2><a href="/{article}">خبر</a></h2><p>{canary}</p></body></html>'
BROKEN = ('<html><body><h2><a href="/{article}">خبر</a></h2><p>{canary}</p>'
          '<!-- raise-in-parser --></body></html>')
STAGES = {**SPIDER_MIDDLEWARES, "tests.crawlers.raising_stage.RaiseOnMarker": 960}


def _site(folder: Path, broken: bool) -> None:
    (folder / "ar" / "2026" / "11").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(NEWS_DIR / ARTICLE, folder / ARTICLE)
    (folder / "index.html").write_text(LISTING.format(article=ARTICLE, canary=CANARY), encoding="utf-8")
    page = BROKEN if broken else LISTING
    (folder / "more.html").write_text(page.format(article=ARTICLE, canary=CANARY), encoding="utf-8")


def _night(data: Path, base: str, night: str) -> None:
    urls = (f"{base}/index.html", f"{base}/more.html")
    run_night(Settings(data, None), night, [SourcePlan("site", urls, host_group_of(base))],
              {"AUTOTHROTTLE_ENABLED": False, "SPIDER_MIDDLEWARES": STAGES})


def test_a_callback_that_raises_fails_the_source_until_a_night_crawls_it_cleanly(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    site, data = tmp_path / "site", tmp_path / "data"
    _site(site, broken=True)
    with serve(site) as base:
        _night(data, base, "2026-11-20")
        with open_ledger(data) as ledger:
            (run,) = ledger.runs("2026-11-20")
            failures = [f for f in ledger.failures("2026-11-20", "site") if f.stage == "crawl"]
        assert run.state == "failed"
        assert run.error == "crawl failed: 1 page(s) raised in a spider callback: ValueError (1)"
        assert [(f.ref, f.reason) for f in failures] == [(f"{base}/more.html", "error:callback-error")]
        assert run.fetched == 1 and run.documents == 1  # the pages that parsed are kept and processed

        monkeypatch.setenv("RASAD_DATA_DIR", str(data))
        assert main(["status"]) == 0
        out = capsys.readouterr().out
        assert "FAILING for 1 night(s): crawl failed: 1 page(s) raised in a spider callback: ValueError (1)" in out

        logs = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in data.rglob("*.log"))
        assert "spider callback failed on" in logs and "ValueError" in logs
        assert CANARY not in logs  # no page text (the traceback keeps frames, not the message)
        assert "Spider error processing" not in logs  # scrapy's own handling (message and all) is replaced

        _site(site, broken=False)  # the site (or our parser) is fixed: the next night crawls the source again
        _night(data, base, "2026-11-21")
    with open_ledger(data) as ledger:
        old, new = ledger.runs("2026-11-20")[0], ledger.runs("2026-11-21")[0]
    assert old.state == "failed" and new.state == "done" and new.crawls == 1 and new.error == ""
