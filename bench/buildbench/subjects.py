"""The projects the benchmark builds, one per tool and input kind, and the edits it makes to them.

Each subject knows how to reset itself to a cold state, which command builds it, where its pages
land, and which article and template file an editor would touch. briefing's projects are restored
from a pristine copy before each cold build (whatever cache or state briefing keeps is gone); the
peers' output and cache folders are deleted.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from . import hugo_site, pelican_site
from .formats import article_rel_path, briefing_markdown, hugo_markdown, pelican_markdown, raw_inbox_text, write_tree
from .synth import BenchArticle, slugify
from .tools import Tool, hugo_version_tuple

COLD_RAW = "cold build from raw inbox (ingest+NLP+render)"
RENDER_ONLY = "render-only cold build (ingested Markdown)"
COLD = "cold build"
NO_CHANGE = "no-change rebuild"
EDIT_ARTICLE = "rebuild after editing one article body"
EDIT_TEMPLATE = "rebuild after editing one template"
ADD_DAY = "rebuild after adding a day's articles"
EDIT_ENTITY = "rebuild after editing one entity (content/entities.yml)"
DAY_ARTICLES = 40  # a desk's wire intake between two builds
DAY_REPRINTS, REPRINT_DAYS = 4, 3  # of those, reprints of the last few days' reports
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[\"'A-Z])")
_DATE_HEADER = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]* \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\s*")
WARM_SCENARIOS = (NO_CHANGE, EDIT_ARTICLE, EDIT_TEMPLATE, ADD_DAY)
SCENARIO_KEYS = {
    "cold-raw": COLD_RAW, "render-only": RENDER_ONLY, "cold": COLD,
    "no-change": NO_CHANGE, "edit-article": EDIT_ARTICLE, "edit-template": EDIT_TEMPLATE,
    "add-day": ADD_DAY, "edit-entity": EDIT_ENTITY,
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
    # Run n's new articles are day_batches[n - 1], written by add_day_writer into the project.
    day_batches: tuple[tuple[BenchArticle, ...], ...] = ()
    add_day_writer: Callable[[Path, tuple[BenchArticle, ...]], None] | None = None
    entities_file: Path | None = None
    edited_entity: str = ""


def reset_cold(subject: Subject) -> None:
    """Remove every trace of earlier builds so the next build starts cold."""
    if subject.pristine is not None:
        shutil.rmtree(subject.project, ignore_errors=True)
        shutil.copytree(subject.pristine, subject.project, symlinks=True)
    for folder in subject.state_dirs:
        shutil.rmtree(folder, ignore_errors=True)
    if subject.pristine is None:  # a peer's content folder is not restored: take out the days added
        for batch in subject.day_batches:
            for article in batch:
                (subject.project / "content" / "articles" / article_rel_path(article)).unlink(missing_ok=True)


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


def add_day(subject: Subject, run: int) -> None:
    """A day's new stories arrive: raw wire copy into briefing's inbox, Markdown into a peer's content."""
    if subject.add_day_writer is None or not subject.day_batches:
        raise ValueError(f"{subject.tool.name}: no day's articles to add")
    subject.add_day_writer(subject.project, subject.day_batches[(run - 1) % len(subject.day_batches)])


def edit_entity(subject: Subject, run: int) -> None:
    """Change one registry entry's description, as an editor correcting an entity would."""
    if subject.entities_file is None:
        raise ValueError(f"{subject.tool.name}: no entity registry to edit")
    lines = subject.entities_file.read_text(encoding="utf-8").splitlines()
    start = lines.index(f"- name: {subject.edited_entity}")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("- ")), len(lines))
    described = next((i for i in range(start + 1, end) if lines[i].startswith("  description:")), None)
    if described is None:
        lines.insert(start + 1, f"  description: Edited by the bench ({run}).")
    else:
        lines[described] += f" Edited by the bench ({run})."
    subject.entities_file.write_text("\n".join(lines) + "\n", encoding="utf-8")


def day_batches(articles: tuple[BenchArticle, ...], runs: int) -> tuple[tuple[BenchArticle, ...], ...]:
    """``runs`` batches of DAY_ARTICLES stories dated one new day each after the archive's last day.

    A desk's day is mostly that day's own wire stories, with a few reprints of the last days' reports:
    DAY_REPRINTS of each batch are copies of articles from the archive's last REPRINT_DAYS days (they join
    those stories, as an outlet's reprint does), the rest are fresh reports made from corpus articles spread
    over the archive, their sentences rotated so that headline and lead are new (a verbatim copy of an
    article months old would join its story and rewrite that old day's pages, which a new day's news does
    not do). Titles are marked with their batch so no story repeats one already built."""
    last_day = max(article.published for article in articles) if articles else date(2024, 12, 31)
    recent = [a for a in articles if a.published > last_day - timedelta(days=REPRINT_DAYS)] or list(articles)
    batches = []
    for run in range(runs):
        day = last_day + timedelta(days=run + 1)
        batch = []
        for number in range(DAY_ARTICLES):
            if number < DAY_REPRINTS:
                source = recent[(run * DAY_REPRINTS + number) % len(recent)]
                title = f"{source.title[:50]} (wire {run + 1}-{number + 1})"
                paragraphs = (*(_DATE_HEADER.sub("", text) for text in source.paragraphs), f"Wire copy {run + 1}-{number + 1}.")
            else:
                source = articles[(run * DAY_ARTICLES + number) * 7 % len(articles)]
                paragraphs = _rotated(source.paragraphs, run * DAY_ARTICLES + number)
                title = f"{_headline(paragraphs[0])} (wire {run + 1}-{number + 1})"
            batch.append(replace(source, title=title, slug=slugify(title), published=day, paragraphs=paragraphs))
        batches.append(tuple(batch))
    return tuple(batches)


def _rotated(paragraphs: tuple[str, ...], turn: int) -> tuple[str, ...]:
    """The article's sentences from a later one on, the earlier ones after them: a new lead, the same story words.
    The page's own date header ("Wed 8 Jun 2016", "Saturday 26 Jul 2014") is left out, here and in a reprint: ingest may take it
    for the story's date (a day's story filed years back)."""
    sentences = [s for s in _SENTENCE.split(_DATE_HEADER.sub("", " ".join(paragraphs))) if s]
    if len(sentences) < 2:
        return paragraphs
    start = 1 + turn % (len(sentences) - 1)
    return (" ".join(sentences[start:]), " ".join(sentences[:start]))


def _headline(lead: str) -> str:
    """The lead's first words, as a wire headline."""
    return " ".join(lead.split()[:8]).rstrip(".,;:")


def _write_inbox(project: Path, batch: tuple[BenchArticle, ...]) -> None:
    inbox = project / "content" / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    for article in batch:
        (inbox / f"{article.slug[:70]}.txt").write_text(raw_inbox_text(article), encoding="utf-8")


def _markdown_writer(render: Callable[[BenchArticle], str]) -> Callable[[Path, tuple[BenchArticle, ...]], None]:
    def write(project: Path, batch: tuple[BenchArticle, ...]) -> None:
        write_tree(project / "content" / "articles", batch, render)
    return write


def edited_article(articles: tuple[BenchArticle, ...]) -> BenchArticle:
    """The article every tool's edit scenario touches: one from the middle of the year."""
    return articles[len(articles) // 2]


def briefing_subjects(
    tool: Tool, repo_root: Path, work: Path, articles: tuple[BenchArticle, ...],
    batches: tuple[tuple[BenchArticle, ...], ...] = (),
) -> tuple[Subject, Subject]:
    """(raw-inbox project, ingested-Markdown project), each with the repo's config, templates and
    entity registry (content/entities.yml)."""
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
    registry = md_pristine / "content" / "entities.yml"
    warm = (*WARM_SCENARIOS, EDIT_ENTITY) if registry.is_file() else WARM_SCENARIOS
    return (
        Subject(tool, raw, command, raw / "site", (COLD_RAW,), Path(), Path(), pristine=raw_pristine),
        Subject(
            tool, md, command, md / "site", (RENDER_ONLY, *warm),
            article_file=md / "content" / "articles" / article_rel_path(edited_article(articles)),
            template_file=template, pristine=md_pristine, day_batches=batches, add_day_writer=_write_inbox,
            entities_file=md / "content" / "entities.yml" if registry.is_file() else None,
            edited_entity=_most_mentioned_entry(registry, articles) if registry.is_file() else "",
        ),
    )


def _most_mentioned_entry(registry: Path, articles: tuple[BenchArticle, ...]) -> str:
    """The registry entry the articles name most often (its page and the pages listing it re-render)."""
    names = re.findall(r"^- name: (.+)$", registry.read_text(encoding="utf-8"), re.MULTILINE)
    counts = Counter(name for a in articles for kind in (a.entities.people, a.entities.places, a.entities.organizations)
                     for name in kind)
    return max(names, key=lambda name: counts[name]) if names else ""


def hugo_subject(tool: Tool, work: Path, articles: tuple[BenchArticle, ...], label: str,
                 batches: tuple[tuple[BenchArticle, ...], ...] = ()) -> Subject:
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
        day_batches=batches, add_day_writer=_markdown_writer(hugo_markdown),
    )


def pelican_subject(tool: Tool, work: Path, articles: tuple[BenchArticle, ...],
                    batches: tuple[tuple[BenchArticle, ...], ...] = ()) -> Subject:
    project = work / "pelican"
    pelican_site.write_pelican_project(project, articles)
    output = project / "output"
    command = (*tool.command, "--quiet", "-s", "pelicanconf.py", "-o", str(output), "content")
    return Subject(
        tool, project, command, output, (COLD, *WARM_SCENARIOS),
        article_file=project / "content" / "articles" / article_rel_path(edited_article(articles)),
        template_file=project / pelican_site.ARTICLE_TEMPLATE,
        state_dirs=(output, project / "cache"),
        day_batches=batches, add_day_writer=_markdown_writer(pelican_markdown),
    )


def _copy_project_skeleton(repo_root: Path, destination: Path) -> None:
    """briefing.yml, templates/, static/ and content/entities.yml of the checkout: the demo's config,
    theme and entity registry."""
    destination.mkdir(parents=True)
    shutil.copy2(repo_root / "briefing.yml", destination / "briefing.yml")
    if (repo_root / "content" / "entities.yml").is_file():
        (destination / "content").mkdir()
        shutil.copy2(repo_root / "content" / "entities.yml", destination / "content" / "entities.yml")
    for folder in ("templates", "static"):
        if (repo_root / folder).is_dir():
            shutil.copytree(repo_root / folder, destination / folder)


def _briefing_article_template(project: Path) -> Path:
    """Where the copied article template will be (the project is restored from its pristine copy)."""
    pristine = project.parent / f"pristine-{project.name}"
    candidates = sorted((pristine / "templates").glob("article*.html"))
    name = candidates[0].name if candidates else "article.html"
    return project / "templates" / name
