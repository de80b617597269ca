"""Key figures a briefing reader looks for, found in an article's sentences.

Killed, wounded, displaced, detained (people), ceasefire durations (hours) and
aid amounts (US dollars, tonnes, trucks). Each figure keeps the sentence it came
from, so a reader can check it. The patterns are deliberately narrow: a number
must sit next to the verb or noun that says what it counts ("12 civilians were
killed", "killing 12", "a 48-hour truce"); vaguer phrasing is left out, because
a wrong casualty figure does more harm than a missing one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.models import KeyFigure
from generator.nlp.sentences import split_sentences

KILLED, WOUNDED, DISPLACED, DETAINED, CEASEFIRE, AID_USD, AID_TONNES, AID_TRUCKS = (
    "killed", "wounded", "displaced", "detained", "ceasefire_hours", "aid_usd", "aid_tonnes", "aid_trucks",
)
FIGURE_LABELS = {
    KILLED: "killed", WOUNDED: "wounded", DISPLACED: "displaced", DETAINED: "detained",
    CEASEFIRE: "hours of ceasefire", AID_USD: "US$ in aid", AID_TONNES: "tonnes of aid", AID_TRUCKS: "aid trucks",
}
# Kinds that add up across separate events; a ceasefire's length does not.
ADDITIVE = (KILLED, WOUNDED, DISPLACED, DETAINED, AID_USD, AID_TONNES, AID_TRUCKS)

_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(_WORDS) + r")(?:\s+(?P<scale>billion|million|thousand|hundred))?"
_NOT_UNIT = r"(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|km|kilometres|kilometers|miles|metres|meters|per\s?cent|%|times|years?-old)\b)"
_QUALIFIER = r"(?:(?:at least|more than|over|nearly|almost|about|around|some|up to)\s+)?"
_FILLER = r"(?:[A-Za-z][\w'-]*\s+){0,3}?"  # "civilians", "Syrian army soldiers"
_BE = r"(?:(?:were|was|have been|had been|are|got|reportedly)\s+){0,2}"
_VERBS = {
    KILLED: r"killed|dead|died|massacred|slain", WOUNDED: r"wounded|injured|hurt",
    DISPLACED: r"displaced|fled|uprooted|made homeless", DETAINED: r"detained|arrested|abducted|captured|kidnapped",
}
# Active verbs with the count after them: "the strike killed 7 people", "police arrested 14".
_GERUNDS = {KILLED: r"killing|kills|killed", WOUNDED: r"wounding|injuring|wounded|injured", DISPLACED: r"displacing|displaced",
            DETAINED: r"arresting|detaining|arrested|detained"}
_NOUNS = {KILLED: r"deaths|dead|fatalities|casualties? dead", DISPLACED: r"refugees|displaced people|internally displaced"}


def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    found: list[tuple[str, str]] = []
    for kind, verbs in _VERBS.items():
        found.append((kind, rf"\b{_QUALIFIER}{_NUM}{_NOT_UNIT}\s+{_FILLER}{_BE}(?:{verbs})\b"))
        found.append((kind, rf"\b(?:{_GERUNDS[kind]})\s+{_QUALIFIER}{_NUM}\b{_NOT_UNIT}"))
    for kind, nouns in _NOUNS.items():
        found.append((kind, rf"\b{_QUALIFIER}{_NUM}\s+(?:{nouns})\b"))
    found.append((KILLED, rf"\bdeath toll\s+(?:\w+\s+){{0,3}}?(?:to|of|at|reached|stood at)\s+{_QUALIFIER}{_NUM}\b"))
    found.append((CEASEFIRE, rf"\b{_NUM}[- ](?P<unit>hour|day|week)s?[- ](?:long\s+)?(?:\w+\s+)?(?:ceasefire|cease-fire|truce|pause|lull)\b"))
    found.append((CEASEFIRE, rf"\b(?:ceasefire|cease-fire|truce)\s+(?:\w+\s+){{0,6}}?(?:for|of)\s+(?:another\s+|a further\s+)?{_NUM}\s+(?P<unit>hour|day|week)s?\b"))
    found.append((AID_USD, rf"(?:\$|US\$|USD\s?){_NUM}(?=[^.]*\b(?:aid|assistance|relief|humanitarian)\b)"))
    found.append((AID_TONNES, rf"\b{_QUALIFIER}{_NUM}\s+(?:metric\s+)?(?:tonnes|tons)\s+of\s+(?:\w+\s+){{0,2}}?(?:aid|food|wheat|flour|supplies|medicine|medical)"))
    found.append((AID_TRUCKS, rf"\b{_QUALIFIER}{_NUM}\s+(?:aid\s+|relief\s+|humanitarian\s+)?(?:trucks|lorries)\b"))
    return tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in found)


_COMPILED = _patterns()
_HOURS = {"hour": 1, "day": 24, "week": 168}
_SCALES = {"billion": 1_000_000_000, "million": 1_000_000, "thousand": 1_000, "hundred": 100, None: 1}


# A war's running total ("over 400,000 people have been killed in the conflict", "displaced since
# 2011") is background, not news of the day: summing it into a day's figures would mislead.
_CUMULATIVE = re.compile(
    r"\bsince\s+(?:(?:19|20)\d\d|the\s+(?:start|beginning|outbreak)|it\s+(?:began|started)|(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b)"
    r"|\b(?:killed|dead|died|displaced|wounded)\s+in\s+the\s+(?:\w+\s+)?(?:conflict|war)\b"
    r"|\b(?:conflict|war)\s+(?:has|had|have)\s+(?:\w+\s+)?(?:killed|displaced|left)\b"
    r"|\b(?:so far|to date|in total|(?:past|last)\s+(?:\w+\s+)?years)\b",
    re.IGNORECASE,
)
PEOPLE_COUNTS = (KILLED, WOUNDED, DISPLACED, DETAINED)


def extract_figures(text: str) -> tuple[KeyFigure, ...]:
    """Key figures in plain text, in reading order; the largest per kind and sentence."""
    figures: list[KeyFigure] = []
    for sentence in split_sentences(text):
        best: dict[str, int] = {}
        cumulative = bool(_CUMULATIVE.search(sentence))
        for kind, pattern in _COMPILED:
            if cumulative and kind in PEOPLE_COUNTS:
                continue
            for match in pattern.finditer(sentence):
                value = _value(match)
                if value is not None and value > best.get(kind, 0):
                    best[kind] = value
        figures.extend(KeyFigure(kind, value, sentence) for kind, value in best.items())
    return tuple(figures)


def _value(match: re.Match[str]) -> int | None:
    raw = match.group("num").lower().replace(",", "")
    number = float(_WORDS[raw]) if raw in _WORDS else float(raw)
    number *= _SCALES[match.group("scale").lower() if match.group("scale") else None]
    if "unit" in match.groupdict() and match.group("unit"):
        number *= _HOURS[match.group("unit").lower()]
    if number < 1 or number >= 10_000_000_000 or _looks_like_year(raw, match):
        return None
    return int(number)


def _looks_like_year(raw: str, match: re.Match[str]) -> bool:
    return raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2100 and not match.group("scale")


@dataclass(frozen=True, slots=True)
class FigureTotal:
    kind: str
    value: int
    reports: int  # distinct stories the total rests on


def total_figures(reports: list[tuple[str, tuple[KeyFigure, ...]]]) -> tuple[FigureTotal, ...]:
    """Add up figures from several articles without counting one event twice.

    ``reports`` pairs a story key with one article's figures. Articles with the
    same key (the same story from several outlets) count once, with the largest
    figure any of them gives. Across stories the figures add up, except that the
    same number for the same kind is counted once: on one day in one country,
    "40 killed" from two outlets is far more often one event than two. Ceasefire
    lengths never add up; the longest is kept.
    """
    per_story: dict[tuple[str, str], int] = {}
    for story, figures in reports:
        for figure in figures:
            key = (story, figure.kind)
            per_story[key] = max(per_story.get(key, 0), figure.value)
    distinct: dict[str, set[int]] = {}
    for (_, kind), value in per_story.items():
        distinct.setdefault(kind, set()).add(value)
    totals = []
    for kind in FIGURE_LABELS:
        values = distinct.get(kind)
        if values:
            value = sum(values) if kind in ADDITIVE else max(values)
            totals.append(FigureTotal(kind, value, sum(1 for (_, k) in per_story if k == kind)))
    return tuple(totals)
