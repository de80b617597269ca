"""Maps, trends and charts in headless Chromium, on the fixture site served on 127.0.0.1.

Checks: no request leaves 127.0.0.1 on the pages with maps and trends; axe-core finds no serious or
critical violation on them (light and dark); the labels of every map, measured by the browser's own
text layout (``getBBox``), overlap neither each other nor a dot; a theatre page with its map weighs
under 300 KB. Skipped like tests/e2e/test_browser.py when Chromium, Playwright or axe-core is missing.
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
AXE = REPO / "build" / "npm" / "node_modules" / "axe-core" / "axe.min.js"
FIXTURE = REPO / "tests" / "fixtures" / "site_briefing"
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium not installed (apt-get install chromium)")]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
MAP_PAGES = ("index.html", "theatres/syria.html", "theatres/index.html", "places/aleppo.html", "places/damascus.html",
             "where.html", "figures.html")
PAGE_WEIGHT_LIMIT = 300_000

# Every label's box as laid out by the browser, and every dot, per map (SVG user units).
MEASURE = """() => [...document.querySelectorAll('svg.map')].map(svg => ({
  labels: [...svg.querySelectorAll('text')].map(t => { const b = t.getBBox(); return [t.textContent, b.x, b.y, b.width, b.height]; }),
  dots: [...svg.querySelectorAll('circle')].map(c => [c.cx.baseVal.value, c.cy.baseVal.value, c.r.baseVal.value]),
}))"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("maps") / "project"
    shutil.copytree(FIXTURE, project)
    shutil.copytree(REPO / "templates", project / "templates")
    assert main(["--project", str(project), "build", "-q"]) == 0
    return project / "site"


@pytest.fixture(scope="module")
def site_url(built: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(built))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def _open(browser: Any, site: str, scheme: str = "light", width: int = 1280) -> tuple[Any, Any, list[str]]:
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(site) else None)
    return context, page, outside


def test_map_pages_make_no_outside_request_and_show_their_maps(browser: Any, site_url: str) -> None:
    context, page, outside = _open(browser, site_url)
    for rel in MAP_PAGES:
        page.goto(site_url + rel)
        page.wait_for_load_state("networkidle")
    page.goto(site_url + "theatres/syria.html")
    assert page.locator("svg.map path.land.focus").count() == 1
    assert page.locator(".trend-box .trend").inner_text().strip() != ""
    page.goto(site_url + "where.html")
    page.locator("svg.map a").first.click()  # a dot links to its place's page
    page.wait_for_load_state()
    assert "/places/" in page.url
    context.close()
    assert outside == []


@pytest.mark.parametrize("width", [1280, 390])
def test_map_labels_overlap_nothing_as_the_browser_lays_them_out(browser: Any, site_url: str, width: int) -> None:
    context, page, _ = _open(browser, site_url, width=width)
    problems, labels = [], 0
    for rel in MAP_PAGES:
        page.goto(site_url + rel)
        for drawn in page.evaluate(MEASURE):
            boxes = drawn["labels"]
            labels += len(boxes)
            for i, (a, ax, ay, aw, ah) in enumerate(boxes):
                for b, bx, by, bw, bh in boxes[i + 1:]:
                    if ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah:
                        problems.append(f"{rel}: {a!r} overlaps {b!r}")
                for cx, cy, r in drawn["dots"]:
                    if ax < cx + r and cx - r < ax + aw and ay < cy + r and cy - r < ay + ah:
                        problems.append(f"{rel}: {a!r} covers a dot at {cx:.0f},{cy:.0f}")
    context.close()
    assert labels > 10 and problems == []


@pytest.mark.skipif(not AXE.exists(), reason=f"axe-core not installed ({AXE.relative_to(REPO)}); python3 dev.py test installs it with npm")
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_accessibility_violations_on_map_and_trend_pages(browser: Any, site_url: str, scheme: str) -> None:
    axe_source = AXE.read_text(encoding="utf-8")
    context, page, _ = _open(browser, site_url, scheme)
    problems = []
    for rel in MAP_PAGES:
        page.goto(site_url + rel)
        page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")  # tables checked too
        page.evaluate(axe_source)
        violations = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
                                   ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))")
        problems += [f"{rel}: {v['id']} ({v['impact']}) at {v['nodes']}" for v in violations if v["impact"] in ("serious", "critical")]
    context.close()
    assert problems == []


def test_a_theatre_page_with_its_map_stays_light(built: Path) -> None:
    page = built / "theatres" / "syria.html"
    weight = page.stat().st_size + (built / "static" / "style.css").stat().st_size
    assert "<svg class=\"map geo\"" in page.read_text(encoding="utf-8")
    assert weight < PAGE_WEIGHT_LIMIT
