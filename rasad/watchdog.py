"""No orphans when ``rasad run`` is killed with SIGKILL.

A killed process cannot clean up, and its children (crawl processes, the process pool, Prefect's
temporary API server) are re-parented and run on, holding the data dir and a port. So ``rasad run``
starts this small watchdog in its own session: it keeps a list of the run's descendants (pid and
start time, so a reused pid is never hit) and, the moment the run's pipe closes (it died, however),
kills them and the run's process group. A child started in the last snapshot interval before the
kill is re-parented before any snapshot sees it, so the run also marks its environment with a token
(``RASAD_RUN_TOKEN``, inherited by every process it starts): whatever carries the token dies too.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

SNAPSHOT_EVERY_S = 0.2
RUN_TOKEN = "RASAD_RUN_TOKEN"


def start(watched: int | None = None) -> subprocess.Popen[bytes]:
    """Start the watchdog of this process (call once, early). The pipe's write end stays here only."""
    read_end, write_end = os.pipe()
    os.set_inheritable(read_end, True)
    token = secrets.token_hex(16)
    watchdog = subprocess.Popen([sys.executable, "-m", "rasad.watchdog", str(watched or os.getpid()), str(read_end),
                                 token], pass_fds=(read_end,), start_new_session=True, stdin=subprocess.DEVNULL)
    os.environ[RUN_TOKEN] = token  # after the watchdog started: it must not carry the token itself
    os.close(read_end)
    os.set_inheritable(write_end, False)  # children must not keep the run "alive"
    _keep.append(write_end)
    return watchdog


_keep: list[int] = []


def _stat(pid: int) -> tuple[int, int, str] | None:
    """(parent pid, process group, start time) of a process, from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(fields[1]), int(fields[2]), fields[19]


def descendants(root: int) -> dict[int, str]:
    """pid -> start time of every living descendant of ``root``."""
    table = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (info := _stat(int(entry))) is not None:
            table[int(entry)] = info
    found: dict[int, str] = {}
    frontier = [root]
    while frontier:
        parent = frontier.pop()
        for pid, (ppid, _, started) in table.items():
            if ppid == parent and pid not in found:
                found[pid] = started
                frontier.append(pid)
    return found


def carrying(token: str) -> dict[int, str]:
    """pid -> start time of every living process whose environment holds this run's token."""
    mark = f"{RUN_TOKEN}={token}".encode()
    found: dict[int, str] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            environ = Path(f"/proc/{entry}/environ").read_bytes()
        except OSError:
            continue
        if mark in environ.split(b"\0") and (info := _stat(int(entry))) is not None:
            found[int(entry)] = info[2]
    return found


def watch(run: int, pipe: int, token: str = "") -> None:
    os.set_blocking(pipe, False)
    info = _stat(run)
    group = info[1] if info and info[1] == run else None  # only a group the run leads is the run's own
    known: dict[int, str] = {}
    while True:
        try:
            if os.read(pipe, 1) == b"":
                break  # end of file: the run is gone
        except BlockingIOError:
            pass
        known.update(descendants(run))
        known.pop(os.getpid(), None)  # the run started this watchdog: it is one of its children
        time.sleep(SNAPSHOT_EVERY_S)
    for _ in range(3):  # again, for what the first round's victims were starting
        if token:
            known.update(carrying(token))  # also the children no snapshot saw before they were re-parented
        for pid, started in list(known.items()):
            for child, child_started in descendants(pid).items():
                if child != os.getpid():
                    known.setdefault(child, child_started)
            info = _stat(pid)
            if info is not None and info[2] == started:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        if group is not None:
            try:
                os.killpg(group, signal.SIGKILL)
            except ProcessLookupError:
                pass
        time.sleep(0.1)


if __name__ == "__main__":
    watch(int(sys.argv[1]), int(sys.argv[2]), *sys.argv[3:4])
