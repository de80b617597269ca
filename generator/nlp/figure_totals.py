"""Adding up key figures the conservative way (ACLED's discipline): one figure per story, the lowest report.

An article's figure of a kind is the first event figure it states (wire copy puts the toll of the
story's event first; later numbers are breakdowns, other incidents or updates that are often cited
from elsewhere). A story (the articles sharing a ``story`` id) counts at the lowest of its articles'
figures, with the range and the number of reports kept so the reader sees the dispute. Totals over
several stories add the stories' figures, never the articles', and stories whose reports overlap
count once (see ``total_figures``). Background figures never count.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.models import KeyFigure
from generator.nlp.figure_words import BACKGROUND

KILLED, WOUNDED = "killed", "wounded"
# Kinds that add up across separate events; a ceasefire's length does not.
ADDITIVE = ("killed", "wounded", "displaced", "detained", "missing", "aid_usd", "aid_tonnes", "aid_trucks")
ORDER = ("killed", "wounded", "displaced", "detained", "missing", "ceasefire_hours", "aid_usd", "aid_tonnes", "aid_trucks")
CHECKED = (KILLED, WOUNDED)  # kinds a plausibility ceiling applies to


@dataclass(frozen=True, slots=True)
class StoryFigure:
    """One story's figure of one kind: the lowest report, the range of its reports, how many reports."""

    kind: str
    value: int
    low: int
    high: int
    reports: int


@dataclass(frozen=True, slots=True)
class FigureTotal:
    """A total over stories: ``value`` sums each story's lowest report, ``high`` each story's highest."""

    kind: str
    value: int
    reports: int  # articles the total rests on
    low: int = 0
    high: int = 0
    stories: int = 1
    disputed: bool = False  # above the plausibility ceiling: shown marked, never as a plain fact
    excluded: int = 0  # disputed totals (of days or theatres) left out of this sum


def article_figures(figures: tuple[KeyFigure, ...]) -> dict[str, int]:
    """One article's figure per kind: the first event figure (ceasefires and aid: the largest)."""
    found: dict[str, int] = {}
    for figure in figures:
        if figure.scope == BACKGROUND:
            continue
        if figure.kind not in found:
            found[figure.kind] = figure.value
        elif figure.kind not in ADDITIVE[:5]:
            found[figure.kind] = max(found[figure.kind], figure.value)
    return found


def story_figures(reports: list[tuple[str, tuple[KeyFigure, ...]]]) -> dict[str, tuple[StoryFigure, ...]]:
    """Per story key, its figure of each kind: the lowest of its articles' figures, with range and report count."""
    values: dict[str, dict[str, list[int]]] = {}
    for story, figures in reports:
        per_kind = values.setdefault(story, {})
        for kind, value in article_figures(figures).items():
            per_kind.setdefault(kind, []).append(value)
    return {story: tuple(_story_figure(kind, found[kind]) for kind in ORDER if kind in found) for story, found in values.items()}


def _story_figure(kind: str, values: list[int]) -> StoryFigure:
    # Ceasefire lengths are not counts of people: the longest stated is the story's.
    value = min(values) if kind in ADDITIVE else max(values)
    return StoryFigure(kind, value, min(values), max(values), len(values))


def total_figures(reports: list[tuple[str, tuple[KeyFigure, ...]]], ceiling: int | None = None) -> tuple[FigureTotal, ...]:
    """Add up figures from several articles (of one day and theatre) without counting one event twice.

    ``reports`` pairs a story key with one article's figures. Each story counts once, at its lowest
    report (``story_figures``); across stories the figures add up, except that stories whose reports
    overlap (one's range of figures meets another's, the same number included) count once, at the
    lowest: on one day in one country, "1,300 killed" in one story and "100 to 1,300" in another are far
    more often one event the story grouping missed than two. Ceasefire lengths never add up; the
    longest is kept. A killed or wounded total above ``ceiling`` is marked disputed.
    """
    by_kind: dict[str, list[StoryFigure]] = {}
    for figures in story_figures(reports).values():
        for figure in figures:
            by_kind.setdefault(figure.kind, []).append(figure)
    totals = []
    for kind in ORDER:
        stories = _merge_overlapping(by_kind.get(kind, []))
        if not stories:
            continue
        if kind in ADDITIVE:
            value, high = sum(s.value for s in stories), sum(s.high for s in stories)
        else:
            value = high = max(s.value for s in stories)
        disputed = ceiling is not None and kind in CHECKED and value > ceiling
        totals.append(FigureTotal(kind, value, sum(s.reports for s in stories), value, high, len(stories), disputed))
    return tuple(totals)


def _merge_overlapping(stories: list[StoryFigure]) -> list[StoryFigure]:
    """Stories whose ranges of reports meet, taken as one event: the lowest value, the widest range, all reports."""
    merged: list[StoryFigure] = []
    for story in sorted(stories, key=lambda s: (s.low, s.high)):
        last = merged[-1] if merged else None
        if last is not None and story.low <= last.high:
            merged[-1] = StoryFigure(story.kind, min(last.value, story.value), min(last.low, story.low),
                                     max(last.high, story.high), last.reports + story.reports)
        else:
            merged.append(story)
    return merged
