"""The guard guarded puts in front of a pattern never changes what it matches (see generator/nlp/openings.py)."""

from __future__ import annotations

import re

import pytest

from generator.nlp import figure_time, figure_words, figures, sentences
from generator.nlp.openings import guarded

TEXTS = (
    "At least 20 people have been killed in an air strike on Monday, the Syrian Observatory said.",
    "Since March 2011 more than 300,000 people have died; the toll is expected to rise.",
    "It's not clear if those two men were the pair killed at the museum on 5 April 2017.",
    "A week after the bombing, 1,200 families fled -- the deadliest month since the war began.",
    "ex-rebels, 9/11 and mid-August: pre2015 words_with_underscores ſince İf KILLED Today",
    "",
)


@pytest.mark.parametrize("pattern", [
    r"(?<!\w)(?:x)?",  # may match nothing
    r"\b[^a]x",  # a negated class
    r"\b.x",  # any character
    r"\Wfoo",  # a negated category
])
def test_refuses_patterns_whose_opening_is_not_bounded(pattern: str) -> None:
    with pytest.raises(ValueError):
        guarded(pattern)


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"(?<!clear\s)\bif\b|\bunless\b", re.IGNORECASE),
    (r"\b(?:[\w]+-)?(?:weeks?|months?)\b", re.IGNORECASE),
    (r"(?<![\w/.-])(?P<d>[0-3]?\d)\s+(?P<m>March|April)", 0),
    (r"(?<![\w-])(?P<prep>(?i:in|since)\s+)?(?P<m>March|April)", 0),
    (r"\b(?:9/11|Holocaust|since)\b", re.IGNORECASE),
    (r"\bfoo|bar", 0),  # no \b in the guard: "bar" may follow a word character
    (r"\b\s+x", 0),
    (r"(?:\bx)?y", 0),
    (r"\b[\w-]+s\b", re.IGNORECASE),
    (r"(?<![\w-])-\w", 0),  # a refused word character behind, then "-": no \b in the guard
    (r"(?<![\d/.,-])(?:19|20)\d\d", 0),  # a letter may come before
])
def test_guarded_pattern_matches_as_the_plain_one(pattern: str, flags: int) -> None:
    fast, plain = guarded(pattern, flags), re.compile(pattern, flags)
    for text in TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for start in range(len(text)):
            found, expected = fast.search(text, start), plain.search(text, start)
            assert (found and (found.span(), found.groupdict())) == (expected and (expected.span(), expected.groupdict()))


@pytest.mark.parametrize("fast", [figure_words._CUE, figure_words.COUNT, figure_time._DATED, figure_time._MONTH_ALONE, figure_time._YEAR_ALONE,
                                  figure_time._PERIOD, figures._ACTIVE_RE, figures._PASSIVE_RE, figures._PAIR, sentences._CANDIDATE])
def test_module_patterns_match_as_without_the_guard(fast: re.Pattern[str]) -> None:
    prefix = fast.pattern.index("(?:")
    plain = re.compile(fast.pattern[prefix + 3:-1], fast.flags)
    for text in TEXTS:
        assert [(m.span(), m.lastgroup) for m in fast.finditer(text)] == [(m.span(), m.lastgroup) for m in plain.finditer(text)]
