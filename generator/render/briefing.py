"""The briefing views: one day's articles grouped by theatre, the archive, theatre pages.

A theatre is the country where an article's action happened (``index.theatre``); theatres and
stories are ordered by weight (people killed, outlets, other people counted, reports). Key figures are
summed per theatre and day with ``total_figures``: each story counts once, at the lowest
of its reports (the range and the number of reports are kept), background figures never;
the day's total adds the theatres' totals. A killed or wounded total above
``figures.disputed_above`` is marked disputed.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from markupsafe import Markup

from generator.index import SiteIndex, article_path, timeline_counts
from generator.models import EnrichedArticle
from generator.nlp.figure_totals import CHECKED, FigureSource, StoryFigure, story_figures
from generator.nlp.figures import ADDITIVE, FIGURE_LABELS, PEOPLE_COUNTS, FigureTotal, total_figures
from generator.render.charts import mentions_chart
from generator.render.views import (
    ArticleCard,
    Catalog,
    FigureView,
    Theatre,
    card_of,
    reporters_of,
    story_figure_views,
    theatre,
    total_views,
)

EARLIER_DAYS = 7


@dataclass(frozen=True, slots=True)
class StoryCards:
    """One story: the first report in full, the other outlets' reports as links, its figures (lowest report, range)."""

    card: ArticleCard
    also: tuple[ArticleCard, ...]
    figures: tuple[FigureView, ...] = ()


@dataclass(frozen=True, slots=True)
class TheatreSection:
    theatre: Theatre
    stories: tuple[StoryCards, ...]
    count: int
    figures: tuple[FigureView, ...]


def group_stories(cards: tuple[ArticleCard, ...], catalog: Catalog | None = None) -> tuple[StoryCards, ...]:
    """The cards grouped by story, heaviest story first (``story_weight``)."""
    grouped: dict[str, list[ArticleCard]] = {}
    for card in cards:
        grouped.setdefault(card.story or card.path, []).append(card)
    figures = story_figures([(key, catalog.figures[card.path]) for key, items in grouped.items() for card in items]) if catalog else {}
    ordered = sorted(grouped, key=lambda key: (story_weight(figures.get(key, ()), grouped[key]), grouped[key][0].title.casefold(), key))
    return tuple(StoryCards(grouped[key][0], tuple(grouped[key][1:]), story_figure_views(figures.get(key, ()))) for key in ordered)


def story_weight(figures: tuple[StoryFigure, ...], cards: list[ArticleCard]) -> tuple[int, int, int, int]:
    """A sort key, heaviest first: people killed (the story's lowest report), outlets reporting it,
    other people counted (wounded, displaced, detained, missing), reports."""
    values = {f.kind: f.value for f in figures}
    outlets = len({card.source for card in cards if card.source}) or 1
    others = sum(values.get(kind, 0) for kind in PEOPLE_COUNTS if kind != "killed")
    return -values.get("killed", 0), -outlets, -others, -len(cards)


def theatre_weight(totals: tuple[FigureTotal, ...], articles: list[EnrichedArticle], ceiling: int | None) -> tuple[int, int, int, int]:
    """A sort key, heaviest theatre first: people killed (the conservative day total, a disputed one
    counted at the ceiling), outlets reporting from it, other people counted, articles."""
    def value(total: FigureTotal) -> int:
        return min(total.value, ceiling) if total.disputed and ceiling is not None else total.value
    killed = sum(value(t) for t in totals if t.kind == "killed")
    others = sum(value(t) for t in totals if t.kind in PEOPLE_COUNTS and t.kind != "killed")
    outlets = len({a.article.source for a in articles if a.article.source}) or 1
    return -killed, -outlets, -others, -len(articles)


@dataclass(frozen=True, slots=True)
class DayLink:
    day: dt.date
    path: str
    count: int


@dataclass(frozen=True, slots=True)
class DayView:
    link: DayLink
    sections: tuple[TheatreSection, ...]  # heaviest theatre first
    figures: tuple[FigureView, ...]  # the day's totals over all theatres
    newer: DayLink | None
    older: DayLink | None
    earlier: tuple[DayLink, ...]  # the days before this one, newest first


@dataclass(frozen=True, slots=True)
class MonthGroup:
    month: dt.date
    days: tuple[DayLink, ...]
    count: int


@dataclass(frozen=True, slots=True)
class YearGroup:
    year: int
    months: tuple[MonthGroup, ...]
    count: int


def day_path(day: dt.date) -> str:
    return f"days/{day:%Y}/{day:%m}/{day:%d}.html"


def day_links(index: SiteIndex) -> tuple[DayLink, ...]:
    """Every day with articles, newest first."""
    return tuple(DayLink(day, day_path(day), len(items)) for day, items in index.articles_by_day.items())


def story_key(article: EnrichedArticle) -> str:
    return article.story or article_path(article)


def theatre_totals(catalog: Catalog, articles: tuple[EnrichedArticle, ...]) -> tuple[FigureTotal, ...]:
    return total_figures([(story_key(a), catalog.figures[article_path(a)]) for a in articles], catalog.figure_ceiling)


def day_view(index: SiteIndex, catalog: Catalog, days: tuple[DayLink, ...], position: int) -> DayView:
    """One day's briefing: theatres, and the stories in each, heaviest first (``theatre_weight``,
    ``story_weight``); articles of no known theatre last."""
    link = days[position]
    articles = index.articles_by_day[link.day]
    reporters = reporters_of(catalog, articles)  # each total lists the stories and sentences it came from
    by_theatre: dict[str, list[EnrichedArticle]] = {}
    for article in articles:
        by_theatre.setdefault(index.theatre[article_path(article)], []).append(article)
    totals_of = {code: theatre_totals(catalog, tuple(items)) for code, items in by_theatre.items()}
    ordered = sorted(by_theatre, key=lambda code: (code == "", theatre_weight(totals_of[code], by_theatre[code], catalog.figure_ceiling),
                                                   theatre(code).name))
    sections, section_totals = [], []
    for code in ordered:
        items = tuple(by_theatre[code])
        totals = totals_of[code]
        section_totals.append(totals)
        cards = tuple(card_of(catalog, a) for a in items)
        sections.append(TheatreSection(theatre(code), group_stories(cards, catalog), len(cards), total_views(totals, reporters)))
    return DayView(
        link=link, sections=tuple(sections),
        figures=total_views(combine_totals(section_totals, catalog.figure_ceiling), reporters),
        newer=days[position - 1] if position > 0 else None,
        older=days[position + 1] if position + 1 < len(days) else None,
        earlier=days[position + 1: position + 1 + EARLIER_DAYS],
    )


def combine_totals(groups: list[tuple[FigureTotal, ...]], ceiling: int | None = None) -> tuple[FigureTotal, ...]:
    """Totals of separate theatres or days: different places or times, so additive kinds add up.

    A disputed total is left out of the sum and counted in ``excluded`` (shown beside the sum);
    ``ceiling`` applies to a single day only (a theatre's total over months may rightly exceed it),
    so callers summing days pass None.
    """
    values: dict[str, int] = {}
    highs: Counter[str] = Counter()
    reports: Counter[str] = Counter()
    stories: Counter[str] = Counter()
    excluded: Counter[str] = Counter()
    sources: defaultdict[str, tuple[FigureSource, ...]] = defaultdict(tuple)
    for totals in groups:
        for total in totals:
            if total.disputed:
                excluded[total.kind] += 1
                values.setdefault(total.kind, 0)
                continue
            combined = values.get(total.kind, 0)
            values[total.kind] = combined + total.value if total.kind in ADDITIVE else max(combined, total.value)
            highs[total.kind] = highs[total.kind] + total.high if total.kind in ADDITIVE else max(highs[total.kind], total.high)
            reports[total.kind] += total.reports
            stories[total.kind] += total.stories
            sources[total.kind] += total.sources
    return tuple(FigureTotal(kind, values[kind], reports[kind], values[kind], highs[kind], stories[kind],
                             ceiling is not None and kind in CHECKED and values[kind] > ceiling, excluded[kind], sources[kind])
                 for kind in FIGURE_LABELS if kind in values)


def archive(days: tuple[DayLink, ...]) -> tuple[YearGroup, ...]:
    """Years, months and days, newest first, with article counts."""
    months: dict[dt.date, list[DayLink]] = {}
    for link in days:
        months.setdefault(link.day.replace(day=1), []).append(link)
    years: dict[int, list[MonthGroup]] = {}
    for month, links in months.items():
        years.setdefault(month.year, []).append(MonthGroup(month, tuple(links), sum(d.count for d in links)))
    return tuple(YearGroup(year, tuple(groups), sum(m.count for m in groups)) for year, groups in years.items())


@dataclass(frozen=True, slots=True)
class TheatreDay:
    link: DayLink
    figures: tuple[FigureView, ...]


@dataclass(frozen=True, slots=True)
class TheatreView:
    theatre: Theatre
    count: int
    chart: Markup  # articles per month
    figures: tuple[FigureView, ...]  # over all days
    figure_days: tuple[TheatreDay, ...]  # days with figures, newest first
    cards: tuple[ArticleCard, ...]  # newest first, capped


def theatre_articles(index: SiteIndex) -> dict[str, tuple[EnrichedArticle, ...]]:
    """Articles of each known theatre, newest first (one pass over the site)."""
    grouped: dict[str, list[EnrichedArticle]] = {}
    for article in index.articles:
        code = index.theatre[article_path(article)]
        if code:
            grouped.setdefault(code, []).append(article)
    return {code: tuple(items) for code, items in sorted(grouped.items())}


def theatre_view(catalog: Catalog, code: str, articles: tuple[EnrichedArticle, ...], limit: int) -> TheatreView:
    by_day: dict[dt.date, list[EnrichedArticle]] = {}
    for article in articles:
        if not article.article.date_guessed:  # a guessed date is no day of the theatre
            by_day.setdefault(article.article.date, []).append(article)
    figure_days, day_totals = [], []
    for day, items in by_day.items():
        totals = theatre_totals(catalog, tuple(items))
        if totals:
            day_totals.append(totals)
            figure_days.append(TheatreDay(DayLink(day, day_path(day), len(items)), total_views(totals, reporters_of(catalog, items))))
    return TheatreView(
        theatre=theatre(code), count=len(articles),
        chart=mentions_chart(*timeline_counts(articles), f"Articles about {theatre(code).name}"),
        figures=total_views(combine_totals(day_totals)), figure_days=tuple(figure_days[:limit]),
        cards=tuple(card_of(catalog, a) for a in articles[:limit]),
    )
