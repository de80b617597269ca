"""Adding up key figures the conservative way (ACLED's discipline): one figure per story, the lowest report.

An article's figure of a kind is the first event figure it states (wire copy puts the toll of the
story's event first; later numbers are breakdowns, other incidents or updates that are often cited
from elsewhere). A story (the articles sharing a ``story`` id) counts at the lowest of its articles'
figures, with the range and the number of reports kept so the reader sees the dispute. Totals over
several stories add the stories' figures, never the articles', and stories whose reports overlap
count once (see ``total_figures``). Background figures never count.
"""

from __future__ import annotations

import re
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
    figure: KeyFigure | None = None  # the report counted (its sentence is what a reader checks)


@dataclass(frozen=True, slots=True)
class FigureSource:
    """A story's counted figure behind a total; ``counted`` is False for a story taken as the same event as another."""

    figure: KeyFigure
    counted: bool = True


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
    sources: tuple[FigureSource, ...] = ()  # each story's counted report, in the order added


def article_figures(figures: tuple[KeyFigure, ...]) -> dict[str, int]:
    """One article's figure per kind: the first event figure (ceasefires and aid: the largest)."""
    return {kind: figure.value for kind, figure in counted_figures(figures).items()}


def counted_figures(figures: tuple[KeyFigure, ...]) -> dict[str, KeyFigure]:
    """The figure of each kind an article counts toward totals (see ``article_figures``)."""
    found: dict[str, KeyFigure] = {}
    for at, figure in enumerate(figures):
        if figure.scope == BACKGROUND:
            continue
        if figure.kind not in found and (superseded(figure, figures[at + 1:]) or part_of_whole(figure, figures[at + 1:])):
            continue
        if figure.kind not in found:
            found[figure.kind] = figure
        elif figure.kind not in ADDITIVE[:5] and figure.value > found[figure.kind].value:
            found[figure.kind] = figure
    return found


# A report the article itself says came before the one it now gives: "The SANA news agency reported earlier that at least
# one person was killed" (after "At least nine people were killed"), "Earlier it was reported that airstrikes ... have
# killed at least 24 people", "Initial reports of 20+ killed", "had earlier reported a toll of eight". The marker comes
# before the count, with no other count between (an update names its old toll after the new one: "32 ... updating an
# earlier toll of 15").
_EARLIER_REPORT = re.compile(
    r"\b(?:(?:reported|said|announced|stated)\s+earlier|earlier\s+(?:it\s+was\s+)?(?:reported|said|announced)|"
    r"(?:had|has|have)\s+(?:earlier|initially|previously|first)\s+(?:reported|said|given|put|announced)|"
    r"(?:earlier|initial|first|preliminary|previous|initially|previously)\s+(?:reports?|reported|tolls?|death\s+tolls?|figures?|counts?|estimates?))\b",
    re.IGNORECASE)
EARLIER_REACH = 80  # characters between the marker and the count it dates


def superseded(figure: KeyFigure, later: tuple[KeyFigure, ...]) -> bool:
    """Whether ``figure`` is an earlier report of its toll that the article raises after it (a later, higher event
    figure of the same kind): not the article's figure, so an early count does not stand for the story or widen its
    range ("1-9 killed" from a first report of one dead and the nine reported later). Without a higher figure after it
    it is the article's report and counts: "Initial reports to police indicate that nine people ... were killed" over
    a militant claim of seven."""
    if not any(f.kind == figure.kind and f.scope != BACKGROUND and f.value > figure.value and not _told_earlier(f) for f in later):
        return False
    return _told_earlier(figure)


_OUT_OF = re.compile(r"\b(?:out\s+of|of\s+(?:the|a\s+total\s+of))\b", re.IGNORECASE)


def part_of_whole(figure: KeyFigure, later: tuple[KeyFigure, ...]) -> bool:
    """Whether ``figure`` is a part its own sentence counts out of a larger whole of its kind ("More than 94,000 people
    have been confirmed dead in Indonesia, out of at least 138,000 who died across Asia"): the whole is the story's
    figure, the part one place's share of it."""
    at = figure.sentence.find(figure.text) if figure.text else -1
    if at < 0:
        return False
    for whole in later:
        if whole.kind != figure.kind or whole.scope == BACKGROUND or whole.value <= figure.value or whole.sentence != figure.sentence:
            continue
        end = figure.sentence.find(whole.text, at + len(figure.text)) if whole.text else -1
        if end > at and _OUT_OF.search(figure.sentence, at + len(figure.text), end) and not re.search(r"\d", figure.sentence[at + len(figure.text):end]):
            return True
    return False


def _told_earlier(figure: KeyFigure) -> bool:
    at = figure.sentence.find(figure.text) if figure.text else -1
    if at < 0:
        return False
    window = figure.sentence[max(0, at - EARLIER_REACH):at]
    marker = None
    for marker in _EARLIER_REPORT.finditer(window):
        pass
    return marker is not None and not re.search(r"\d", window[marker.end():])


def story_figures(reports: list[tuple[str, tuple[KeyFigure, ...]]]) -> dict[str, tuple[StoryFigure, ...]]:
    """Per story key, its figure of each kind: the lowest of its articles' figures, with range and report count."""
    found_by_story: dict[str, dict[str, list[KeyFigure]]] = {}
    for story, figures in reports:
        per_kind = found_by_story.setdefault(story, {})
        for kind, figure in counted_figures(figures).items():
            per_kind.setdefault(kind, []).append(figure)
    return {story: tuple(_story_figure(kind, found[kind]) for kind in ORDER if kind in found) for story, found in found_by_story.items()}


def _story_figure(kind: str, figures: list[KeyFigure]) -> StoryFigure:
    # Ceasefire lengths are not counts of people: the longest stated is the story's.
    chosen = min(figures, key=lambda f: f.value) if kind in ADDITIVE else max(figures, key=lambda f: f.value)
    values = [f.value for f in figures]
    return StoryFigure(kind, chosen.value, min(values), max(values), len(values), chosen)


def total_figures(reports: list[tuple[str, tuple[KeyFigure, ...]]], ceiling: int | None = None) -> tuple[FigureTotal, ...]:
    """Add up figures from several articles (of one day and theatre) without counting one event twice.

    ``reports`` pairs a story key with one article's figures. Each story counts once, at its lowest
    report (``story_figures``); across stories the figures add up, except that stories whose reports
    overlap (one's range of figures meets another's, the same number included) count once, at the
    lowest: on one day in one country, "1,300 killed" in one story and "100 to 1,300" in another are far
    more often one event the story grouping missed than two. Ceasefire lengths never add up; the
    longest is kept. A killed or wounded total above ``ceiling`` is marked disputed. Each total keeps
    its sources: every story's counted report, marked when it was taken as another story's event.
    """
    by_kind: dict[str, list[StoryFigure]] = {}
    for figures in story_figures(reports).values():
        for figure in figures:
            by_kind.setdefault(figure.kind, []).append(figure)
    totals = []
    for kind in ORDER:
        if kind not in by_kind:
            continue
        if kind in ADDITIVE:
            events = _overlapping(by_kind[kind])
            value, high = sum(e[0].value for e in events), sum(max(s.high for s in e) for e in events)
            sources = tuple(FigureSource(s.figure, s is e[0]) for e in events for s in e if s.figure is not None)
        else:
            longest = max(by_kind[kind], key=lambda s: s.value)
            events, value, high = [[s] for s in by_kind[kind]], longest.value, longest.value
            sources = tuple(FigureSource(s.figure, s is longest) for s in by_kind[kind] if s.figure is not None)
        disputed = ceiling is not None and kind in CHECKED and value > ceiling
        reports_count = sum(s.reports for s in by_kind[kind])
        totals.append(FigureTotal(kind, value, reports_count, value, high, len(events), disputed, sources=sources))
    return tuple(totals)


def _overlapping(stories: list[StoryFigure]) -> list[list[StoryFigure]]:
    """Stories whose ranges of reports meet, grouped as one event each; the lowest story of a group first."""
    events: list[list[StoryFigure]] = []
    reach = 0  # the highest report of the last event
    for story in sorted(stories, key=lambda s: (s.low, s.high)):
        if events and story.low <= reach:
            events[-1].append(story)
            reach = max(reach, story.high)
        else:
            events.append([story])
            reach = story.high
    return events
