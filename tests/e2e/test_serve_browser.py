"""``briefing serve`` in headless Chromium: an open page reloads itself and shows a build error over the page.

Skipped when Chromium or Playwright is missing, like the other browser tests.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Iterator

import pytest

from generator.commands.serve import serve

playwright = pytest.importorskip("playwright.sync_api")
CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium not installed (apt-get install chromium)")]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTICLE = "content/articles/2016/05/sudan-talks.md"
PAGE = "articles/2016/05/sudan-talks.html"


@pytest.fixture
def preview(site_small: Path) -> Iterator[str]:
    """``serve`` in a thread on a free port; stopped and joined at the end."""
    stop = threading.Event()
    ready: list[str] = []
    started = threading.Event()

    def say(line: str) -> None:
        if line.startswith("serving "):
            ready.append(line.split()[1])
        if line.startswith("built "):  # the URL is printed before the first build; pages are served after it
            started.set()

    thread = threading.Thread(target=serve, args=(site_small,), kwargs={"port": 0, "say": say, "stop": stop, "poll_seconds": 0.2}, daemon=True)
    thread.start()
    try:
        assert started.wait(60), "serve did not start"
        yield ready[0]
    finally:
        stop.set()
        thread.join(timeout=10)


def test_open_page_reloads_and_shows_errors(site_small: Path, preview: str) -> None:
    article = site_small / ARTICLE
    original = article.read_text()
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(preview + PAGE)
        assert "Sudan Peace Talks Resume" in page.inner_text("h1")
        page.wait_for_timeout(700)  # let the reload script read the first status

        article.write_text(original.replace("title: Sudan Peace Talks Resume in Addis Ababa", "title: Sudan Talks Move to Nairobi"))
        # Selectors, not wait_for_function: the site's CSP forbids the eval() that the latter uses.
        page.wait_for_selector("h1:has-text('Nairobi')", timeout=20_000)

        article.write_text(original.replace("date: 2016-05-12", "date: someday"))
        overlay = page.wait_for_selector("#briefing-build-error", timeout=20_000)
        assert overlay is not None and "date: is not a date" in overlay.inner_text()
        assert "Nairobi" in page.inner_text("h1")  # the last good build stays readable under it

        article.write_text(original)
        page.wait_for_selector("#briefing-build-error", state="detached", timeout=20_000)
        page.wait_for_selector("h1:has-text('Addis Ababa')", timeout=20_000)
        assert errors == []
        browser.close()
