import datetime as dt

import pytest

from generator.ingest.clean import (
    drop_repeated_title, find_date, is_furniture, normalise_text, split_dateline, split_paragraphs,
)


def test_dateline_becomes_place_and_source() -> None:
    parsed = split_dateline("TEHRAN (Tasnim) \u2013 Iranian Foreign Minister Mohammad Javad Zarif said.")
    assert parsed is not None
    assert (parsed.place, parsed.source, parsed.rest) == ("Tehran", "Tasnim", "Iranian Foreign Minister Mohammad Javad Zarif said.")


def test_dateline_with_date_and_two_word_city() -> None:
    parsed = split_dateline("NEW YORK, Jan 5 (Reuters) - The council met.")
    assert parsed is not None and (parsed.place, parsed.source, parsed.rest) == ("New York", "Reuters", "The council met.")


def test_sentence_that_only_starts_in_capitals_is_not_a_dateline() -> None:
    assert split_dateline("The UN (United Nations) said more.") is None


@pytest.mark.parametrize("line", ["Most Visited in Politics", "Top Politics stories", "Top Stories", "Share this article", "Advertisement"])
def test_furniture(line: str) -> None:
    assert is_furniture(line)


def test_a_sentence_is_not_furniture() -> None:
    assert not is_furniture("Top stories from the front line were read by millions of people in Aleppo and beyond this week.")


def test_furniture_lines_do_not_merge_into_a_paragraph() -> None:
    assert split_paragraphs("First para.\n\nMost Visited in Politics\nTop Politics stories\nTop Stories") == ["First para."]


def test_repeated_title_is_dropped() -> None:
    assert drop_repeated_title("Iranian, Russian FMs Confer", ["Iranian, Russian FMs Confer", "Body."]) == ["Body."]


def test_normalise_text() -> None:
    assert normalise_text("\ufeffa\r\nb\x00c") == "a\nbc"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Wed 05 Apr 2017 Syria attack", dt.date(2017, 4, 5)), ("on April 5, 2017,", dt.date(2017, 4, 5)),
     ("2016-05-03", dt.date(2016, 5, 3)), ("on Tuesday", None), ("31 February 2017", None)],
)
def test_find_date(text: str, expected: dt.date | None) -> None:
    assert find_date(text) == expected
