"""End-to-end: build the small fixture site and the seed demo, then inspect the output."""

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import html5lib
import pytest
from conftest import SEED

from generator.commands.check.site import link_problems, page_links

ATOM = "{http://www.w3.org/2005/Atom}"
pytestmark = pytest.mark.slow  # every test builds the fixture site through the CLI


@pytest.fixture
def built(site_small: Path, run_cli) -> Path:  # type: ignore[no-untyped-def]
    result = run_cli("--project", str(site_small), "build", "--quiet")
    assert result.code == 0, result.err
    return site_small / "site"


def test_site_has_every_page_type(built: Path) -> None:
    for name in ("index.html", "entities.html", "404.html", "feed.xml", "sitemap.xml", ".nojekyll", "static/style.css",
                 "archive.html", "search.html", "robots.txt", "theatres/index.html", "theatres/syria.html",
                 "days/2017/02/05.html", "people/sergey-lavrov.xml", "static/print.css", "static/search.js"):
        assert (built / name).is_file(), name
    assert len([p for p in (built / "articles").rglob("*.html") if p.name != "index.html"]) == 6  # index.html: a folder's listing
    assert (built / "people/staffan-de-mistura.html").is_file()
    assert (built / "organizations/un-security-council.html").is_file()


def test_feed_has_one_entry_per_article_and_sitemap_parses(built: Path) -> None:
    feed = ET.parse(built / "feed.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 6
    assert entries[0].findtext(f"{ATOM}title") == "Aid Ship Docks in Yemen's Hodeidah"  # newest first
    urls = ET.parse(built / "sitemap.xml").getroot()
    locations = [loc.text for loc in urls.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert "index.html" in locations and len(locations) == len(set(locations))
    assert "404.html" not in locations and "search.html" not in locations
    entity_feed = ET.parse(built / "people/sergey-lavrov.xml").getroot()
    assert [e.findtext(f"{ATOM}title") for e in entity_feed.findall(f"{ATOM}entry")] == [
        "Kerry and Lavrov Meet on Syria Truce", "Ceasefire Extended in Aleppo"]
    assert entity_feed.find(f"{ATOM}entry/{ATOM}link").get("href").startswith("../articles/")


def test_every_internal_link_resolves_and_none_is_root_absolute(built: Path) -> None:
    assert link_problems(built) == []


def test_pages_are_valid_html5_with_no_inline_script(built: Path) -> None:
    parser = html5lib.HTMLParser(strict=True)
    for page in sorted(built.rglob("*.html")):
        parser.parse(page.read_bytes())
        text = page.read_text(encoding="utf-8")
        assert all(" src=" in tag for tag in text.split("<script")[1:]), f"{page}: inline script"
        assert " onclick=" not in text and " onload=" not in text


def test_home_is_the_latest_day_and_entity_page_has_chart_and_appears_with(built: Path) -> None:
    home = (built / "index.html").read_text(encoding="utf-8")
    assert "Sunday 5 February 2017" in home and "Aid Ship Docks in Yemen" in home
    assert 'href="theatres/yemen.html"' in home and 'href="days/2016/10/20.html"' in home  # earlier briefings
    assert "20,000" in home  # the key-figure strip: tonnes of wheat
    lavrov = (built / "people/sergey-lavrov.html").read_text(encoding="utf-8")
    assert '<svg class="chart"' in lavrov and lavrov.count('class="bar') == 2  # weeks of 2 and 9 May 2016
    assert "Appears with" in lavrov and 'href="../people/john-kerry.html"' in lavrov


def test_hand_written_summary_wins(built: Path) -> None:
    page = (built / "articles/2016/05/kerry-meets-lavrov.html").read_text(encoding="utf-8")
    assert "A hand-written summary that the build must keep as it is." in page
    assert "<li>Hand-written point one.</li>" in page


def test_front_matter_entities_are_the_article_entities(built: Path) -> None:
    page = (built / "articles/2016/05/sudan-talks.html").read_text(encoding="utf-8")
    hrefs = {url for _, url in page_links(page)}
    assert {"../../../people/thabo-mbeki.html", "../../../places/sudan.html", "../../../organizations/african-union.html"} <= hrefs
    assert "../../../places/darfur.html" not in hrefs  # the editor's list is the list


def test_entity_page_lists_articles_newest_first(built: Path) -> None:
    page = (built / "people/sergey-lavrov.html").read_text(encoding="utf-8")
    assert page.index("Kerry and Lavrov Meet on Syria Truce") < page.index("Ceasefire Extended in Aleppo")


def test_seed_article_links_its_entities(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    project = tmp_path / "demo"
    (project / "content/inbox").mkdir(parents=True)
    shutil.copy(SEED, project / "content/inbox" / SEED.name)
    shutil.copytree(Path(__file__).parent.parent / "templates", project / "templates")
    (project / "briefing.yml").write_text("", encoding="utf-8")
    assert run_cli("--project", str(project), "build", "-q").code == 0
    [page] = [p for p in (project / "site/articles").rglob("*.html") if p.name != "index.html"]  # not the folders' listings
    body = page.read_text(encoding="utf-8").split('<div class="body">')[1].split("</div>")[0]
    hrefs = [url.split("/", 3)[-1] for _, url in page_links(body)]
    for target in ("people/mohammad-javad-zarif.html", "people/sergey-lavrov.html", "places/syria.html",
                   "places/aleppo.html", "organizations/un-security-council.html"):
        assert hrefs.count(target) == 1, target
    # Datelined in Tehran, but the story is about Syria: the theatre follows the text, not the dateline.
    kicker = page.read_text(encoding="utf-8").split('<p class="kicker">')[1].split("</p>")[0]
    assert ">Syria</a>" in kicker


def test_broken_article_fails_the_build_and_keeps_the_old_site(site_small: Path, built: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    before = {p: p.read_bytes() for p in built.rglob("*") if p.is_file()}
    bad = site_small / "content/articles/2016/05"
    (bad / "broken.md").write_text("---\ntitle: Broken\ndate: someday\n---\nText.", encoding="utf-8")
    (bad / "broken2.md").write_text("---\ntitle: [oops\n---\nText.", encoding="utf-8")
    result = run_cli("--project", str(site_small), "build")
    assert result.code == 1
    assert "content/articles/2016/05/broken.md:3: front matter: date: is not a date (got 'someday')" in result.err
    assert "content/articles/2016/05/broken2.md:2:" in result.err
    assert "Traceback" not in result.err
    assert {p: p.read_bytes() for p in built.rglob("*") if p.is_file()} == before


def test_project_subpath_base_url(site_small: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    config = site_small / "briefing.yml"
    config.write_text(config.read_text().replace('base_url: ""', "base_url: https://desk.github.io/briefing/"))
    assert run_cli("--project", str(site_small), "build", "-q").code == 0
    site = site_small / "site"
    assert link_problems(site, "https://desk.github.io/briefing/") == []
    index = (site / "index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://desk.github.io/briefing/index.html">' in index
    assert '<meta property="og:url" content="https://desk.github.io/briefing/index.html">' in index
    assert "Sitemap: https://desk.github.io/briefing/sitemap.xml" in (site / "robots.txt").read_text(encoding="utf-8")
    feed = ET.parse(site / "feed.xml").getroot()
    assert feed.find(f"{ATOM}entry/{ATOM}link").get("href").startswith("https://desk.github.io/briefing/articles/")


def test_without_pagefind_the_search_page_links_nothing_missing(site_small: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import generator.render.pages as pages_module
    import generator.search as search_module

    monkeypatch.setattr(search_module, "search_available", lambda: False)
    monkeypatch.setattr(pages_module, "search_available", lambda: False)
    result = run_cli("--project", str(site_small), "build")
    assert result.code == 0 and "Pagefind is not installed" in result.err
    site = site_small / "site"
    assert not (site / "pagefind").exists()
    assert link_problems(site) == []
    assert "built without a search index" in (site / "search.html").read_text(encoding="utf-8")
