"""Refusing internal addresses (loopback, private, link-local, reserved) for fetches a user names.

``rasad extract URL`` must not become a way to read a monitor's router page or a cloud metadata
service, as the crawler refuses redirects into the local network. The host is resolved the way
the fetch will resolve it (``getaddrinfo`` reads ``127.1``, ``2130706433`` and ``0x7f.1`` as
127.0.0.1), and every address it resolves to must be public.
"""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlsplit


def is_internal_ip(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return (address.is_private or address.is_loopback or address.is_link_local or address.is_reserved
            or address.is_multicast or address.is_unspecified)


def internal_address(host: str) -> str | None:
    """The first internal address ``host`` names or resolves to, or None when all are public.
    A host that does not resolve is not internal (the fetch then fails on its own)."""
    if host == "localhost" or host.endswith(".localhost"):
        return host
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError):
        return None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if is_internal_ip(address):
            return str(address)
    return None


def check_public_url(url: str) -> None:
    """ValueError naming the address when ``url``'s host is internal."""
    host = urlsplit(url).hostname or ""
    found = internal_address(host)
    if found is not None:
        shown = host if found == host else f"{host} = {found}"
        raise ValueError(f"internal address ({shown}) refused; pass --allow-private to fetch it")


class PublicOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects only to public addresses."""

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any,
                         newurl: str) -> urllib.request.Request | None:
        try:
            check_public_url(newurl)
        except ValueError as exc:
            raise urllib.error.URLError(f"redirect to an {exc}") from None
        return super().redirect_request(req, fp, code, msg, headers, newurl)
