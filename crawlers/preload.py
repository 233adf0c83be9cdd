"""Imported once by the crawl fork server: scrapy's default components, so no crawl child imports them.

``crawlers.run`` forks every crawl child from a fork server that has already imported scrapy
and our spiders. Without this module each child would still import, on its own, the ~280
modules scrapy loads when a crawler starts (download handlers, default middlewares and
extensions, scheduler queues): about 0.25 s of CPU per source, paid 50 times a night. The list
comes from scrapy's own default settings, so it follows scrapy's upgrades. None of these modules
installs a Twisted reactor (the child installs the asyncio one when its crawl starts).
"""

from __future__ import annotations

import contextlib
import importlib

from scrapy.settings import default_settings


def component_modules() -> list[str]:
    """The modules of scrapy's default downloader, middlewares, extensions, queues and handlers."""
    paths = [*default_settings.DOWNLOADER_MIDDLEWARES_BASE, *default_settings.SPIDER_MIDDLEWARES_BASE,
             *default_settings.EXTENSIONS_BASE, *default_settings.DOWNLOAD_HANDLERS_BASE.values(),
             default_settings.SCHEDULER, default_settings.SCHEDULER_PRIORITY_QUEUE,
             default_settings.SCHEDULER_MEMORY_QUEUE, default_settings.DUPEFILTER_CLASS,
             default_settings.STATS_CLASS, default_settings.DNS_RESOLVER, default_settings.DOWNLOADER,
             default_settings.ROBOTSTXT_PARSER, default_settings.LOG_FORMATTER]
    return sorted({path.rsplit(".", 1)[0] for path in paths if isinstance(path, str) and "." in path})


def preload() -> None:
    for module in component_modules():
        with contextlib.suppress(ImportError):  # a component an older or newer scrapy does not have
            importlib.import_module(module)


preload()
