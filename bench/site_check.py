"""Build the site from the whole shared corpus and check it: links, root-absolute URLs, HTML5 validity,
and the Aleppo entity page.

    .venv/bin/python bench/site_check.py [CORPUS]      # default ../shared/corpus

The corpus's .txt articles are ingested into a temporary project (articles whose text gives no date get
the per-source fallback below), the site is built with ``briefing build`` and then:
  * every internal href/src resolves, none is root-absolute (generator.commands.check.site.link_problems);
  * one page of every type parses with html5lib in strict mode;
  * places/aleppo.html has its chart, its articles and "appears with".
Prints a table; exits 1 when any check fails. Nothing of the corpus is written into the repository.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

import html5lib

from generator.commands.check.site import link_problems
from generator.commands.cli import main as briefing

REPO = Path(__file__).resolve().parents[1]
SOURCES = {  # corpus folder -> date for articles whose text gives none (middle of the source's period)
    "fakes-syria": "2016-06-01", "wikinewssum-sources": "2004-12-01", "gum-wikinews": "2015-01-01", "bbc-politics": "2005-01-01",
}
PAGE_TYPES = ("index.html", "archive.html", "entities.html", "search.html", "404.html", "theatres/index.html",
              "theatres/syria.html", "places/aleppo.html")


def ingest(corpus: Path, project: Path) -> float:
    start = time.perf_counter()
    for source, fallback in SOURCES.items():
        files = sorted(str(p) for p in (corpus / source).glob("*.txt"))
        assert briefing(["--project", str(project), "ingest", "-q", "--date", fallback, *files]) in (0, 1), source
    return time.perf_counter() - start


def valid_html(site: Path) -> list[str]:
    """Strict html5lib errors on one page of each type (the first article, day and entity pages included)."""
    pages = [site / p for p in PAGE_TYPES]
    for folder in ("articles", "days", "people", "organizations"):
        pages.append(min(p for p in (site / folder).rglob("*.html") if p.name != "index.html"))  # a page of the type, not a folder's listing
    problems = []
    for page in pages:
        try:
            html5lib.HTMLParser(strict=True).parse(page.read_bytes())
        except Exception as error:  # html5lib raises ParseError subclasses with the position in the message
            problems.append(f"{page.relative_to(site)}: {error}")
    return problems


def aleppo_checks(site: Path) -> dict[str, bool]:
    page = (site / "places/aleppo.html").read_text(encoding="utf-8")
    return {
        "chart": '<svg class="chart"' in page and page.count('class="bar"') > 1,
        "articles": page.count('class="card"') >= 10,
        "appears with": "Appears with" in page and page.count('class="entity entity-') >= 10,
        "map": '<svg class="map"' in page,
    }


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else REPO.parent / "shared" / "corpus"
    with tempfile.TemporaryDirectory(prefix="site-check-") as folder:
        project = Path(folder)
        (project / "briefing.yml").write_text("site:\n  title: Corpus check\n", encoding="utf-8")
        shutil.copytree(REPO / "templates", project / "templates")
        ingest_seconds = ingest(corpus, project)
        start = time.perf_counter()
        assert briefing(["--project", str(project), "build", "-q"]) == 0
        build_seconds = time.perf_counter() - start
        site = project / "site"
        links = link_problems(site)
        invalid = valid_html(site)
        aleppo = aleppo_checks(site)
        rows = [
            ("articles", len([p for p in (site / "articles").rglob("*.html") if p.name != "index.html"])),
            ("HTML pages", len([p for p in site.rglob("*.html") if "pagefind" not in p.parts])),
            ("ingest seconds", f"{ingest_seconds:.1f}"), ("build seconds", f"{build_seconds:.1f}"),
            ("broken internal links", sum("broken link" in p for p in links)),
            ("root-absolute links", sum("root-absolute" in p for p in links)),
            ("other link problems", sum("broken link" not in p and "root-absolute" not in p for p in links)),
            ("html5lib strict errors", len(invalid)),
            *((f"Aleppo page: {name}", "yes" if ok else "NO") for name, ok in aleppo.items()),
        ]
        width = max(len(name) for name, _ in rows)
        print(f"{'check':<{width}}  value\n{'-' * width}  -----")
        for name, value in rows:
            print(f"{name:<{width}}  {value}")
        for problem in (links + invalid)[:20]:
            print("  ", problem)
        return 0 if not links and not invalid and all(aleppo.values()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
