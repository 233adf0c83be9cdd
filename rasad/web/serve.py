"""``rasad serve``: the web app and the API on one local port (uvicorn, one process)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from rasad.errors import UserError


def add_serve_parser(commands: Any, handler: Callable[[argparse.Namespace], int]) -> None:
    serve = commands.add_parser("serve", help="serve the web app and the API (sign in with `rasad users add`)")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (default 127.0.0.1; behind a TLS proxy for a team)")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(handler=handler)


def serve_command(args: argparse.Namespace) -> int:
    import uvicorn

    from rasad.api import create_app
    from rasad.web.security import allowed_hosts

    if not 0 < args.port < 65536:
        raise UserError(f"port {args.port} is not a TCP port")
    app = create_app()
    print(f"rasad serve: http://{args.host}:{args.port}/ (allowed Host names: {', '.join(allowed_hosts())})",
          file=sys.stderr)
    # proxy_headers: behind a TLS-terminating proxy the scheme is https and cookies get Secure.
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", proxy_headers=True,
                server_header=False, access_log=False)
    return 0
