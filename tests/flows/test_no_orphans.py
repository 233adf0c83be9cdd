"""``rasad run`` killed with SIGKILL leaves no process behind: crawl children, the process pool and
Prefect's temporary server all go with it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.flows.conftest import REPO, CountingServer


def _children_of(root: int) -> dict[int, str]:
    """pid -> command line of every descendant of ``root`` (read from /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        parents[int(entry)] = int(stat[1])
    found, frontier = {}, [root]
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in found:
                try:
                    found[pid] = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
                except OSError:
                    continue
                frontier.append(pid)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_kill_9_of_rasad_run_leaves_no_orphan(news_sites: list[CountingServer], tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env.update({"RASAD_DATA_DIR": str(tmp_path / "data"), "PREFECT_HOME": str(tmp_path / "prefect"),
                "RASAD_SEARCH_URL": "", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "240"})
    command = [sys.executable, "-m", "rasad.cli", "run", "--site", f"{news_sites[2].base_url}/sitemap.xml",
               "--workers", "2", "--night", "2026-11-20", "--crawl-setting", "DOWNLOAD_DELAY=0.5"]
    run = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen: dict[int, str] = {}
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and run.poll() is None:
        seen.update(_children_of(run.pid))
        if any("crawlers.run" in c for c in seen.values()) and any("uvicorn" in c for c in seen.values()):
            break
        time.sleep(0.1)
    assert run.poll() is None, "the run ended before it could be killed"
    assert any("uvicorn" in c for c in seen.values()) and any("crawlers.run" in c for c in seen.values())
    seen.update(_children_of(run.pid))
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(_alive(pid) for pid in seen):
        time.sleep(0.2)
    left = {pid: cmd for pid, cmd in seen.items() if _alive(pid) and "rasad.watchdog" not in cmd}
    for pid in left:  # clean up before failing, so a failure leaves nothing running either
        os.kill(pid, signal.SIGKILL)
    assert left == {}
