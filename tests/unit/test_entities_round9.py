"""Entity precision on messy copy (issue 17, ninth round, blind6-dev): each class of false place or organisation kept
out, one sentence each (written for the test, not taken from the corpus), and the names that must survive."""

from __future__ import annotations

from generator.nlp.entities import entity_refs, extract_mentions


def _refs(body: str) -> set[tuple[str, str]]:
    return {(r.name, r.kind) for r in entity_refs(extract_mentions(f"Report\n\n{body}"))}


def _names(body: str, kind: str) -> set[str]:
    return {name for name, found in _refs(body) if found == kind}


# Places


def test_a_place_opening_a_longer_name_is_not_the_place() -> None:
    assert not _names("The coach's friend Chad Wellsby was hurt, and fans of Paris Saint-Germain sang outside.", "place")
    assert "Chad" in _names("The aid convoy's trucks crossed into Chad on Tuesday, officials said.", "place")
    assert "Baghdad" in _names('He was "Baghdad Bernie" to the city\'s tabloids after his year abroad.', "place")


def test_a_city_as_one_side_of_a_fixture_in_a_sports_report_is_its_club() -> None:
    body = ("Their 2-0 win over Genoa lifted them to third in the league. The striker scored twice before half-time, and "
            "the coach said the penalty decided the season. Next week they face Naples, then host Genoa again.")
    assert not _names(body, "place") & {"Genoa", "Naples"}
    assert "Genoa" in _names(body, "organization")
    assert "Naples" in _names("The 2-1 result pleased the fans, who had travelled from Naples by train.", "place")


def test_a_region_ending_a_bodys_name_is_not_a_place() -> None:
    refs = _refs("Monitors from the Organization for Security and Co-operation in Europe said the truce held.")
    assert ("Europe", "place") not in refs
    assert ("Organization for Security and Co-operation in Europe", "organization") in refs
    assert "Europe" in _names("Officials of the Council of Europe said gas prices in Europe would rise.", "place")


def test_a_county_named_in_an_offices_title_is_not_a_place() -> None:
    assert not _names("The Orange County District Attorney's office filed the charges on Friday.", "place")
    assert "Orange County" in _names("The charges were filed in Orange County on Friday.", "place")


def test_a_schools_campus_town_is_part_of_its_name() -> None:
    refs = _refs("Geologists at the University of Ohio at Dayton measured the ice shelf's retreat.")
    assert not {name for name, kind in refs if kind == "place"}
    assert "Dayton" in _names("Geologists in Dayton measured the ice shelf's retreat.", "place")


def test_an_illness_named_after_someone_is_no_place_or_person() -> None:
    assert not _refs("The film's heroine loses her memory to early-onset Alzheimer's disease.")


def test_initials_are_not_a_small_town_of_that_spelling() -> None:
    assert "Uva" not in _names("The student's arrest prompted protests at UVA on Wednesday.", "place")


def test_a_football_league_by_its_own_name_is_not_annotated() -> None:
    assert not _refs("The club's striker is the top scorer in Serie A this season.")


def test_a_players_former_club_in_a_sports_report_is_the_club() -> None:
    body = ("The defender, who arrived from Porto last summer, was booked as City lost 2-1 in the league. "
            "The coach blamed the penalty, and the striker missed a chance in the second half.")
    assert "Porto" not in _names(body, "place")


def test_a_place_opening_a_bodys_name_after_a_body_cue_is_the_body() -> None:
    refs = _refs("The French magazine Lyon Mag and the station's reporters said the pilot's plan was known.")
    assert ("Lyon", "place") not in refs
    assert ("Lyon Mag", "organization") in refs
    assert "Nebraska" in _names("Nebraska Gov. Dave Heineman's office said the storm's damage was severe.", "place")
    assert "Brazil" in _names("Brazilian Nasr's car was the fastest of the day's runs.", "place")


def test_a_peoples_compound_adjective_is_no_place() -> None:
    assert not _names("Officers patrolled a mostly Haitian-American neighborhood after the shooting.", "place")


def test_a_body_ends_its_name_with_a_possessive_after_of() -> None:
    refs = _refs("The University of Kentucky's students marched to the capitol.")
    assert ("University of Kentucky", "organization") in refs
    assert ("Kentucky", "place") not in refs


def test_a_treaty_named_after_a_city_is_no_place() -> None:
    assert not _names("Both parties signed the Lagos Accord, and the Hague Conventions' rules apply.", "place")
    assert "Lagos" in _names("Both parties met in Lagos, where the accord's text was signed.", "place")


def test_a_city_or_state_then_a_plural_nickname_is_a_team() -> None:
    refs = _refs("Fans saw the Denver Broncos' quarterback and the Ohio Bobcats' coach in the crowd.")
    assert not {name for name, kind in refs if kind == "place"}
    assert ("Ohio Bobcats", "organization") in refs
    assert "Golan Heights" in _names("Villages in the Golan Heights' north were shelled.", "place")


# Organisations


def test_a_bodys_name_holding_and_ends_at_its_possessive() -> None:
    refs = _refs("Savings will fund the Foreign and Commonwealth Office's new posts in Africa.")
    assert ("Foreign and Commonwealth Office", "organization") in refs
    assert ("Commonwealth Office", "organization") not in refs


def test_a_place_opening_a_buildings_name_is_not_the_place() -> None:
    assert not _names("A car bomb hit the Kismayo Al Noor hotel's gate before dawn, police said.", "place")


def test_a_club_named_after_its_town_with_a_clubs_last_word_is_the_club() -> None:
    refs = _refs("The striker's late winner against Queens Park Rangers kept the title race open.")
    assert ("Queens Park Rangers", "organization") in refs
    assert not {name for name, kind in refs if kind in ("place", "person")}


def test_international_after_a_bodys_head_word_is_its_last_word() -> None:
    refs = _refs("Figures from Ports Council International's annual survey were released on Thursday.")
    assert ("Ports Council International", "organization") in refs
    assert ("Ports Council", "organization") not in refs


def test_a_byline_glued_to_its_dateline_is_furniture_but_the_dateline_counts() -> None:
    refs = _refs("(Adds quotes) By Steve Jordan CAIRO, Nov 15 (Reuters) - The talks' second day ended early.")
    assert ("Jordan", "place") not in refs
    assert ("Cairo", "place") in refs


def test_a_team_inside_a_longer_phrase_is_the_team() -> None:
    refs = _refs("It was Philadelphia Falcons star Jamal Reed's best night, while Toronto Bond Traders met.")
    assert ("Philadelphia Falcons", "organization") in refs
    assert ("Philadelphia", "place") not in refs
    assert ("Toronto Bond Traders", "organization") not in refs


def test_a_region_before_a_bodys_head_names_the_command_not_a_place() -> None:
    refs = _refs("The U.S. Pacific Fleet's commander said the drills would go on.")
    assert ("Pacific", "place") not in refs
    assert ("United States", "place") in refs


# People


def test_an_unknown_given_name_then_a_towns_name_is_a_person() -> None:
    refs = _refs("It was Denzel Houston's second film this year, and Houston's agent was pleased.")
    assert ("Houston", "place") not in refs
    assert ("Denzel Houston", "person") in refs


def test_camel_case_or_initials_after_in_are_no_unknown_place() -> None:
    assert not _names("It's the first worm spread in Packed MetaScripts, and staff at DoD GC were told.", "place")
    assert "Kafr Zita" in _names("Shelling hit homes in Kafr Zita on Monday, the group's monitors said.", "place")


def test_a_known_makers_name_before_a_place_head_is_a_product() -> None:
    assert not _names("The Boeing Delta rocket's launch was put off again on Tuesday.", "place")
    assert "Mekong Delta" in _names("Floods hit the Mekong Delta's rice farms this week.", "place")


def test_a_role_after_a_bodys_whole_name_opens_its_holders_name() -> None:
    refs = _refs("The results were certified by Lake County Board of Elections Chair Anne Moritz after a recount this week.")
    assert ("Lake County Board of Elections", "organization") in refs
    assert ("Anne Moritz", "person") in refs
    refs = _refs("It was announced by Department of Energy Secretary Ernest Moniz's office.")
    assert ("Department of Energy", "organization") in refs


def test_a_job_glued_to_a_firms_name_is_not_part_of_it() -> None:
    refs = _refs("The film's rights went to the studio after Producer Warner Bros bid for them last year.")
    assert ("Warner Bros", "organization") in refs
    assert not any(name.startswith("Producer") for name, _ in refs)


def test_towns_joined_by_a_slash_are_no_photo_credit() -> None:
    found = _names("Traffic at the Chicago/Atlanta hubs rose, while Dallas/Fort Worth's fell last year.", "place")
    assert {"Chicago", "Atlanta", "Dallas", "Fort Worth"} <= found


def test_a_town_opening_a_sentence_before_its_state_is_a_place() -> None:
    found = _names("Cargo rose 3% in 2014. Memphis, Tennessee, home to the carrier's hub, came second.", "place")
    assert "Memphis" in found


def test_by_after_a_year_in_running_text_is_no_byline() -> None:
    refs = _refs("The two men were shot at a range in 2013 by Eddie Ray Routh, and a jury found Routh guilty.")
    assert ("Eddie Ray Routh", "person") in refs


def test_a_social_networks_name_after_a_pages_owner_is_split_off() -> None:
    refs = _refs("His widow wrote on the Chris Doyle Facebook page that she missed him every day.")
    assert {("Chris Doyle", "person"), ("Facebook", "organization")} <= refs


def test_a_title_word_before_a_generations_mark_is_a_surname() -> None:
    assert "Martin Luther King" in _names("Crowds marked the birthday of Martin Luther King Jr. on Monday's march.", "person")


def test_a_given_name_that_is_only_a_small_towns_opens_a_persons_name() -> None:
    refs = _refs("The letter was written in 1790 by President George Washington to the town's congregation.")
    assert ("George Washington", "person") in refs
    assert ("Washington", "place") not in refs


def test_a_town_named_alone_is_not_the_person_whose_name_it_opens() -> None:
    refs = _refs("Sydney Leroux's goal won the match. Fans in Sydney watched the team's win on big screens.")
    assert ("Sydney", "place") in refs
    assert ("Sydney Leroux", "person") in refs


def test_an_unknown_name_modifying_the_noun_after_it_is_no_place() -> None:
    assert not _names("The cavemen appear in Gekko commercials, and it's been tracked in Salafo militant recruitment.", "place")
    assert "Seyne" in _names("The bodies were taken to a gym in Seyne les Alpes, the town's mayor said.", "place")


def test_a_ground_in_a_sports_report_is_no_place() -> None:
    body = "They drew 1-1 at Stamford Bridge, and the coach said the penalty in the second half cost them the league."
    assert "Stamford Bridge" not in _names(body, "place")


def test_a_small_towns_name_that_speaks_is_no_place() -> None:
    assert "Lucas" not in _names('"It could take months," Lucas said, before the hearing was adjourned.', "place")
