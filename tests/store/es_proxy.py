"""A small HTTP proxy that makes the local OpenSearch node answer like Elasticsearch 8.

It lets CI drive the ``elasticsearch`` client code path against a real engine: ``GET /``
reports Elasticsearch 8, every response carries ``X-Elastic-Product: Elasticsearch``, and the
``application/vnd.elasticsearch+json; compatible-with=8`` media types the client sends are
translated to plain JSON. It can also inject transient faults (whole-request 429s, per-item
429s in ``_bulk`` answers) to exercise retries against real responses.
"""

from __future__ import annotations

import http.client
import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

COMPAT = re.compile(r"application/vnd\.elasticsearch\+(x-ndjson|json)\s*;\s*compatible-with=\d+")
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"}
ES_ROOT = {
    "name": "rasad-test-proxy",
    "cluster_name": "rasad",
    "cluster_uuid": "rasad-test",
    "version": {"number": "8.15.0", "build_flavor": "default", "build_type": "tar",
                "lucene_version": "9.11.1", "minimum_wire_compatibility_version": "7.17.0",
                "minimum_index_compatibility_version": "7.0.0"},
    "tagline": "You Know, for Search",
}


@dataclass
class Faults:
    """Transient faults to inject: counts are consumed as requests pass."""

    bulk_429: int = 0  # answer this many _bulk requests with HTTP 429 without forwarding
    item_429: int = 0  # after forwarding, report this many bulk items as 429 (they are re-sent)
    seen_bulk: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def _plain(value: str) -> str:
    return COMPAT.sub(lambda m: "application/" + m.group(1), value)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    upstream: tuple[str, int]
    faults: Faults

    def log_message(self, format: str, *args: object) -> None:
        return

    def _send(self, status: int, body: bytes, headers: list[tuple[str, str]]) -> None:
        self.send_response(status)
        for name, value in headers:
            if name.lower() not in HOP_BY_HOP and name.lower() != "content-type":
                self.send_header(name, value)
        self.send_header("Content-Type", "application/json")
        self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _proxy(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path = urlsplit(self.path).path
        if self.command == "GET" and path == "/":
            self._send(200, json.dumps(ES_ROOT).encode(), [])
            return
        is_bulk = path.endswith("/_bulk")
        if is_bulk:
            with self.faults.lock:
                self.faults.seen_bulk += 1
                if self.faults.bulk_429 > 0:
                    self.faults.bulk_429 -= 1
                    error = {"error": {"type": "es_rejected_execution_exception", "reason": "injected"},
                             "status": 429}
                    self._send(429, json.dumps(error).encode(), [])
                    return
        headers = {k: _plain(v) for k, v in self.headers.items()
                   if k.lower() not in HOP_BY_HOP and k.lower() != "host"}
        connection = http.client.HTTPConnection(*self.upstream, timeout=120)
        try:
            connection.request(self.command, self.path, body=body or None, headers=headers)
            response = connection.getresponse()
            payload = response.read()
            status, response_headers = response.status, response.getheaders()
        finally:
            connection.close()
        if is_bulk and status == 200:
            payload = self._inject_item_faults(payload)
        self._send(status, payload, response_headers)

    def _inject_item_faults(self, payload: bytes) -> bytes:
        with self.faults.lock:
            if self.faults.item_429 <= 0:
                return payload
            answer = json.loads(payload)
            for item in answer["items"]:
                if self.faults.item_429 <= 0:
                    break
                outcome = next(iter(item.values()))
                outcome["status"] = 429
                outcome["error"] = {"type": "es_rejected_execution_exception", "reason": "injected"}
                self.faults.item_429 -= 1
                answer["errors"] = True
            return json.dumps(answer).encode()

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _proxy


@contextmanager
def es_proxy(upstream_url: str) -> Iterator[tuple[str, Faults]]:
    """Serve the proxy on 127.0.0.1 (a free port); yield its URL and the fault switches."""
    parts = urlsplit(upstream_url)
    faults = Faults()
    handler = type("Handler", (_Handler,), {"upstream": (parts.hostname, parts.port or 80), "faults": faults})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", faults
    finally:
        server.shutdown()
        server.server_close()
