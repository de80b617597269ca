"""Stage 4: the site-wide index: unique entities, their articles, URL paths.

Entity pages live at ``<kind folder>/<slug>.html``. Two names that slugify the
same (``Sudan`` and ``SUDAN``) both keep a page: the later one, in sorted
order, gets a numbered slug.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

from generator.paths import safe_slug
from generator.models import ENTITY_KINDS, FRONT_MATTER_KEYS, EnrichedArticle, Entity, EntityRef
from generator.nlp.registry import Registry
from generator.nlp.resolve import describe

ENTITY_FOLDERS = FRONT_MATTER_KEYS  # person -> people/, place -> places/, organization -> organizations/


@dataclass(frozen=True, slots=True)
class SiteIndex:
    articles: tuple[EnrichedArticle, ...]  # newest first
    entities: Mapping[EntityRef, Entity]
    articles_by_entity: Mapping[EntityRef, tuple[EnrichedArticle, ...]]


def article_path(article: EnrichedArticle) -> str:
    """Site-relative path of an article page."""
    a = article.article
    return f"articles/{a.date:%Y}/{a.date:%m}/{a.slug}.html"


def entity_path(entity: Entity) -> str:
    return f"{ENTITY_FOLDERS[entity.kind]}/{entity.slug}.html"


def build_index(articles: tuple[EnrichedArticle, ...], registry: Registry = Registry()) -> SiteIndex:
    """Group articles by entity and give every entity a unique slug."""
    by_entity: dict[EntityRef, list[EnrichedArticle]] = defaultdict(list)
    for article in articles:
        for ref in article.entities:
            by_entity[ref].append(article)
    entities = _assign_slugs(sorted(by_entity, key=lambda r: (ENTITY_KINDS.index(r.kind), r.name.casefold(), r.name)), registry)
    return SiteIndex(
        articles=articles,
        entities=MappingProxyType(entities),
        articles_by_entity=MappingProxyType({ref: tuple(items) for ref, items in by_entity.items()}),
    )


def _assign_slugs(refs: list[EntityRef], registry: Registry) -> dict[EntityRef, Entity]:
    taken: set[tuple[str, str]] = set()
    entities: dict[EntityRef, Entity] = {}
    for ref in refs:
        base = safe_slug(ref.name, "entity")
        slug, number = base, 2
        while (ref.kind, slug) in taken:
            slug, number = f"{base}-{number}", number + 1
        taken.add((ref.kind, slug))
        d = describe(ref, registry)
        entities[ref] = Entity(
            slug=slug, name=ref.name, kind=ref.kind, aliases=(), country=d.country, latitude=d.latitude,
            longitude=d.longitude, description=d.description, wikidata=d.wikidata,
        )
    return entities
