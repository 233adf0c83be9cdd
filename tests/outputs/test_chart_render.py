"""An Arabic chart rendered by Debian chromium: labels are shaped (letters joined) and laid out right to left."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import sync_playwright

from crawlers.settings import CHROMIUM_PATH
from rasad.cases.records import IncidentRecord
from rasad.outputs.periods import month_period
from rasad.outputs.report import build_report, write_report

MEASURE = """() => {
  const svg = document.querySelector('svg');
  const label = [...svg.querySelectorAll('text.label')][0];
  const box = label.getBBox();
  const ns = 'http://www.w3.org/2000/svg';
  const unjoined = label.cloneNode(true);
  unjoined.textContent = [...label.textContent].join('\\u200c');  // ZWNJ stops Arabic letters joining
  svg.appendChild(unjoined);
  return {text: label.textContent, x: parseFloat(label.getAttribute('x')), left: box.x, right: box.x + box.width,
          joined: label.getComputedTextLength(), isolated: unjoined.getComputedTextLength(),
          direction: getComputedStyle(label).direction, ns: svg.namespaceURI === ns};
}"""


def test_arabic_chart_is_shaped_and_right_to_left_in_chromium(tmp_path: Path) -> None:
    incidents = [IncidentRecord(id="a", title="t", types=("arbitrary_detention",), status="verified",
                                event_date="2026-11-03", district="Tripoli")]
    write_report(build_report(incidents, month_period("2026-11"), []), tmp_path)
    chart = tmp_path / "chart-violations.ar.svg"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH, headless=True)
        try:
            page = browser.new_page()
            page.goto(chart.as_uri())
            seen = page.evaluate(MEASURE)
            shot = page.screenshot()
        finally:
            browser.close()
    assert seen["ns"] and seen["text"] == "الاحتجاز التعسفي"
    assert seen["direction"] == "rtl"
    # text-anchor start under rtl: the label ends at x and runs leftwards
    assert abs(seen["right"] - seen["x"]) < 2 and seen["left"] < seen["x"] - 50
    # joined (contextual) forms are narrower than the same letters forced apart: the browser shaped them
    assert seen["joined"] < seen["isolated"] * 0.95, seen
    assert len(shot) > 1000
