"""Entity precision on CNN pages (issue 17, thirteenth round, read on cnndm-dev): a royal's or a peer's title naming a
place, and a town named like a word, a person or a work, one sentence each (written for the test, not taken from the
corpus)."""

from __future__ import annotations

from generator.nlp.entities import entity_refs, extract_mentions


def _refs(body: str) -> set[tuple[str, str]]:
    return {(r.name, r.kind) for r in entity_refs(extract_mentions(f"Report\n\n{body}"))}


def _names(body: str, kind: str) -> set[str]:
    return {name for name, found in _refs(body) if found == kind}


def test_the_place_in_a_royal_or_a_peers_title_is_no_place() -> None:
    assert "Wales" not in _names("His Royal Highness Prince Henry of Wales began his army's duties on Monday.", "place")
    assert _names("The Duchess of Cornwall and the Earl of Wessex opened the hospital in Bristol.", "place") == {"Bristol"}
    assert "Monaco" not in _names("The couple's host was Prince Albert of Monaco, it's said.", "place")


def test_the_same_place_named_outside_a_title_stays_a_place() -> None:
    assert "Wales" in _names("The Prince of Wales's visit drew crowds in Wales on Monday.", "place")


def test_a_region_after_a_title_is_a_persons_name() -> None:
    assert "Wales" not in _names("The army's plan will see Captain Wales deploy on exercises.", "place")


def test_a_small_town_named_by_an_everyday_word_needs_a_places_cue() -> None:
    assert "Man" not in _names("The fable's beasts say that Man is the weakest of them all.", "place")
    assert "Man" in _names("Fighting broke out in Man, the army's spokesman said.", "place")


def test_a_town_named_like_a_persons_given_name_in_the_article_needs_a_places_cue() -> None:
    assert "Bristol" not in _names("Bristol Palin's wedding is set. Fans wished Bristol and Dakota well.", "place")
    assert "Bristol" in _names("Bristol Palin's wedding is set. It will be held in Bristol, she said.", "place")


def test_a_town_before_a_works_noun_is_the_work() -> None:
    assert "Batman" not in _names("Fans watching the Batman film cheered at the film's end.", "place")
    assert "Batman" in _names("The army's convoy was attacked in Batman, Turkey, on Monday.", "place")


def test_a_headline_verb_in_ing_opens_no_persons_name() -> None:
    assert not _names("Upending Obamacare won't be easy, the senator's aide said.", "person")
    assert "Channing Tatum" in _names("The film's star, Channing Tatum, was there.", "person")


def test_a_compass_word_after_a_given_name_is_a_surname_and_the_town_named_like_it_no_place() -> None:
    assert "Adam West" in _names("Adam West's fans cheered him at the convention.", "person")
    refs = _refs("Kanye West's fans are used to it. Bags of air from Kanye sold well.")
    assert ("Kanye West", "person") in refs and ("Kanye", "place") not in refs
    assert "Ghouta" in _names("Fighting in Ghouta East went on, the monitor's report said.", "place")


def test_a_nationality_noun_before_a_full_name_is_no_part_of_it_and_a_satirical_weekly_is_a_body() -> None:
    from generator.nlp.entities import extract_mentions

    found = {(m.kind, m.name) for m in extract_mentions("Swede Marcus Ericsson was 15th. Gunmen attacked Charlie Hebdo in Paris.")}
    assert ("person", "Marcus Ericsson") in found and ("person", "Charlie Hebdo") not in found
    assert ("organization", "Charlie Hebdo") in found
