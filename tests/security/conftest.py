"""A project whose every text field carries a classic XSS payload, built once per session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from generator.commands.cli import main
from generator.content.frontmatter import render_document

REPO = Path(__file__).resolve().parents[2]
PAYLOADS = tuple(line for line in (Path(__file__).parent / "xss_payloads.txt").read_text(encoding="utf-8").splitlines() if line.strip())


def hostile_article(number: int, payload: str) -> str:
    meta = {
        "title": f"Story {number} {payload}",
        "date": f"2016-05-{number % 28 + 1:02d}",
        "source": f"Outlet {payload}",
        "dateline": f"Aleppo {payload}",
        "source_url": f"https://example.org/story?q={payload.replace(' ', '%20')}",
        "lede": f"Lede {payload}",
        "summary": f"Summary {payload}",
        "key_points": [f"Point {payload}"],
        "entities": {"people": [f"Person {number} {payload}"], "places": ["Aleppo"], "organizations": [f"Org {payload}"]},
    }
    body = f"Aleppo was calm. {payload}\n\n{payload}\n\nPerson {number} spoke in Aleppo."
    return render_document(meta, body)


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the hostile project; return its site/ folder."""
    project = tmp_path_factory.mktemp("hostile")
    shutil.copytree(REPO / "templates", project / "templates")
    (project / "briefing.yml").write_text(yaml.safe_dump({"site": {"title": "X <script>alert(1)</script>", "base_url": "https://desk.example.org/b/"}}), encoding="utf-8")
    articles = project / "content" / "articles" / "2016" / "05"
    articles.mkdir(parents=True)
    for number, payload in enumerate(PAYLOADS):
        (articles / f"story-{number}.md").write_text(hostile_article(number, payload), encoding="utf-8")
    inbox = project / "content" / "inbox"
    inbox.mkdir()
    for number, payload in enumerate(PAYLOADS[:20]):  # the raw-text ingest path too
        (inbox / f"raw-{number}.txt").write_text(f"Raw {payload}\n\n5 May 2016\n\nBEIRUT (Wire) - {payload} happened in Aleppo.\n", encoding="utf-8")
    assert main(["--project", str(project), "build", "--quiet"]) == 0
    return project / "site"
