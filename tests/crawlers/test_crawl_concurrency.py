"""A crawl child's global request limit follows its per-host limit (a higher one stalls the reactor)."""

from __future__ import annotations

from pathlib import Path

from scrapy.settings import Settings

from crawlers import settings as defaults
from crawlers.run import crawl, match_global_concurrency
from crawlers.spiders.news import NewsSpider
from crawlers.spiders.social import SocialSpider
from rasad.fixture_site import FIXTURE_SITES, serve


def _settings(**cmdline: object) -> Settings:
    settings = Settings()
    settings.setmodule(defaults, priority="project")
    settings.update(cmdline, priority="cmdline")
    return settings


def test_global_limit_follows_the_per_host_limit() -> None:
    default = _settings()
    match_global_concurrency(default, NewsSpider)
    assert default.getint("CONCURRENT_REQUESTS") == default.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 2

    source = _settings(CONCURRENT_REQUESTS_PER_DOMAIN=8)
    match_global_concurrency(source, NewsSpider)
    assert source.getint("CONCURRENT_REQUESTS") == 8


def test_an_explicit_global_limit_is_kept() -> None:
    explicit = _settings(CONCURRENT_REQUESTS=32, CONCURRENT_REQUESTS_PER_DOMAIN=16)
    match_global_concurrency(explicit, NewsSpider)
    assert explicit.getint("CONCURRENT_REQUESTS") == 32


def test_a_spider_per_host_limit_counts_unless_the_run_overrides_it() -> None:
    rendered = _settings()
    match_global_concurrency(rendered, SocialSpider)
    assert rendered.getint("CONCURRENT_REQUESTS") == SocialSpider.custom_settings["CONCURRENT_REQUESTS_PER_DOMAIN"]

    overridden = _settings(CONCURRENT_REQUESTS_PER_DOMAIN=3)
    match_global_concurrency(overridden, SocialSpider)
    assert overridden.getint("CONCURRENT_REQUESTS") == 3


def test_the_crawl_child_runs_with_the_matched_limit(tmp_path: Path) -> None:
    with serve(FIXTURE_SITES / "news") as base:
        result = crawl([f"{base}/sitemap.xml"], tmp_path / "archive", source_id="fixture",
                       extra_settings={"AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 3})
    assert result.returncode == 0 and result.captures
    log = result.log_path.read_text(encoding="utf-8")
    assert "'CONCURRENT_REQUESTS': 3" in log, log[:2000]
