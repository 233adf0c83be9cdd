"""The source registry: the shipped file is valid and real; the schema catches mistakes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from crawlers.sources import REGISTRY_PATH, load_sources, parse_registry, validate
from rasad.errors import UserError

GOOD = {
    "id": "example-news", "name": "Example", "kind": "news", "language": "ar",
    "homepage": "https://example.ly/", "affiliation": "unknown",
}


def test_shipped_registry_is_valid_and_covers_every_kind() -> None:
    sources = load_sources()
    assert len(sources) >= 25
    assert {s.kind for s in sources} == {"news", "telegram", "facebook", "x"}
    assert len({s.id for s in sources}) == len(sources)
    assert sum(s.kind == "news" and s.enabled for s in sources) >= 15
    assert all(s.start_urls for s in sources)


def test_social_sources_are_rendered_and_marked_fragile() -> None:
    for source in load_sources():
        if source.kind in ("facebook", "x"):
            assert source.render and source.fragile, source.id


def test_unverified_social_handles_are_not_crawled() -> None:
    for source in load_sources():
        if source.kind in ("telegram", "facebook", "x") and "UNVERIFIED" in source.notes:
            assert not source.enabled, source.id


@pytest.mark.parametrize(("change", "expected"), [
    ({"kind": "blog"}, "'kind' must be one of"),
    ({"language": "fr"}, "'language' must be one of"),
    ({"homepage": "ftp://example.ly"}, "'homepage' must be an http(s) URL"),
    ({"robots": "ignore"}, "needs a 'robots_override_reason'"),
    ({"kind": "telegram"}, "needs a 'handle'"),
    ({"kind": "facebook", "fragile": True}, "needs 'render: true'"),
    ({"kind": "x", "render": True}, "must be marked 'fragile: true'"),
    ({"politeness": {"concurrency": 0}}, "politeness.concurrency"),
    ({"discovery": [{"type": "rss", "url": "not a url"}]}, "discovery[0]: 'url'"),
    ({"colour": "red"}, "unknown field(s) colour"),
    ({"affiliation": ""}, "'affiliation' is required"),
])
def test_schema_reports_each_mistake(change: dict[str, object], expected: str) -> None:
    problems = validate({"sources": [{**GOOD, **change}]})
    assert any(expected in p for p in problems), problems


def test_robots_override_with_reason_is_accepted() -> None:
    entry = {**GOOD, "robots": "ignore", "robots_override_reason": "public statements; site owner consent on file"}
    assert validate({"sources": [entry]}) == []
    (source,) = parse_registry(yaml.safe_dump({"sources": [entry]}))
    assert not source.obeys_robots


def test_duplicate_ids_are_refused() -> None:
    assert any("duplicate id" in p for p in validate({"sources": [GOOD, GOOD]}))


def test_parse_errors_are_one_line_user_errors() -> None:
    with pytest.raises(UserError, match="not valid YAML"):
        parse_registry("sources: [unclosed", "x.yaml")
    with pytest.raises(UserError, match=r"'kind' must be one of .*\(and \d+ more\)|'kind' must be one of"):
        parse_registry(yaml.safe_dump({"sources": [{**GOOD, "kind": "blog"}]}))


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "rasad.cli", *args], check=False, capture_output=True, text=True,
                          timeout=60)


def test_cli_sources_check_and_list() -> None:
    checked = _cli("sources", "check")
    assert checked.returncode == 0, checked.stderr
    assert f"{len(load_sources())} sources valid" in checked.stdout
    listed = _cli("sources", "list")
    assert listed.returncode == 0
    assert len(listed.stdout.splitlines()) == len(load_sources())
    assert "alwasat" in listed.stdout


def test_cli_sources_check_reports_problems_without_traceback(tmp_path: Path) -> None:
    broken = tmp_path / "sources.yaml"
    broken.write_text(REGISTRY_PATH.read_text(encoding="utf-8").replace("kind: news", "kind: newz", 1),
                      encoding="utf-8")
    result = _cli("sources", "check", "--file", str(broken))
    assert result.returncode == 1
    assert "'kind' must be one of" in result.stderr
    assert "Traceback" not in result.stderr
    missing = _cli("sources", "list", "--file", str(tmp_path / "none.yaml"))
    assert missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1


def test_source_settings_apply_politeness_and_record_robots_overrides() -> None:
    from crawlers.run import source_settings

    entry = {**GOOD, "robots": "ignore", "robots_override_reason": "consent of the site owner on file",
             "politeness": {"concurrency": 1, "delay_s": 5.0, "page_budget": 40}}
    (source,) = parse_registry(yaml.safe_dump({"sources": [entry]}))
    settings = source_settings(source)
    assert settings["ROBOTSTXT_OBEY"] is False
    assert settings["RASAD_ROBOTS_OVERRIDE_REASON"] == "consent of the site owner on file"
    assert settings["CONCURRENT_REQUESTS_PER_DOMAIN"] == 1 and settings["DOWNLOAD_DELAY"] == 5.0
    assert settings["RASAD_HOST_PAGE_BUDGET"] == 40
    (obeying,) = parse_registry(yaml.safe_dump({"sources": [GOOD]}))
    assert "ROBOTSTXT_OBEY" not in source_settings(obeying)
