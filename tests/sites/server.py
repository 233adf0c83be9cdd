"""The fixture-site server lives in the kernel (``rasad.fixture_site``); this name is kept for tests.

From the command line: ``python -m tests.sites.server DIR [--port N]``.
"""

from __future__ import annotations

import sys

from rasad.fixture_site import (
    BASE_PLACEHOLDER,
    FIXTURE_SITES,
    NEWS_DIR,
    FixtureServer,
    main,
    serve,
    start_in_thread,
    stop,
)

__all__ = ["BASE_PLACEHOLDER", "FIXTURE_SITES", "NEWS_DIR", "FixtureServer", "main", "serve", "start_in_thread", "stop"]

if __name__ == "__main__":
    sys.exit(main())
