"""``rasad run --prefect-server URL``: use a Prefect server that is already running.

Without one, every ``rasad run`` starts Prefect's temporary local server and pays its start-up
(about 20 s on a busy 2-core box) before the first source is crawled; a long-running server
(``prefect server start``) is started once and shared by every run, nightly or by hand.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from urllib.parse import urlsplit

from rasad.errors import UserError

HEALTH_TIMEOUT_S = 5.0


def api_url(server: str) -> str:
    """The server's API URL (``http://host:4200`` and ``http://host:4200/api`` both name it)."""
    parts = urlsplit(server)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UserError(f"--prefect-server needs an http(s) URL such as http://127.0.0.1:4200, not {server!r}")
    path = parts.path.rstrip("/")
    return parts._replace(path=path if path.endswith("/api") else f"{path}/api", query="", fragment="").geturl()


def check_server(api: str) -> None:
    """A clear error now rather than a Prefect traceback at the first task: the server must answer."""
    try:
        with urllib.request.urlopen(f"{api}/health", timeout=HEALTH_TIMEOUT_S):
            pass
    except (urllib.error.URLError, OSError) as exc:  # HTTPError (not healthy) is a URLError too
        reason = getattr(exc, "reason", exc)
        raise UserError(f"no Prefect server answers at {api} ({reason}); start one with `prefect server start` "
                        "or leave out --prefect-server") from None
