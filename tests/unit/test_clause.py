"""generator.nlp.clause: a sentence of the story has a verb and is not a photo caption."""

from __future__ import annotations

import pytest

from generator.nlp.clause import describes_a_picture, has_verb, is_story_sentence
from generator.nlp.summarize import summarize


@pytest.mark.parametrize("fragment", [
    "A hospital in Khan Shaykhun a rebel-held town in the northwestern Syrian Idlib province after the toxic gas attack.",
    "Sgt. Frank Ford at Fort Lewis Army base, in Washington, before his deployment to Iraq.",
    "Civilians Killed by Russian Airstrikes on Aleppo despite 48-Hour Truce.",  # a headline in title case
    "Real Madrid CF v Juventus FC 2.",
])
def test_a_fragment_without_a_verb_is_not_a_story_sentence(fragment: str) -> None:
    assert not has_verb(fragment)


@pytest.mark.parametrize("sentence", [
    "Civilians in rebel-held east Aleppo continue to face relentless bombardment.",  # plural subject, base form
    "Forces loyal to the president now control most of the capital.",
    "The Lib Dems plan to oppose the Bill in the Lords on Thursday.",
    "I concur in your judgment to task the inspector general.",  # any word after a subject pronoun
    "It's a very difficult time for the families.",  # a contraction
    "Seven people were killed in the blast.",
    "The rebels hit the base overnight.",  # irregular past
])
def test_a_sentence_with_a_verb_is_kept(sentence: str) -> None:
    assert has_verb(sentence) and is_story_sentence(sentence)


@pytest.mark.parametrize("caption", [
    "A man carries an injured girl after an airstrike on the opposition-held district.",
    "A Syrian man covered with dust carries pieces of metal on a street cluttered with rubble.",
    "An official tries to separate the two players.",
    "A young boy cries as he sits on the rubble after a missile hit a residential area.",
])
def test_an_unnamed_someone_doing_a_visible_thing_now_is_a_picture(caption: str) -> None:
    assert describes_a_picture(caption) and not is_story_sentence(caption)


@pytest.mark.parametrize("sentence", [
    "A series of peace talks were brokered by the UN in February.",  # "talks" is a noun before its verb
    "A man was killed when a shell hit his house.",
    "A spokesman said the convoy carries food for 20,000 people.",
    "The president walks a fine line between the two camps.",  # a named subject: copy, not a picture
])
def test_news_in_the_past_tense_or_attributed_is_not_a_picture(sentence: str) -> None:
    assert not describes_a_picture(sentence)


def test_a_caption_above_the_lead_never_becomes_the_lede() -> None:
    text = ("A man carries an injured girl after an airstrike on the eastern district of the city.\n\n"
            "Air strikes killed at least 12 people in the eastern district of the city on Friday, a monitor said. "
            "Rescue workers searched the rubble for survivors through the night.")
    summary = summarize("Air strikes kill 12 in city's east", text)
    assert summary.lede.startswith("Air strikes killed at least 12")
    assert all("carries" not in s for s in (*summary.sentences, *summary.key_points))


def test_a_sentence_cut_from_its_start_is_not_a_story_sentence() -> None:
    assert not is_story_sentence("pilgrims at the Grand Mosque in 2008, before the new wing was built.")
    assert is_story_sentence("eBay said on Monday that its auction sales rose by a fifth.")  # a name written in lower case
    assert is_story_sentence("seventeen civilians including eight children were killed in air strikes on a market.")


def test_a_serviceman_by_rank_in_the_present_tense_is_a_military_photo_s_caption() -> None:
    assert describes_a_picture("U.S. Army Sgt. Jane Doe of Company C, 199th Forward Support Battalion, attempts to "
                               "communicate with a child.")
    assert not describes_a_picture("Gen. David Smith said the surge attempts to buy time for the politicians.")
