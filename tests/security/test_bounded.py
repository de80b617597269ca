"""Oversized and pathological input ends in a clear error or a bounded result."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.commands.cli import main
from generator.content.frontmatter import render_document
from generator.limits import MAX_ENTITIES_PER_ARTICLE, MAX_LINKED_ENTITIES
from generator.render.body import EntityLink, link_first_mentions, markdown_to_html

REPO = Path(__file__).resolve().parents[2]
BOMB = """---
title: lol
date: 2016-05-01
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
---
Body.
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "templates", tmp_path / "templates")
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    (tmp_path / "content" / "articles").mkdir(parents=True)
    return tmp_path


def build(project: Path) -> subprocess.CompletedProcess[str]:
    """A real process with a deadline: a hang fails the test instead of the suite."""
    return subprocess.run([sys.executable, "-m", "generator", "--project", str(project), "build", "-q"],
                          capture_output=True, text=True, timeout=180, check=False)


@pytest.mark.slow
def test_yaml_bomb_in_front_matter_is_refused(project: Path) -> None:
    (project / "content/articles/bomb.md").write_text(BOMB, encoding="utf-8")
    result = build(project)
    assert result.returncode == 1
    assert "bomb.md:4: front matter: invalid YAML: anchors and aliases (&name, *name) are not allowed" in result.stderr


@pytest.mark.slow
def test_one_gigabyte_files_are_refused_without_reading(project: Path) -> None:
    huge = project / "content/articles/huge.md"
    with huge.open("wb") as stream:
        stream.write(b"---\ntitle: ")
        stream.truncate(1 << 30)  # sparse: a 1 GiB front-matter line that costs no disk
    raw = project / "raw.txt"
    with raw.open("wb") as stream:
        stream.truncate(50 << 20)
    result = build(project)
    assert result.returncode == 1 and "huge.md: is 1024 MiB; articles are limited to 10 MiB" in result.stderr
    huge.unlink()
    result = subprocess.run([sys.executable, "-m", "generator", "--project", str(project), "ingest", str(raw)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1 and "raw.txt: is 50 MiB; raw articles are limited to 20 MiB" in result.stderr


@pytest.mark.slow
def test_hundred_thousand_lines_and_deep_nesting_build(project: Path) -> None:
    lines = "\n".join(f"Line {n} says the convoy reached Aleppo." for n in range(100_000))
    nested = ">" * 10_000 + " deep\n\n" + "\n".join("  " * n + "- item" for n in range(500)) + "\n\n" + "<div>" * 10_000
    articles = project / "content/articles"
    (articles / "lines.md").write_text(render_document({"title": "Lines", "date": "2016-05-01"}, lines), encoding="utf-8")
    (articles / "nested.md").write_text(render_document({"title": "Nested", "date": "2016-05-02"}, nested), encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.stderr
    page = (project / "site/articles/2016/05/nested.html").read_text(encoding="utf-8")
    assert "&lt;div&gt;" in page and "<div><div>" not in page


@pytest.mark.slow
def test_ten_thousand_entities_in_one_article(project: Path) -> None:
    names = [f"Person Number{n}" for n in range(10_000)]
    meta = {"title": "Crowd", "date": "2016-05-01", "entities": {"people": names}}
    crowd = project / "content/articles/crowd.md"
    crowd.write_text(render_document(meta, " ".join(names[:500])), encoding="utf-8")
    result = build(project)
    assert result.returncode == 1
    assert "crowd.md:4: front matter: entities: lists 10000 entities; the limit is 1000 per article" in result.stderr
    meta["entities"] = {"people": names[:MAX_ENTITIES_PER_ARTICLE]}
    crowd.write_text(render_document(meta, " ".join(names[:500])), encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.stderr
    assert 0 < len([p for p in (project / "site/people").glob("*.html") if p.name != "index.html"]) <= MAX_ENTITIES_PER_ARTICLE
    page = (project / "site/articles/2016/05/crowd.html").read_text(encoding="utf-8")
    body = page.split('<div class="body">')[1].split("</div>")[0]
    assert 0 < body.count('class="entity') <= MAX_LINKED_ENTITIES


def test_link_cap_applies_to_the_linker_itself() -> None:
    html = markdown_to_html(" and ".join(f"Name{n}" for n in range(1000)))
    links = tuple(EntityLink(f"{n}.html", "person", (f"Name{n}",)) for n in range(1000))
    assert link_first_mentions(html, links).count("<a ") == MAX_LINKED_ENTITIES


def test_oversized_config_is_refused(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "briefing.yml").write_text("site:\n  description: " + "x" * 300_000 + "\n", encoding="utf-8")
    assert main(["--project", str(project), "build"]) == 1
    assert "briefing.yml:1: is 292 KiB of YAML; the limit is 256 KiB" in capsys.readouterr().err
