"""``briefing check`` over ``content/``: the editor's checklist before publishing.

Errors: an article that does not load (no date, bad front matter), a broken
content/sources.yml. Warnings: articles without a source or with one the source
registry does not know, guessed dates, an article with no entities, a date in the
future, the same story twice, an entity name that looks like extraction noise,
a day's casualty total above figures.disputed_above (shown disputed on the site),
and the editorial slips of ``editorial.py`` (a person never introduced, furniture
in a summary, a story whose reports disagree, a body that repeats its headline).
Each finding is one place; the report groups them by rule.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from generator.commands.check.duplicates import duplicate_findings, noise_findings, noise_reason
from generator.commands.check.editorial import ArticleFile, editorial_findings, story_findings
from generator.commands.check.findings import Finding, finding, from_diagnostic
from generator.config import Config
from generator.content import article_from_document
from generator.content.archive import read_archive
from generator.errors import BriefingError
from generator.incremental.fingerprint import code_fingerprint
from generator.incremental.layout import CacheLayout
from generator.index import SiteIndex, article_path, build_index
from generator.models import Article, EnrichedArticle
from generator.nlp.enrich import enrich_articles
from generator.nlp.figures import total_figures
from generator.nlp.geo import country_name
from generator.nlp.registry import load_registry
from generator.nlp.resolve import resolve_articles
from generator.outlets import Outlets, load_outlets

__all__ = ["check_content", "noise_reason"]


def check_content(cfg: Config, *, today: dt.date | None = None) -> list[Finding]:
    """Every content finding, in a stable order (by rule, then by file)."""
    articles, findings = _load_each(cfg)
    today = today or dt.date.today()
    outlets, findings_of_registry = _outlets(cfg)
    index = _index(articles, cfg, outlets)
    files = {str(e.article.path): ArticleFile(e, _shown(e.article.path, cfg.root), article_path(e)) for e in index.articles}
    findings += findings_of_registry
    for item in sorted(files.values(), key=lambda f: f.shown):
        findings += _article_findings(item, outlets, today)
        findings += editorial_findings(item)
    findings += story_findings(index, files)
    findings += duplicate_findings(articles, files)
    findings += noise_findings(index.articles, files)
    findings += disputed_findings(index, files, cfg.figures.disputed_above)
    return findings


def disputed_findings(index: SiteIndex, files: dict[str, ArticleFile], ceiling: int) -> list[Finding]:
    """A day's killed or wounded total for one country above ``ceiling``: the site marks it disputed.

    Named at the article with the largest figure in it (most often a running total read as news).
    """
    found = []
    for day, articles in sorted(index.articles_by_day.items()):
        by_theatre: dict[str, list[EnrichedArticle]] = defaultdict(list)
        for article in articles:
            by_theatre[index.theatre[article_path(article)]].append(article)
        for code, items in sorted(by_theatre.items()):
            stated = {figure: article for article in items for figure in article.figures}
            for total in total_figures([(a.story or article_path(a), a.figures) for a in items], ceiling):
                if not total.disputed:
                    continue
                largest = max((s.figure for s in total.sources), key=lambda f: f.value)
                item = files[str(stated[largest].article.path)]
                stories = f"{total.stories} {'story' if total.stories == 1 else 'stories'}"
                found.append(finding("disputed-figure", item.shown, None,
                                     f"{day.isoformat()}: {total.value:,} {total.kind} in {country_name(code) if code else 'no country'} "
                                     f"from {stories} is above figures.disputed_above ({ceiling:,}) and is shown as disputed; the largest, "
                                     f"{largest.value:,}, reads \"{largest.sentence[:90]}\"", page=item.page))
    return found


def _article_findings(item: ArticleFile, outlets: Outlets, today: dt.date) -> list[Finding]:
    """The front-matter rules of one article: source, date, entities."""
    a, shown, page = item.enriched.article, item.shown, item.page
    found = []
    if not a.source:
        found.append(finding("no-source", shown, None, "no source: readers cannot tell who reported it", page=page))
    elif outlets.find(a.source) is None:
        found.append(finding("unknown-source", shown, item.line_of("source:"), f"source '{a.source}' is not in the source registry", page=page))
    if a.date_guessed:
        found.append(finding("guessed-date", shown, item.line_of("date:"),
                             f"dated {a.date.isoformat()}, the day it was ingested: no date was found in the text", page=page))
    elif a.date > today:
        found.append(finding("future-date", shown, item.line_of("date:"), f"dated {a.date.isoformat()}, in the future", page=page))
    if not item.enriched.entities:
        found.append(finding("no-entities", shown, None, "no people, places or organisations found", page=page))
    return found


def _outlets(cfg: Config) -> tuple[Outlets, list[Finding]]:
    """content/sources.yml, or its problems (file:line) and an empty registry."""
    try:
        return load_outlets(cfg.content_dir), []
    except BriefingError as error:
        return Outlets(), [from_diagnostic("source-registry", d, _shown(Path(d.path), cfg.root)) for d in error.diagnostics]


def _index(articles: list[Article], cfg: Config, outlets: Outlets) -> SiteIndex:
    """The articles as the build sees them: NLP, entities resolved across the site, stories, theatres."""
    registry = load_registry(cfg.content_dir)
    return build_index(resolve_articles(enrich_articles(articles, cfg), registry), registry, outlets)


def _load_each(cfg: Config) -> tuple[list[Article], list[Finding]]:
    """Every article that loads, and a finding for each one that does not (one broken file hides nothing)."""
    archive = read_archive(cfg.articles_dir, cfg.root, CacheLayout.of(cfg.root).articles, code_fingerprint(), article_from_document)
    return archive.articles(), [from_diagnostic("unloadable", d, d.path) for d in archive.problems()]


def _shown(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)
