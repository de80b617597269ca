"""A reader in headless Chromium: home -> article -> entity page -> back to an article.

Skipped when Chromium or Playwright is missing (``python3 dev.py test`` installs
both in CI). Screenshots go to build/screenshots/ for a reviewer to look at.
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path
from typing import Iterator

import pytest

playwright = pytest.importorskip("playwright.sync_api")
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium not installed (apt-get install chromium)")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture
def served_site(site_small: Path, run_cli) -> Iterator[str]:  # type: ignore[no-untyped-def]
    assert run_cli("--project", str(site_small), "build", "-q").code == 0
    handler = functools.partial(_QuietHandler, directory=str(site_small / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


def test_reader_follows_links(served_site: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    outside: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(served_site) else None)
        page.goto(served_site + "index.html")
        page.screenshot(path=str(SCREENSHOTS / "home-desktop.png"), full_page=True)

        page.click("text=Ceasefire Extended in Aleppo")
        assert page.locator("h1").inner_text() == "Ceasefire Extended in Aleppo"
        page.screenshot(path=str(SCREENSHOTS / "article-desktop.png"), full_page=True)

        page.locator(".body a.entity", has_text="Sergey Lavrov").click()
        assert page.locator("h1").inner_text() == "Sergey Lavrov"
        assert page.locator(".kind").inner_text().lower() == "person"

        page.click("text=Kerry and Lavrov Meet on Syria Truce")
        assert "A hand-written summary" in page.locator(".summary-box").inner_text()

        page.set_viewport_size({"width": 390, "height": 844})
        page.goto(served_site + "entities.html")
        page.screenshot(path=str(SCREENSHOTS / "entities-phone.png"), full_page=True)
        browser.close()
    assert errors == []
    assert outside == []
