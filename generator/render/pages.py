"""Plan and render every output file of the site.

Plans are produced lazily, one page at a time, so a large site never holds every
page's view (or rendered HTML of pages not yet written) longer than needed.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import jinja2
import jinja2.meta

from generator.config import Config
from generator.digest import ViewDigester
from generator.errors import BriefingError, Diagnostic
from generator.index import SiteIndex, article_path, entity_path
from generator.models import EnrichedArticle, OutputFile
from generator.publish import SiteWriter
from generator.render.briefing import (
    DayLink,
    archive,
    day_links,
    day_view,
    theatre_articles,
    theatre_view,
)
from generator.render.entity_page import entity_view
from generator.render.env import template_search_path
from generator.render.search import ShardPages, bundle_paths, search_available
from generator.render.template_errors import template_error
from generator.render.views import (
    KIND_LABELS,
    Catalog,
    article_view,
    card_of,
    entity_groups,
    theatre,
)

Progress = Callable[[int, int, str], None]
STATIC_FOLDER = "static"
ENTITY_FEED_ENTRIES = 20
THEATRE_LIMIT = 100
NOT_IN_SITEMAP = ("404.html", "search.html")


@dataclass(frozen=True, slots=True)
class PagePlan:
    """One file to render: where it goes, which template, and what it shows."""

    rel_path: str
    template: str
    view: dict[str, Any]


def plan_pages(index: SiteIndex, catalog: Catalog, cfg: Config, part: int = 0, parts: int = 1) -> Iterator[tuple[int, PagePlan]]:
    """Every page and feed of the site, in a stable order, each with the number of the unit it belongs to.

    ``catalog``: the articles' cards and key figures (views.build_catalog). The site is planned in
    units (the fixed pages; each day; the theatres; each article; each entity's page and feed);
    with ``parts`` > 1 only every ``parts``-th unit from ``part`` on is planned, so that processes
    can share the work.
    """
    for number, unit in enumerate(_units(index, cfg, catalog)):
        if number % parts == part:
            for plan in unit():
                yield number, plan


def _units(index: SiteIndex, cfg: Config, catalog: Catalog) -> Iterator[Callable[[], Iterable[PagePlan]]]:
    days = day_links(index)
    yield lambda: _fixed_plans(index, cfg, catalog, days)
    for position, link in enumerate(days):
        yield lambda position=position, link=link: (PagePlan(
            link.path, "day.html", {"day": day_view(index, catalog, days, position),
                                    "title": f"Briefing for {link.day:%-d %B %Y}", "home": False}),)
    yield lambda: _theatre_plans(index, catalog)
    for enriched in index.articles:
        yield lambda enriched=enriched: (_article_plan(index, catalog, enriched),)
    for ref in index.entities:
        yield lambda ref=ref: _entity_plans(index, catalog, ref)


def _fixed_plans(index: SiteIndex, cfg: Config, catalog: Catalog, days: tuple[DayLink, ...]) -> Iterator[PagePlan]:
    latest = tuple(card_of(catalog, a) for a in index.articles[: cfg.home.articles])
    home = day_view(index, catalog, days, 0) if days else None
    yield PagePlan("index.html", "index.html", {"day": home, "title": cfg.site.title, "home": True})
    yield PagePlan("feed.xml", "feed.xml", {"articles": latest, "feed_title": cfg.site.title, "alternate": "index.html",
                                            "feed_updated": None})
    yield PagePlan("archive.html", "archive.html", {"years": archive(days), "title": "Archive"})
    yield PagePlan("entities.html", "entities.html", {"groups": entity_groups(index), "title": "Entities"})
    searchable = (*(article_path(a) for a in index.articles), *(entity_path(e) for e in index.entities.values()),
                  *(theatre(code).path for code in index.theatres))
    bundles = bundle_paths(searchable) if search_available() else ()
    yield PagePlan("search.html", "search.html", {"title": "Search", "search_enabled": bool(bundles), "search_bundles": bundles})
    yield PagePlan("404.html", "404.html", {"title": "Page not found"})


def _article_plan(index: SiteIndex, catalog: Catalog, enriched: EnrichedArticle) -> PagePlan:
    view = article_view(index, catalog, enriched)
    return PagePlan(view.card.path, "article.html", {"article": view, "title": view.card.title,
                                                     "description": view.card.lede or view.card.summary})


def _theatre_plans(index: SiteIndex, catalog: Catalog) -> Iterator[PagePlan]:
    theatres = []
    for code, articles in theatre_articles(index).items():
        view = theatre_view(catalog, code, articles, THEATRE_LIMIT)
        theatres.append(view)
        yield PagePlan(view.theatre.path, "theatre.html", {"theatre": view, "title": view.theatre.name})
    theatres.sort(key=lambda t: (-t.count, t.theatre.name))
    yield PagePlan("theatres/index.html", "theatres.html", {"theatres": tuple(theatres), "title": "Theatres"})


def _entity_plans(index: SiteIndex, catalog: Catalog, ref: Any) -> Iterator[PagePlan]:
    view = entity_view(index, catalog, ref)
    description = f"{view.kind_label} in {view.count} article{'s' if view.count != 1 else ''}, {view.first_seen} to {view.last_seen}."
    yield PagePlan(view.path, "entity.html", {"entity": view, "title": view.name, "description": description})
    yield PagePlan(view.feed_path, "feed.xml", {"articles": view.articles[:ENTITY_FEED_ENTRIES],
                                                "feed_title": view.name, "alternate": view.path,
                                                "feed_updated": view.last_seen})


@dataclass(frozen=True, slots=True)
class RenderJob:
    """What rendering the site needs; shared with worker processes by forking (nothing is pickled)."""

    index: SiteIndex
    catalog: Catalog
    cfg: Config
    env: jinja2.Environment
    updated: dt.date
    writer: SiteWriter
    shared_key: str  # code, templates and settings: what every page depends on


@dataclass(frozen=True, slots=True)
class _PartResult:
    entries: list[tuple[int, str, str, bool]]  # (unit, path, key, rendered) in plan order
    errors: tuple[Diagnostic, ...]


def render_site(job: RenderJob, shards: ShardPages, progress: Progress | None = None, workers: int = 1) -> int:
    """Place every page in ``job.writer``, then the sitemap and robots.txt; returns how many were rendered.

    A page is rendered only when no folder the writer reuses holds it under its key: a hash of
    ``job.shared_key``, its template and everything in its view. With ``workers`` > 1 (and a
    platform that forks) the site is planned, keyed and rendered by that many processes, each
    writing its pages into the staging folder; the pages' order, and so the sitemap, is the same.
    """
    global _FORKED_JOB
    # Forking is safe only from a process with one thread: `briefing serve` builds while its server threads run.
    parallel = (workers > 1 and len(job.index.articles) >= PARALLEL_RENDER_MIN and threading.active_count() == 1
                and "fork" in multiprocessing.get_all_start_methods())
    if parallel:
        parts = workers * 8  # small parts: progress to report, and no worker idles while another finishes a big one
        _FORKED_JOB = job
        try:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                results = []
                for result in pool.imap_unordered(_render_forked_part, [(part, parts) for part in range(parts)]):
                    results.append(result)
                    if progress is not None:
                        progress(len(results), parts, "rendering pages (parts)")
        finally:
            _FORKED_JOB = None
    else:
        results = [_render_part(job, 0, 1, progress)]
    errors = [error for result in results for error in result.errors]
    if errors:
        raise BriefingError(errors)
    entries = sorted((entry for result in results for entry in result.entries), key=lambda entry: entry[0])  # stable
    pages = []
    for _, rel_path, key, rendered in entries:
        if parallel:  # the workers' writers wrote the files; this one records them
            job.writer.adopt(rel_path, key, rendered)
        shards.add(rel_path, key)
        if rel_path.endswith(".html") and rel_path not in NOT_IN_SITEMAP:
            pages.append(rel_path)
    common = {"site": job.cfg.site, "base": job.cfg.site.base_url, "updated": job.updated}
    job.writer.put_bytes("sitemap.xml", job.env.get_template("sitemap.xml").render(common, pages=pages).encode("utf-8"))
    job.writer.put_bytes("robots.txt", job.env.get_template("robots.txt").render(common).encode("utf-8"))
    return sum(entry[3] for entry in entries)


PARALLEL_RENDER_MIN = 500  # articles; below this, starting workers costs more than it saves
_FORKED_JOB: RenderJob | None = None


def _render_forked_part(part: tuple[int, int]) -> _PartResult:
    global _WORKER_DIGESTER
    assert _FORKED_JOB is not None, "set before the workers were forked"
    if _WORKER_DIGESTER is None:  # one per worker: a card shown on pages of several parts is hashed once
        _WORKER_DIGESTER = ViewDigester()
    return _render_part(_FORKED_JOB, *part, digester=_WORKER_DIGESTER)


_WORKER_DIGESTER: ViewDigester | None = None


def _render_part(job: RenderJob, part: int, parts: int, progress: Progress | None = None,
                 digester: ViewDigester | None = None) -> _PartResult:
    """Plan, key and (where the key changed) render one part of the site."""
    digester = digester or ViewDigester()
    reads_date = _TemplatesReading(job.env, "updated")
    entries = []
    try:
        for unit, plan in plan_pages(job.index, job.catalog, job.cfg, part, parts):
            dated = job.updated if reads_date(plan.template) else None  # the site's date changes daily; most pages never show it
            key = f"{job.shared_key}:{digester.digest((plan.rel_path, plan.template, dated, plan.view)).hex()}"
            rendered = job.writer.put(plan.rel_path, key, lambda plan=plan: _render(plan, job.env, job.cfg, job.updated))
            entries.append((unit, plan.rel_path, key, rendered))
            if progress is not None and len(entries) % 500 == 0:
                progress(len(entries), 0, "rendering pages")
    except jinja2.TemplateError as exc:  # reported here: a worker's traceback does not survive the trip back
        return _PartResult([], tuple(template_error(exc, job.cfg.templates_dir, job.cfg.root).diagnostics))
    return _PartResult(entries, ())


class _TemplatesReading:
    """Whether a template (or any template it extends, includes or imports) reads a context variable."""

    def __init__(self, env: jinja2.Environment, name: str) -> None:
        self._env, self._name, self._known = env, name, {}

    def __call__(self, template: str) -> bool:
        if template not in self._known:
            self._known[template] = True  # while it is being worked out (templates may include each other)
            self._known[template] = self._reads(template)
        return self._known[template]

    def _reads(self, template: str) -> bool:
        source, filename, _ = self._env.loader.get_source(self._env, template)  # type: ignore[union-attr]
        parsed = self._env.parse(source, template, filename)  # named, so a syntax error says where
        if self._name in jinja2.meta.find_undeclared_variables(parsed):
            return True
        return any(other is None or self(other) for other in jinja2.meta.find_referenced_templates(parsed))


def _render(plan: PagePlan, env: jinja2.Environment, cfg: Config, updated: dt.date) -> bytes:
    context = {
        "site": cfg.site, "base": cfg.site.base_url, "updated": updated, "root": _root_prefix(plan.rel_path, cfg),
        "page_path": plan.rel_path, "kind_labels": KIND_LABELS, "description": cfg.site.description, **plan.view,
    }
    return env.get_template(plan.template).render(context).encode("utf-8")


def _root_prefix(rel_path: str, cfg: Config) -> str:
    """Relative path from a page back to the site root ('' at the root).

    404.html is served for missing URLs at any depth, so it needs absolute
    links when the published URL is known.
    """
    if rel_path == "404.html" and cfg.site.base_url:
        return cfg.site.base_url
    return "../" * rel_path.count("/")


def static_files(templates_dir: Path) -> list[OutputFile]:
    """Files under ``templates/static`` are copied as they are; the project's win over the packaged ones."""
    chosen: dict[str, Path] = {}
    for templates in reversed(template_search_path(templates_dir)):
        folder = templates / STATIC_FOLDER
        if folder.is_dir():
            chosen.update({p.relative_to(folder).as_posix(): p for p in folder.rglob("*") if p.is_file()})
    return [OutputFile(f"{STATIC_FOLDER}/{rel}", chosen[rel].read_bytes()) for rel in sorted(chosen)]
