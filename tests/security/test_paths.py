"""Titles, slugs and entity names can never write outside content/ or site/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from slugify import slugify

from generator.commands.cli import main
from generator.content.frontmatter import render_document
from generator.paths import RESERVED_NAMES, SLUG_PATTERN, safe_slug, slug_problem

HOSTILE_NAMES = [
    "../../../etc/passwd", "/etc/passwd", "..\\..\\windows\\system32", "a\x00b", "CON", "nul", "com1", "LPT9",
    "x" * 1000, "", "....", "Ѕudan", "SUDAN", "Sudan", "sudan", "\u202eevil", "日本語", "<script>", "C:\\x",
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_safe_slug_is_a_portable_file_name(name: str) -> None:
    slug = safe_slug(name)
    assert SLUG_PATTERN.fullmatch(slug) and len(slug) <= 80 and slug not in RESERVED_NAMES
    assert slug_problem(slug) is None


@pytest.mark.parametrize("name", ["Bashar al Assad", "UN Security Council", "G7", "2016 Olympics", "Con", "INDEX", "nul",
                                  "x" * 80, "x" * 81, "word " * 20 + "end", "Al-Qaeda", "O'Brien", "São Paulo", "A  B", " A"])
def test_plain_words_slug_as_slugify_makes_them(name: str) -> None:
    """The fast path for plain ASCII words gives exactly what slugify gives."""
    slug = slugify(name, max_length=80, word_boundary=True) or slugify(name, max_length=80) or "page"
    assert safe_slug(name) == (f"{slug}-page" if slug in RESERVED_NAMES or slug == "index" else slug)


@pytest.mark.parametrize(("slug", "problem"), [("../x", "lower-case"), ("Upper", "lower-case"), ("con", "reserves"), ("a" * 81, "at most 80")])
def test_hand_written_slug_problems(slug: str, problem: str) -> None:
    assert problem in (slug_problem(slug) or "")


def test_hostile_names_stay_inside_and_colliding_entities_all_get_pages(tmp_path: Path) -> None:
    project = tmp_path / "p"
    (project / "templates").mkdir(parents=True)
    repo_templates = Path(__file__).resolve().parents[2] / "templates"
    for item in repo_templates.rglob("*"):
        if item.is_file():
            target = project / "templates" / item.relative_to(repo_templates)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(item.read_bytes())
    (project / "briefing.yml").write_text("", encoding="utf-8")
    names = [n for n in HOSTILE_NAMES if n.strip() and "\x00" not in n]
    meta = {"title": "../../escape", "date": "2016-05-01", "entities": {"places": names, "people": ["CON", "Sudan"]}}
    folder = project / "content" / "articles"
    folder.mkdir(parents=True)
    (folder / "a.md").write_text(render_document(meta, "Sudan and SUDAN and Ѕudan."), encoding="utf-8")
    inbox = project / "content" / "inbox"
    inbox.mkdir()
    (inbox / "raw.txt").write_text("../../../../tmp/evil\n\n5 May 2016\n\nA body.\n", encoding="utf-8")
    assert main(["--project", str(project), "build", "-q"]) == 0
    written = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    outside = [p for p in written if not p.startswith(("p/site/", "p/content/", "p/templates/", "p/.briefing-cache/")) and p not in ("p/briefing.yml", "p/.briefing.lock")]
    assert outside == []
    places = sorted(p.name for p in (project / "site" / "places").glob("*.html") if p.name != "index.html")  # not the folder's own page
    index = (project / "site" / "entities.html").read_text(encoding="utf-8")
    listed = set(re.findall(r'href="(places/[^"]+)"', index))
    assert len(places) == len(listed) >= len(names) - 3  # every entity keeps its own page (case variants may merge)
    assert len({name.casefold() for name in places}) == len(places)  # no case-only clashes
    assert (project / "site/people/con-page.html").is_file()
    assert (project / "content/articles/2016/05/tmp-evil.md").is_file()


def test_front_matter_slug_cannot_escape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    folder = tmp_path / "content" / "articles"
    folder.mkdir(parents=True)
    (folder / "a.md").write_text("---\n" + yaml.safe_dump({"title": "x", "date": "2016-05-01", "slug": "../../../x"}) + "---\nBody.", encoding="utf-8")
    assert main(["--project", str(tmp_path), "build"]) == 1
    assert "a.md:3: front matter: slug: must be lower-case letters, digits and hyphens (got '../../../x')" in capsys.readouterr().err
