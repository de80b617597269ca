"""The editor's HTML report in headless Chromium: open it from a server, follow a place's link to the article's page.

The project folder is served (not only site/), as an editor opening report.html beside the project would see it:
the report's relative links lead into site/. Skipped when Chromium or Playwright is missing.
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path
from typing import Iterator

import pytest

from generator.commands.cli import main

playwright = pytest.importorskip("playwright.sync_api")
REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
SEED = REPO / "content" / "inbox" / "000_835f0d28d659205d.txt"
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium not installed (apt-get install chromium)")]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


@pytest.fixture
def project_url(tmp_path: Path) -> Iterator[str]:
    """The seed story built and checked with --html, its project folder served on 127.0.0.1."""
    project = tmp_path / "desk"
    assert main(["init", "-q", str(project)]) == 0
    assert main(["--project", str(project), "ingest", "-q", str(SEED), "--date", "2016-05-03"]) == 0
    assert main(["--project", str(project), "build", "-q", "--base-url", "https://example.org/desk/"]) == 0
    assert main(["--project", str(project), "check", "-q", "--base-url", "https://example.org/desk/", "--html", str(project / "report.html")]) == 0
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(project)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def test_the_report_opens_and_its_link_leads_to_the_article(project_url: str) -> None:
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(project_url + "report.html")
            assert page.title() == "Editor's report: Conflict Briefing"
            section = page.locator("section#unintroduced-name")
            assert "'Kerry' is never introduced by full name" in section.inner_text()
            assert errors == []  # the report needs nothing it does not carry (the site's pages are tested in test_browser.py)
            page.locator("nav a[href='#unintroduced-name']").click()
            assert page.url.endswith("#unintroduced-name")
            section.locator("a").first.click()
            page.wait_for_load_state()
            assert page.url == project_url + "site/articles/2016/05/iranian-russian-fms-confer-on-syria-crisis.html"
            assert page.locator("h1").first.inner_text() == "Iranian, Russian FMs Confer on Syria Crisis"
            assert "Zarif and Kerry exchanged views" in page.locator("main").inner_text()
        finally:
            browser.close()
