"""View objects for templates: plain frozen values, paths relative to the site root.

Cards (what a list shows about an article) and key figures are computed once per
article in a ``Catalog`` and shared by every page that lists the article.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Iterable, Iterator, Mapping, Sequence

from slugify import slugify

from generator.index import (
    SiteIndex,
    article_path,
    entity_path,
    outlet_path,
    related_articles,
    same_story,
)
from generator.models import ENTITY_KINDS, FRONT_MATTER_KEYS, EnrichedArticle, EntityRef, KeyFigure
from generator.nlp.figure_totals import StoryFigure, counted_figures
from generator.nlp.figures import FIGURE_LABELS, FigureTotal
from generator.nlp.geo import country_name
from generator.render.body import EntityLink, link_first_mentions, markdown_to_html

KIND_LABELS = {"person": "People", "place": "Places", "organization": "Organisations"}
KIND_SINGULAR = {"person": "Person", "place": "Place", "organization": "Organisation"}
ELSEWHERE = "Elsewhere and international"


@dataclass(frozen=True, slots=True)
class EntityItem:
    name: str
    kind: str
    path: str
    count: int


@dataclass(frozen=True, slots=True)
class Tag:
    """An entity named on an article's card (no count: a card stays the same as other articles arrive)."""

    name: str
    kind: str
    path: str


@dataclass(frozen=True, slots=True)
class ArticleBody:
    """An article's body, turned into HTML only when a page showing it is rendered.

    Holds what the HTML is made from, so a page's key covers it without the Markdown being rendered.
    """

    body_md: str
    links: tuple[EntityLink, ...]

    def __html__(self) -> str:
        return link_first_mentions(markdown_to_html(self.body_md), self.links)

    def __str__(self) -> str:
        return self.__html__()


@dataclass(frozen=True, slots=True)
class LetterGroup:
    letter: str
    items: tuple[EntityItem, ...]
    path: str = ""  # the letter's own page, when its kind is too large for one page (then items is empty here)
    count: int = 0  # entities under the letter, on its own page


@dataclass(frozen=True, slots=True)
class EntityGroup:
    label: str
    kind: str
    items: tuple[EntityItem, ...]
    letters: tuple[LetterGroup, ...] = ()
    total: int = 0  # entities of this kind (items holds only the most named when full_list is set)
    full_list: str = ""  # the kind's own A-Z page, when this group lists only its most named
    letter: str = ""  # on a letter's own page (letter_pages): that letter, and items are its entities


@dataclass(frozen=True, slots=True)
class TagGroup:
    """An article's entities of one kind."""

    label: str
    kind: str
    items: tuple[Tag, ...]


@dataclass(frozen=True, slots=True)
class Theatre:
    code: str
    name: str
    path: str  # "" for articles with no known country


@dataclass(frozen=True, slots=True)
class FigureView:
    kind: str
    label: str
    value: int  # the conservative figure: a story's lowest report, a total of those
    sentence: str
    reports: int = 1  # articles it rests on
    high: int = 0  # the highest report (a total: of each story's highest); above value when reports differ
    stories: int = 1
    disputed: bool = False  # above figures.disputed_above: shown marked, never as a plain fact
    excluded: int = 0  # disputed totals left out of this one
    scope: str = "event"
    text: str = ""  # the number as written
    sources: tuple[FigureSourceView, ...] = ()  # a total's stories: each one's counted report and its sentence
    counted: bool = False  # an article's figure added to the day's and the country's totals (one per kind)


@dataclass(frozen=True, slots=True)
class FigureSourceView:
    """One story behind a total: its counted figure, the article that reported it, the sentence it was read from."""

    value: int
    kind: str
    sentence: str
    card: ArticleCard
    counted: bool = True  # False: taken as the same event as another story's report, not added


@dataclass(frozen=True, slots=True)
class QuotedFigures:
    sentence: str
    figures: tuple[FigureView, ...]


@dataclass(frozen=True, slots=True)
class ArticleCard:
    title: str
    path: str
    date: dt.date
    source: str
    dateline: str
    lede: str
    summary: str
    summary_rest: str  # the summary without the lede it often starts with, so lists do not repeat it
    theatre: Theatre
    tags: tuple[Tag, ...]
    story: str
    date_guessed: bool = False  # ``date`` is the day it was ingested: shown as such, on no day page
    source_path: str = ""  # the source's page
    source_profile: str = ""  # "Iranian state-affiliated news agency" (from the source registry)
    author: str = ""  # the byline ingest read ("Steve Holland"), shown on the article's page


@dataclass(frozen=True, slots=True)
class ArticleView:
    card: ArticleCard
    source_url: str
    key_points: tuple[str, ...]
    body_html: ArticleBody
    entity_groups: tuple[TagGroup, ...]
    figures: tuple[QuotedFigures, ...]  # this story's figures, grouped by the sentence they come from
    related: tuple[ArticleCard, ...]
    same_story: tuple[ArticleCard, ...]
    background: tuple[QuotedFigures, ...] = ()  # running totals, history: shown apart, never as the story's figures


@dataclass(frozen=True, slots=True)
class Catalog:
    """Per-article values computed once: cards and key figures, by article path."""

    cards: Mapping[str, ArticleCard]
    figures: Mapping[str, tuple[KeyFigure, ...]]
    items: Mapping[EntityRef, EntityItem]  # one per entity, shared by every page listing it
    figure_ceiling: int | None = None  # figures.disputed_above: a larger killed or wounded total is disputed


@lru_cache(maxsize=None)  # a few hundred codes; called for every article's card at every build
def theatre(code: str) -> Theatre:
    if not code:
        return Theatre("", ELSEWHERE, "")
    name = country_name(code)
    return Theatre(code, name, f"theatres/{slugify(name) or code.lower()}.html")


def build_catalog(index: SiteIndex, figure_ceiling: int | None = None) -> Catalog:
    """Cards and key figures of every article (``figure_ceiling``: figures.disputed_above)."""
    cards, figures = {}, {}
    for enriched in index.articles:
        path = article_path(enriched)
        cards[path] = _card(index, enriched, path)
        figures[path] = enriched.figures
    items = {ref: EntityItem(e.name, ref.kind, entity_path(e), len(index.articles_by_entity[ref]))
             for ref, e in index.entities.items()}
    return Catalog(MappingProxyType(cards), MappingProxyType(figures), MappingProxyType(items), figure_ceiling)


def _card(index: SiteIndex, enriched: EnrichedArticle, path: str) -> ArticleCard:
    a = enriched.article
    outlet = index.outlets.get(a.source) if a.source else None
    return ArticleCard(
        title=a.title, path=path, date=a.date, source=a.source, dateline=a.dateline,
        lede=enriched.lede, summary=enriched.summary, summary_rest=_without_lede(enriched.summary, enriched.lede),
        theatre=theatre(index.theatre[path]), story=enriched.story,
        tags=tuple(Tag(ref.name, ref.kind, entity_path(index.entities[ref])) for ref in enriched.entities[:6]),
        date_guessed=a.date_guessed,
        source_path=outlet_path(outlet) if outlet else "", source_profile=outlet.profile if outlet else "", author=a.author,
    )


def _without_lede(summary: str, lede: str) -> str:
    if lede and summary.startswith(lede):
        return summary[len(lede):].strip()
    return "" if summary == lede else summary


def card_of(catalog: Catalog, enriched: EnrichedArticle) -> ArticleCard:
    return catalog.cards[article_path(enriched)]


def figure_views(figures: tuple[KeyFigure, ...]) -> tuple[FigureView, ...]:
    """An article's figures, each mention once (a repeated headline restates the same figure); the one of each kind
    that the totals count is marked, so a reader of "23 killed" beside "2 killed" sees which one was added."""
    counted = {(f.kind, f.value, f.sentence, f.text) for f in counted_figures(figures).values()}
    unique = dict.fromkeys((f.kind, f.value, f.sentence, f.text, f.scope) for f in figures)
    return tuple(FigureView(kind, FIGURE_LABELS[kind], value, sentence, high=value, scope=scope, text=text,
                            counted=(kind, value, sentence, text) in counted)
                 for kind, value, sentence, text, scope in unique)


def total_views(totals: tuple[FigureTotal, ...], reporters: Mapping[KeyFigure, ArticleCard] | None = None) -> tuple[FigureView, ...]:
    """Totals as shown; with ``reporters`` (which article stated each figure) each lists the stories it came from."""
    return tuple(FigureView(t.kind, FIGURE_LABELS[t.kind], t.value, "", t.reports, t.high, t.stories, t.disputed, t.excluded,
                            sources=_source_views(t, reporters or {}))
                 for t in totals)


def _source_views(total: FigureTotal, reporters: Mapping[KeyFigure, ArticleCard]) -> tuple[FigureSourceView, ...]:
    return tuple(FigureSourceView(s.figure.value, s.figure.kind, s.figure.sentence, reporters[s.figure], s.counted)
                 for s in total.sources if s.figure in reporters)


def reporters_of(catalog: Catalog, articles: Iterable[EnrichedArticle]) -> dict[KeyFigure, ArticleCard]:
    """Which of these articles stated each figure (the first, when two state the same sentence)."""
    found: dict[KeyFigure, ArticleCard] = {}
    for article in articles:
        card = card_of(catalog, article)
        for figure in catalog.figures[card.path]:
            found.setdefault(figure, card)
    return found


def story_figure_views(figures: tuple[StoryFigure, ...]) -> tuple[FigureView, ...]:
    return tuple(FigureView(f.kind, FIGURE_LABELS[f.kind], f.value, "", f.reports, f.high) for f in figures)


def article_view(index: SiteIndex, catalog: Catalog, enriched: EnrichedArticle) -> ArticleView:
    """Everything the article page shows."""
    a = enriched.article
    path = article_path(enriched)
    depth_prefix = "../" * path.count("/")
    links = tuple(
        EntityLink(depth_prefix + entity_path(index.entities[ref]), ref.kind, forms)
        for ref, forms in enriched.surface_forms
    )
    # Named without their counts of articles: a count changes whenever an article naming the entity comes or
    # goes, and would change every page naming it (the entity's own page shows it).
    tags = tuple(Tag(ref.name, ref.kind, entity_path(index.entities[ref])) for ref in enriched.entities)
    groups = tuple(TagGroup(KIND_LABELS[kind], kind, tuple(t for t in tags if t.kind == kind))
                   for kind in ENTITY_KINDS if any(t.kind == kind for t in tags))
    return ArticleView(
        card=catalog.cards[path], source_url=a.source_url, key_points=enriched.key_points,
        body_html=ArticleBody(a.body_md, links), entity_groups=groups,
        figures=_quoted(tuple(f for f in figure_views(catalog.figures[path]) if f.scope != "background")),
        related=tuple(card_of(catalog, r) for r in related_articles(index, enriched)),
        same_story=tuple(card_of(catalog, s) for s in same_story(index, enriched)),
        background=_quoted(tuple(f for f in figure_views(catalog.figures[path]) if f.scope == "background")),
    )


def _quoted(figures: tuple[FigureView, ...]) -> tuple[QuotedFigures, ...]:
    by_sentence: dict[str, list[FigureView]] = {}
    for figure in figures:
        by_sentence.setdefault(figure.sentence, []).append(figure)
    return tuple(QuotedFigures(sentence, tuple(items)) for sentence, items in by_sentence.items())


def entity_groups(index: SiteIndex, *, overview: bool = False) -> tuple[EntityGroup, ...]:
    """Every entity, grouped by kind, A-Z within a kind, with letter sub-groups. A kind of more than OVERVIEW_ALL
    entities lists only its MOST_NAMED most named: in the ``overview`` (the entities page) with a link to the kind's
    own page, and on the kind's own page with its letters, each a page of its own (letter_pages). The whole list of
    a year's desk is megabytes a reader on a phone would wait for."""
    groups = []
    for kind, items in _kinds(index):
        if len(items) <= OVERVIEW_ALL:
            groups.append(EntityGroup(KIND_LABELS[kind], kind, items, _by_letter(items), len(items)))
            continue
        most = tuple(sorted(items, key=lambda item: -item.count)[:MOST_NAMED])
        if overview:
            groups.append(EntityGroup(KIND_LABELS[kind], kind, most, (), len(items), f"{FRONT_MATTER_KEYS[kind]}/index.html"))
        else:
            letters = tuple(LetterGroup(group.letter, (), letter_page_path(kind, group.letter), len(group.items))
                            for group in _by_letter(items))
            groups.append(EntityGroup(KIND_LABELS[kind], kind, most, letters, len(items)))
    return tuple(groups)


def letter_pages(index: SiteIndex) -> tuple[tuple[str, EntityGroup], ...]:
    """``(path, group)`` of a page per first letter of each kind too large for one page (see entity_groups): the
    group holds that letter's entities, A-Z, and links to the kind's other letters."""
    pages: list[tuple[str, EntityGroup]] = []
    for kind, items in _kinds(index):
        if len(items) <= OVERVIEW_ALL:
            continue
        by_letter = _by_letter(items)
        links = tuple(LetterGroup(group.letter, (), letter_page_path(kind, group.letter), len(group.items)) for group in by_letter)
        pages.extend((link.path, EntityGroup(KIND_LABELS[kind], kind, group.items, links, len(items), letter=group.letter))
                     for group, link in zip(by_letter, links))
    return tuple(pages)


def letter_page_path(kind: str, letter: str) -> str:
    """'people/a-z/a.html'; names that open with no letter: 'people/a-z/other.html'. In a folder of its own: an
    entity's page is '<kind folder>/<slug>.html', which no letter page can then take."""
    return f"{FRONT_MATTER_KEYS[kind]}/a-z/{letter.lower() if letter.isalpha() else 'other'}.html"


def _kinds(index: SiteIndex) -> Iterator[tuple[str, tuple[EntityItem, ...]]]:
    """Each kind with entities, and its entities A-Z."""
    for kind in ENTITY_KINDS:
        items = tuple(sorted(
            (EntityItem(e.name, kind, entity_path(e), len(index.articles_by_entity[ref]))
             for ref, e in index.entities.items() if ref.kind == kind),
            key=lambda item: (item.name.casefold(), item.name),
        ))
        if items:
            yield kind, items


OVERVIEW_ALL = 300  # entities of one kind the entities page lists in full
MOST_NAMED = 60  # of a larger kind, the entities page lists this many, most named first


@lru_cache(maxsize=4096)  # called for every entity at every build; few distinct first characters
def _letter(first: str) -> str:
    return slugify(first).upper()[:1]


def _by_letter(items: Sequence[EntityItem]) -> tuple[LetterGroup, ...]:
    letters: dict[str, list[EntityItem]] = {}
    for item in items:
        first = _letter(item.name[:1])
        letters.setdefault(first if first.isalpha() else "#", []).append(item)
    return tuple(LetterGroup(letter, tuple(letters[letter])) for letter in sorted(letters, key=lambda x: (x == "#", x)))
