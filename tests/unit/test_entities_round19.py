"""Classes found by annotating blind11-dev (issue 17 part 2, session 13): twenty WikinewsSum crawls, FA-KES and BBC
politics pages read before any extractor output was looked at. Made-up, multi-sentence copy; FA-KES-like copy has no
apostrophes (extract_mentions reads such copy as having lost its punctuation)."""

from __future__ import annotations

from generator.nlp.entities import entity_refs, extract_mentions


def _refs(body: str) -> set[tuple[str, str]]:
    return {(r.name, r.kind) for r in entity_refs(extract_mentions(f"Report\n\n{body}"))}


def _names(body: str, kind: str) -> set[str]:
    return {name for name, found in _refs(body) if found == kind}


def test_a_possessive_without_its_apostrophe_on_a_surname_like_a_town_keeps_the_name_whole() -> None:
    body = "President Jack Obamas request for authorization is set to dominate the Congress this week. He is seeking backing."
    assert _names(body, "person") == {"Jack Obama"}


def test_a_headline_verb_is_no_possessive_of_a_town() -> None:
    body = "Tourism Minister Says Economy Lost Over 5Bln Due to War. Officials in Damascus said the figure was low."
    assert _names(body, "person") == set()


def test_a_measure_named_after_a_town_is_nobody() -> None:
    body = "The asteroid is the first to reach level 2 on the Torino Scale. According to the scale, a 2 merits attention."
    assert _names(body, "person") == set()


def test_a_name_after_a_places_possessive_before_a_station_is_the_facility() -> None:
    body = "The men are held at London's Paddington Green police station, where they will be questioned. It's unclear for how long."
    assert _names(body, "person") == set()
    assert "London" in _names(body, "place")


def test_a_shows_title_before_tv_series_is_no_channel() -> None:
    body = "Martin Sheen, who plays the president in NBC's West Wing TV series, spoke on Sunday. It's his third visit."
    assert _names(body, "organization") == {"NBC"}


def test_a_companys_initials_then_a_continent_are_its_regional_arm() -> None:
    body = "Ralph Crosby, chief executive of EADS North America, said his company will compete. It's a big deal, he said."
    assert "EADS North America" in _names(body, "organization")
    assert "North America" not in _names(body, "place")


def test_a_continent_after_a_body_is_a_roles_or_meetings_domain() -> None:
    body = "It's the RSA Europe conference this year, in Barcelona. The EU Middle East envoy spoke there."
    assert "RSA Europe" not in _names(body, "organization")
    assert "Europe" in _names(body, "place")


def test_a_byline_run_into_the_copy_with_its_outlet_and_date_is_furniture() -> None:
    body = ("The screensaver continues to stir up controversy. Jane Roberts, IDG News Service Friday, December 03, 2004 "
            "Lycos Europe is caught in a struggle with spammers. It's a stunt, critics say.")
    assert _names(body, "person") == set()
    assert _names(body, "organization") == {"Lycos Europe"}


def test_a_pages_closing_list_of_links_names_nothing_the_copy_does_not() -> None:
    body = ("John Reid, the health secretary, launched the white paper on Tuesday. It's a blueprint, he said.\n\n"
            "Special report Home affairs\n\nHome Office white papers Secure Borders, Safe Haven (pdf)\n\nUseful sites Home Office")
    assert "Home Office" not in _names(body, "organization")
    assert "John Reid" in _names(body, "person")
