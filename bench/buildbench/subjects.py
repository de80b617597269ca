"""The projects the benchmark builds, one per tool and input kind, and the edits it makes to them.

Each subject knows how to reset itself to a cold state, which command builds it, where its pages
land, and which article and template file an editor would touch. briefing's projects are restored
from a pristine copy before each cold build (whatever cache or state briefing keeps is gone); the
peers' output and cache folders are deleted.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from . import hugo_site, pelican_site
from .formats import article_rel_path, briefing_markdown, raw_inbox_text, write_tree
from .synth import BenchArticle
from .tools import Tool, hugo_version_tuple

COLD_RAW = "cold build from raw inbox (ingest+NLP+render)"
RENDER_ONLY = "render-only cold build (ingested Markdown)"
COLD = "cold build"
NO_CHANGE = "no-change rebuild"
EDIT_ARTICLE = "rebuild after editing one article body"
EDIT_TEMPLATE = "rebuild after editing one template"
WARM_SCENARIOS = (NO_CHANGE, EDIT_ARTICLE, EDIT_TEMPLATE)
SCENARIO_KEYS = {
    "cold-raw": COLD_RAW, "render-only": RENDER_ONLY, "cold": COLD,
    "no-change": NO_CHANGE, "edit-article": EDIT_ARTICLE, "edit-template": EDIT_TEMPLATE,
}


@dataclass(frozen=True, slots=True)
class Subject:
    """One tool building one project."""

    tool: Tool
    project: Path
    command: tuple[str, ...]
    output_dir: Path
    scenarios: tuple[str, ...]
    article_file: Path
    template_file: Path
    pristine: Path | None = None
    state_dirs: tuple[Path, ...] = ()


def reset_cold(subject: Subject) -> None:
    """Remove every trace of earlier builds so the next build starts cold."""
    if subject.pristine is not None:
        shutil.rmtree(subject.project, ignore_errors=True)
        shutil.copytree(subject.pristine, subject.project, symlinks=True)
    for folder in subject.state_dirs:
        shutil.rmtree(folder, ignore_errors=True)


def edit_article(subject: Subject, run: int) -> None:
    """Append a sentence to one article's body, as an editor's correction would."""
    with subject.article_file.open("a", encoding="utf-8") as handle:
        handle.write(f"\nEditor's note {run}: this article was corrected after publication.\n")


def edit_template(subject: Subject, run: int) -> None:
    """Add a visible comment to the article page template (inside its content block)."""
    text = subject.template_file.read_text(encoding="utf-8")
    comment = f"<!-- bench template edit {run} -->"
    for marker in ("</article>", "{% endblock %}"):
        if marker in text:
            head, _, tail = text.rpartition(marker)
            text = head + comment + marker + tail
            break
    else:
        text += comment + "\n"
    subject.template_file.write_text(text, encoding="utf-8")


def edited_article(articles: tuple[BenchArticle, ...]) -> BenchArticle:
    """The article every tool's edit scenario touches: one from the middle of the year."""
    return articles[len(articles) // 2]


def briefing_subjects(
    tool: Tool, repo_root: Path, work: Path, articles: tuple[BenchArticle, ...]
) -> tuple[Subject, Subject]:
    """(raw-inbox project, ingested-Markdown project), each with the repo's config and templates."""
    raw_pristine, md_pristine = work / "pristine-briefing-raw", work / "pristine-briefing-md"
    for pristine in (raw_pristine, md_pristine):
        _copy_project_skeleton(repo_root, pristine)
    inbox = raw_pristine / "content" / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    for number, article in enumerate(articles):
        (inbox / f"{number:06d}_{article.slug[:60]}.txt").write_text(raw_inbox_text(article), encoding="utf-8")
    write_tree(md_pristine / "content" / "articles", articles, briefing_markdown)
    command = (*tool.command, "build", "--quiet")
    raw, md = work / "briefing-raw", work / "briefing-md"
    template = _briefing_article_template(md)
    return (
        Subject(tool, raw, command, raw / "site", (COLD_RAW,), Path(), Path(), pristine=raw_pristine),
        Subject(
            tool, md, command, md / "site", (RENDER_ONLY, *WARM_SCENARIOS),
            article_file=md / "content" / "articles" / article_rel_path(edited_article(articles)),
            template_file=template, pristine=md_pristine,
        ),
    )


def hugo_subject(tool: Tool, work: Path, articles: tuple[BenchArticle, ...], label: str) -> Subject:
    project = work / label
    hugo_site.write_hugo_project(project, articles, hugo_version_tuple(tool))
    public, cache = project / "public", project / ".hugo_cache"
    command = (*tool.command, "--quiet", "--source", str(project), "--destination", str(public),
               "--cacheDir", str(cache))
    return Subject(
        tool, project, command, public, (COLD, *WARM_SCENARIOS),
        article_file=project / "content" / "articles" / article_rel_path(edited_article(articles)),
        template_file=project / hugo_site.ARTICLE_TEMPLATE,
        state_dirs=(public, cache, project / "resources"),
    )


def pelican_subject(tool: Tool, work: Path, articles: tuple[BenchArticle, ...]) -> Subject:
    project = work / "pelican"
    pelican_site.write_pelican_project(project, articles)
    output = project / "output"
    command = (*tool.command, "--quiet", "-s", "pelicanconf.py", "-o", str(output), "content")
    return Subject(
        tool, project, command, output, (COLD, *WARM_SCENARIOS),
        article_file=project / "content" / "articles" / article_rel_path(edited_article(articles)),
        template_file=project / pelican_site.ARTICLE_TEMPLATE,
        state_dirs=(output, project / "cache"),
    )


def _copy_project_skeleton(repo_root: Path, destination: Path) -> None:
    """briefing.yml, templates/ and static/ of the checkout: the demo's config and theme."""
    destination.mkdir(parents=True)
    shutil.copy2(repo_root / "briefing.yml", destination / "briefing.yml")
    for folder in ("templates", "static"):
        if (repo_root / folder).is_dir():
            shutil.copytree(repo_root / folder, destination / folder)


def _briefing_article_template(project: Path) -> Path:
    """Where the copied article template will be (the project is restored from its pristine copy)."""
    pristine = project.parent / f"pristine-{project.name}"
    candidates = sorted((pristine / "templates").glob("article*.html"))
    name = candidates[0].name if candidates else "article.html"
    return project / "templates" / name
