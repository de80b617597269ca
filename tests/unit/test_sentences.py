"""Sentence splitting on the hard cases of news text (hand-written examples)."""

from __future__ import annotations

import pytest

from generator.nlp.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The U.N. envoy met Mr. Smith in St. Petersburg. He left on Monday.",
            ("The U.N. envoy met Mr. Smith in St. Petersburg.", "He left on Monday."),
            id="titles-and-dotted-acronyms",
        ),
        pytest.param(
            "The truce runs from Tuesday 01:00 a.m. (2200 GMT on Monday) until midnight. Talks resume later.",
            ("The truce runs from Tuesday 01:00 a.m. (2200 GMT on Monday) until midnight.", "Talks resume later."),
            id="time-with-bracketed-gmt",
        ),
        pytest.param(
            "Troops arrived in the U.S. The Army said so.",
            ("Troops arrived in the U.S.", "The Army said so."),
            id="acronym-ends-sentence-before-opener",
        ),
        pytest.param(
            "The U.S. Army said Gen. Ali Khan would stay.",
            ("The U.S. Army said Gen. Ali Khan would stay.",),
            id="acronym-inside-name",
        ),
        pytest.param(
            "George W. Bush met Ban Ki-moon at 3 p.m. on Friday.",
            ("George W. Bush met Ban Ki-moon at 3 p.m. on Friday.",),
            id="initial-and-pm",
        ),
        pytest.param(
            "Talks ended at 5 p.m. The envoy flew home.",
            ("Talks ended at 5 p.m.", "The envoy flew home."),
            id="pm-ends-sentence",
        ),
        pytest.param(
            "Resolution No. 2254 was adopted. The answer was no. Talks failed.",
            ("Resolution No. 2254 was adopted.", "The answer was no.", "Talks failed."),
            id="no-before-number-only",
        ),
        pytest.param(
            "Gen. Smith visited Jan. 5 and Sen. Jones stayed.",
            ("Gen. Smith visited Jan. 5 and Sen. Jones stayed.",),
            id="month-and-rank-abbreviations",
        ),
    ],
)
def test_abbreviations_initials_and_times(text: str, expected: tuple[str, ...]) -> None:
    assert split_sentences(text) == expected


def test_quote_with_full_stops_keeps_its_attribution() -> None:
    text = '"We will not stop. Never," he said. "The war is over."'
    assert split_sentences(text) == ('"We will not stop. Never," he said.', '"The war is over."')


def test_closing_quote_stays_with_its_sentence() -> None:
    text = 'She said: "It ended." Then she left. “It is done,” the envoy said. Nobody answered.'
    assert split_sentences(text) == (
        'She said: "It ended."',
        "Then she left.",
        "“It is done,” the envoy said.",
        "Nobody answered.",
    )


def test_question_and_exclamation_marks_end_sentences() -> None:
    assert split_sentences("Is it over? Nobody knows! The talks go on.") == (
        "Is it over?",
        "Nobody knows!",
        "The talks go on.",
    )


def test_agency_dateline_stays_in_the_first_sentence() -> None:
    text = "TEHRAN (Tasnim) – Iran's Foreign Minister spoke to Mr. Lavrov. They agreed."
    assert split_sentences(text) == ("TEHRAN (Tasnim) – Iran's Foreign Minister spoke to Mr. Lavrov.", "They agreed.")


def test_weekday_dateline_glued_to_the_first_sentence_is_split_off() -> None:
    text = "Friday, July 21, 2017 A team of girls won a medal. They were six."
    assert split_sentences(text) == ("Friday, July 21, 2017", "A team of girls won a medal.", "They were six.")


def test_headline_glued_to_its_date_is_split_from_it() -> None:
    text = "Rebels shell the city Tuesday, May 3, 2016\n\nRebels shelled Aleppo on Monday."
    assert split_sentences(text) == ("Rebels shell the city", "Tuesday, May 3, 2016", "Rebels shelled Aleppo on Monday.")


def test_date_inside_running_text_is_not_split() -> None:
    text = "The vote was held on Sunday, September 4, 2016 in Hong Kong."
    assert split_sentences(text) == (text,)


def test_short_agency_date_prefix_is_split_off() -> None:
    text = "Wed 05 Apr 2017 Blast kills six in Aleppo. A bomb killed six people."
    assert split_sentences(text) == ("Wed 05 Apr 2017", "Blast kills six in Aleppo.", "A bomb killed six people.")


def test_paragraphs_always_end_sentences_and_whitespace_is_normalised() -> None:
    text = "First paragraph without a stop\n\nSecond   one\nwraps here.\n\n\n  Third.  "
    assert split_sentences(text) == ("First paragraph without a stop", "Second one wraps here.", "Third.")


def test_decimal_numbers_and_lowercase_continuations_do_not_split() -> None:
    text = "Turnout rose 3.5 percent to 58 pct. of voters, officials said."
    assert split_sentences(text) == (text,)


def test_empty_text_has_no_sentences() -> None:
    assert split_sentences("") == ()
    assert split_sentences("\n\n  \n") == ()


# The skeleton's original cases, kept.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.N. Security Council met. It voted.", ["The U.N. Security Council met.", "It voted."]),
        ("Mr. Lavrov spoke. Gen. Smith listened.", ["Mr. Lavrov spoke.", "Gen. Smith listened."]),
        ("It runs from Tuesday 01:00 a.m. (2200 GMT on Monday) until midnight.", ["It runs from Tuesday 01:00 a.m. (2200 GMT on Monday) until midnight."]),
        ('"We will stay," he said. "Nobody leaves."', ['"We will stay," he said.', '"Nobody leaves."']),
        ("Growth was 3.5 percent. Prices rose.", ["Growth was 3.5 percent.", "Prices rose."]),
        ("J. Smith arrived. He left.", ["J. Smith arrived.", "He left."]),
        ("First paragraph ends\n\nSecond one.", ["First paragraph ends", "Second one."]),
    ],
)
def test_skeleton_news_cases(text: str, expected: list[str]) -> None:
    assert list(split_sentences(text)) == expected
