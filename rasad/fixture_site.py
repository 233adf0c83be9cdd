"""Tiny static HTTP server for the local fixture sites under ``tests/sites/``.

Lives in the kernel because ``rasad demo`` serves the fixture news site offline; tests use it too.

Serves one directory on 127.0.0.1 (port 0 picks a free port) with:

* ``Content-Type`` with ``charset=utf-8`` for text files (.html, .xml, .txt, .css, ...);
* 404 for anything missing, hidden (dot-files) or outside the directory; no directory listings
  (a directory is served only through its ``index.html``);
* no request logging on stderr;
* ``{{BASE}}`` in ``.xml`` and ``.txt`` files replaced at serve time by the base URL
  (``http://127.0.0.1:PORT``, no trailing slash), so feeds, sitemaps and ``robots.txt``
  can carry absolute URLs whatever the port. HTML pages use root-relative links instead.

Use from tests::

    from rasad.fixture_site import NEWS_DIR, serve

    with serve(NEWS_DIR) as base:          # base == "http://127.0.0.1:54321"
        urllib.request.urlopen(base + "/rss.xml")

or ``server, base = start_in_thread(NEWS_DIR)`` ... ``stop(server)``.

From the command line (prints the base URL, serves until killed)::

    python -m rasad.fixture_site tests/sites/news [--port N]
"""

from __future__ import annotations

import argparse
import contextlib
import email.utils
import signal
import sys
import threading
import urllib.parse
from collections.abc import Iterator
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

__all__ = ["BASE_PLACEHOLDER", "FIXTURE_SITES", "NEWS_DIR", "FixtureServer", "main", "serve", "start_in_thread", "stop"]

BASE_PLACEHOLDER = "{{BASE}}"
FIXTURE_SITES = Path(__file__).resolve().parents[1] / "tests" / "sites"
NEWS_DIR = FIXTURE_SITES / "news"
HOST = "127.0.0.1"

_CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".svg": "image/svg+xml; charset=utf-8",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".ico": "image/x-icon",
}
_SUBSTITUTED_SUFFIXES = {".xml", ".txt"}


class _Handler(BaseHTTPRequestHandler):
    server: FixtureServer
    server_version = "rasad-fixture/1.0"
    protocol_version = "HTTP/1.0"

    def version_string(self) -> str:
        return self.server_version

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet: no request or error lines on stderr."""

    def _serve(self, *, send_body: bool) -> None:
        url_path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
        target = self._resolve(url_path)
        if target is None:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        if target.is_dir():
            # "/en" -> "/en/" when the directory has an index.html, like ordinary web servers.
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", url_path + "/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        data = target.read_bytes()
        suffix = target.suffix.lower()
        if suffix in _SUBSTITUTED_SUFFIXES:
            data = data.replace(BASE_PLACEHOLDER.encode(), self.server.base_url.encode())
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", _CONTENT_TYPES.get(suffix, "application/octet-stream"))
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Last-Modified", email.utils.formatdate(target.stat().st_mtime, usegmt=True))
        self.end_headers()
        if send_body:
            self.wfile.write(data)

    def _resolve(self, url_path: str) -> Path | None:
        """Map a URL path to a file under the root, or None (-> 404).

        Returns a directory only when the URL lacks its trailing slash and the directory has an
        index.html (the caller redirects).
        """
        parts = [p for p in url_path.split("/") if p]
        if any(p in {".", ".."} or p.startswith(".") or "\\" in p or "\x00" in p for p in parts):
            return None
        root = self.server.root
        target = root.joinpath(*parts)
        try:
            resolved = target.resolve()
        except (OSError, RuntimeError):
            return None
        if resolved != root and root not in resolved.parents:
            return None
        if resolved.is_dir():
            index = resolved / "index.html"
            if not index.is_file():
                return None  # no directory listings
            return index if url_path.endswith("/") else resolved
        return resolved if resolved.is_file() else None


class FixtureServer(ThreadingHTTPServer):
    """Threaded HTTP server bound to 127.0.0.1 serving one fixture directory."""

    daemon_threads = True

    def __init__(self, directory: str | Path, port: int = 0) -> None:
        root = Path(directory).resolve()
        if not root.is_dir():
            raise NotADirectoryError(f"not a directory: {directory}")
        self.root = root
        self.thread: threading.Thread | None = None
        super().__init__((HOST, port), _Handler)

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` without a trailing slash."""
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients hanging up early (crawler timeouts, HEAD probes) are not worth a traceback.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


def start_in_thread(directory: str | Path, port: int = 0) -> tuple[FixtureServer, str]:
    """Start serving ``directory`` in a daemon thread; return ``(server, base_url)``.

    Stop it with :func:`stop`.
    """
    server = FixtureServer(directory, port)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.1}, name="fixture-http", daemon=True
    )
    server.thread = thread
    thread.start()
    return server, server.base_url


def stop(server: FixtureServer) -> None:
    """Stop a server started by :func:`start_in_thread` and release its socket."""
    server.shutdown()
    server.server_close()
    if server.thread is not None:
        server.thread.join(timeout=5)


@contextlib.contextmanager
def serve(directory: str | Path, port: int = 0) -> Iterator[str]:
    """Serve ``directory`` for the duration of the ``with`` block; yield the base URL."""
    server, base_url = start_in_thread(directory, port)
    try:
        yield base_url
    finally:
        stop(server)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m rasad.fixture_site", description="Serve a fixture site on 127.0.0.1."
    )
    parser.add_argument(
        "directory", nargs="?", default=str(NEWS_DIR), help="directory to serve (default: the news site)"
    )
    parser.add_argument("--port", type=int, default=0, help="port (default 0: pick a free one)")
    args = parser.parse_args(argv)
    try:
        server = FixtureServer(args.directory, args.port)
    except (NotADirectoryError, OSError) as exc:
        parser.error(str(exc))
    # Exit cleanly on SIGTERM, and on SIGINT even when started in the background (where the
    # shell sets SIGINT to "ignore").
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    signal.signal(signal.SIGINT, signal.default_int_handler)
    print(server.base_url, flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
