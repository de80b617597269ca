"""A reader in headless Chromium, on a site built from tests/fixtures/site_briefing and served on 127.0.0.1.

Checks: the reading path home -> article -> entity -> article -> related article -> daily briefing;
search reaching an entity page; no console errors and no request leaving 127.0.0.1 on any page;
axe-core reports no serious or critical violation on each page type. Screenshots of every page type at
desktop and phone widths go to build/screenshots/ for a reviewer to look at.

Skipped (with the reason) when Chromium, Playwright, or axe-core (``python3 dev.py test`` installs it
with npm into build/npm/) is missing.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path
from typing import Any, Iterator

import pytest

from generator.commands.cli import main

playwright = pytest.importorskip("playwright.sync_api")
REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = REPO / "build" / "screenshots"
AXE = REPO / "build" / "npm" / "node_modules" / "axe-core" / "axe.min.js"
FIXTURE = REPO / "tests" / "fixtures" / "site_briefing"
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium not installed (apt-get install chromium)")]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
DESKTOP, PHONE = {"width": 1280, "height": 900}, {"width": 390, "height": 844}
PAGE_TYPES = {
    "home": "index.html",
    "day": "days/2016/05/09.html",
    "archive": "archive.html",
    "article": "articles/2016/05/aleppo-market-strike.html",
    "entity-place": "places/aleppo.html",
    "entity-person": "people/sergey-lavrov.html",
    "entity-organization": "organizations/syrian-observatory-for-human-rights.html",
    "entities": "entities.html",
    "theatre": "theatres/syria.html",
    "theatres": "theatres/index.html",
    "search": "search.html?q=Lavrov",
    "not-found": "404.html",
}


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = tmp_path_factory.mktemp("browser") / "project"
    shutil.copytree(FIXTURE, project)
    shutil.copytree(REPO / "templates", project / "templates")
    assert main(["--project", str(project), "build", "-q"]) == 0
    handler = functools.partial(_QuietHandler, directory=str(project / "site"))
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


class Reader:
    """A browser page that records console errors and any request that leaves the test server."""

    def __init__(self, page: Any, site: str) -> None:
        self.page, self.site = page, site
        self.errors: list[str] = []
        self.outside: list[str] = []
        page.on("console", lambda m: self.errors.append(f"{page.url}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"{page.url}: {e}"))
        page.on("request", lambda r: self.outside.append(r.url) if not r.url.startswith(site) else None)

    def open(self, rel: str) -> None:
        self.page.goto(self.site + rel)
        self.page.wait_for_load_state("networkidle")

    def heading(self) -> str:
        return str(self.page.locator("h1").first.inner_text()).strip()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def reader(browser: Any, site_url: str) -> Iterator[Reader]:
    context = browser.new_context(viewport=DESKTOP)
    page = Reader(context.new_page(), site_url)
    yield page
    context.close()
    assert page.errors == []
    assert page.outside == []


def test_reader_follows_the_briefing(reader: Reader) -> None:
    page = reader.page
    reader.open("index.html")
    assert "Tuesday 10 May 2016" in reader.heading()
    theatres = page.locator("section.theatre h2").all_inner_texts()
    assert theatres[0].startswith("Syria")  # busiest theatre first
    figures = page.locator(".figure-strip").inner_text()
    assert "23" in figures and "46" not in figures  # one strike reported by two outlets counts once

    page.click(".card-title >> text=Air Strikes Hit Aleppo Market")  # the card, not a figure box's folded source list
    assert reader.heading() == "Air Strikes Hit Aleppo Market"
    assert "Market Strike in Aleppo Kills 23" in page.locator(".same-story").inner_text()
    assert "23 killed" in page.locator(".article-figures").inner_text()

    page.locator(".body a.entity", has_text="Syrian Observatory for Human Rights").click()
    assert reader.heading() == "Syrian Observatory for Human Rights"
    assert page.locator("svg.chart rect.bar").count() >= 2
    assert "Aleppo" in page.locator(".appears-with").inner_text()

    page.locator(".entity-articles a", has_text="Aleppo Hospital Damaged in Shelling").click()
    assert reader.heading() == "Aleppo Hospital Damaged in Shelling"
    related = page.locator(".related a").all_inner_texts()
    assert "Fighting Cuts Castello Road North of Aleppo" in related

    page.locator(".related a", has_text="Fighting Cuts Castello Road North of Aleppo").click()
    assert reader.heading() == "Fighting Cuts Castello Road North of Aleppo"
    page.click("text=All articles of Wednesday 20 April 2016")
    assert "Wednesday 20 April 2016" in reader.heading()
    assert page.locator(".kicker").first.inner_text().lower() == "daily briefing"


def test_search_finds_an_entity_page(reader: Reader) -> None:
    page = reader.page
    reader.open("index.html")
    page.fill("#site-search", "Staffan de Mistura")
    page.press("#site-search", "Enter")
    result = page.locator(".pagefind-ui__result-link", has_text="Staffan de Mistura").first
    result.wait_for(timeout=10_000)
    result.click()
    page.wait_for_load_state()
    assert reader.heading() == "Staffan de Mistura"
    assert page.url.endswith("people/staffan-de-mistura.html")


def test_search_finds_article_text_in_a_merged_shard(reader: Reader) -> None:
    """Articles are indexed in monthly shards merged into the entities shard's results."""
    page = reader.page
    reader.open("search.html?q=traders")  # a word of one April article's body, in no entity page
    result = page.locator(".pagefind-ui__result-link", has_text="Castello Road").first
    result.wait_for(timeout=10_000)
    result.click()
    page.wait_for_load_state()
    assert reader.heading() == "Fighting Cuts Castello Road North of Aleppo"
    assert "/articles/2016/04/" in page.url


@pytest.mark.skipif(not AXE.exists(), reason=f"axe-core not installed ({AXE.relative_to(REPO)}); python3 dev.py test installs it with npm")
def test_no_serious_accessibility_violations(reader: Reader) -> None:
    axe_source = AXE.read_text(encoding="utf-8")
    problems = []
    for name, rel in PAGE_TYPES.items():
        reader.open(rel)
        if name == "search":
            reader.page.locator(".pagefind-ui__result").first.wait_for(timeout=10_000)
        reader.page.evaluate(axe_source)  # evaluated by the devtools protocol, so a strict CSP does not block it
        violations = reader.page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
                                          ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))")
        problems += [f"{name}: {v['id']} ({v['impact']}) at {v['nodes']}" for v in violations
                     if v["impact"] in ("serious", "critical")]
    assert problems == []


@pytest.mark.parametrize("viewport_name", ["desktop", "phone"])
def test_screenshots_of_every_page_type(reader: Reader, viewport_name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    reader.page.set_viewport_size(DESKTOP if viewport_name == "desktop" else PHONE)
    for name, rel in PAGE_TYPES.items():
        reader.open(rel)
        if name == "search":
            reader.page.locator(".pagefind-ui__result").first.wait_for(timeout=10_000)
        width = reader.page.evaluate("document.documentElement.scrollWidth")
        assert width <= reader.page.viewport_size["width"], f"{name} scrolls sideways at {viewport_name} width"
        reader.page.screenshot(path=str(SCREENSHOTS / f"{name}-{viewport_name}.png"), full_page=True)


def test_dark_mode_and_print_styles_apply(browser: Any, site_url: str) -> None:
    context = browser.new_context(viewport=DESKTOP, color_scheme="dark")
    page = context.new_page()
    page.goto(site_url + PAGE_TYPES["article"])
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(20, 20, 19)"
    page.emulate_media(media="print")
    assert page.locator(".masthead nav").is_hidden()
    page.screenshot(path=str(SCREENSHOTS / "article-print.png"), full_page=True)
    context.close()
