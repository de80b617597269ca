"""Plan and render every output file of the site.

Plans are produced lazily, one page at a time, so a large site never holds every
page's view (or rendered HTML of pages not yet written) longer than needed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

import jinja2
import jinja2.meta

from generator.config import Config
from generator.digest import ViewDigester
from generator.index import SiteIndex, article_path, entity_path
from generator.models import OutputFile
from generator.publish import SiteWriter
from generator.nlp.figures import KeyFigure
from generator.render.briefing import archive, day_links, day_view, theatre_articles, theatre_view
from generator.render.entity_page import entity_view
from generator.render.env import template_search_path
from generator.render.search import ShardPages, bundle_paths, search_available
from generator.render.views import KIND_LABELS, Catalog, article_view, build_catalog, card_of, entity_groups, theatre

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


def plan_pages(index: SiteIndex, cfg: Config, figures: Mapping[Path, tuple[KeyFigure, ...]] | None = None) -> Iterator[PagePlan]:
    """Every page and feed of the site, in a stable order; ``figures``: key figures already found, by source file."""
    catalog = build_catalog(index, figures)
    days = day_links(index)
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
    for position, link in enumerate(days):
        yield PagePlan(link.path, "day.html", {"day": day_view(index, catalog, days, position),
                                               "title": f"Briefing for {link.day:%-d %B %Y}", "home": False})
    yield from _theatre_plans(index, catalog)
    for enriched in index.articles:
        view = article_view(index, catalog, enriched)
        yield PagePlan(view.card.path, "article.html", {"article": view, "title": view.card.title,
                                                        "description": view.card.lede or view.card.summary})
    for ref in index.entities:
        yield from _entity_plans(index, catalog, ref)


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


def render_site(plans: Iterable[PagePlan], env: jinja2.Environment, cfg: Config, updated: dt.date,
                writer: SiteWriter, shared_key: str, shards: ShardPages) -> int:
    """Place every plan's page in ``writer``, then the sitemap and robots.txt; returns how many were rendered.

    A page is rendered only when no folder the writer reuses holds it under its key: a hash of
    ``shared_key`` (code, templates, settings), its template and everything in its view.
    """
    digester = ViewDigester()
    reads_date = _TemplatesReading(env, "updated")
    rendered = 0
    pages = []
    for plan in plans:
        dated = updated if reads_date(plan.template) else None  # the site's date changes daily; most pages never show it
        key = f"{shared_key}:{digester.digest((plan.rel_path, plan.template, dated, plan.view)).hex()}"
        rendered += writer.put(plan.rel_path, key, lambda plan=plan: _render(plan, env, cfg, updated))
        shards.add(plan.rel_path, key)
        if plan.rel_path.endswith(".html") and plan.rel_path not in NOT_IN_SITEMAP:
            pages.append(plan.rel_path)
    common = {"site": cfg.site, "base": cfg.site.base_url, "updated": updated}
    writer.put_bytes("sitemap.xml", env.get_template("sitemap.xml").render(common, pages=pages).encode("utf-8"))
    writer.put_bytes("robots.txt", env.get_template("robots.txt").render(common).encode("utf-8"))
    return rendered


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
