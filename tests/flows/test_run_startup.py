"""``rasad run`` before Prefect's import: it starts the crawl children's fork server, so the two
start-up costs overlap (the fork server imports scrapy in its own process), and it turns Prefect's
SDK telemetry off."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.flows.conftest import REPO

START = textwrap.dedent("""
    import json, multiprocessing.forkserver, sys, time
    from flows.cli import start_crawl_fork_server
    start_crawl_fork_server()
    pid = multiprocessing.forkserver._forkserver._forkserver_pid
    cmdline, deadline = b"", time.monotonic() + 60
    while not cmdline and time.monotonic() < deadline:  # empty until the spawned child has exec'd
        cmdline = open(f"/proc/{pid}/cmdline", "rb").read()
        time.sleep(0.01)
    print(json.dumps({"pid": pid, "prefect_imported": "prefect" in sys.modules,
                      "cmdline": cmdline.decode(errors="replace")}))
""")


def test_the_crawl_fork_server_starts_with_the_crawl_modules_and_without_prefect() -> None:
    done = subprocess.run([sys.executable, "-c", START], cwd=REPO, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    started = json.loads(done.stdout.strip().splitlines()[-1])
    assert started["pid"] > 0
    assert "multiprocessing.forkserver" in started["cmdline"]
    assert "scrapy.crawler" in started["cmdline"] and "crawlers.spiders.news" in started["cmdline"]
    assert not started["prefect_imported"]  # it runs before Prefect's import, which it overlaps


def test_rasad_run_turns_prefect_telemetry_off_before_importing_it(monkeypatch: pytest.MonkeyPatch,
                                                                   tmp_path: Path) -> None:
    from flows.cli import prefect_environment

    for name in ("DO_NOT_TRACK", "PREFECT_HOME", "PREFECT_SERVER_ANALYTICS_ENABLED"):
        monkeypatch.delenv(name, raising=False)
    prefect_environment(str(tmp_path))
    assert os.environ["DO_NOT_TRACK"] == "1"  # Prefect's SDK telemetry reads it at import
    assert os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] == "false"
    assert os.environ["PREFECT_HOME"] == str(tmp_path / "prefect")


def test_the_run_keeps_its_heap_out_of_the_collector() -> None:
    """``rasad run`` freezes the heap Prefect's import leaves: the collector then never walks it
    (the exit of an unfrozen process took seconds on a busy machine)."""
    code = ("import gc, prefect; from flows.cli import keep_out_of_gc; "
            "keep_out_of_gc(); print(gc.get_freeze_count(), len(gc.get_objects()))")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    frozen, still_tracked = map(int, done.stdout.split())
    assert frozen > 100_000 > still_tracked  # Prefect's import alone leaves well over 100k objects
