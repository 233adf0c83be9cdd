"""A local RFC 3161 time-stamping authority: ``openssl ts -reply`` behind a tiny HTTP server on 127.0.0.1."""

from __future__ import annotations

import subprocess
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

TSA_CONFIG = """\
[ tsa ]
default_tsa = tsa_config1
[ tsa_config1 ]
dir = {dir}
serial = $dir/serial
crypto_device = builtin
signer_cert = $dir/tsa.crt
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256
accuracy = secs:1
ordering = no
tsa_name = no
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


@dataclass(frozen=True)
class LocalTsa:
    url: str
    cert: Path  # the TSA's signing certificate (PEM)
    other_cert: Path  # a certificate of another key, which must not verify the tokens
    ca_cert: Path  # the CA that issued the TSA certificate
    no_eku_cert: Path  # the TSA's key in a certificate not meant for time-stamping


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def _make_pki(folder: Path) -> None:
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt",
             "-subj", "/CN=rasad test CA", "-days", "2", cwd=folder)
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "tsa.key", "-out", "tsa.csr",
             "-subj", "/CN=rasad test TSA", cwd=folder)
    (folder / "ext.cnf").write_text("extendedKeyUsage = critical,timeStamping\n")
    _openssl("x509", "-req", "-in", "tsa.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
             "-out", "tsa.crt", "-days", "2", "-extfile", "ext.cnf", cwd=folder)
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "other.key", "-out", "other.crt",
             "-subj", "/CN=rasad test TSA", "-days", "2", cwd=folder)
    _openssl("req", "-x509", "-key", "tsa.key", "-out", "noeku.crt", "-subj", "/CN=rasad test TSA", "-days", "2",
             cwd=folder)
    (folder / "serial").write_text("01\n")
    (folder / "tsa.cnf").write_text(TSA_CONFIG.format(dir=folder))


@pytest.fixture(scope="session")
def local_tsa() -> Iterator[LocalTsa]:
    with tempfile.TemporaryDirectory(prefix="rasad-tsa-") as name:
        folder = Path(name)
        _make_pki(folder)
        lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                query = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with lock:
                    (folder / "query.tsq").write_bytes(query)
                    done = subprocess.run(
                        ["openssl", "ts", "-reply", "-config", str(folder / "tsa.cnf"), "-queryfile", "query.tsq",
                         "-out", "reply.tsr"], cwd=folder, capture_output=True, check=False)
                    reply = (folder / "reply.tsr").read_bytes() if done.returncode == 0 else b""
                self.send_response(200 if reply else 500)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield LocalTsa(f"http://127.0.0.1:{server.server_address[1]}/tsa", folder / "tsa.crt",
                           folder / "other.crt", folder / "ca.crt", folder / "noeku.crt")
        finally:
            server.shutdown()
            server.server_close()
