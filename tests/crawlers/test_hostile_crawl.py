"""A crawl that mixes >= 40 hostile endpoints with good pages finishes within its time limit,
loses no good page, and reports every failure with its reason (reliability.md 2.6)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from crawlers.outcomes import KINDS
from crawlers.run import CrawlResult, crawl
from pipelines.archive import verify
from tests.sites.hostile.server import CANARY, ENDPOINTS, HostileServer, serve_hostile

GOOD = [f"/good/{n}" for n in range(20)]
SETTINGS = {
    "DOWNLOAD_TIMEOUT": 3, "DOWNLOAD_MAXSIZE": 1 << 20, "DOWNLOAD_WARNSIZE": 1 << 19,
    "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS": 32, "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "RASAD_HOST_PAGE_BUDGET": 300,
}
# What each fault must end in: a capture, or a failure whose reason is one of these.
EXPECTED_FAILURE: dict[str, set[str]] = {
    **{f"/bomb/{codec}": {"size-cap"} for codec in ("gzip", "deflate", "br", "zstd")},
    "/sitemap-bomb.xml.gz": {"size-cap"}, "/huge": {"size-cap"}, "/5mb-attribute": {"size-cap"},
    "/partial": {"data-loss"}, "/broken-chunked": {"data-loss"}, "/rst-mid-body": {"data-loss", "connection-lost"},
    "/raw-garbage-status": {"protocol-error"}, "/raw-empty": {"protocol-error"},
    "/dup-content-length": {"protocol-error"}, "/http09": {"protocol-error", "connection-lost"},
    "/hang": {"timeout"}, "/hang-after-headers": {"timeout"}, "/drip": {"timeout"},
    **{f"/status/{code}": {f"http-{code}"} for code in (500, 502, 503, 504, 408, 404, 410, 451)},
    "/challenge": {"challenge-page"}, "/loop-a": {"redirect-loop"}, "/chain": {"redirect-limit"},
    "/redirect-file": {"redirect-not-followed"}, "/redirect-es": {"redirect-to-private-address"},
    "/redirect-metadata": {"redirect-to-private-address"},
    "/meta-refresh-1000": {"index-page"}, "/deep-nesting": {"index-page"}, "/infinite-script": {"index-page"},
    "/cal/2024/01/01": {"index-page"}, "/a/": {"index-page"}, "/session/s0/page": {"index-page"},
    "/follow": {"index-page"}, "/random-links": {"index-page"}, "/utm": {"index-page"},
    "/a/a/a/a/": {"trap:repeated-path-segments"}, "/private/page": {"robots-disallowed"},
    "/p?" + "&".join(f"k{i}=1" for i in range(20)): {"trap:too-many-query-params"},
}
EXPECTED_CAPTURE = {
    "/gzip-then-garbage", "/double-gzip", "/dup-content-type", "/no-content-type", "/wrong-content-type",
    "/large-headers", "/slow-first-byte", "/flaky", "/ratelimit", "/ratelimit-date", "/unclosed-everything",
    "/nul-bytes", "/same-body/1", "/changing", "/etag", "/meta-refresh-0", "/redirect-ok", "/bad-crc",
    *(path for path in ENDPOINTS if path.startswith("/ar/")),
}
ROBOTS_EXPECTED = {
    "robots-404": None, "robots-garbage": None, "robots-crawl-delay-30": None,
    "robots-500": "robots-unreadable", "robots-10mb": "robots-unreadable", "robots-slow": "robots-unreadable",
    "robots-bomb": "robots-unreadable", "robots-disallow-all": "robots-disallowed",
}


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> Any:
    data = tmp_path_factory.mktemp("hostile")
    with serve_hostile() as server:
        urls = [server.url(p) for p in (*EXPECTED_FAILURE, *EXPECTED_CAPTURE)]
        urls += [server.url(p) for p in GOOD] + [server.url("/good/7?canary=1"), server.url("/feed.xml")]
        urls += [server.variant_url(variant, "/good/50") for variant in ROBOTS_EXPECTED]
        urls.append(server.variant_url("deferred", "/ratelimit-long"))
        result = crawl(urls, data / "archive", source_id="hostile", timeout=240, incremental=False,
                       extra_settings=SETTINGS)
        yield server, result, data


def _outcomes(result: CrawlResult, url: str) -> tuple[list[Any], list[Any]]:
    captures = [c for c in result.captures if url in (c.url, *c.redirect_chain)]
    failures = [f for f in result.failures if f.url == url]
    return captures, failures


def test_the_fault_catalogue_is_big_enough() -> None:
    assert len(ENDPOINTS) >= 40
    assert len({case for case, _ in ENDPOINTS.values()}) >= 30


def test_no_good_page_is_lost(hostile_run: Any) -> None:
    server, result, _ = hostile_run
    captured = {c.final_url for c in result.captures}
    for path in GOOD:
        assert server.url(path) in captured, path
    for n in range(300, 305):  # from the feed, tracking parameters stripped
        assert server.url(f"/good/{n}") in captured
    assert result.returncode == 0


@pytest.mark.parametrize("path", sorted(EXPECTED_FAILURE))
def test_each_fault_is_reported_with_its_reason(hostile_run: Any, path: str) -> None:
    server, result, _ = hostile_run
    captures, failures = _outcomes(result, server.url(path))
    reasons = {f.reason for f in failures}
    assert reasons & EXPECTED_FAILURE[path], (path, reasons, [c.final_url for c in captures])


@pytest.mark.parametrize("path", sorted(EXPECTED_CAPTURE))
def test_survivable_faults_are_captured(hostile_run: Any, path: str) -> None:
    server, result, _ = hostile_run
    captures, failures = _outcomes(result, server.url(path))
    assert captures, (path, [(f.kind, f.reason) for f in failures])


def test_every_failure_has_a_kind_and_reason(hostile_run: Any) -> None:
    _, result, _ = hostile_run
    assert result.failures
    for failure in result.failures:
        assert failure.kind in KINDS and failure.reason and failure.url


def test_robots_policies(hostile_run: Any) -> None:
    server, result, _ = hostile_run
    for variant, reason in ROBOTS_EXPECTED.items():
        captures, failures = _outcomes(result, server.variant_url(variant, "/good/50"))
        if reason is None:
            assert captures, variant
        else:
            assert reason in {f.reason for f in failures}, (variant, failures)


def test_retries_are_bounded_and_only_for_transient_errors(hostile_run: Any) -> None:
    server, _, _ = hostile_run
    assert server.hits("/flaky") == 3  # 503, 503, 200
    assert server.hits("/status/503") == 3  # 1 + RETRY_TIMES
    assert server.hits("/status/404") == 1
    assert server.hits("/status/410") == 1
    assert server.hits("/status/451") == 1


def test_retry_after_is_honoured(hostile_run: Any) -> None:
    server, result, _ = hostile_run
    first, second = server.hit_times("/ratelimit")
    assert second - first >= 1.9  # Retry-After: 2 (a lower bound on politeness, not a speed claim)
    first, second = server.hit_times("/ratelimit-date")
    assert second - first >= 1.0  # an HTTP date 3 s ahead, at one-second resolution
    _, failures = _outcomes(result, server.variant_url("deferred", "/ratelimit-long"))
    assert {f.reason for f in failures} == {"rate-limited-deferred"}
    assert server.hits("/ratelimit-long", "deferred") == 1  # deferred to the next night, not retried


def test_traps_stay_bounded(hostile_run: Any) -> None:
    server: HostileServer = hostile_run[0]
    trap_hits = sum(len(times) for key, times in server._hits.items()
                    if key.startswith(("main/cal/", "main/a/", "main/session/", "main/follow", "main/random-links")))
    assert trap_hits <= 5 * 3 * 7  # 5 traps x 3 listing pages x (page + its links)
    assert server.hits("/good/121") == 1  # five tracking-parameter variants, one fetch


def test_captures_record_redirects_charsets_and_ip(hostile_run: Any) -> None:
    server, result, _ = hostile_run
    (redirected,) = [c for c in result.captures if c.url == server.url("/redirect-ok")]
    assert redirected.final_url == server.url("/good/118")
    assert redirected.redirect_chain == (server.url("/redirect-ok"), server.url("/redirect-ok-2"))
    by_url = {c.url: c for c in result.captures}
    assert by_url[server.url("/ar/cp1256/header-latin1-meta-1256")].charset_flag == "relabelled"
    assert by_url[server.url("/ar/cp1256/correct-header")].charset == "cp1256"
    assert by_url[server.url("/ar/utf8-invalid-bytes")].charset_flag == "replacement-chars"
    assert all(c.ip == "127.0.0.1" for c in result.captures)


def test_archive_is_evidence_grade(hostile_run: Any) -> None:
    _, result, data = hostile_run
    report = verify(data / "archive")
    assert report.ok and report.records >= 2 * len(result.captures) and not report.writable
    (warc,) = (data / "archive").rglob("*.warc.gz")
    with open(warc, "rb") as stream:
        responses = [r.rec_headers for r in ArchiveIterator(stream) if r.rec_type == "response"]
    assert len(responses) == len(result.captures)
    assert all(h.get_header("WARC-IP-Address") == "127.0.0.1" for h in responses)


def test_logs_hold_no_page_content(hostile_run: Any) -> None:
    server, result, _ = hostile_run
    assert any(c.url == server.url("/good/7?canary=1") for c in result.captures)
    log = Path(result.log_path).read_text(encoding="utf-8", errors="replace")
    assert "Spider closed" in log
    assert CANARY not in log and "جميلة" not in log
    assert "مدنيين" not in log  # no article text either
    assert all(CANARY not in f.detail for f in result.failures)
