"""Every folder a reader may type has an index page (render/folders.py)."""

from __future__ import annotations

import os
from pathlib import Path

from generator.index import build_index
from generator.render.folders import FOLDER_TEMPLATE, folder_inputs, folder_listings, folder_pages, folder_plan, folder_plans, folder_title

PAGES = [
    ("index.html", "Home"),
    ("days/2016/07/2016-07-02.html", "Briefing for 2 July 2016"),
    ("days/2016/05/2016-05-12.html", "Briefing for 12 May 2016"),
    ("theatres/sd.html", "Sudan"),
    ("theatres/index.html", "Theatres"),
    ("sources/sana.html", "SANA"),  # a folder this module has never heard of
]


def test_every_folder_of_pages_without_an_index_gets_one_and_no_other() -> None:
    missing = folder_pages(PAGES)
    assert sorted(missing) == ["days", "days/2016", "days/2016/05", "days/2016/07", "sources"]  # not theatres/, not the root
    assert missing["sources"] == [("sources/sana.html", "SANA")] and missing["days"] == []


def test_a_new_folder_gets_a_listing_of_its_pages_by_title() -> None:
    plans = {path: (template, view) for path, template, view in folder_plans(PAGES, build_index(()))}
    template, view = plans["sources/index.html"]
    assert template == FOLDER_TEMPLATE and view["title"] == "Sources"
    assert [(p.path, p.title) for p in view["pages"]] == [("sources/sana.html", "SANA")]  # type: ignore[attr-defined]
    _, days = plans["days/2016/index.html"]
    assert [(f.path, f.title, f.count) for f in days["folders"]] == [  # type: ignore[attr-defined]
        ("days/2016/07/index.html", "Days: July 2016", 1), ("days/2016/05/index.html", "Days: May 2016", 1)]  # newest first
    assert days["parent"].path == "days/index.html"  # type: ignore[attr-defined]


def test_folder_titles() -> None:
    assert [folder_title(f) for f in ("articles", "days/2016", "days/2016/07", "sources/al-jazeera")] == [
        "Articles", "Days: 2016", "Days: July 2016", "Sources: al-jazeera"]


def test_a_built_site_has_an_index_page_in_every_folder_of_pages(site_small: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("--project", str(site_small), "build", "-q").code == 0
    site = site_small / "site"
    for folder in ("people", "places", "organizations", "days", "articles", "theatres"):
        assert (site / folder / "index.html").is_file(), folder
    for folder, _, names in os.walk(site):
        if Path(folder).relative_to(site).parts[:1] not in (("static",), ("pagefind",)):  # files for pages, not pages
            assert "index.html" in names, folder
    people = (site / "people/index.html").read_text(encoding="utf-8")
    assert "<h1>People</h1>" in people and 'href="../people/' in people and "places/" not in people.split("<main", 1)[1]
    assert 'people/index.html' in (site / "sitemap.xml").read_text(encoding="utf-8")


def test_a_folder_pages_inputs_change_exactly_when_its_view_does() -> None:
    """The page of a folder is keyed by folder_inputs instead of its view: equal inputs must mean equal views."""
    index = build_index(())
    variants = [PAGES, PAGES[:2], [*PAGES, ("days/2016/07/2016-07-03.html", "Briefing for 3 July 2016")],
                [("days/2016/07/2016-07-02.html", "Briefing for 2 July 2016 (corrected)"), *PAGES[2:]], list(reversed(PAGES)),
                [*PAGES, ("days/2015/01/2015-01-01.html", "Briefing for 1 January 2015")], [*PAGES, ("people/x.html", "X")]]
    seen: dict[object, object] = {}
    for pages in variants:
        missing, counts = folder_listings(pages)
        for folder, listed in missing.items():
            inputs = folder_inputs(folder, listed, counts)
            view = folder_plan(folder, listed, counts, index)
            if inputs is None:
                assert folder == "people"  # a folder of entities: keyed by its view
                continue
            assert seen.setdefault((folder, inputs), view) == view
            assert [other for (name, shown), other in seen.items() if name == folder and other == view and shown != inputs] == []
