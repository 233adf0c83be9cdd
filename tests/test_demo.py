"""End to end, as a user runs it: `rasad demo` then `rasad search`, on both stores.

Also the bad-input promises of the walking skeleton, and the privacy canary: the names
planted in the fixture site never reach a log, a dead letter or the terminal summary.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rasad.fixture_site import FIXTURE_SITES, serve
from tests.conftest import CANARY_NAMES

# Pages of the fixture site that write Tripoli only with a clitic (see tests/sites/news/README.md).
ONLY_WA_TRIPOLI = "/ar/2026/11/torture-detention-centre.html"
ONLY_BI_TRIPOLI = "/ar/2026/11/checkpoint-shooting-tripoli.html"


def rasad(*args: str, env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "rasad.cli", *args], capture_output=True, text=True,
                          env=env, timeout=timeout, check=False, stdin=subprocess.DEVNULL)


def user_env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RASAD_")}
    return {**env, "RASAD_DATA_DIR": str(data_dir), **extra}


def assert_no_canary(data_dir: Path, *outputs: str) -> None:
    """Logs, dead letters and terminal output never carry the planted names."""
    texts = list(outputs)
    for path in data_dir.rglob("*"):
        if path.is_file() and (path.suffix in (".log", ".jsonl", ".txt") or "log" in path.parts):
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    for name in CANARY_NAMES:
        assert not any(name in text for text in texts), f"canary {name!r} leaked"


def run_demo_and_search(env: dict[str, str], data_dir: Path) -> None:
    demo = rasad("demo", env=env)
    assert demo.returncode == 0, demo.stderr[-3000:]
    assert "pages archived: 22" in demo.stdout
    assert "failed: 0" in demo.stdout
    found = rasad("search", "طرابلس", "--format", "jsonl", "--limit", "100", env=env)
    assert found.returncode == 0, found.stderr
    urls = [json.loads(line)["url"] for line in found.stdout.splitlines()]
    assert any(url.endswith(ONLY_WA_TRIPOLI) for url in urls), urls
    assert any(url.endswith(ONLY_BI_TRIPOLI) for url in urls), urls
    table = rasad("search", "بطرابلس", env=env)
    assert table.returncode == 0 and "lead(s)" in table.stdout
    assert_no_canary(data_dir, demo.stdout, demo.stderr, found.stderr, table.stderr)


def test_demo_on_the_embedded_store(data_dir: Path) -> None:
    env = user_env(data_dir)
    run_demo_and_search(env, data_dir)
    assert (data_dir / "rasad.db").exists()
    assert list((data_dir / "archive").rglob("*.warc.gz"))
    # A second run re-crawls into new WARC files but writes no duplicate lead.
    before = rasad("search", "--status", "new", "--format", "jsonl", "--limit", "500", env=env).stdout
    assert rasad("demo", env=env).returncode == 0
    after = rasad("search", "--status", "new", "--format", "jsonl", "--limit", "500", env=env).stdout
    assert len(after.splitlines()) == len(before.splitlines()) > 0


def test_demo_on_the_search_node(data_dir: Path, search_url: str, index_prefix: str) -> None:
    env = user_env(data_dir, RASAD_SEARCH_URL=search_url, RASAD_INDEX_PREFIX=index_prefix)
    run_demo_and_search(env, data_dir)
    assert not (data_dir / "rasad.db").exists()


@pytest.mark.parametrize("query", ["", "   ", "?!", "\"'()"])
def test_empty_or_malformed_query_is_one_line(data_dir: Path, query: str) -> None:
    (data_dir / "rasad.db").touch()
    result = rasad("search", query, env=user_env(data_dir))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "empty query" in result.stderr
    assert "Traceback" not in result.stderr


def test_search_url_pointing_at_nothing(data_dir: Path) -> None:
    env = user_env(data_dir, RASAD_SEARCH_URL="http://127.0.0.1:9")
    for args in (("search", "طرابلس"), ("demo",)):
        result = rasad(*args, env=env)
        assert result.returncode == 2
        assert result.stderr.strip().splitlines()[-1].startswith(f"rasad {args[0]}: error: cannot reach")
        assert "Traceback" not in result.stderr
    assert not list(data_dir.rglob("*.warc.gz")), "nothing is crawled when the store is unusable"


def test_search_url_pointing_at_a_web_server(data_dir: Path) -> None:
    with serve(FIXTURE_SITES / "news") as base:
        result = rasad("search", "طرابلس", env=user_env(data_dir, RASAD_SEARCH_URL=base))
    assert result.returncode == 2
    assert "not Elasticsearch or OpenSearch" in result.stderr or "answered HTTP" in result.stderr
    assert result.stderr.count("\n") == 1


def test_unwritable_data_dir(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = rasad("demo", env=user_env(blocker / "data"))
    assert result.returncode == 2
    assert "not writable" in result.stderr and result.stderr.strip().count("\n") == 0
