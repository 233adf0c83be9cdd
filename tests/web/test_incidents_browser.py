"""Incidents in a real browser (Debian chromium through Playwright) against `rasad serve`: a monitor
creates an incident from queue leads, adds a victim, reads the identity and verifies; a researcher
is refused; the victim's name never reaches the server log or any file of the installation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, expect

from tests.web.site import HOSTILE_ID, PASSWORD, XSS_TITLE, beacon_server, served

CANARY_NAME = "زهرة الكانري 4417"
CANARY_CONTACT = "canary-4417@example.org"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    data = tmp_path_factory.mktemp("incidents-web") / "data"
    with beacon_server() as live, served(data, live.url) as url:
        yield url, data


def sign_in(context: BrowserContext, base_url: str, name: str):  # type: ignore[no-untyped-def]
    page = context.new_page()
    page.goto(f"{base_url}/login?lang=en")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("#sign-in")
    expect(page.locator("#total")).to_be_visible()
    return page


def test_create_incident_add_victim_verify_and_a_researcher_refused(browser: Browser,
                                                                     site: tuple[str, Path]) -> None:
    base_url, data = site
    monitor = browser.new_context()
    page = sign_in(monitor, base_url, "mon-a")
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{base_url}/?view=all")
    page.check(f"input[name=ids][value='{HOSTILE_ID}']")
    page.locator("input[name=ids]").nth(1).check()
    page.click("#create-incident")
    expect(page.locator("#incident-status")).to_have_text("open")
    incident_id = page.locator("#incident-id").inner_text()
    assert page.url.endswith(f"/incidents/{incident_id}")
    expect(page.locator("#incident-leads")).to_contain_text(XSS_TITLE)  # shown as text, never run
    assert page.locator("#incident-leads a.lead-link").count() == 2

    page.select_option("select[name=gender]", "female")
    page.fill("#victim-name", CANARY_NAME)
    page.fill("#victim-contact", CANARY_CONTACT)
    page.click("#add-victim")
    table = page.locator("#victims-table")
    expect(table).to_contain_text("P-")
    assert CANARY_NAME not in page.content()
    page.locator("#victims-table button[id^=show-]").click()
    expect(page.locator("span.identity")).to_contain_text(CANARY_NAME)
    page.click("#status-verified")
    expect(page.locator("#incident-status")).to_have_text("verified")
    assert CANARY_NAME not in page.content()  # the identity is gone once the page is left
    assert dialogs == []  # the hostile title ran no script
    page.set_viewport_size({"width": 390, "height": 844})
    for path in (f"/incidents/{incident_id}", "/incidents", "/incidents/proposals", "/searches", "/inbox"):
        page.goto(f"{base_url}{path}")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, (path, width)  # only tables scroll, inside their own box
    monitor.close()

    researcher = browser.new_context()
    try:
        page = sign_in(researcher, base_url, "res-a")
        page.goto(f"{base_url}/incidents")
        page.click(f"a[href='/incidents/{incident_id}']")
        expect(page.locator("#incident-status")).to_have_text("verified")
        assert page.locator("#add-victim, #status-closed, button[id^=show-]").count() == 0
        csrf = page.locator("input[name=csrf]").first.get_attribute("value")
        refused = page.request.post(f"{base_url}/incidents/{incident_id}/status",
                                    form={"csrf": csrf or "", "status": "closed"})
        assert refused.status == 403
        page.reload()
        expect(page.locator("#incident-status")).to_have_text("verified")
    finally:
        researcher.close()

    for path in data.parent.rglob("*"):  # the log, the databases and their journals, the archive, the key
        if path.is_file():
            content = path.read_bytes()
            for secret in (CANARY_NAME, CANARY_CONTACT):
                assert secret.encode() not in content, path
    assert "rasad serve" in (data / "serve.log").read_text(encoding="utf-8")
