"""What an entity page shows: facts, a mentions-over-time chart, a map for places,
its articles newest first, and the entities it appears with."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from markupsafe import Markup

from generator.index import SiteIndex, co_occurring, entity_path, timeline_counts
from generator.models import PLACE, EnrichedArticle, EntityRef
from generator.render.charts import mentions_chart
from generator.render.views import (
    KIND_SINGULAR,
    ArticleCard,
    Catalog,
    EntityItem,
    Theatre,
    card_of,
    theatre,
)
from generator.render.where import place_map

FULL_CARDS = 50  # newest articles shown with their lede
LISTED_TITLES = 500  # older articles listed by title only; the rest are on the day pages
APPEARS_WITH = 15  # co-occurring entities listed
ALIAS_SCAN, MAX_ALIASES = 200, 8


@dataclass(frozen=True, slots=True)
class EntityView:
    name: str
    kind: str
    kind_label: str
    path: str
    feed_path: str
    aliases: tuple[str, ...]
    description: str
    theatre: Theatre | None
    count: int
    first_seen: dt.date
    last_seen: dt.date
    chart: Markup
    map: Markup
    articles: tuple[ArticleCard, ...]
    older: tuple[ArticleCard, ...]
    appears_with: tuple[EntityItem, ...]


def feed_path(entity_page_path: str) -> str:
    return entity_page_path.removesuffix(".html") + ".xml"


def entity_view(index: SiteIndex, catalog: Catalog, ref: EntityRef) -> EntityView:
    entity = index.entities[ref]
    articles = index.articles_by_entity[ref]
    dated = tuple(a for a in articles if not a.article.date_guessed) or articles  # a guessed date says nothing of when
    cards = tuple(card_of(catalog, a) for a in articles[: FULL_CARDS + LISTED_TITLES])
    path = entity_path(entity)
    together = co_occurring(index, ref, limit=40)
    return EntityView(
        name=entity.name, kind=ref.kind, kind_label=KIND_SINGULAR[ref.kind], path=path, feed_path=feed_path(path),
        aliases=entity.aliases or _written_as(ref, articles), description=entity.description,
        theatre=_country(index, entity.country),
        count=len(articles), first_seen=dated[-1].article.date, last_seen=dated[0].article.date,
        chart=mentions_chart(*timeline_counts(articles), f"Articles mentioning {entity.name}"),
        map=place_map(index, entity, together, "../" * path.count("/")) if entity.kind == PLACE else Markup(""), articles=cards[:FULL_CARDS], older=cards[FULL_CARDS:],
        appears_with=tuple(EntityItem(other.name, other.kind, entity_path(index.entities[other]), shared)
                           for other, shared in together[:APPEARS_WITH]),
    )


def _country(index: SiteIndex, code: str) -> Theatre | None:
    """The entity's country, linked to its theatre page when it has one."""
    if not code:
        return None
    known = theatre(code)
    return known if code in index.theatres else Theatre(known.code, known.name, "")


def _written_as(ref: EntityRef, articles: tuple[EnrichedArticle, ...]) -> tuple[str, ...]:
    """Other spellings the articles use for this entity (from the newest articles); a possessive whose
    apostrophe the copy lost ("Aleppos") is no spelling of the name."""
    forms: dict[str, None] = {}
    name = ref.name.casefold()
    for article in articles[:ALIAS_SCAN]:
        for other, surface in article.surface_forms:
            if other == ref:
                forms.update(dict.fromkeys(f for f in surface if f.casefold() not in (name, name + "s")))
    return tuple(sorted(forms, key=str.casefold))[:MAX_ALIASES]
