"""What a source's page shows: who the outlet is (kind, country, profile), what it covered (countries,
articles newest first), and the stories it shares with other outlets where their figures differ.

A reader weighs a report by who made it; this page says who, from the source registry
(``generator.outlets``), and shows where the outlet's numbers part from the others' on one story.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from generator.index import SiteIndex, outlet_path
from generator.models import EnrichedArticle, KeyFigure
from generator.nlp.figure_totals import article_figures
from generator.nlp.figures import FIGURE_LABELS
from generator.nlp.geo import country_name
from generator.outlets import KINDS, Outlet
from generator.render.views import ArticleCard, Catalog, Theatre, card_of, theatre

FULL_CARDS = 50  # newest articles shown with their lede
LISTED_TITLES = 500  # older ones by title only; the rest are on the day pages
COUNTRIES = 12  # countries covered, most articles first
SHARED_STORIES = 30  # stories whose figures differ, newest first


@dataclass(frozen=True, slots=True)
class CountryCount:
    theatre: Theatre
    count: int


@dataclass(frozen=True, slots=True)
class ReportedFigure:
    label: str
    kind: str
    value: int


@dataclass(frozen=True, slots=True)
class Report:
    card: ArticleCard
    figures: tuple[ReportedFigure, ...]


@dataclass(frozen=True, slots=True)
class SharedStory:
    """One event this outlet and others reported, with each report's figures (they differ)."""

    mine: Report
    others: tuple[Report, ...]


@dataclass(frozen=True, slots=True)
class OutletView:
    name: str
    path: str
    profile: str
    kind_label: str
    country: str
    domains: tuple[str, ...]
    known: bool  # the registry has an entry for it
    count: int
    first_seen: dt.date | None
    last_seen: dt.date | None
    countries: tuple[CountryCount, ...]
    articles: tuple[ArticleCard, ...]
    older: tuple[ArticleCard, ...]
    shared: tuple[SharedStory, ...]


@dataclass(frozen=True, slots=True)
class OutletItem:
    name: str
    path: str
    profile: str
    count: int


def outlet_items(index: SiteIndex) -> tuple[OutletItem, ...]:
    """Every source, most articles first: the sources index."""
    items = (OutletItem(o.name, outlet_path(o), o.profile, len(index.articles_by_source[name])) for name, o in index.outlets.items())
    return tuple(sorted(items, key=lambda item: (-item.count, item.name.casefold())))


def outlet_view(index: SiteIndex, catalog: Catalog, name: str) -> OutletView:
    outlet = index.outlets[name]
    articles = index.articles_by_source[name]
    dated = [a.article.date for a in articles if not a.article.date_guessed]
    cards = tuple(card_of(catalog, a) for a in articles[: FULL_CARDS + LISTED_TITLES])
    return OutletView(
        name=outlet.name, path=outlet_path(outlet), profile=outlet.profile, kind_label=KINDS.get(outlet.kind, ""),
        country=country_name(outlet.country) if outlet.country else "", domains=outlet.domains,
        known=bool(outlet.kind), count=len(articles), first_seen=min(dated, default=None), last_seen=max(dated, default=None),
        countries=_countries(index, catalog, articles), articles=cards[:FULL_CARDS], older=cards[FULL_CARDS:],
        shared=_shared_stories(index, catalog, outlet, articles),
    )


def _countries(index: SiteIndex, catalog: Catalog, articles: tuple[EnrichedArticle, ...]) -> tuple[CountryCount, ...]:
    counts = Counter(card_of(catalog, a).theatre.code for a in articles)
    counts.pop("", None)
    return tuple(CountryCount(theatre(code), n) for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:COUNTRIES])


def _shared_stories(index: SiteIndex, catalog: Catalog, outlet: Outlet, articles: tuple[EnrichedArticle, ...]) -> tuple[SharedStory, ...]:
    """Stories this outlet shares with other outlets where a kind of figure both report differs."""
    shared = []
    for article in articles:
        members = index.articles_by_story.get(article.story, ()) if article.story else ()
        others = [m for m in members if m.article.source and m.article.source != outlet.name]
        if not others:
            continue
        mine = _reported(catalog.figures[card_of(catalog, article).path])
        theirs = [(m, _reported(catalog.figures[card_of(catalog, m).path])) for m in others]
        if any(kind in figures and figures[kind] != value for _, figures in theirs for kind, value in mine.items()):
            shared.append(SharedStory(_report(catalog, article, mine), tuple(_report(catalog, m, f) for m, f in theirs)))
            if len(shared) == SHARED_STORIES:
                break
    return tuple(shared)


def _reported(figures: tuple[KeyFigure, ...]) -> dict[str, int]:
    """An article's figure of each kind, as the day's totals count it (its first event figure)."""
    return article_figures(figures)


def _report(catalog: Catalog, article: EnrichedArticle, figures: dict[str, int]) -> Report:
    return Report(card_of(catalog, article), tuple(ReportedFigure(FIGURE_LABELS[k], k, v) for k, v in sorted(figures.items())))
