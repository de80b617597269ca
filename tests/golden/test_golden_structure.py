"""Golden test: the *structure* of a small site's pages stays as it was.

Builds tests/golden/project (three hand-written articles) with the CLI in a temporary copy and compares
a skeleton of four pages with tests/golden/expected/*.txt. The skeleton is the tag tree with ids,
classes, roles, ARIA labels, internal link targets and the text of headings; body text, ledes,
summaries and key points are left out (the summarizer will change, the page structure should not),
and so are attributes that carry such text (meta content, title, alt).

After an intended change to templates or rendering, rewrite the expected files and review the diff:

    BRIEFING_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/golden
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.commands.cli import main

HERE = Path(__file__).parent
FIXTURE = HERE / "project"  # not "site": .gitignore ignores every site/ folder
EXPECTED = HERE / "expected"
UPDATE = os.environ.get("BRIEFING_UPDATE_GOLDEN") == "1"
EPOCH = "1700000000"  # 2023-11-14: the build never reads the clock, but pin it anyway

# Built page -> its golden file.
PAGES = {
    "index.html": "index.txt",
    "articles/2021/03/vienna-ceasefire-talks.html": "article.txt",
    "people/marta-kovac.html": "entity.txt",
    "entities.html": "entities.txt",
}

# Attributes copied into the skeleton as they are. Everything else (content, title, alt, datetime,
# placeholder, SVG geometry...) is dropped: it is text or data, not structure.
KEPT = ("id", "class", "role", "lang", "rel", "type", "name", "property", "charset", "http-equiv", "media",
        "for", "method", "tabindex", "hidden", "aria-label", "aria-labelledby", "aria-current", "aria-hidden")
LINKS = ("href", "src", "action")  # kept when internal; an external target is written as <external>
PAGEFIND = "data-pagefind-"  # search indexing markers: structure (data-pagefind-meta names a field, no text)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)


class _Node:
    __slots__ = ("tag", "attrs", "children", "text")

    def __init__(self, tag: str, attrs: list[tuple[str, str]]) -> None:
        self.tag, self.attrs = tag, attrs
        self.children: list[_Node] = []
        self.text: list[str] = []


class _SkeletonParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#document", [])
        self.stack = [self.root]
        self.headings: list[_Node] = []  # open headings collecting their text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = _Node(tag, _kept_attributes(attrs))
        self.stack[-1].children.append(node)
        if tag in HEADINGS:
            self.headings.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_decl(self, decl: str) -> None:
        self.root.children.append(_Node("!" + decl, []))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:  # <line ... /> in SVG
        self.stack[-1].children.append(_Node(tag, _kept_attributes(attrs)))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):  # close up to the matching open tag, if any
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                break
        if tag in HEADINGS and self.headings and self.headings[-1].tag == tag:
            self.headings.pop()

    def handle_data(self, data: str) -> None:
        if self.headings:
            self.headings[-1].text.append(data)


def _kept_attributes(attrs: list[tuple[str, str | None]]) -> list[tuple[str, str]]:
    kept = []
    image = ("role", "img") in attrs  # a chart's aria-label describes its data: keep that it has one, not the words
    for name, value in attrs:
        value = " ".join((value or "").split())
        if name == "aria-label" and image:
            kept.append((name, "*"))
        elif name in KEPT or name.startswith(PAGEFIND):
            kept.append((name, value))
        elif name in LINKS:
            kept.append((name, "<external>" if EXTERNAL.match(value) else value))
    return sorted(kept)


def skeleton(html: str) -> str:
    """The page as an indented outline: one line per element, ``tag attr="value" ... | heading text``."""
    parser = _SkeletonParser()
    parser.feed(html)
    parser.close()
    lines: list[str] = []

    def walk(node: _Node, depth: int) -> None:
        line = "  " * depth + " ".join([node.tag, *(f'{name}="{value}"' for name, value in node.attrs)])
        if node.tag in HEADINGS:
            line += " | " + " ".join("".join(node.text).split())
        lines.append(line)
        for child in node.children:
            walk(child, depth + 1)

    for child in parser.root.children:
        walk(child, 0)
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("golden") / "project"
    shutil.copytree(FIXTURE, project)
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        monkeypatch.delenv("BRIEFING_UPDATE_GOLDEN", raising=False)
        assert main(["--project", str(project), "build", "--quiet"]) == 0
    return project / "site"


@pytest.mark.parametrize("page", sorted(PAGES))
def test_page_structure_matches_golden(site: Path, page: str) -> None:
    actual = skeleton((site / page).read_text(encoding="utf-8"))
    golden = EXPECTED / PAGES[page]
    if UPDATE:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert golden.is_file(), f"{golden} is missing; create it with BRIEFING_UPDATE_GOLDEN=1 python -m pytest tests/golden"
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True), str(golden), page))
        pytest.fail(f"{page}: structure differs from {golden.name} (if intended: BRIEFING_UPDATE_GOLDEN=1 python -m pytest tests/golden)\n{diff}")


def test_skeleton_leaves_out_body_text_and_summaries(site: Path) -> None:
    """Summaries, key points and body sentences are never part of a skeleton; heading text is."""
    outline = skeleton((site / "articles/2021/03/vienna-ceasefire-talks.html").read_text(encoding="utf-8"))
    for words in ("Mediators opened a new round", "agreed on an agenda", "first day was spent", "opened a new round of talks"):
        assert words not in outline
    assert "h1 data-pagefind-meta=\"title\" | Ceasefire Talks Open in Vienna" in outline
    assert 'a class="entity entity-person" href="../../../people/marta-kovac.html"' in outline


def test_skeleton_ignores_text_and_attribute_order() -> None:
    one = '<main id="m"><h2 class="a  b">Title <span>2</span></h2><p title="x">Some text</p><a href="https://e.org/x">e</a></main>'
    two = '<main id="m">\n<h2 class="a b">Title\n<span>2</span></h2><p title="y">Other words</p><a href="http://f.org">f</a></main>'
    assert skeleton(one) == skeleton(two) == (
        'main id="m"\n  h2 class="a b" | Title 2\n    span\n  p\n  a href="<external>"\n')
