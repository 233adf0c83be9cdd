"""A real TLS endpoint with basic auth in front of the local search node, for RASAD_SEARCH_CA_FILE tests.

The node from ``scripts/search-node`` has no security plugin and speaks plain HTTP. This relay
terminates TLS with Python's ``ssl`` module, using certificates the ``openssl`` command makes at
test time (a CA, and a server certificate it signs for the names asked for), refuses any request
without the expected ``Authorization: Basic`` header (401, as a secured node does), and forwards
the rest to the node unchanged.
"""

from __future__ import annotations

import base64
import http.client
import ssl
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host", "authorization"}
EC_KEY = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def make_ca(folder: Path, name: str) -> Path:
    """A self-signed CA certificate ``<name>.pem`` (key ``<name>.key``) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    _openssl("req", "-x509", *EC_KEY, "-keyout", f"{name}.key", "-out", f"{name}.pem", "-days", "2",
             "-subj", f"/CN={name}", "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign,cRLSign", cwd=folder)
    return folder / f"{name}.pem"


def make_server_cert(ca: Path, name: str, alt_names: str) -> tuple[Path, Path]:
    """A server certificate and key signed by ``ca`` for ``alt_names`` (e.g. ``IP:127.0.0.1,DNS:localhost``)."""
    folder = ca.parent
    (folder / f"{name}.ext").write_text(
        f"subjectAltName={alt_names}\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
        "extendedKeyUsage=serverAuth\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n", encoding="utf-8")
    _openssl("req", *EC_KEY, "-keyout", f"{name}.key", "-out", f"{name}.csr", "-subj", f"/CN={name}", cwd=folder)
    _openssl("x509", "-req", "-in", f"{name}.csr", "-CA", ca.name, "-CAkey", ca.with_suffix(".key").name,
             "-CAcreateserial", "-out", f"{name}.pem", "-days", "2", "-extfile", f"{name}.ext", cwd=folder)
    return folder / f"{name}.pem", folder / f"{name}.key"


@dataclass
class RelayLog:
    """What the relay saw: requests forwarded, and requests refused for their credentials."""

    forwarded: int = 0
    refused: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    upstream: tuple[str, int]
    expected: str  # the whole Authorization header value
    seen: RelayLog

    def log_message(self, format: str, *args: object) -> None:
        return

    def _reply(self, status: int, body: bytes, headers: list[tuple[str, str]]) -> None:
        self.send_response(status)
        for name, value in headers:
            if name.lower() not in HOP_BY_HOP:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _relay(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.headers.get("Authorization") != self.expected:
            with self.seen.lock:
                self.seen.refused += 1
            self._reply(401, b'{"error":"unauthorized","status":401}',
                        [("Content-Type", "application/json"), ("WWW-Authenticate", 'Basic realm="rasad-test"')])
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        connection = http.client.HTTPConnection(*self.upstream, timeout=120)
        try:
            connection.request(self.command, self.path, body=body or None, headers=headers)
            response = connection.getresponse()
            payload, status, response_headers = response.read(), response.status, response.getheaders()
        finally:
            connection.close()
        with self.seen.lock:
            self.seen.forwarded += 1
        self._reply(status, payload, response_headers)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _relay


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        return  # a client that refused our certificate (the tests expect it): no traceback on stderr


@contextmanager
def tls_relay(upstream_url: str, cert: Path, key: Path, user: str, password: str) -> Iterator[tuple[int, RelayLog]]:
    """Serve HTTPS on 127.0.0.1 (a free port) in front of ``upstream_url``; yield the port and the log."""
    parts = urlsplit(upstream_url)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    seen = RelayLog()
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    handler = type("Handler", (_Handler,), {"upstream": (parts.hostname, parts.port or 80),
                                            "expected": f"Basic {token}", "seen": seen})
    server = _Server(("127.0.0.1", 0), handler)
    # The handshake runs in the handler thread (first read), so a client that refuses our
    # certificate costs that thread only; serve_forever keeps accepting.
    server.socket = context.wrap_socket(server.socket, server_side=True, do_handshake_on_connect=False)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], seen
    finally:
        server.shutdown()
        server.server_close()
