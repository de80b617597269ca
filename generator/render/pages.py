"""Plan and render every output file of the site."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from generator.config import Config
from generator.index import SiteIndex, entity_path
from generator.models import OutputFile
from generator.render.env import template_search_path
from generator.render.views import KIND_LABELS, KIND_SINGULAR, EntityView, article_view, entity_groups

STATIC_FOLDER = "static"


@dataclass(frozen=True, slots=True)
class PagePlan:
    """One page to render: where it goes, which template, and what it shows."""

    rel_path: str
    template: str
    view: dict[str, Any]


def plan_pages(index: SiteIndex, cfg: Config) -> tuple[PagePlan, ...]:
    """Every page of the site, in a stable order."""
    latest = tuple(article_view(index, a, with_body=False) for a in index.articles[: cfg.home.articles])
    plans = [
        PagePlan("index.html", "index.html", {"articles": latest, "title": cfg.site.title}),
        PagePlan("entities.html", "entities.html", {"groups": entity_groups(index), "title": "Entities"}),
        PagePlan("404.html", "404.html", {"title": "Page not found"}),
    ]
    for enriched in index.articles:
        view = article_view(index, enriched, with_body=True)
        plans.append(PagePlan(view.path, "article.html", {"article": view, "title": view.title}))
    for ref, entity in index.entities.items():
        articles = tuple(article_view(index, a, with_body=False) for a in index.articles_by_entity[ref])
        view = EntityView(entity.name, entity.kind, KIND_SINGULAR[entity.kind], entity_path(entity), articles)
        plans.append(PagePlan(view.path, "entity.html", {"entity": view, "title": entity.name}))
    return tuple(plans)


def render_pages(plans: tuple[PagePlan, ...], env: jinja2.Environment, cfg: Config, updated: dt.date) -> list[OutputFile]:
    """Render HTML pages plus feed and sitemap."""
    files = []
    for plan in plans:
        root = _root_prefix(plan.rel_path, cfg)
        context = {"site": cfg.site, "root": root, "page_path": plan.rel_path, "kind_labels": KIND_LABELS, **plan.view}
        files.append(OutputFile(plan.rel_path, env.get_template(plan.template).render(context).encode("utf-8")))
    pages = [p.rel_path for p in plans if p.rel_path != "404.html"]
    common = {"site": cfg.site, "base": cfg.site.base_url, "updated": updated}
    articles = next(p.view["articles"] for p in plans if p.rel_path == "index.html")
    files.append(OutputFile("feed.xml", env.get_template("feed.xml").render(common, articles=articles).encode("utf-8")))
    files.append(OutputFile("sitemap.xml", env.get_template("sitemap.xml").render(common, pages=pages).encode("utf-8")))
    return files


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
