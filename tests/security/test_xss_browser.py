"""Load every hostile page in headless Chromium: no dialog opens, no article script runs."""

from __future__ import annotations

from pathlib import Path

import pytest

playwright = pytest.importorskip("playwright.sync_api")
CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium not installed (apt-get install chromium)")]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def test_no_dialog_and_no_script_runs(hostile_site: Path) -> None:
    pages = sorted(hostile_site.glob("articles/**/*.html")) + [hostile_site / "index.html", hostile_site / "entities.html"]
    pages += sorted(hostile_site.glob("people/*.html"))[:12] + sorted(hostile_site.glob("organizations/*.html"))[:12]
    dialogs: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page()
        page.on("dialog", lambda d: (dialogs.append(f"{page.url}: {d.message}"), d.dismiss()))
        # Outside requests (the payloads point at xss.rocks) must not even be attempted.
        outside: list[str] = []
        page.route("**/*", lambda route: (outside.append(route.request.url), route.abort()) if not route.request.url.startswith("file://") else route.continue_())
        for path in pages:
            page.goto(path.as_uri())
            # Fire the events that payload handlers listen for (onmouseover, onfocus, ontoggle...).
            page.evaluate("""() => document.querySelectorAll('*').forEach(e => {
                for (const type of ['mouseover', 'focus', 'toggle', 'click']) {
                    if (type === 'click' && e.tagName === 'A') continue;
                    e.dispatchEvent(new Event(type, {bubbles: true}));
                }
            })""")
            executed = page.evaluate("() => typeof window.xssFired !== 'undefined'")
            assert not executed, path
        browser.close()
    assert dialogs == []
    assert outside == []
