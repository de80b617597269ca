"""Junk an analyst reads in the whole-corpus entity index (issue 17, seventeenth round, branch s11-ent2): the names of
a whole-corpus build read by type, the wrong ones counted by cause, the largest causes fixed by one general rule each.
Made-up, punctuated, multi-sentence copy (extract_mentions reads short unpunctuated strings differently)."""

from __future__ import annotations

import pytest

from generator.nlp.entities import entity_refs, extract_mentions


def _refs(body: str) -> set[tuple[str, str]]:
    return {(r.name, r.kind) for r in entity_refs(extract_mentions(f"Report\n\n{body}"))}


def _names(body: str, kind: str) -> set[str]:
    return {name for name, found in _refs(body) if found == kind}


# A run opening with a lower-case "al-" is no person: a person's full name opens with a given name, and "al-" opens
# at most a surname alone. Such runs are quarters, sites and operations, or villages whose commas the copy lost.
@pytest.mark.parametrize("body", [
    "Shells hit the quarters of al-Warda Mansour and al-Tall in the old city on Monday, a source said. Two were hurt.",
    "The coalition began the operation dubbed al-Fajr Shield on Thursday. It said jets hit depots in the north.",
    "Troops took al-Nour Hill after a day of fighting, the army said. The hill overlooks the road.",
    "Rebels shelled al-Qasra Bab al-Hadid Hamra and the old market on Friday. Three civilians died, medics said.",
])
def test_a_run_opening_with_a_lower_case_article_is_no_person(body: str) -> None:
    assert not any(name.startswith("al-") for name in _names(body, "person"))


@pytest.mark.parametrize("body", [
    # two villages run together, after "in"
    "The army killed dozens of fighters in al-Ward Hamoud and in other areas of the province, the agency said. It gave no names.",
    # a hall, a facility by the gold's rule, after "near"
    "A bomber blew himself up near al-Nakheel Hall in the village on Sunday, the agency said. Five died.",
    # a place and a compass word run on in copy that lost its commas
    "Fighting went on in al-Rawda Northwest of the city on Monday, a monitor said. The army sent tanks.",
])
def test_a_run_opening_with_a_lower_case_article_is_no_place_by_its_cue(body: str) -> None:
    assert not any(name.startswith("al-") and " " in name for name in _names(body, "place"))


@pytest.mark.parametrize(("body", "name"), [
    ("The group's leader Abu Hafs al-Masri spoke in a recording on Sunday. He urged fighters to hold the town.", "Abu Hafs al-Masri"),
    ("Foreign Minister Adel al-Nasser met envoys in Riyadh on Tuesday, officials said. Talks went on late.", "Adel al-Nasser"),
    ("The Saudi diplomat Ahmed bin Saleh al-Qahtani arrived on Monday. He met the envoy.", "Ahmed bin Saleh al-Qahtani"),
])
def test_a_full_name_opening_with_a_given_name_stays_a_person(body: str, name: str) -> None:
    assert name in _names(body, "person")


def test_a_surname_alone_still_finds_its_full_name() -> None:
    body = ("Syrian President Bashar al-Assad spoke on Monday, state media said. Critics said al-Assad "
            "gave no ground on the talks.")
    assert "Bashar al-Assad" in _names(body, "person")


# After a plural place noun and "of" a list of places follows; copy that lost its commas runs them together, and a
# name run on in the list is a place like the first, not a person by its shape.
@pytest.mark.parametrize(("body", "places"), [
    ("Troops advanced towards the villages of Tal Hamra al-Kabir Rujm al-Sahel on Monday, the agency said. It gave no toll.",
     {"Rujm al-Sahel"}),
    ("Rocket shells hit the neighborhoods of Karm Farhat and al-Mazraa in the city on Sunday, the agency said. Two died.",
     {"Karm Farhat"}),
    ("Shells fell on the neighbourhoods of Sahat al-Rawda Hayy al-Nadim in the city on Friday. Medics said four died.",
     {"Sahat al-Rawda", "Hayy al-Nadim"}),
])
def test_names_in_a_list_of_places_are_places(body: str, places: set[str]) -> None:
    assert places <= _names(body, "place")
    assert not _names(body, "person")


def test_a_person_after_a_list_of_places_stays_a_person() -> None:
    body = ("Rocket shells hit the neighbourhoods of Karm Farhat and al-Mazraa on Sunday, the agency said. "
            "Governor Hassan Nadim visited the wounded.")
    assert "Hassan Nadim" in _names(body, "person")


# The Arabic words that open places' and armed groups' names have more than one transliteration: each is that word.
@pytest.mark.parametrize(("body", "kind", "name"), [
    ("Jets struck Kafar Zeitoun and the road north of it on Tuesday, activists said. Two died.", "place", "Kafar Zeitoun"),
    ("The army shelled Kefr Hamra on Tuesday, activists said. Two died.", "place", "Kefr Hamra"),
    ("Rebels took Khirbet Nasser after clashes on Friday, the monitor said. The army denied it.", "place", "Khirbet Nasser"),
    ("Troops retook Tallet Hamdan on Sunday, the agency said. Fighting went on.", "place", "Tallet Hamdan"),
    ("Jets bombed Housh Nasri and other towns on Sunday, the agency said. Five died.", "place", "Housh Nasri"),
    ("Fighters from Failaq al-Rashid attacked the post on Monday, a monitor said. The group denied it.", "organization", "Failaq al-Rashid"),
    ("A spokesman for Liwaa al-Nasr said the group would fight on. He gave no toll.", "organization", "Liwaa al-Nasr"),
    ("A commander of Alwiyat al-Nasr told reporters the town had fallen. The army denied it.", "organization", "Alwiyat al-Nasr"),
])
def test_other_transliterations_of_arabic_openers(body: str, kind: str, name: str) -> None:
    assert name in _names(body, kind)
    assert name not in _names(body, "person")


# A village's opening word ("Tal", "Deir", "Kafr") inside a run is no part of a person's name: a second village run
# on where the copy lost its commas. The village it opens is the place; the word before it stays unnamed.
@pytest.mark.parametrize(("body", "place"), [
    ("The army took Hamdiyeh Tal Nasr after clashes on Monday, the agency said. The rebels denied it.", "Tal Nasr"),
    ("Jets bombed Sawana Deir Hamdan and the farms near it on Friday, activists said. Four died.", "Deir Hamdan"),
    ("Shells hit Rumeilah Kafr Hamdan Tal Jabr on Friday, activists said. Four died.", "Kafr Hamdan"),
])
def test_a_village_opener_inside_a_run_opens_a_place(body: str, place: str) -> None:
    assert place in _names(body, "place")
    assert not _names(body, "person")


def test_two_villages_glued_by_a_hyphen_are_no_person() -> None:
    body = "Troops advanced on Hamdiyeh-Tal Nasr on Monday, the agency said. The rebels denied it."
    assert not _names(body, "person")


def test_a_village_opener_closing_a_run_is_no_person() -> None:
    body = "Shells hit Rumeilah Kafr Sahel on Friday, activists said. Four died."
    assert not _names(body, "person")


# A known place opening with a village's word, then words its name does not hold: a dateline, an agency or a headline
# run on where the copy lost its stops. The place is named alone; its bodies stay one name.
@pytest.mark.parametrize(("body", "place", "body_name"), [
    ("Troops killed 11 fighters in Deir ez-Zor SANA news agency reported on Tuesday. The army advanced.", "Deir ez-Zor", "SANA"),
    ("Fighting went on near Jisr al-Shughour Syria on Monday. MOSCOW (Sputnik) Jets struck again.", "Jisr al-Shughour", None),
])
def test_a_known_place_then_run_on_words_is_the_place_alone(body: str, place: str, body_name: str | None) -> None:
    places = _names(body, "place")
    assert place in places
    assert not any(name.startswith(place) and name != place for name in places)
    if body_name:
        assert body_name in _names(body, "organization")


def test_a_body_named_after_a_known_place_stays_one_name() -> None:
    body = "The Deir ez-Zor Police Command said on Monday that two bombs went off. Nobody was hurt."
    assert "Deir ez-Zor Police Command" in _names(body, "organization")


# A village's name is its opening word and the name after it: an English word run on is the next sentence's (its stop
# lost) or a facility's.
@pytest.mark.parametrize(("body", "place"), [
    ("Two were hurt in a mortar attack on Bab Hamdan Terrorists targeted the quarter on Monday. The agency said so.", "Bab Hamdan"),
    ("Trucks queued at Tal Hamdan Border Crossing on Monday, officials said. It reopened later.", "Tal Hamdan"),
])
def test_an_english_word_run_on_after_a_village_is_no_part_of_it(body: str, place: str) -> None:
    places = _names(body, "place")
    assert place in places
    assert not any(name.startswith(place) and name != place for name in places)


def test_a_village_opener_run_ending_in_a_place_noun_stays_whole() -> None:
    assert "Jabal Hamdan Mountains" in _names("Jets struck the Jabal Hamdan Mountains on Monday, activists said. Two died.", "place")


def test_a_capitalised_function_word_after_a_bodys_connector_is_part_of_its_name() -> None:
    """'for'/'of' inside a name go on to its next words, even one that opens phrases elsewhere ("Near", "Over")."""
    text = ("Analysts at the Washington Institute for Near East Policy said the strike was expected. "
            "She joined the Bureau of Near Eastern Affairs in 2004. Over the weekend the talks stalled.")
    names = {(m.kind, m.name) for m in extract_mentions(text)}
    assert ("organization", "Washington Institute for Near East Policy") in names
    assert ("organization", "Bureau of Near Eastern Affairs") in names
    assert not any(name.endswith((" for", " of")) for _kind, name in names)


def test_a_newspaper_named_times_of_a_country_is_no_possessive_of_a_town() -> None:
    """Copy without apostrophes reads "Russias Defence Ministry" as Russia's; "Times of Israel" is no town called Time's."""
    text = ("The base was attacked on Sunday in the Golan Heights the Times of Israel newspaper reported. "
            "Russias Defence Ministry said the strike killed 20 fighters. Officials declined to comment.")
    names = {(m.kind, m.name) for m in extract_mentions(text)}
    assert ("organization", "Times of Israel") in names and ("place", "Time") not in names
    assert not any(name.startswith("of ") for _kind, name in names)
    assert ("organization", "Russian Defence Ministry") in names and ("place", "Russia") in names
