"""The watchdog also finds a run's children by the token in their environment: a child started just
before a kill -9 is re-parented before any snapshot of the run's descendants can see it."""

from __future__ import annotations

import os
import subprocess
import sys

from rasad.watchdog import RUN_TOKEN, carrying


def test_processes_carrying_the_runs_token_are_found_and_others_are_not() -> None:
    sleeper = [sys.executable, "-c", "import time; time.sleep(30)"]
    marked = subprocess.Popen(sleeper, env={**os.environ, RUN_TOKEN: "a1b2"})
    other_run = subprocess.Popen(sleeper, env={**os.environ, RUN_TOKEN: "a1b2c3"})
    unmarked = subprocess.Popen(sleeper, env={k: v for k, v in os.environ.items() if k != RUN_TOKEN})
    try:
        found = carrying("a1b2")
        assert marked.pid in found
        assert other_run.pid not in found and unmarked.pid not in found
        assert os.getpid() not in found
    finally:
        for process in (marked, other_run, unmarked):
            process.kill()
            process.wait()
