"""A running ``rasad serve`` on a data dir seeded like a user's: ``rasad demo`` leads, accounts made
with ``rasad users add``, plus one hostile lead whose archived page tries to run script and call home."""

from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from pipelines.archive import WarcArchive
from rasad.records import Lead
from rasad.store.sqlite import SQLiteLeadStore

PASSWORD = "a long enough password"
USERS = {"mon-a": "monitor", "mon-b": "monitor", "res-a": "researcher"}
XSS_TITLE = '<img src=x onerror="alert(\'title\')"><script>alert("title")</script> هجوم'
HOSTILE_ID = "hostile0000000000000000a"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Beacon:
    """A stand-in for the live site: it counts every request that reaches it."""

    url: str
    hits: list[str] = field(default_factory=list)


@contextmanager
def beacon_server() -> Iterator[Beacon]:
    beacon = Beacon("")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            beacon.hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    beacon.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield beacon
    finally:
        server.shutdown()
        server.server_close()


def hostile_page(live: str) -> bytes:
    return f"""<!doctype html><html><head><title>x</title>
<link rel="stylesheet" href="{live}/style.css"><script src="{live}/app.js"></script>
<script>alert("capture"); fetch("{live}/fetch")</script></head>
<body onload="alert('onload')"><h1>هجوم على مقر منظمة</h1><img src="{live}/beacon.png">
<iframe src="{live}/frame"></iframe><form action="{live}/form"><button>go</button></form>
<p>قتل ثلاثة مدنيين في هجوم على مقر منظمة بطرابلس.</p></body></html>""".encode()


def plant_hostile_lead(data_dir: Path, live: str) -> Lead:
    body = hostile_page(live)
    with WarcArchive(data_dir / "archive", prefix="hostile") as archive:
        capture = archive.write_exchange(url=f"{live}/story", final_url=f"{live}/story", status=200,
                                         response_headers=[("Content-Type", "text/html; charset=utf-8")],
                                         body=body, source_id="hostile")
    assert capture.sha256 == hashlib.sha256(body).hexdigest()
    evidence = "قتل ثلاثة مدنيين في هجوم على مقر منظمة بطرابلس."
    lead = Lead(id=HOSTILE_ID, url=f"{live}/story", title=XSS_TITLE,
                text=f"مقدمة <script>alert('text')</script>\n{evidence}\nخاتمة", language="ar",
                published_at="2026-11-20T10:00:00+00:00", fetched_at=capture.fetched_at, source_id="hostile",
                capture_sha256=capture.sha256, incident_types=("killing",), evidence=(evidence,), score=0.9)
    with SQLiteLeadStore(data_dir / "rasad.db") as store:
        store.upsert([lead])
    return lead


def rasad_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RASAD_")}
    return {**env, "RASAD_DATA_DIR": str(data_dir), "RASAD_DEMO_PORT": str(free_port()),
            "RASAD_KEY_FILE": str(data_dir.parent / "keys" / "case.key")}  # outside the data, never in ~


def rasad(env: dict[str, str], *args: str, stdin: str = "") -> str:
    done = subprocess.run([sys.executable, "-m", "rasad.cli", *args], input=stdin, capture_output=True, text=True,
                          env=env, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@contextmanager
def served(data_dir: Path, live: str) -> Iterator[str]:
    """Seed ``data_dir`` and run ``rasad serve`` on it; yield the base URL."""
    env = rasad_env(data_dir)
    rasad(env, "demo")
    plant_hostile_lead(data_dir, live)
    for name, role in USERS.items():
        rasad(env, "users", "add", name, "--role", role, stdin=PASSWORD + "\n")
    port = free_port()
    log = open(data_dir / "serve.log", "w")  # noqa: SIM115 - closed below
    process = subprocess.Popen([sys.executable, "-m", "rasad.cli", "serve", "--port", str(port)], env=env,
                               stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/login", timeout=2).read()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError((data_dir / "serve.log").read_text()[-2000:]) from None
                time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()
