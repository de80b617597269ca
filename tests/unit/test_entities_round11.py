"""Entity precision and recall on messy copy (issue 17, eleventh round: classes found on unannotated CNN, BBC and
WikinewsSum text): each rule one sentence (written for the test, not taken from the corpus), and the names that must
survive."""

from __future__ import annotations

from generator.nlp.entities import entity_refs, extract_mentions


def _refs(body: str) -> set[tuple[str, str]]:
    return {(r.name, r.kind) for r in entity_refs(extract_mentions(f"Report\n\n{body}"))}


def _names(body: str, kind: str) -> set[str]:
    return {name for name, found in _refs(body) if found == kind}


def test_a_province_named_alone_is_a_place() -> None:
    assert {"Sumatra", "Punjab"} <= _names("Sumatra was hit hardest, and Punjab's farms flooded too.", "place")


def test_a_sentence_only_saying_who_reported_from_where_is_a_credit() -> None:
    found = _refs("The talks ended in Geneva on Friday. CNN's Ada Brill reported and wrote from Atlanta.")
    assert ("Geneva", "place") in found and ("Atlanta", "place") not in found and ("Ada Brill", "person") not in found
    assert "Los Angeles" in _names("Serena Williams wrote in Time magazine that she's back in Los Angeles.", "place")


def test_a_plural_possessive_after_in_is_an_owner_not_a_place() -> None:
    assert not _names("She was a constant in Serena Williams' life for years, it's said.", "place")


def test_a_given_name_then_s_is_a_surname_not_a_teams_nickname() -> None:
    assert ("Serena Williams", "person") in _refs("Serena Williams won the final on Sunday, it's said.")


def test_a_small_towns_name_that_opens_a_full_name_in_the_article_is_that_person() -> None:
    assert "Serena" not in _names("Serena Williams won again. It's unfair to Serena, her coach said.", "place")


def test_a_ranks_short_form_closing_a_phrase_is_cut_off() -> None:
    found = _refs("It's over, said Galveston Det. Rick Moyer.")
    assert ("Rick Moyer", "person") in found and not any(name.startswith("Galveston") for name, _ in found)


def test_a_place_then_a_surname_like_a_small_town_is_a_person() -> None:
    assert ("Jordan Henderson", "person") in _refs("It's true that Jordan Henderson signed a new deal on Friday.")
    assert not _names("It's true that Jordan Henderson signed a new deal on Friday.", "place")


def test_a_city_before_captain_is_its_club() -> None:
    assert ("Bristol", "organization") in _refs("Bristol captain Joe Smith said it's over.")


def test_partners_names_joined_by_an_ampersand_are_one_firm() -> None:
    assert _names("The audit was done by Ernst & Young, it's said.", "organization") == {"Ernst & Young"}
    assert "Trinidad & Tobago" not in _names("It's a win for Trinidad & Tobago.", "organization")


def test_in_a_sports_report_an_unknown_place_after_at_or_a_possessive_is_a_ground() -> None:
    report = ("The striker scored twice in a 3-1 league win at San Ramos, and the champions lost 2-0 in the cup at Hotspur's "
              "White Hart Lane ground before the season's last goal.")
    assert not _names(report, "place") & {"San Ramos", "White Hart Lane"}


def test_a_draws_fixture_list_makes_a_sports_report_and_its_cities_clubs() -> None:
    draw = ("The league's last-16 draw was made on Friday, and the champions' coach was happy.\n\nBarcelona v Chelsea\n\nPorto v Lyon"
            "\n\nIt's a big tie, said a fan in Barcelona and Chelsea.")
    assert not _names(draw, "place") and {"Barcelona", "Chelsea"} <= _names(draw, "organization")


def test_a_word_with_a_digit_is_in_no_ones_name() -> None:
    assert not _names("The pilot flew a Sukhoi Su-34 over the town, it's said.", "person")


def test_a_federal_courts_district_is_no_place_and_a_military_district_is_a_command() -> None:
    assert not _names("The U.S. Attorney for the Southern District of Mississippi is investigating, it's said.", "place") - {"United States"}
    assert ("Western Military District", "organization") in _refs("Also on alert is Russia's Western Military District, it's said.")
