"""The guard word_led puts in front of a pattern never changes what it matches (see generator/nlp/wordstart.py)."""

from __future__ import annotations

import re

import pytest

from generator.nlp import figure_time, figure_words, figures
from generator.nlp.wordstart import word_led

TEXTS = (
    "At least 20 people have been killed in an air strike on Monday, the Syrian Observatory said.",
    "Since March 2011 more than 300,000 people have died; the toll is expected to rise.",
    "It's not clear if those two men were the pair killed at the museum on 5 April 2017.",
    "A week after the bombing, 1,200 families fled -- the deadliest month since the war began.",
    "ex-rebels, 9/11 and mid-August: pre2015 words_with_underscores ſince İf KILLED Today",
    "",
)


@pytest.mark.parametrize("pattern", [
    r"\bfoo|bar",  # an alternative with no \b
    r"\b\s+x",  # \b then a space
    r"(?:\bx)?y",  # \b only on one way through
    r"\b[\w-]x",  # a class with a non-word character
    r"(?<![\w-])-x",
    r"(?<!\w)(?:x)?",  # may match nothing
    r"(?<![\d/.,-])(?:19|20)\d\d",  # the lookbehind lets a letter come before
])
def test_refuses_patterns_that_may_open_elsewhere(pattern: str) -> None:
    with pytest.raises(ValueError):
        word_led(pattern)


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"(?<!clear\s)\bif\b|\bunless\b", re.IGNORECASE),
    (r"\b(?:[\w]+-)?(?:weeks?|months?)\b", re.IGNORECASE),
    (r"(?<![\w/.-])(?P<d>[0-3]?\d)\s+(?P<m>March|April)", 0),
    (r"(?<![\w-])(?P<prep>(?i:in|since)\s+)?(?P<m>March|April)", 0),
    (r"\b(?:9/11|Holocaust|since)\b", re.IGNORECASE),
])
def test_guarded_pattern_matches_as_the_plain_one(pattern: str, flags: int) -> None:
    guarded, plain = word_led(pattern, flags), re.compile(pattern, flags)
    for text in TEXTS:
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for start in range(len(text)):
            found, expected = guarded.search(text, start), plain.search(text, start)
            assert (found and (found.span(), found.groupdict())) == (expected and (expected.span(), expected.groupdict()))


@pytest.mark.parametrize("guarded", [figure_words._CUE, figure_words.COUNT, figure_time._DATED, figure_time._MONTH_ALONE,
                                     figure_time._PERIOD, figures._ACTIVE_RE, figures._PASSIVE_RE])
def test_module_patterns_match_as_without_the_guard(guarded: re.Pattern[str]) -> None:
    prefix = guarded.pattern.index("(?:")
    plain = re.compile(guarded.pattern[prefix + 3:-1], guarded.flags)
    for text in TEXTS:
        assert [(m.span(), m.lastgroup) for m in guarded.finditer(text)] == [(m.span(), m.lastgroup) for m in plain.finditer(text)]
