"""View objects for templates: plain frozen values, paths relative to the site root."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.index import SiteIndex, article_path, entity_path
from generator.models import ENTITY_KINDS, EnrichedArticle, Entity
from generator.render.body import EntityLink, link_first_mentions, markdown_to_html

KIND_LABELS = {"person": "People", "place": "Places", "organization": "Organisations"}
KIND_SINGULAR = {"person": "Person", "place": "Place", "organization": "Organisation"}


@dataclass(frozen=True, slots=True)
class EntityItem:
    name: str
    kind: str
    path: str
    count: int


@dataclass(frozen=True, slots=True)
class EntityGroup:
    label: str
    kind: str
    items: tuple[EntityItem, ...]


@dataclass(frozen=True, slots=True)
class ArticleView:
    title: str
    path: str
    date: dt.date
    source: str
    dateline: str
    source_url: str
    lede: str
    summary: str
    key_points: tuple[str, ...]
    body_html: str
    entity_groups: tuple[EntityGroup, ...]


@dataclass(frozen=True, slots=True)
class EntityView:
    name: str
    kind: str
    kind_label: str
    path: str
    articles: tuple[ArticleView, ...]


def article_view(index: SiteIndex, enriched: EnrichedArticle, *, with_body: bool) -> ArticleView:
    """Everything a template shows about one article."""
    a = enriched.article
    path = article_path(enriched)
    depth_prefix = "../" * path.count("/")
    body = ""
    if with_body:
        links = tuple(
            EntityLink(depth_prefix + entity_path(index.entities[ref]), ref.kind, forms)
            for ref, forms in enriched.surface_forms
        )
        body = link_first_mentions(markdown_to_html(a.body_md), links)
    groups = []
    for kind in ENTITY_KINDS:
        items = tuple(
            EntityItem(ref.name, kind, entity_path(index.entities[ref]), len(index.articles_by_entity[ref]))
            for ref in enriched.entities if ref.kind == kind
        )
        if items:
            groups.append(EntityGroup(KIND_LABELS[kind], kind, items))
    return ArticleView(
        title=a.title, path=path, date=a.date, source=a.source, dateline=a.dateline, source_url=a.source_url,
        lede=enriched.lede, summary=enriched.summary, key_points=enriched.key_points, body_html=body,
        entity_groups=tuple(groups),
    )


def entity_groups(index: SiteIndex) -> tuple[EntityGroup, ...]:
    """Every entity, grouped by kind, A-Z within a kind."""
    groups = []
    for kind in ENTITY_KINDS:
        items = sorted(
            (EntityItem(e.name, kind, entity_path(e), len(index.articles_by_entity[ref]))
             for ref, e in index.entities.items() if ref.kind == kind),
            key=lambda item: (item.name.casefold(), item.name),
        )
        if items:
            groups.append(EntityGroup(KIND_LABELS[kind], kind, tuple(items)))
    return tuple(groups)
