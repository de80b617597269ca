"""Classes found by annotating blind10-dev (issue 17 part 2, session 12): twelve messy CNN and BBC pages read before any
extractor output was looked at. Made-up, punctuated, multi-sentence copy (extract_mentions reads short unpunctuated
strings differently)."""

from __future__ import annotations

from generator.nlp.entities import entity_refs, extract_mentions


def _refs(body: str) -> set[tuple[str, str]]:
    return {(r.name, r.kind) for r in entity_refs(extract_mentions(f"Report\n\n{body}"))}


def _names(body: str, kind: str) -> set[str]:
    return {name for name, found in _refs(body) if found == kind}


def test_a_campaign_named_by_everyday_words_keeps_its_country_initials() -> None:
    body = "The chairman of Migration Watch UK, Sir Ian Moss, said the ruling was wrong. It's a blow, he said."
    assert "Migration Watch UK" in _names(body, "organization")
    assert "United Kingdom" in _names(body, "place")


def test_an_inhabitant_noun_glued_to_a_name_is_no_part_of_it() -> None:
    body = "\"I just think it's witty,\" said Londoner Tony Francis. He came back twice to see it."
    assert _names(body, "person") == {"Tony Francis"}


def test_a_nationality_noun_before_a_name_names_the_country() -> None:
    body = "Dane Kevin Magnussen, who was deputizing, could not start. It's his second race, the team said."
    assert "Kevin Magnussen" in _names(body, "person")
    assert "Denmark" in _names(body, "place")


def test_a_prize_made_into_an_adjective_is_nobody() -> None:
    body = "The novels outsell those of Thomas Mann, the Nobel Prize-winning author of the book. It's a surprise, critics say."
    assert _names(body, "person") == {"Thomas Mann"}


def test_a_state_university_then_a_town_is_one_campus() -> None:
    body = "His co-author, Gregory Laughlin of University of California, Santa Cruz, ran the model. It's new work, he said."
    assert "University of California, Santa Cruz" in _names(body, "organization")
    assert "Santa Cruz" not in _names(body, "place")


def test_a_title_after_journal_is_the_journal() -> None:
    body = "The study was published this week in the journal Nature Geoscience. It's the first map of the seafloor there."
    assert "Nature Geoscience" in _names(body, "organization")


def test_a_group_named_by_one_everyday_word_after_its_kind() -> None:
    body = "Civil rights group Liberty said the ruling exposed racism at the heart of policy. It's a victory, it added."
    assert "Liberty" in _names(body, "organization")


def test_a_peer_named_by_title_keeps_it() -> None:
    body = "Lord Strathclyde, Tory leader in the Lords, said the Bill would be re-written. It's flawed, he said."
    assert "Lord Strathclyde" in _names(body, "person")


def test_a_name_after_brand_is_a_company() -> None:
    body = "Luxury brand Longines will sponsor two of the races. It's the maker's tenth year at the meeting."
    assert "Longines" in _names(body, "organization")


def test_a_network_after_the_preposition_like_is_named_in_the_story() -> None:
    body = "He sees the app branching out to other platforms, like Facebook or Tumblr. It's early days, he said."
    assert "Facebook" in _names(body, "organization")


def test_a_name_after_a_possessive_determiner_is_no_person() -> None:
    body = "Carlos Sainz finished ninth on his Toro Rosso debut. It's a good start, the team said."
    assert _names(body, "person") == {"Carlos Sainz"}


def test_hans_opens_a_name_though_the_word_list_counts_it_everyday() -> None:
    body = "The sculpture by the artist Hans Haacke portrays a horse. It's witty, Haacke said of the work."
    assert "Hans Haacke" in _names(body, "person")


def test_two_particles_inside_a_name_keep_it_whole() -> None:
    body = "Felix von der Osten is a German photographer. It's his first show, the gallery said."
    assert "Felix von der Osten" in _names(body, "person")


def test_a_month_after_a_given_name_is_a_surname() -> None:
    body = "Prime Minister Theresa May said the deal was good. In May the talks had stalled, officials said."
    assert _names(body, "person") == {"Theresa May"}


def test_a_title_told_with_a_capital_the_is_an_outlet() -> None:
    body = "The lawmaker told The Observer that the students had been cheated. It's a tragedy, he said."
    assert "The Observer" in _names(body, "organization")


def test_a_city_after_a_sentences_opening_word_is_inside_the_sentence() -> None:
    body = "While Boston and other cities have had their snowiest season, tornadoes are at a low. It's rare, forecasters said."
    assert "Boston" in _names(body, "place")


def test_a_monarch_keeps_his_regnal_number() -> None:
    body = "The plinth was meant for a statue of King William IV. It's empty, and World War II did not change that."
    assert _names(body, "person") == {"William IV"}
