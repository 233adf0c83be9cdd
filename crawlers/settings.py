"""Scrapy settings shared by every rasad crawl: polite, bounded, quiet about content.

Choices against scrapy's defaults: docs/design.md section 5 (crawler).
"""

from __future__ import annotations

from rasad.settings import MAX_DOWNLOAD_BYTES, user_agent

BOT_NAME = "rasad"
USER_AGENT = user_agent()  # RASAD_USER_AGENT, else a default that does not say what we monitor
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
ROBOTSTXT_OBEY = True  # a source may set robots: ignore only with a recorded reason
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # scrapy >= 2.19 opens a control port by default: not on an NGO box
LOG_LEVEL = "INFO"
# Items carry article bodies: never let scrapy log them (its "Scraped from" line is DEBUG,
# and our formatter drops the item from it anyway).
LOG_FORMATTER = "crawlers.logformatter.QuietLogFormatter"
CONCURRENT_REQUESTS_PER_DOMAIN = 2
# A crawl child serves one source: the global limit follows the per-host one (crawlers.run sets it
# from the final per-host value; a higher global limit stalls the asyncio reactor's crawl loop).
CONCURRENT_REQUESTS = CONCURRENT_REQUESTS_PER_DOMAIN
# Scrapy starts this many asyncio tasks for every response, however few items and requests it
# yields (an article page yields one item). Our only item pipeline is synchronous, so parallel
# items gain nothing; 100 (the default) cost ~13 % of a crawl child's CPU on local pages.
CONCURRENT_ITEMS = 4
# A developer's lint: on every response scrapy re-reads and parses the callback's source to warn about
# `return value` in a generator (its cache misses for bound methods): ~8 % of a crawl child's CPU.
# Our spiders' callbacks are tested; the check finds nothing there at run time.
WARN_ON_GENERATOR_RETURN_VALUE = False
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
DOWNLOAD_TIMEOUT = 30
DNS_TIMEOUT = 10
DOWNLOAD_MAXSIZE = MAX_DOWNLOAD_BYTES  # raw and decompressed (robots.txt and sitemaps included)
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
DOWNLOAD_FAIL_ON_DATALOSS = True  # a cut-short body is an error with a reason, never a silent capture
REDIRECT_MAX_TIMES = 5
METAREFRESH_MAXDELAY = 100
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
DEPTH_LIMIT = 0  # depth is enforced (and reported) by TrapGuardMiddleware: RASAD_DEPTH_LIMIT
URLLENGTH_LIMIT = 2083
COOKIES_ENABLED = False
MEMUSAGE_ENABLED = True
MEMUSAGE_LIMIT_MB = 2048
MEMUSAGE_WARNING_MB = 1024
ITEM_PIPELINES = {"crawlers.itempipelines.ArchivePipeline": 100}
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawlers.middlewares.RobotsPolicyMiddleware": 100,
    "crawlers.middlewares.TrapGuardMiddleware": 90,  # before robots: no robots.txt fetch for a refused URL
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawlers.middlewares.RetryAfterMiddleware": 550,
    "crawlers.middlewares.SeenMiddleware": 560,
    "crawlers.middlewares.RedirectLoopGuard": 610,  # sees 3xx before RedirectMiddleware (600) follows them
}
# A callback that raises is a failure of the URL and of its source (crawlers/spidermiddlewares.py).
SPIDER_MIDDLEWARES = {"crawlers.spidermiddlewares.CallbackErrorMiddleware": 950}

# rasad's own limits (crawlers/middlewares.py)
RASAD_DEPTH_LIMIT = 6
RASAD_HOST_PAGE_BUDGET = 2000  # distinct pages per host per night
RASAD_MAX_QUERY_VARIANTS = 50  # distinct query strings of one path
RASAD_MAX_QUERY_PARAMS = 12
RASAD_MAX_PATH_SEGMENTS = 20
RASAD_MAX_SEGMENT_REPEATS = 2
RASAD_RETRY_AFTER_CAP_S = 120.0  # a host asking for longer is deferred to the next night
RASAD_MAX_CRAWL_DELAY_S = 60.0
RASAD_BACKFILL_MAX_PAGES = 500

# Rendering (facebook/x sources): Debian's Chromium, never a downloaded browser.
CHROMIUM_PATH = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-default-apps", "--no-first-run",
    "--mute-audio", "--disable-features=MediaRouter,OptimizationHints",
    # WebRTC must not leak the real address when a proxy is set (microsoft/playwright#16702):
    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
    "--webrtc-ip-handling-policy=disable_non_proxied_udp",
]
RASAD_CONTEXT_RECYCLE_PAGES = 50  # a fresh browser context every N rendered pages keeps memory flat
RASAD_RENDER_TIMEOUT_MS = 30000
