"""Crawl children forked from the fork server: a hung crawl is killed at its timeout, exit codes come back."""

from __future__ import annotations

import multiprocessing
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawlers.run import crawl
from rasad.errors import RetryableError


@pytest.fixture()
def silent_server() -> Iterator[str]:
    """Accepts connections and never answers: a crawl of it hangs until its download timeout."""
    listener = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join()
    for connection in held:
        connection.close()
    listener.close()


def _live_crawl_children() -> list[multiprocessing.Process]:
    return [child for child in multiprocessing.active_children() if child.name == "rasad-crawl"]


def test_a_hung_crawl_is_killed_at_its_timeout(silent_server: str, tmp_path: Path) -> None:
    with pytest.raises(RetryableError, match="timed out after 3s"):
        crawl([f"{silent_server}/sitemap.xml"], tmp_path / "archive", source_id="hung", timeout=3,
              extra_settings={"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_TIMEOUT": 120})
    assert _live_crawl_children() == []
    assert not list((tmp_path / "logs").glob("*.jsonl"))  # its manifests are removed with it


def test_a_failing_child_reports_its_exit_code(tmp_path: Path) -> None:
    result = crawl(["http://127.0.0.1:9/"], tmp_path / "archive", source_id="bad", kind="no-such-spider")
    assert result.returncode == 2 and result.captures == ()
