"""Retry-After parsing and per-host pacing (the parts scrapy does not do itself)."""

from __future__ import annotations

import email.utils
from datetime import UTC, datetime, timedelta

from crawlers.middlewares import HostPacer, _unsafe_redirect, parse_retry_after


def test_retry_after_seconds_and_http_date() -> None:
    now = datetime(2024, 5, 10, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("7", now) == 7.0
    assert parse_retry_after(b" 120 ", now) == 120.0
    later = email.utils.format_datetime(now + timedelta(seconds=90), usegmt=True)
    assert parse_retry_after(later, now) == 90.0
    earlier = email.utils.format_datetime(now - timedelta(hours=1), usegmt=True)
    assert parse_retry_after(earlier, now) == 0.0


def test_unusable_retry_after_values_are_ignored() -> None:
    for value in (None, "", "soon", "-5", "1.5e9x", b"\xff\xfe"):
        assert parse_retry_after(value) is None, value


def test_pacer_holds_a_rate_limited_host_and_not_the_others() -> None:
    pacer = HostPacer()
    import time

    pacer.not_before["slow.ly"] = time.monotonic() + 30
    assert pacer.wait_for("slow.ly") > 25
    assert pacer.wait_for("fast.ly") == 0


def test_pacer_spaces_requests_by_crawl_delay() -> None:
    pacer = HostPacer()
    pacer.interval["polite.ly"] = 10.0
    assert pacer.wait_for("polite.ly") == 0
    second = pacer.wait_for("polite.ly")
    third = pacer.wait_for("polite.ly")
    assert 9 < second <= 10 and 19 < third <= 20


def test_redirects_to_private_addresses_are_unsafe() -> None:
    assert _unsafe_redirect("https://news.ly/a", "http://169.254.169.254/latest/meta-data/")
    assert _unsafe_redirect("https://news.ly/a", "http://127.0.0.1:9200/")
    assert _unsafe_redirect("https://news.ly/a", "http://10.0.0.5/admin")
    assert not _unsafe_redirect("https://news.ly/a", "https://www.news.ly/b")
    assert not _unsafe_redirect("http://127.0.0.1:8000/a", "http://127.0.0.1:8000/b")


def test_trap_guard_budget_and_query_explosion() -> None:
    import pytest
    from scrapy import Request

    from crawlers.middlewares import TrapGuardMiddleware
    from crawlers.outcomes import Rejected
    from crawlers.urls import TrapLimits

    guard = TrapGuardMiddleware(TrapLimits(), host_budget=5, max_query_variants=3)
    for n in range(3):
        guard.process_request(Request(f"https://x.ly/search?q={n}"))
    with pytest.raises(Rejected) as explosion:
        guard.process_request(Request("https://x.ly/search?q=99"))
    assert explosion.value.reason == "trap:query-explosion"
    guard.process_request(Request("https://x.ly/search?q=1&utm_source=x"))  # same page: not a new variant
    guard.process_request(Request("https://x.ly/a"))
    guard.process_request(Request("https://x.ly/b"))
    with pytest.raises(Rejected) as budget:
        guard.process_request(Request("https://x.ly/c"))
    assert budget.value.reason == "host-page-budget"
    guard.process_request(Request("https://other.ly/c"))  # budgets are per host
    with pytest.raises(Rejected) as deep:
        guard.process_request(Request("https://other.ly/d", meta={"rasad_depth": 7}))
    assert deep.value.reason == "trap:too-deep"
