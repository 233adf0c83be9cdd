"""The crawl fork server imports scrapy's default components, so crawl children start warm."""

from __future__ import annotations

import subprocess
import sys

from crawlers.run import CHILD_PRELOAD

CHECK = """
import importlib, sys
from crawlers.run import CHILD_PRELOAD
for name in CHILD_PRELOAD:
    importlib.import_module(name)
print("reactor" if "twisted.internet.reactor" in sys.modules else "no-reactor")
print(",".join(sorted(sys.modules)))
"""


def test_fork_server_preloads_the_modules_a_crawl_would_import_and_no_reactor() -> None:
    assert "crawlers.preload" in CHILD_PRELOAD
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True)
    reactor, modules = done.stdout.splitlines()
    assert reactor == "no-reactor"  # a child installs the asyncio reactor itself; a default one would clash
    loaded = set(modules.split(","))
    for module in ("scrapy.core.downloader.handlers.http11", "scrapy.downloadermiddlewares.redirect",
                   "scrapy.extensions.telnet", "scrapy.pqueues", "scrapy.robotstxt", "crawlers.logformatter"):
        assert module in loaded
