"""HTTP hardening shared by every route: Host allow-list, request body cap, strict security headers.

A pure ASGI middleware (no buffering of responses): the Host check defeats DNS rebinding (a page on
another site resolving its name to 127.0.0.1 cannot talk to us), the body cap keeps a hostile client
from filling memory, and the CSP forbids any script, style or frame that is not ours.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_BODY_BYTES = 64 * 1024  # a triage edit or a note: a few KB at most
DEFAULT_ALLOWED_HOSTS = ("127.0.0.1", "localhost")
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
#: The archived page: no script, no request anywhere (not even to us), but framable by our own lead page.
SANDBOX_CSP = "sandbox; default-src 'none'; frame-ancestors 'self'"
HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


def allowed_hosts() -> tuple[str, ...]:
    """``RASAD_ALLOWED_HOSTS`` (comma-separated host names, no ports), default 127.0.0.1 and localhost."""
    raw = os.environ.get("RASAD_ALLOWED_HOSTS", "")
    hosts = tuple(h.strip().lower() for h in raw.split(",") if h.strip())
    return hosts or DEFAULT_ALLOWED_HOSTS


def host_name(header: str) -> str:
    header = header.strip().lower()
    if header.startswith("["):  # [::1]:8000
        return header[1:header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class HardeningMiddleware:
    def __init__(self, app: ASGIApp, hosts: tuple[str, ...] | None = None,
                 max_body: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.hosts = hosts or allowed_hosts()
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if host_name(headers.get("host", "")) not in self.hosts:
            await _plain(send, 400, b'{"detail":"unknown Host header (set RASAD_ALLOWED_HOSTS)"}')
            return
        length = headers.get("content-length", "")
        if length and (not length.isdigit() or int(length) > self.max_body):
            await _plain(send, 413, b'{"detail":"request body too large"}')
            return
        received = 0
        limit = self.max_body

        async def capped_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge
            return message

        async def secured_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [h for h in HEADERS if h[0] not in present]
                if b"content-security-policy" not in present:
                    extra.append((b"content-security-policy", CSP.encode()))
                if b"x-frame-options" not in present:
                    extra.append((b"x-frame-options", b"DENY"))
                if b"cache-control" not in present:
                    extra.append((b"cache-control", b"no-store"))  # lead pages must not linger in caches
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        try:
            await self.app(scope, capped_receive, secured_send)
        except BodyTooLarge:
            await _plain(send, 413, b'{"detail":"request body too large"}')


class BodyTooLarge(Exception):
    pass


async def _plain(send: Send, status: int, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        (b"content-security-policy", CSP.encode()), *HEADERS]})
    await send({"type": "http.response.body", "body": body})
