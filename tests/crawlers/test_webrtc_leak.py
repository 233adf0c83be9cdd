"""The rendering browser must not reveal the machine's addresses through WebRTC (reliability.md #30).

A page asks Debian's Chromium, launched exactly as the social spider launches it, to gather ICE
candidates against a STUN stub on loopback. With our flags the stub hears nothing and no candidate
comes back; the same browser without the two WebRTC flags sends STUN requests and offers host
candidates, which shows the check can fail.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from playwright.sync_api import sync_playwright

from crawlers.spiders.social import SocialSpider

GATHER_ICE = """async (port) => {
  const pc = new RTCPeerConnection({iceServers: [{urls: 'stun:127.0.0.1:' + port}]});
  pc.createDataChannel('probe');
  const candidates = [];
  pc.onicecandidate = (event) => { if (event.candidate) candidates.push(event.candidate.candidate); };
  await pc.setLocalDescription(await pc.createOffer());
  await new Promise((done) => {
    const timer = setTimeout(done, 4000);
    pc.onicegatheringstatechange = () => {
      if (pc.iceGatheringState === 'complete') { clearTimeout(timer); done(); }
    };
  });
  pc.close();
  return candidates;
}"""


@contextmanager
def stun_stub() -> Iterator[tuple[int, list[bytes]]]:
    """A UDP socket on loopback that records every datagram (a STUN binding request is one)."""
    heard: list[bytes] = []
    stop = threading.Event()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.settimeout(0.1)

        def listen() -> None:
            while not stop.is_set():
                try:
                    heard.append(sock.recvfrom(2048)[0])
                except TimeoutError:
                    continue

        listener = threading.Thread(target=listen, daemon=True)
        listener.start()
        try:
            yield sock.getsockname()[1], heard
        finally:
            stop.set()
            listener.join()


def gather(launch_options: dict[str, Any]) -> tuple[list[str], int]:
    with stun_stub() as (port, heard), sync_playwright() as playwright:
        browser = playwright.chromium.launch(**launch_options)
        try:
            page = browser.new_page()
            page.goto("about:blank")
            candidates = page.evaluate(GATHER_ICE, port)
        finally:
            browser.close()
        return candidates, len(heard)


def test_the_rendering_browser_sends_no_stun_and_offers_no_candidate():
    shipped = SocialSpider.custom_settings["PLAYWRIGHT_LAUNCH_OPTIONS"]
    # loopback counts as a network too, so the check holds on a machine with no other interface
    options = {**shipped, "args": [*shipped["args"], "--allow-loopback-in-peer-connection"]}
    candidates, datagrams = gather(options)
    assert candidates == [] and datagrams == 0

    without_flags = {**options, "args": [a for a in options["args"] if "webrtc" not in a]}
    leaky_candidates, leaky_datagrams = gather(without_flags)
    assert leaky_datagrams > 0 and any(" typ host " in c for c in leaky_candidates)
