"""The web app in a real browser (Debian chromium through Playwright) against `rasad serve`.

Sign in, the queue, a lead with its capture, assign -> review -> verify, a stale edit from a second
session, a researcher refused, the language switch, and hostile crawled content that must neither
run script nor make the browser call the live site.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.conftest import CANARY_NAMES
from tests.web.site import HOSTILE_ID, PASSWORD, XSS_TITLE, Beacon, beacon_server, served


@pytest.fixture(scope="module")
def beacon() -> Iterator[Beacon]:
    with beacon_server() as live:
        yield live


@pytest.fixture(scope="module")
def web_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("web") / "data"


@pytest.fixture(scope="module")
def base_url(web_data: Path, beacon: Beacon) -> Iterator[str]:
    with served(web_data, beacon.url) as url:
        yield url


@pytest.fixture()
def context(browser: Browser) -> Iterator[BrowserContext]:
    opened = browser.new_context(viewport={"width": 1280, "height": 900})
    yield opened
    opened.close()


def sign_in(context: BrowserContext, base_url: str, name: str) -> Page:
    page = context.new_page()
    page.goto(f"{base_url}/")
    assert page.url.endswith("/login")  # not signed in: sent to the sign-in page
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("#sign-in")
    expect(page.locator("#total")).to_be_visible()
    return page


def a_new_lead(page: Page, base_url: str, skip: tuple[str, ...] = ()) -> str:
    page.goto(f"{base_url}/?view=all&status=new")
    ids = [i for i in page.locator("a.lead-link").evaluate_all("els => els.map(e => e.title)")
           if i not in skip and i != HOSTILE_ID]
    assert ids, "no new lead in the queue"
    return ids[0]


def test_sign_in_queue_lead_and_the_triage_path(context: BrowserContext, base_url: str) -> None:
    page = sign_in(context, base_url, "mon-a")
    assert int(page.locator("#total").inner_text()) > 0
    short = page.locator("a.lead-link code").first.inner_text()
    assert len(short) == 8
    lead_id = a_new_lead(page, base_url)
    page.goto(f"{base_url}/lead/{lead_id}")
    sha = page.locator("#capture-sha").inner_text()
    assert re.fullmatch(r"[0-9a-f]{64}", sha)
    expect(page.locator("iframe#archived")).to_have_attribute("sandbox", "")
    expect(page.locator("#lead-text mark").first).to_be_visible()  # the evidence, highlighted in context
    with page.expect_download() as download:
        page.click("#warc-download")
    assert download.value.suggested_filename == f"{sha}.warc.gz"
    page.fill("textarea[name=value]", "mon-a")
    page.click("#do-assign")
    expect(page.locator("#lead-assignee")).to_have_text("mon-a")
    page.click("#do-review")
    expect(page.locator("#lead-status")).to_have_text("قيد المراجعة")
    page.click("#do-verify")
    expect(page.locator("#lead-status")).to_have_text("مُتحقَّق منه")
    history = page.locator("ol.history li").all_inner_texts()
    assert len(history) == 3 and all("mon-a" in line for line in history)


def test_a_stale_edit_shows_the_conflict_and_the_other_change(browser: Browser, base_url: str) -> None:
    first, second = browser.new_context(), browser.new_context()
    try:
        page_a = sign_in(first, base_url, "mon-a")
        page_b = sign_in(second, base_url, "mon-b")
        lead_id = a_new_lead(page_a, base_url)
        page_a.goto(f"{base_url}/lead/{lead_id}")
        page_b.goto(f"{base_url}/lead/{lead_id}")
        page_a.click("#do-review")
        expect(page_a.locator("#lead-status")).to_have_text("قيد المراجعة")
        page_b.click("#do-reject")  # made on the version mon-b saw, which is gone
        conflict = page_b.locator("#conflict")
        expect(conflict).to_be_visible()
        assert "mon-a" in conflict.inner_text()
        expect(page_b.locator("#lead-status")).to_have_text("قيد المراجعة")  # mon-a's change stands
    finally:
        first.close()
        second.close()


def test_a_researcher_reads_but_cannot_triage(context: BrowserContext, base_url: str) -> None:
    page = sign_in(context, base_url, "res-a")
    lead_id = a_new_lead(page, base_url)
    page.goto(f"{base_url}/lead/{lead_id}")
    assert page.locator("#do-review").count() == 0
    csrf = page.locator("header input[name=csrf]").get_attribute("value")
    forced = page.request.post(f"{base_url}/lead/{lead_id}/triage",
                               form={"action": "review", "expected_version": "0", "csrf": csrf or ""})
    assert forced.status == 403
    page.reload()
    expect(page.locator("#lead-status")).to_have_text("جديد")


def test_language_switch(context: BrowserContext, base_url: str) -> None:
    page = sign_in(context, base_url, "res-a")
    html = page.locator("html")
    expect(html).to_have_attribute("dir", "rtl")
    expect(html).to_have_attribute("lang", "ar")
    assert "قائمة الفرز" in page.locator("h1").inner_text()
    page.click("#lang-en")
    expect(html).to_have_attribute("dir", "ltr")
    assert page.locator("h1").inner_text() == "Triage queue"
    page.goto(f"{base_url}/search?q=طرابلس")
    assert page.locator("button#search").inner_text() == "Search"
    page.click("#lang-ar")
    expect(html).to_have_attribute("dir", "rtl")
    assert "طرابلس" in page.locator("#q").input_value()  # back where we were


def test_hostile_content_runs_no_script_and_calls_no_live_site(context: BrowserContext, base_url: str,
                                                              beacon: Beacon) -> None:
    page = sign_in(context, base_url, "mon-a")
    dialogs: list[str] = []
    requests: list[str] = []
    refused: dict[str, str] = {}
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    context.on("request", lambda request: requests.append(request.url))
    context.on("requestfailed", lambda request: refused.setdefault(request.url, request.failure or ""))
    page.goto(f"{base_url}/?view=all&sort=score")
    page.goto(f"{base_url}/lead/{HOSTILE_ID}")
    expect(page.locator("#lead-title")).to_have_text(XSS_TITLE)  # shown as text, not markup
    frame = page.frame_locator("iframe#archived")
    expect(frame.locator("h1")).to_have_text("هجوم على مقر منظمة")  # the capture is there, inert
    page.goto(f"{base_url}/search?q=هجوم")
    page.wait_for_load_state("networkidle")
    assert dialogs == []
    assert beacon.hits == []
    # The browser may announce a subresource of the capture, but CSP refuses it before any connection.
    outside = [url for url in requests if not url.startswith(base_url)]
    assert all(refused.get(url) == "csp" for url in outside), (outside, refused)
    assert any(url.endswith("/page") for url in requests)  # the iframe was loaded, from us only


def test_the_server_log_holds_no_article_text_or_names(context: BrowserContext, base_url: str,
                                                       web_data: Path) -> None:
    """Do no harm: after pages were served (queue, leads, search), the log has no title, text or name."""
    page = sign_in(context, base_url, "mon-a")
    page.goto(f"{base_url}/search?q=طرابلس")
    titles = page.locator("ol.hits strong").all_inner_texts()
    assert titles
    log = (web_data / "serve.log").read_text(encoding="utf-8")
    assert "rasad serve" in log  # the log is the one the server writes
    for secret in (*titles, *CANARY_NAMES, "هجوم على مقر منظمة", PASSWORD):
        assert secret not in log, secret


def test_usable_on_a_phone(browser: Browser, base_url: str) -> None:
    """At 390 px nothing but the leads table (in its own scroller) is wider than the screen."""
    phone = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = sign_in(phone, base_url, "mon-a")
        for path in ("/", f"/lead/{a_new_lead(page, base_url)}", "/search?q=طرابلس"):
            page.goto(f"{base_url}{path}")
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, (path, width)
    finally:
        phone.close()
