"""What sites see: a User-Agent that names the software but not the monitoring, replaceable by the operator."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from crawlers.run import crawl
from rasad.errors import NotConfigured
from rasad.settings import DEFAULT_USER_AGENT, user_agent

REPO = Path(__file__).resolve().parents[2]
PAGE = ("<html><head><title>خبر</title></head><body><article><p>" + "قتل مدني في بنغازي. " * 30
        + "</p></article></body></html>").encode()


class Recorder(BaseHTTPRequestHandler):
    agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Recorder.agents.append(self.headers.get("User-Agent", ""))
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def site() -> Iterator[str]:
    Recorder.agents = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_default_user_agent_does_not_announce_monitoring(site: str, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RASAD_USER_AGENT", raising=False)
    crawl([f"{site}/2026/11/20/story.html"], tmp_path / "archive", incremental=False,
          extra_settings={"ROBOTSTXT_OBEY": False, "AUTOTHROTTLE_ENABLED": False})
    assert Recorder.agents and set(Recorder.agents) == {DEFAULT_USER_AGENT}
    for word in ("human", "rights", "monitor", "حقوق"):
        assert word not in DEFAULT_USER_AGENT.lower()


def test_operator_user_agent_is_used_by_crawl_and_extract(site: str, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASAD_USER_AGENT", "NewsReader/2.0")
    crawl([f"{site}/2026/11/20/story.html"], tmp_path / "archive", incremental=False,
          extra_settings={"ROBOTSTXT_OBEY": False, "AUTOTHROTTLE_ENABLED": False})
    subprocess.run([sys.executable, "-m", "rasad.cli", "extract", "--allow-private", f"{site}/a.html"], cwd=REPO,
                   env={**os.environ, "RASAD_USER_AGENT": "NewsReader/2.0"}, capture_output=True, timeout=120,
                   check=True)
    assert len(Recorder.agents) >= 2 and set(Recorder.agents) == {"NewsReader/2.0"}
    monkeypatch.setenv("RASAD_USER_AGENT", "Bot/1\r\nX-Injected: 1")
    with pytest.raises(NotConfigured, match="control character"):
        user_agent()
