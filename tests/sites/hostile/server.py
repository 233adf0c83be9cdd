"""A hostile HTTP server on 127.0.0.1 for crawler robustness tests (reliability.md section 2.6).

Raw asyncio sockets, so it can send what real servers get wrong: bombs, lies about lengths,
garbage status lines, resets, hangs, drips, loops, bad charsets, traps and bad robots.txt.
One main port serves every fault endpoint plus good article pages (``/good/N``); each robots.txt
variant gets its own port (robots.txt is per host), as do hosts that must be deferred.

    with serve_hostile() as server:
        server.url("/bomb/gzip"); server.variant_url("robots-500", "/good/1")
        server.hits("/flaky")     # how many requests a path received (retries are countable)

``ENDPOINTS`` lists every fault path with the checklist case it serves.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import gzip
import socket
import struct
import threading
import time
import zlib
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterator
from urllib.parse import parse_qs, urlsplit

import brotli

try:
    from compression import zstd  # type: ignore[import-not-found]
except ImportError:
    from backports import zstd

HOST = "127.0.0.1"
CANARY = "CANARY_VICTIM_جميلة_7f3a"
ARABIC = ("قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف استهدف حيا سكنيا في مدينة ترهونة مساء الجمعة، "
          "بحسب ما أفاد به مصدر طبي في المستشفى المحلي.")
BOMB_SIZE = 64 * 1024 * 1024  # decompressed; tests cap downloads far below this

# path -> (case number in reliability.md 2.6, what it does)
ENDPOINTS: dict[str, tuple[int, str]] = {
    "/bomb/gzip": (1, "gzip bomb"), "/bomb/deflate": (1, "deflate bomb"), "/bomb/br": (1, "brotli bomb"),
    "/bomb/zstd": (1, "zstd bomb"), "/sitemap-bomb.xml.gz": (2, "gzipped sitemap bomb"),
    "/huge": (3, "endless body, no Content-Length"), "/gzip-then-garbage": (4, "gzip stream then junk"),
    "/double-gzip": (5, "Content-Encoding gzip over a .gz body"), "/bad-crc": (6, "gzip with bad CRC"),
    "/partial": (7, "Content-Length larger than body"), "/broken-chunked": (8, "no terminating chunk"),
    "/rst-mid-body": (9, "TCP reset mid-body"), "/raw-garbage-status": (10, "garbage status line"),
    "/raw-empty": (10, "bare CRLF"), "/http09": (11, "body without status line"),
    "/dup-content-type": (12, "two Content-Type headers"), "/dup-content-length": (12, "two Content-Length"),
    "/large-headers": (13, "64 KB of headers"), "/no-content-type": (14, "no Content-Type"),
    "/wrong-content-type": (15, "HTML served as image/png"), "/hang": (16, "never responds"),
    "/hang-after-headers": (17, "headers then silence"), "/drip": (18, "1 byte every 2 s"),
    "/slow-first-byte": (19, "first byte after 1 s, then a good page"),
    "/status/500": (21, "500"), "/status/502": (21, "502"), "/status/503": (21, "503 storm"),
    "/status/504": (21, "504"), "/status/408": (21, "408"), "/status/404": (21, "404"),
    "/status/410": (21, "410"), "/status/451": (21, "451"), "/flaky": (22, "503 twice, then 200"),
    "/ratelimit": (23, "429 Retry-After: 2, then 200"), "/ratelimit-date": (23, "429 with an HTTP date"),
    "/ratelimit-long": (23, "429 Retry-After: 86400 (on its own port)"),
    "/challenge": (24, "captcha page with status 200"), "/loop-a": (25, "redirect loop"),
    "/chain": (26, "25-hop redirect chain"), "/redirect-file": (27, "redirect to file:///etc/passwd"),
    "/redirect-es": (28, "redirect to 127.0.0.1:9200"), "/redirect-metadata": (29, "redirect to 169.254.169.254"),
    "/meta-refresh-0": (30, "meta refresh, delay 0"), "/meta-refresh-1000": (30, "meta refresh, delay 1000"),
    "/redirect-ok": (32, "301 -> 302 -> good page"),
    "/ar/cp1256/correct-header": (33, "cp1256, right header"), "/ar/cp1256/meta-only": (33, "cp1256, meta only"),
    "/ar/cp1256/header-latin1-meta-1256": (33, "cp1256 labelled iso-8859-1"),
    "/ar/cp1256/header-utf8-body-1256": (33, "cp1256 labelled utf-8"),
    "/ar/cp1256/bom-utf8-header-1256": (33, "UTF-8 BOM, header cp1256"), "/ar/iso-8859-6": (34, "ISO-8859-6"),
    "/ar/utf8-invalid-bytes": (35, "invalid UTF-8"), "/ar/utf16-bom": (36, "UTF-16 with BOM"),
    "/ar/mixed": (37, "Arabic then a Latin-1 footer"), "/deep-nesting": (38, "20000 nested divs"),
    "/unclosed-everything": (39, "no closing tags"), "/nul-bytes": (40, "NUL bytes in HTML"),
    "/5mb-attribute": (41, "a 5 MB attribute"), "/infinite-script": (42, "a script that never closes"),
    "/cal/2024/01/01": (44, "infinite calendar"), "/a/": (45, "/a/a/a/..."),
    "/session/s0/page": (46, "session id in the path"), "/follow": (47, "endless link graph"),
    "/random-links": (48, "?r=<rand> links"), "/utm": (49, "utm/fbclid/gclid variants"),
    "/same-body/1": (65, "same body at 3 URLs"), "/changing": (66, "changes between runs"),
    "/etag": (66, "honours If-None-Match"),
}
ROBOTS_VARIANTS = ("robots-404", "robots-500", "robots-garbage", "robots-10mb", "robots-disallow-all",
                   "robots-crawl-delay-30", "robots-slow", "robots-bomb", "deferred")

Handler = Callable[["Request", asyncio.StreamWriter], Awaitable[None]]


class Request:
    def __init__(self, method: str, target: str, headers: dict[str, str], port_variant: str) -> None:
        self.method = method
        self.target = target
        parts = urlsplit(target)
        self.path = parts.path
        self.query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        self.headers = headers
        self.variant = port_variant


def article(title: str, text: str, extra: str = "", charset: str = "utf-8") -> str:
    return (f"<!doctype html><html lang='ar' dir='rtl'><head><meta charset='{charset}'><title>{title}</title>"
            f"<meta property='og:type' content='article'></head><body><article><h1>{title}</h1>"
            f"<time datetime='2024-05-10'>2024-05-10</time><p>{text}</p>{extra}</article></body></html>")


def good_page(n: int) -> bytes:
    return article(f"خبر رقم {n}", f"{ARABIC} ({n})").encode("utf-8")


def _bombs() -> dict[str, bytes]:
    zeros = b"\0" * BOMB_SIZE
    deflater = zlib.compressobj(9)
    return {
        "gzip": gzip.compress(zeros, 6),
        "deflate": deflater.compress(zeros) + deflater.flush(),
        "br": brotli.compress(zeros, quality=1),
        "zstd": zstd.compress(zeros),
        "sitemap": gzip.compress(b"<?xml version='1.0'?><urlset>" + b" " * BOMB_SIZE + b"</urlset>", 6),
    }


class HostileServer:
    """Runs the hostile endpoints on one main port plus one port per robots/deferral variant."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.ports: dict[str, int] = {}
        self._hits: dict[str, list[float]] = defaultdict(list)
        self._servers: list[asyncio.base_events.Server] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self._thread = threading.Thread(target=self.loop.run_forever, name="hostile-http", daemon=True)
        self._bombs = _bombs()
        self.changing_version = 1

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> HostileServer:
        self._thread.start()
        for variant in ("main", *ROBOTS_VARIANTS):
            future = asyncio.run_coroutine_threadsafe(self._listen(variant), self.loop)
            self.ports[variant] = future.result(timeout=10)
        return self

    async def _listen(self, variant: str) -> int:
        async def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            task = asyncio.current_task()
            assert task is not None
            self._tasks.add(task)
            try:
                await self._handle(reader, writer, variant)
            except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, OSError,
                    asyncio.CancelledError):
                pass  # clients hanging up (timeouts, size caps) and shutdown are part of the job
            finally:
                self._tasks.discard(task)
                with contextlib.suppress(Exception):
                    writer.close()

        server = await asyncio.start_server(on_connect, HOST, 0, limit=256 * 1024)
        self._servers.append(server)
        return int(server.sockets[0].getsockname()[1])

    def stop(self) -> None:
        async def shutdown() -> None:
            for server in self._servers:
                server.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.sleep(0.05)

        asyncio.run_coroutine_threadsafe(shutdown(), self.loop).result(timeout=10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=10)

    # ------------------------------------------------------------------ helpers for tests
    def url(self, path: str, variant: str = "main") -> str:
        return f"http://{HOST}:{self.ports[variant]}{path}"

    def variant_url(self, variant: str, path: str) -> str:
        return self.url(path, variant)

    def hits(self, path: str, variant: str = "main") -> int:
        return len(self._hits[f"{variant}{path}"])

    def hit_times(self, path: str, variant: str = "main") -> list[float]:
        return list(self._hits[f"{variant}{path}"])

    # ------------------------------------------------------------------ protocol
    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, variant: str) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = (lines[0].split(" ", 2) + ["", ""])[:3]
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                key, value = line.split(":", 1)
                headers[key.strip().lower()] = value.strip()
        request = Request(method, target, headers, variant)
        self._hits[f"{variant}{request.path}"].append(time.monotonic())
        if request.path == "/robots.txt":
            await self._robots(request, writer)
            return
        handler = self._route(request.path)
        await handler(request, writer)
        await writer.drain()

    def _route(self, path: str) -> Handler:
        if path.startswith("/good/"):
            return self._good
        for prefix, handler in (("/status/", self._status), ("/bomb/", self._bomb), ("/ar/", self._arabic),
                                ("/cal/", self._calendar), ("/a/", self._repeat), ("/session/", self._session),
                                ("/same-body/", self._same_body)):
            if path.startswith(prefix):
                return handler
        name = "_" + path.strip("/").replace("-", "_").replace(".", "_")
        return getattr(self, name, self._not_found)

    @staticmethod
    async def send(writer: asyncio.StreamWriter, status: int, body: bytes, headers: list[tuple[str, str]] | None = None,
                   *, content_type: str | None = "text/html; charset=utf-8", length: int | None = None,
                   reason: str = "OK") -> None:
        lines = [f"HTTP/1.1 {status} {reason}"]
        if content_type:
            lines.append(f"Content-Type: {content_type}")
        lines.append(f"Content-Length: {len(body) if length is None else length}")
        lines.append("Connection: close")
        lines += [f"{k}: {v}" for k, v in headers or []]
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)

    # ------------------------------------------------------------------ robots.txt variants
    async def _robots(self, request: Request, writer: asyncio.StreamWriter) -> None:
        variant = request.variant
        text_type = "text/plain; charset=utf-8"
        if variant in ("main", "deferred"):
            await self.send(writer, 200, b"User-agent: *\nDisallow: /private/\n", content_type=text_type)
        elif variant == "robots-404":
            await self.send(writer, 404, b"<html>not found</html>")
        elif variant == "robots-500":
            await self.send(writer, 500, b"oops", reason="Internal Server Error")
        elif variant == "robots-garbage":
            await self.send(writer, 200, bytes(range(256)) * 40, content_type=text_type)
        elif variant == "robots-10mb":
            await self.send(writer, 200, b"# " + b"x" * (10 * 1024 * 1024) + b"\nDisallow: /\n", content_type=text_type)
        elif variant == "robots-disallow-all":
            await self.send(writer, 200, b"User-agent: *\nDisallow: /\n", content_type=text_type)
        elif variant == "robots-crawl-delay-30":
            await self.send(writer, 200, b"User-agent: *\nCrawl-delay: 30\n", content_type=text_type)
        elif variant == "robots-slow":
            await asyncio.sleep(3600)
        elif variant == "robots-bomb":
            await self.send(writer, 200, self._bombs["gzip"], [("Content-Encoding", "gzip")], content_type=text_type)

    # ------------------------------------------------------------------ good pages
    async def _good(self, request: Request, writer: asyncio.StreamWriter) -> None:
        number = request.path.rsplit("/", 1)[-1]
        n = int(number) if number.isdigit() else 0
        extra = f"<p>{CANARY}</p>" if request.query.get("canary") else ""
        body = article(f"خبر رقم {n}", f"{ARABIC} ({n})", extra).encode("utf-8")
        await self.send(writer, 200, body, [("Last-Modified", "Fri, 10 May 2024 10:00:00 GMT")])

    async def _not_found(self, request: Request, writer: asyncio.StreamWriter) -> None:
        if request.path.startswith("/private/"):
            await self.send(writer, 200, good_page(998))
            return
        await self.send(writer, 404, b"<html><body>not found</body></html>", reason="Not Found")

    # ------------------------------------------------------------------ size and compression (1-6)
    async def _bomb(self, request: Request, writer: asyncio.StreamWriter) -> None:
        codec = request.path.rsplit("/", 1)[-1]
        await self.send(writer, 200, self._bombs[codec], [("Content-Encoding", codec)])

    async def _sitemap_bomb_xml_gz(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await self.send(writer, 200, self._bombs["sitemap"], content_type="application/x-gzip")

    async def _huge(self, request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n")
        chunk = b"<p>" + b"x" * 65536 + b"</p>"
        for _ in range(2 * 1024 * 1024 * 1024 // len(chunk)):
            writer.write(chunk)
            await writer.drain()

    async def _gzip_then_garbage(self, request: Request, writer: asyncio.StreamWriter) -> None:
        body = gzip.compress(good_page(101)) + b"\x00garbage" * 10
        await self.send(writer, 200, body, [("Content-Encoding", "gzip")])

    async def _double_gzip(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await self.send(writer, 200, gzip.compress(gzip.compress(good_page(102))), [("Content-Encoding", "gzip")])

    async def _bad_crc(self, request: Request, writer: asyncio.StreamWriter) -> None:
        data = bytearray(gzip.compress(good_page(103)))
        data[-8] ^= 0xFF  # CRC32 lives in the 8-byte trailer
        await self.send(writer, 200, bytes(data), [("Content-Encoding", "gzip")])

    # ------------------------------------------------------------------ framing (7-15)
    async def _partial(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await self.send(writer, 200, b"<html><body>sho", length=1024)

    async def _broken_chunked(self, request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
                     b"10\r\n<html><body>chun\r\n")

    async def _rst_mid_body(self, request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html>" + b"x" * 500)
        await writer.drain()
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()

    async def _raw_garbage_status(self, request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP 1.1 200 OK\n\n" + good_page(104))

    async def _raw_empty(self, request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(b"\r\n")

    async def _http09(self, request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(good_page(105))

    async def _dup_content_type(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await self.send(writer, 200, good_page(106), [("Content-Type", "image/jpeg")])

    async def _dup_content_length(self, request: Request, writer: asyncio.StreamWriter) -> None:
        body = good_page(107)
        await self.send(writer, 200, body, [("Content-Length", str(len(body) + 50))])

    async def _large_headers(self, request: Request, writer: asyncio.StreamWriter) -> None:
        headers = [(f"X-Filler-{i}", "y" * 1000) for i in range(64)]
        await self.send(writer, 200, good_page(108), headers)

    async def _no_content_type(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await self.send(writer, 200, good_page(109), content_type=None)

    async def _wrong_content_type(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await self.send(writer, 200, good_page(110), content_type="image/png")

    # ------------------------------------------------------------------ timing (16-19)
    async def _hang(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(3600)

    async def _hang_after_headers(self, request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n")
        await writer.drain()
        await asyncio.sleep(3600)

    async def _drip(self, request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")
        for _ in range(10_000):
            writer.write(b"x")
            await writer.drain()
            await asyncio.sleep(2)

    async def _slow_first_byte(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(float(request.query.get("s", "1")))
        await self.send(writer, 200, good_page(111))

    # ------------------------------------------------------------------ status codes, rate limits (21-24)
    async def _status(self, request: Request, writer: asyncio.StreamWriter) -> None:
        code = int(request.path.rsplit("/", 1)[-1])
        await self.send(writer, code, b"<html><body>status</body></html>", reason="Status")

    async def _flaky(self, request: Request, writer: asyncio.StreamWriter) -> None:
        if self.hits("/flaky", request.variant) <= int(request.query.get("fail", "2")):
            await self.send(writer, 503, b"busy", reason="Service Unavailable")
        else:
            await self.send(writer, 200, good_page(112))

    async def _ratelimit(self, request: Request, writer: asyncio.StreamWriter) -> None:
        if self.hits("/ratelimit", request.variant) == 1:
            await self.send(writer, 429, b"slow down", [("Retry-After", "2")], reason="Too Many Requests")
        else:
            await self.send(writer, 200, good_page(113))

    async def _ratelimit_date(self, request: Request, writer: asyncio.StreamWriter) -> None:
        if self.hits("/ratelimit-date", request.variant) == 1:
            when = email.utils.formatdate(time.time() + 3, usegmt=True)
            await self.send(writer, 429, b"slow down", [("Retry-After", when)], reason="Too Many Requests")
        else:
            await self.send(writer, 200, good_page(114))

    async def _ratelimit_long(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await self.send(writer, 429, b"come back tomorrow", [("Retry-After", "86400")], reason="Too Many Requests")

    async def _challenge(self, request: Request, writer: asyncio.StreamWriter) -> None:
        body = (b"<html><head><title>Attention Required! | Cloudflare</title></head><body>"
                b"<h1>Please complete the captcha to continue</h1><div class='cf-challenge'></div></body></html>")
        await self.send(writer, 200, body)

    # ------------------------------------------------------------------ redirects (25-32)
    async def _redirect(self, writer: asyncio.StreamWriter, location: str, status: int = 302) -> None:
        await self.send(writer, status, b"", [("Location", location)], reason="Found")

    async def _loop_a(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await self._redirect(writer, "/loop-b")

    async def _loop_b(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await self._redirect(writer, "/loop-a")

    async def _chain(self, request: Request, writer: asyncio.StreamWriter) -> None:
        n = int(request.query.get("n", "25"))
        await self._redirect(writer, f"/chain?n={n - 1}" if n > 0 else "/good/115")

    async def _redirect_file(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await self._redirect(writer, "file:///etc/passwd")

    async def _redirect_es(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await self._redirect(writer, "http://127.0.0.1:9200/")

    async def _redirect_metadata(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await self._redirect(writer, "http://169.254.169.254/latest/meta-data/")

    async def _meta_refresh_0(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await self.send(writer, 200, b"<html><head><meta http-equiv='refresh' content='0;url=/good/116'></head></html>")

    async def _meta_refresh_1000(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await self.send(writer, 200, b"<html><head><meta http-equiv='refresh' content='1000;url=/good/117'>"
                                     b"</head><body>wait</body></html>")

    async def _redirect_ok(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await self._redirect(writer, "/redirect-ok-2", 301)

    async def _redirect_ok_2(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await self._redirect(writer, "/good/118", 302)

    # ------------------------------------------------------------------ encodings (33-37)
    async def _arabic(self, request: Request, writer: asyncio.StreamWriter) -> None:
        case = request.path[len("/ar/"):]
        page_1256 = article("خبر", ARABIC, charset="windows-1256").encode("cp1256")
        page_utf8 = article("خبر", ARABIC).encode("utf-8")
        page_6 = article("خبر", ARABIC.replace("،", ","), charset="iso-8859-6").encode("iso8859-6", "replace")
        cases: dict[str, tuple[bytes, str | None]] = {
            "cp1256/correct-header": (page_1256, "text/html; charset=windows-1256"),
            "cp1256/meta-only": (page_1256, "text/html"),
            "cp1256/header-latin1-meta-1256": (page_1256, "text/html; charset=iso-8859-1"),
            "cp1256/header-utf8-body-1256": (page_1256, "text/html; charset=utf-8"),
            "cp1256/bom-utf8-header-1256": (b"\xef\xbb\xbf" + page_utf8, "text/html; charset=windows-1256"),
            "iso-8859-6": (page_6, "text/html; charset=iso-8859-6"),
            "utf8-invalid-bytes": (page_utf8.replace("ثلاثة".encode(), b"\xff\xfe\xfd" * 30), "text/html; charset=utf-8"),
            "utf16-bom": (article("خبر", ARABIC, charset="utf-16").encode("utf-16"), "text/html"),
            "mixed": (page_utf8.replace(b"</article>", "<footer>© Société</footer></article>".encode("latin-1")),
                      "text/html; charset=utf-8"),
        }
        body, content_type = cases.get(case, (b"", None))
        await self.send(writer, 200 if body else 404, body, content_type=content_type)

    # ------------------------------------------------------------------ HTML pathologies (38-42)
    async def _deep_nesting(self, request: Request, writer: asyncio.StreamWriter) -> None:
        n = int(request.query.get("n", "20000"))
        await self.send(writer, 200, b"<html><body>" + b"<div>" * n + b"deep" + b"</div>" * n + b"</body></html>")

    async def _unclosed_everything(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await self.send(writer, 200, ("<html><body><article><h1>خبر<p>" + ARABIC + "<p><b><i><table><tr><td>").encode())

    async def _nul_bytes(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await self.send(writer, 200, good_page(119).replace(b"<p>", b"<p>\x00\x00", 1))

    async def _5mb_attribute(self, request: Request, writer: asyncio.StreamWriter) -> None:
        page = good_page(120)
        await self.send(writer, 200, page.replace(b"<article>", b"<article data-x='" + b"a" * (5 << 20) + b"'>"))

    async def _infinite_script(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await self.send(writer, 200, b"<html><body><script>while(true){}" + b"var a=1;" * 1000)

    # ------------------------------------------------------------------ traps (44-49)
    async def _calendar(self, request: Request, writer: asyncio.StreamWriter) -> None:
        _, _, y, m, d = request.path.rstrip("/").split("/")[:5]
        day = int(d) + 1
        links = "".join(f"<h3><a href='/cal/{y}/{m}/{day + i:02d}'>day</a></h3>" for i in range(5))
        await self.send(writer, 200, (f"<html><body>{links}<a rel='next' href='/cal/{int(y) + 1}/{m}/{d}'>next</a>"
                                      "</body></html>").encode())

    async def _repeat(self, request: Request, writer: asyncio.StreamWriter) -> None:
        path = request.path.rstrip("/")
        await self.send(writer, 200, f"<html><body><h2><a href='{path}/a/'>more</a></h2>"
                                     f"<a rel='next' href='{path}/a/'>next</a></body></html>".encode())

    async def _session(self, request: Request, writer: asyncio.StreamWriter) -> None:
        sid = int(request.path.split("/")[2].lstrip("s") or 0) + 1
        await self.send(writer, 200, f"<html><body><a rel='next' href='/session/s{sid}/page'>next</a>"
                                     f"<h2><a href='/session/s{sid}/item'>item</a></h2></body></html>".encode())

    async def _follow(self, request: Request, writer: asyncio.StreamWriter) -> None:
        n = int(request.query.get("n", "0"))
        links = "".join(f"<h2><a href='/follow?n={n * 10 + i}'>x</a></h2>" for i in range(1, 6))
        await self.send(writer, 200, f"<html><body>{links}<a rel='next' href='/follow?n={n + 1}'>next</a>"
                                     "</body></html>".encode())

    async def _random_links(self, request: Request, writer: asyncio.StreamWriter) -> None:
        links = "".join(f"<h2><a href='/random-links?r={time.monotonic_ns() + i}'>x</a></h2>" for i in range(5))
        await self.send(writer, 200, f"<html><body>{links}<a rel='next' href='/random-links?r=n"
                                     f"{time.monotonic_ns()}'>next</a></body></html>".encode())

    async def _utm(self, request: Request, writer: asyncio.StreamWriter) -> None:
        tails = ["utm_source=fb", "utm_source=x&utm_medium=social", "fbclid=abc", "gclid=def", "utm_campaign=z"]
        links = "".join(f"<h2><a href='/good/121?{tail}'>x</a></h2>" for tail in tails)
        await self.send(writer, 200, f"<html><body>{links}</body></html>".encode())

    # ------------------------------------------------------------------ discovery (good paths)
    async def _feed_xml(self, request: Request, writer: asyncio.StreamWriter) -> None:
        items = "".join(f"<item><title>{n}</title><link>{self.url(f'/good/{n}?utm_source=rss', request.variant)}"
                        f"</link><pubDate>Fri, 10 May 2024 10:00:00 GMT</pubDate></item>" for n in range(300, 305))
        body = f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>{items}</channel></rss>"
        await self.send(writer, 200, body.encode(), content_type="application/rss+xml; charset=utf-8")

    async def _listing(self, request: Request, writer: asyncio.StreamWriter) -> None:
        """Three articles per page, dated one day older per page from 2024-05-20; 10 pages."""
        page = int(request.query.get("page", "1"))
        day = 21 - page
        items = "".join(f"<div class='post'><h2><a href='/good/{400 + page * 3 + k}'>خبر</a></h2>"
                        f"<time datetime='2024-05-{day:02d}'>{day}</time></div>" for k in range(3))
        more = f"<a rel='next' href='/listing?page={page + 1}'>التالي</a>" if page < 10 else ""
        await self.send(writer, 200, f"<html><body><nav><a href='/about'>about</a></nav>{items}{more}"
                                     "</body></html>".encode())

    # ------------------------------------------------------------------ content lifecycle (65-66)
    async def _same_body(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await self.send(writer, 200, good_page(122))

    async def _changing(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await self.send(writer, 200, good_page(1000 + self.changing_version))

    async def _etag(self, request: Request, writer: asyncio.StreamWriter) -> None:
        tag = f'"v{self.changing_version}"'
        if request.headers.get("if-none-match") == tag:
            await self.send(writer, 304, b"", [("ETag", tag)], reason="Not Modified")
        else:
            await self.send(writer, 200, good_page(2000 + self.changing_version), [("ETag", tag)])


@contextlib.contextmanager
def serve_hostile() -> Iterator[HostileServer]:
    server = HostileServer().start()
    try:
        yield server
    finally:
        server.stop()
