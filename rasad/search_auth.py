"""How rasad authenticates to the search node: credentials and TLS from the environment, never echoed.

    RASAD_SEARCH_USER + RASAD_SEARCH_PASSWORD (or RASAD_SEARCH_PASSWORD_FILE)   basic auth
    RASAD_SEARCH_API_KEY (or RASAD_SEARCH_API_KEY_FILE)                          an API key ("id:key" or encoded)
    RASAD_SEARCH_CA_FILE                                                         CA bundle for https:// nodes

A ``*_FILE`` variable names a file holding the secret (a Docker/systemd secret), so it never sits in
the environment of every child process. Credentials written into RASAD_SEARCH_URL
(``https://user:pass@host``) also work, but ``redact`` is applied to every URL rasad prints.
"""

from __future__ import annotations

import base64
import os
import ssl
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from rasad.errors import NotConfigured


@dataclass(frozen=True)
class SearchAuth:
    user: str | None = None
    password: str | None = None
    api_key: str | None = None
    ca_file: str | None = None

    def __repr__(self) -> str:  # never the secrets, even in a traceback's locals
        return f"SearchAuth(user={self.user!r}, password={'***' if self.password else None}, " \
               f"api_key={'***' if self.api_key else None}, ca_file={self.ca_file!r})"

    def headers(self) -> dict[str, str]:
        """The Authorization header for a plain HTTP request (detection by ``GET /``)."""
        if self.api_key:
            return {"Authorization": f"ApiKey {_encoded_key(self.api_key)}"}
        if self.user is not None:
            token = base64.b64encode(f"{self.user}:{self.password or ''}".encode()).decode()
            return {"Authorization": f"Basic {token}"}
        return {}

    def ssl_context(self) -> ssl.SSLContext | None:
        return ssl.create_default_context(cafile=self.ca_file) if self.ca_file else None


def _encoded_key(key: str) -> str:
    return base64.b64encode(key.encode()).decode() if ":" in key else key


def _secret(name: str) -> str | None:
    value = os.environ.get(name)
    path = os.environ.get(f"{name}_FILE")
    if path:
        try:
            value = Path(path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise NotConfigured(f"{name}_FILE: cannot read {path} ({exc.strerror})") from None
    return value or None


def search_auth(url: str) -> SearchAuth:
    """Credentials and CA file for ``url``, from the environment (or the URL's user:password)."""
    parts = urlsplit(url)
    user = os.environ.get("RASAD_SEARCH_USER") or (parts.username or None)
    password = _secret("RASAD_SEARCH_PASSWORD") or (parts.password or None)
    ca_file = os.environ.get("RASAD_SEARCH_CA_FILE") or None
    if ca_file and not Path(ca_file).is_file():
        raise NotConfigured(f"RASAD_SEARCH_CA_FILE: no file at {ca_file}")
    return SearchAuth(user, password, _secret("RASAD_SEARCH_API_KEY"), ca_file)


def redact(url: str) -> str:
    """``url`` without any user:password part, for messages."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
