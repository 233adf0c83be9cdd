"""One Debian chromium per test module, driven by Playwright (never a downloaded browser)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, sync_playwright

from crawlers.settings import CHROMIUM_PATH


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM_PATH, headless=True)
        yield launched
        launched.close()
