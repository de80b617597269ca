"""Theatre = where the reported action happened (issue 16): the place of the action, not the actor's nationality."""

import datetime as dt
from pathlib import Path

import pytest

from generator.config import load_config
from generator.content import load_articles
from generator.errors import BriefingError
from generator.index import build_index
from generator.models import Article, EnrichedArticle, EntityRef
from generator.nlp.enrich import enrich_articles
from generator.nlp.resolve import resolve_articles

REPO = Path(__file__).resolve().parents[2]


def place(name: str) -> EntityRef:
    return EntityRef(name, "place")


def org(name: str) -> EntityRef:
    return EntityRef(name, "organization")


def article(title: str, body: str, *entities: tuple[EntityRef, tuple[str, ...]], theatre: str = "") -> EnrichedArticle:
    a = Article(Path("a.md"), "a", title, dt.date(2016, 5, 3), "", "", "", body, "", "", (), tuple(e for e, _ in entities), theatre=theatre)
    return EnrichedArticle(a, "", "", (), tuple(e for e, _ in entities), tuple(entities))


def theatre_of(enriched: EnrichedArticle) -> str:
    return build_index((enriched,)).theatre["articles/2016/05/a.html"]


def test_the_place_of_the_action_wins_over_the_actors_nationality() -> None:
    idlib = article("Deadly Russian Airstrikes Kill 35 & Destroy Hospital in Idlib",
                    "Russian warplanes struck a hospital, the Russian Defence Ministry denied any role, Russia said.",
                    (place("Russia"), ("Russian", "Russia")), (place("Idlib"), ("Idlib",)),
                    (org("Russian Defence Ministry"), ("Russian Defence Ministry",)))
    assert theatre_of(idlib) == "SY"


def test_a_country_inside_an_organisations_description_is_no_place_of_the_story() -> None:
    body = ("At least 12 people were killed, said the Britain-based Syrian Observatory for Human Rights. "
            "Turkish-backed rebels and US-led coalition jets were active, the Observatory said from Britain.")
    raqqa = article("Strike kills 12 near Raqqa", body, (place("United Kingdom"), ("Britain",)), (place("Turkey"), ("Turkish",)),
                    (place("United States"), ("US",)), (place("Raqqa"), ("Raqqa",)),
                    (org("Syrian Observatory for Human Rights"), ("Syrian Observatory for Human Rights",)))
    assert theatre_of(raqqa) == "SY"


def test_politics_copy_without_a_place_of_action_is_filed_where_its_polity_sits() -> None:
    kennedy = article("Kennedy calls for Iraq exit plans",
                      "Tony Blair should set out an exit strategy from Iraq, Lib Dem leader Charles Kennedy has said. "
                      "Iraq had become a crucible of terrorism, Mr Kennedy said.",
                      (place("Iraq"), ("Iraq",)), (org("Liberal Democrats"), ("Lib Dem",)))
    assert theatre_of(kennedy) == "GB"


def test_a_politys_election_copy_is_filed_at_home_though_its_lead_recalls_an_attack_abroad() -> None:
    # Politics vocabulary, the polity's parties named, no place in the headline: the background place is no theatre.
    warning = article("Election 'could be terror target'",
                      "Terrorists might try to target the UK before the election, London's most senior police officer said. "
                      "Terror groups remember the effect of the Madrid bomb on Spain's general election, he told Labour and Tory MPs.",
                      (place("United Kingdom"), ("UK",)), (place("London"), ("London",)), (place("Madrid"), ("Madrid",)),
                      (place("Spain"), ("Spain",)), (org("Labour Party"), ("Labour",)), (org("Conservative Party"), ("Tory",)))
    assert theatre_of(warning) == "GB"
    raid = article("Madrid raid ends siege", warning.article.body_md, *warning.surface_forms)
    assert theatre_of(raid) == "ES"  # a headline naming the place still says where the action is


def test_places_given_as_examples_are_no_place_of_the_action() -> None:
    laureate = article("Kenyan laureate links peace and trees",
                       "Kenya's deputy environment minister said conflicts such as in Sudan's Darfur region had their roots "
                       "in competition for scarce resources, and Kenya would plant more trees.",
                       (place("Kenya"), ("Kenya",)), (place("Sudan"), ("Sudan",)), (place("Darfur"), ("Darfur",)))
    assert theatre_of(laureate) == "KE"


def test_the_headline_names_places_the_body_spells_otherwise() -> None:
    urged = article("Act on detention ruling, UK urged", "The government must act on the ruling, British campaigners said.",
                    (place("United Kingdom"), ("British",)), (place("Ireland"), ("Irish",)))
    assert theatre_of(urged) == "GB"


def test_a_hand_set_theatre_wins() -> None:
    idlib = article("Airstrikes on Idlib", "Airstrikes on Idlib killed 9.", (place("Idlib"), ("Idlib",)), theatre="TR")
    assert theatre_of(idlib) == "TR"


def write(root: Path, front: str) -> None:
    path = root / "content/articles/2016/05/x.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ntitle: X\ndate: 2016-05-03\n{front}---\nText.\n", encoding="utf-8")


def test_front_matter_theatre_is_a_country_code(tmp_path: Path) -> None:
    write(tmp_path, "theatre: sy\n")
    assert load_articles(tmp_path / "content/articles", tmp_path)[0].theatre == "SY"
    write(tmp_path, "theatre: NO\n")
    with pytest.raises(BriefingError, match=r"x.md:4: front matter: theatre: must be a two-letter country code \(got False\); "
                                            r"put the code in quotes: theatre: 'NO'"):
        load_articles(tmp_path / "content/articles", tmp_path)
    write(tmp_path, "theatre: Syria\n")
    with pytest.raises(BriefingError, match=r"x.md:4: front matter: theatre: must be a two-letter country code .*\(got 'Syria'\)"):
        load_articles(tmp_path / "content/articles", tmp_path)


def test_the_seed_story_files_under_syria(tmp_path: Path) -> None:
    cfg = load_config(REPO)
    articles = load_articles(REPO / "content/articles", REPO)
    index = build_index(resolve_articles(enrich_articles(articles, cfg, cache_dir=tmp_path)))
    seed = [path for path in index.theatre if path.startswith("articles/2016/05/")]
    assert seed and all(index.theatre[path] == "SY" for path in seed)


def test_a_country_before_its_armed_forces_is_the_actor_not_the_place() -> None:
    from generator.nlp.action_place import BARE, mention_weight

    title = "US airstrikes kill 23 civilians in Syria"
    assert mention_weight(title, 0, 2, local=False) == 0.0  # "US airstrikes": who
    assert mention_weight(title, title.index("Syria"), len(title), local=False) > BARE  # "in Syria": where
    assert mention_weight("Talks in the US resumed", 13, 15, local=False) > BARE


def person(name: str) -> EntityRef:
    return EntityRef(name, "person")


def test_a_country_after_a_capitalised_compass_word_is_another_place() -> None:
    talks = article("Old enemies edge towards a deal", "Old enemies in Northern Ireland were edging towards a deal last night, "
                    "the UK government said.", (place("Ireland"), ("Ireland",)), (place("United Kingdom"), ("UK",)))
    assert theatre_of(talks) == "GB"


def test_a_place_inside_a_persons_name_is_no_place_of_the_story() -> None:
    column = article("Column: the week in Washington", "By Paris Hilton. The Pentagon said in Washington that the report stands.",
                     (place("Paris"), ("Paris",)), (place("Washington"), ("Washington",)), (person("Paris Hilton"), ("Paris Hilton", "Hilton")))
    assert theatre_of(column) == "US"


def test_without_a_place_of_action_the_ingested_dateline_decides() -> None:
    import dataclasses
    body = ("A leader of the uprising jailed by Israel plans to run in the elections, a person close to him said. "
            "Israeli officials said little, and Israel made no comment.")
    vote = article("Barghouti to run for leader", body, (place("Israel"), ("Israel", "Israeli")))
    assert theatre_of(vote) == "IL"
    dated = dataclasses.replace(vote, article=dataclasses.replace(vote.article, dateline="Ramallah"))
    assert theatre_of(dated) == "PS"


def test_near_a_country_is_outside_it() -> None:
    qalamoun = article("Troops kill 50 jihadists near Lebanon", "Fighting raged overnight in Syria near Lebanon, a monitor said.",
                       (place("Lebanon"), ("Lebanon",)), (place("Syria"), ("Syria",)))
    assert theatre_of(qalamoun) == "SY"
    # ... also when the country beside the action is the only one the headline names and an armed group of it is named
    qalamun = article("Syria troops kill at least 50 jihadists near Lebanon",
                      "Jihadists were killed by Syrian troops backed by Lebanese Hezbollah fighters in the Qalamun region.",
                      (place("Lebanon"), ("Lebanon",)), (place("Syria"), ("Syria", "Syrian")), (place("Qalamoun"), ("Qalamun",)),
                      (org("Hezbollah"), ("Hezbollah",)))
    assert theatre_of(qalamun) == "SY"


def test_where_a_group_is_banned_is_no_place_of_action() -> None:
    tabqa = article("Militants killed near Tabqa", "The SDF killed 13 fighters of Daesh (a terrorist group banned in Russia) "
                    "in Raqqa province.", (place("Russia"), ("Russia",)), (place("Raqqa"), ("Raqqa",)))
    assert theatre_of(tabqa) == "SY"


def test_a_place_inside_a_listed_bodys_long_name_is_no_place_even_when_the_finder_split_it() -> None:
    video = article("Group claims beheading of 18 soldiers", "The so-called Islamic State in Iraq and the Levant on Sunday claimed to "
                    "have executed an aid worker kidnapped in Syria.", (place("Iraq"), ("Iraq",)), (place("Syria"), ("Syria",)),
                    (org("Islamic State"), ("Islamic State",)))
    assert theatre_of(video) == "SY"


def test_a_dateline_that_lost_its_punctuation_is_still_where_the_reporter_is() -> None:
    from generator.nlp.action_place import NamedPlace, place_scores
    from generator.nlp.geo import is_demonym

    beirut = NamedPlace("Beirut", "LB", ("Beirut",), True)
    score = place_scores("Air strikes kill 39", "Beirut Syrian government air strikes killed 39 people.", [beirut], (), is_demonym)["Beirut"]
    assert score.dateline and score.action == 0


def test_the_war_in_a_country_is_a_topic_not_the_place_of_the_action() -> None:
    debate = article("Muslims discuss election concerns", "Issues Muslims should weigh before voting are to be debated by UK "
                     "community representatives. Last year the association, which opposed the war in Iraq, urged a protest vote.",
                     (place("Iraq"), ("Iraq",)), (place("United Kingdom"), ("UK",)), (org("Labour Party"), ("Labour",)))
    assert theatre_of(debate) == "GB"


def test_a_headlines_country_outweighs_the_dateline_of_copy_with_no_place_of_action() -> None:
    import dataclasses
    strikes = article("Syria regime air strikes kill at least 39", "Government air strikes killed at least 39 people in the north of "
                      "the country, the Syrian Observatory for Human Rights said.", (place("Syria"), ("Syria", "Syrian")),
                      (org("Syrian Observatory for Human Rights"), ("Syrian Observatory for Human Rights",)))
    filed = dataclasses.replace(strikes, article=dataclasses.replace(strikes.article, dateline="Beirut"))
    assert theatre_of(filed) == "SY"


def test_a_headline_possessive_that_lost_its_apostrophe_still_names_the_place() -> None:
    from generator.nlp.geo import places_in_title

    assert places_in_title("Kurdish forces kill 13 near Syrias town of Tabqa")[0][1:3] == ("Syria", "SY")
    assert places_in_title("Americas summit opens") == ()  # "America" is another name of a country, not its own


def test_the_democratic_republic_of_congo_is_a_country_under_its_news_names() -> None:
    from generator.nlp.geo import place_location

    assert {place_location(name).country for name in ("DR Congo", "DRC", "Democratic Republic of Congo")} == {"CD"}  # type: ignore[union-attr]


def test_based_on_a_country_names_no_place_of_action() -> None:
    flag = article("New Zealand begins process to change its flag", "The government announced a public process. The current flag "
                   "is partially based on the United Kingdom's flag.", (place("New Zealand"), ("New Zealand",)),
                   (place("United Kingdom"), ("United Kingdom",)))
    assert theatre_of(flag) == "NZ"


def test_a_headlines_state_names_the_place() -> None:
    from generator.nlp.geo import places_in_title

    assert places_in_title("Man charged with animal cruelty in Gainesville, Florida")[-1][1:3] == ("Florida", "US")


def test_a_countrys_possessive_before_an_office_says_who_not_where() -> None:
    laureate = article("Kenyan collects Nobel peace prize", "Professor Maathai, also Kenya's deputy environment minister, won the "
                       "award. " + "She spoke of trees and peace. " * 8 + "She received it at the ceremony in Oslo's city hall.",
                       (place("Kenya"), ("Kenya",)), (place("Oslo"), ("Oslo",)))
    assert theatre_of(laureate) == "NO"


def test_a_country_opening_the_headline_as_the_subject_of_its_verb_is_the_polity_acting() -> None:
    from generator.nlp.action_place import LOCAL, NamedPlace, place_scores
    from generator.nlp.geo import is_demonym

    def headline_weight(title: str, name: str) -> float:
        return place_scores(title, "", [NamedPlace(name, "XX", (name,), False)], (), is_demonym)[name].weight

    assert headline_weight("Cuba counters US Christmas lights", "Cuba") == 3 * LOCAL
    assert headline_weight("Iran says Syria to let inspectors visit", "Iran") < 3 * LOCAL  # a statement, about elsewhere
    assert headline_weight("New Zealand lose Franklin to groin injury", "New Zealand") < 3 * LOCAL  # a team


def test_a_place_shown_in_a_display_is_not_where_the_action_is() -> None:
    lights = article("Cuba counters US Christmas lights", "The Cuban display includes images of Iraqis at the Abu Ghraib prison "
                     "in Baghdad. Cuba complained to the US mission about its decorations.", (place("Cuba"), ("Cuba", "Cuban")),
                     (place("Baghdad"), ("Baghdad",)), (place("United States"), ("US",)))
    assert theatre_of(lights) == "CU"


def test_a_place_before_a_word_for_people_says_who_they_are() -> None:
    from generator.nlp.action_place import mention_weight

    assert mention_weight("Guantanamo pair's passport ban", 0, 10, local=True) == 0.0
    assert mention_weight("a question from 22-year-old Liverpool student David Dunne", 28, 37, local=True) == 0.0
    assert mention_weight("Aleppo residents flee", 0, 6, local=True) > 0.0  # residents are where the story is
    # the people held there, in a story told from elsewhere (a court, a lecture hall, a parliament)
    for phrase in ("the legal rights of Guantanamo Bay detainees", "the release of Evin prisoners", "Camp Bucca inmates",
                   "Bagram captives"):
        start = phrase.index(next(word for word in phrase.split() if word[0].isupper()))
        end = phrase.rindex(" ")
        assert mention_weight(phrase, start, end, local=True) == 0.0, phrase


def test_where_people_were_freed_from_is_behind_them() -> None:
    pair = article("Guantanamo pair's passport ban", "The government has written to two British men freed from Guantanamo Bay "
                   "telling them they will not be allowed passports, the Liberal Democrats said.",
                   (place("Guantanamo Bay"), ("Guantanamo Bay", "Guantanamo")), (place("United Kingdom"), ("British",)),
                   (org("Liberal Democrats"), ("Liberal Democrats",)))
    assert theatre_of(pair) == "GB"


def test_on_after_talk_or_money_names_a_topic_not_a_target() -> None:
    from generator.nlp.action_place import BARE, mention_weight

    assert mention_weight("Aid looks wasted on China", 21, 26, local=False) == BARE
    assert mention_weight("Air strikes on Syria", 15, 20, local=False) > BARE  # an attack's "on" is the place hit


def test_a_polity_office_or_body_in_politics_copy_puts_it_where_the_polity_sits() -> None:
    ruling = article("Families win death test case probe", "The High Court ruled on Tuesday that a death in British custody in Iraq "
                     "fell within the UK's jurisdiction, and the judges paved the way for an inquiry.",
                     (place("Iraq"), ("Iraq",)), (place("United Kingdom"), ("British", "UK")))
    assert theatre_of(ruling) == "GB"


def test_a_body_many_polities_have_belongs_to_the_one_the_article_names_or_none() -> None:
    from generator.nlp.polities import bodies_named, parse_bodies

    bodies = parse_bodies(["High Court\tGB IE IN", "Kremlin\tRU", "House of Commons\tGB CA\tCommons", "White House\tUS"])
    assert [(b.name, b.country) for b in bodies_named("The High Court ruled.", frozenset({"GB", "IQ"}), bodies)] == [("High Court", "GB")]
    assert bodies_named("The High Court ruled.", frozenset({"GB", "IE"}), bodies) == ()  # two of its countries: whose?
    assert [b.forms for b in bodies_named("MPs in the House of Commons and the Commons", frozenset({"GB"}), bodies)] == [
        ("House of Commons", "Commons")]
    assert bodies_named("the commons of the village, a white house, anti-Kremlin protests", frozenset(), bodies) == ()  # as written


def test_the_shipped_polity_table_parses_and_every_code_is_a_country() -> None:
    from generator.nlp.gazetteer import country_codes
    from generator.nlp.polities import load_bodies

    bodies = load_bodies()
    assert len(bodies) > 50 and all(b.countries and b.countries <= country_codes() for b in bodies)


def test_a_place_after_ahead_of_in_its_clause_is_an_event_to_come() -> None:
    from generator.nlp.action_place import EXAMPLE, LOCATIVE, mention_weight

    text = "In an interview ahead of a meeting in London, he said attacks must stop in Gaza."
    assert mention_weight(text, text.index("London"), text.index("London") + 6, local=True) == EXAMPLE
    assert mention_weight(text, text.index("Gaza"), text.index("Gaza") + 4, local=True) == LOCATIVE  # another clause


def test_such_as_reaches_back_through_its_clause() -> None:
    from generator.nlp.action_place import EXAMPLE, mention_weight

    text = "He will not tolerate attacks such as last Friday's suicide bombing in the Israeli city of Tel Aviv."
    assert mention_weight(text, text.index("Tel Aviv"), text.index("Tel Aviv") + 8, local=True) == EXAMPLE


def test_politics_copy_whose_lead_names_its_polity_is_filed_there_whatever_its_dateline() -> None:
    import dataclasses
    vote = article("Vote for successor planned", "On Saturday Palestinian Authority Prime Minister Ahmed Korei promised that Palestinians would "
                   "hold a general election within 60 days, telling reporters in the West Bank city of Ramallah.",
                   (place("Ramallah"), ("Ramallah",)))
    assert theatre_of(dataclasses.replace(vote, article=dataclasses.replace(vote.article, dateline="Jerusalem"))) == "PS"


def test_ahead_of_reaches_only_the_few_words_of_its_noun_phrase() -> None:
    from generator.nlp.action_place import LOCATIVE, mention_weight

    text = "Troops moved ahead of the truce that the two sides agreed last week into the town of Tabqa"  # no commas, as in FA-KES
    assert mention_weight(text, text.index("Tabqa"), len(text), local=True) == LOCATIVE


def test_a_place_in_a_newspapers_name_is_no_place_of_the_story() -> None:
    from generator.nlp.action_place import mention_weight

    assert mention_weight("The Japan Times Online", 4, 9, local=False) == 0.0
    assert mention_weight("the Jerusalem Post reported", 4, 13, local=True) == 0.0
    assert mention_weight("Turkey Post-election unrest", 0, 6, local=False) > 0.0  # not a paper's name


def test_a_mention_found_under_two_spellings_of_its_place_counts_once() -> None:
    from generator.nlp.action_place import LEAD, LOCATIVE, NamedPlace, place_scores
    from generator.nlp.geo import is_demonym
    bay = NamedPlace("Guantanamo Bay", "CU", ("Guantanamo Bay", "Guantanamo"), True)
    score = place_scores("Pair sue", "A suspect held in Guantanamo Bay for 33 months plans to sue.", [bay], (), is_demonym)
    assert score["Guantanamo Bay"].action == LEAD * LOCATIVE


def test_a_body_inside_another_organisations_name_is_no_polity() -> None:
    # "Congress" is the US Congress alone; inside a Nigerian party's name it puts nothing in the US.
    vote = article("Jonathan concedes defeat in presidential election",
                   "Goodluck Jonathan phoned Muhammadu Buhari to concede defeat in Nigeria's presidential elections. "
                   "Buhari's All Progressives Congress demanded a recount, the party said.",
                   (place("Nigeria"), ("Nigeria",)), (org("All Progressives Congress"), ("All Progressives Congress",)))
    assert theatre_of(vote) == "NG"


def test_a_demonym_before_a_piece_of_land_after_a_locative_names_its_country() -> None:
    grave = article("Troops discover mass grave with 90 bodies",
                    "Troops from Niger and Chad discovered a mass grave near a northern Nigerian town retaken from Boko Haram.",
                    (place("Niger"), ("Niger",)), (place("Chad"), ("Chad",)), (place("Nigeria"), ("Nigerian",)))
    assert theatre_of(grave) == "NG"
    # Without a locative word the demonym says whose, not where: "flights to Britain from the Czech capital".
    flights = article("UK officials stopped Roma at Prague airport", "Officials stopped people flying from the Czech capital.",
                      (place("United Kingdom"), ("UK",)), (place("Czechia"), ("Czech",)))
    assert theatre_of(flights) == "GB"


def test_a_town_spelled_as_a_persons_surname_is_that_person() -> None:
    # "Palin" is a town in Guatemala, and here only Bristol Palin's surname.
    engaged = article("Bristol Palin engaged to Dakota Meyer",
                      "Meyer proposed to Palin on Friday at a concert in Las Vegas, Palin said on her blog.",
                      (person("Bristol Palin"), ("Bristol Palin", "Palin")), (place("Palin"), ("Palin",)), (place("Las Vegas"), ("Las Vegas",)))
    assert theatre_of(engaged) == "US"


def test_forces_pulled_out_of_a_country_were_there() -> None:
    exit_ = article("Last special forces leave", "The United States and Great Britain have pulled their last forces out of "
                    "strife-torn Yemen, the U.S. State Department said.",
                    (place("United States"), ("United States", "U.S.")), (place("United Kingdom"), ("Great Britain",)), (place("Yemen"), ("Yemen",)))
    assert theatre_of(exit_) == "YE"


def test_a_judges_order_is_filed_where_the_court_sits() -> None:
    order = article("Judge orders abuse photos released",
                    "A federal judge has ordered the Defense Department to release photos of detainees abused in detention "
                    "centers in Iraq, the Pentagon said.",
                    (place("Iraq"), ("Iraq",)), (org("Pentagon"), ("Pentagon",)))
    assert theatre_of(order) == "US"


def test_an_organisation_named_after_the_country_it_is_in_belongs_there() -> None:
    from generator.nlp.resolve import default_resolver
    resolver = default_resolver()
    assert resolver.country_of(org("American University of Nigeria")) == "NG"
    assert resolver.country_of(org("Russian Foreign Ministry")) == "RU"
    assert resolver.country_of(org("University of Iowa")) == ""  # no body of a polity


def test_a_town_several_countries_share_is_the_one_in_the_country_the_article_names() -> None:
    # GeoNames' largest Cambridge is England's; in copy naming only the United States it is the one in Massachusetts.
    trial = article("Carjacked driver testifies", "He said he had just killed a policeman in Cambridge, the man told the U.S. court.",
                    (place("Cambridge"), ("Cambridge",)), (place("United States"), ("U.S.",)))
    assert theatre_of(trial) == "US"


def test_a_country_inside_a_longer_place_name_is_that_place() -> None:
    # "Panama" of "Panama City Beach, Florida" names no Panama, and that Panama City is Florida's.
    shooting = article("Spring break shooting", "Seven people were wounded in Panama City Beach, Florida, the sheriff said.",
                       (place("Panama City"), ("Panama City",)), (place("Panama"), ("Panama",)), (place("Florida"), ("Florida",)))
    assert theatre_of(shooting) == "US"


def test_a_place_someone_plans_to_go_to_is_no_place_of_the_action() -> None:
    detained = article("Indonesians detained", "Officials in Turkey detained 16 Indonesians who were planning to cross the border into Syria.",
                       (place("Turkey"), ("Turkey",)), (place("Syria"), ("Syria",)))
    assert theatre_of(detained) == "TR"


def test_westminster_is_the_seat_of_the_uk_government() -> None:
    threats = article("BBC chief threatened", "Police in Westminster are investigating an allegation of threats to kill.",
                      (place("Westminster"), ("Westminster",)))
    assert theatre_of(threats) == "GB"


def test_a_polity_the_headline_names_by_its_institution_is_where_politics_copy_is_filed() -> None:
    # "Israel's ruling Likud Party": the polity the copy is about, above the White House its lead mentions; but a
    # country's envoy sits abroad ("Russia's envoy to Denmark").
    vote = article("Israel's ruling Likud Party pulled off a victory in Tuesday's election",
                   "Netanyahu had a frosty relationship with the White House. Likud is on course to win 30 seats in the Knesset.",
                   (place("Israel"), ("Israel",)), (org("White House"), ("White House",)))
    assert theatre_of(vote) == "IL"
    envoy = article("Denmark slams Russia's envoy over threat", "Denmark's foreign minister called the comments by Russia's envoy unacceptable.",
                    (place("Denmark"), ("Denmark",)), (place("Russia"), ("Russia",)))
    assert theatre_of(envoy) == "DK"


def test_a_country_modifying_a_common_noun_after_the_names_a_topic() -> None:
    # "on the Iran nuclear issue" is what Netanyahu is fixed on, not a place of the story; "on Iran" would be a target.
    from generator.nlp.action_place import BARE, LOCATIVE, mention_weight
    text = "He was criticised for his fixation on the Iran nuclear issue."
    assert mention_weight(text, text.index("Iran"), text.index("Iran") + 4, False) == BARE
    strike = "Jets struck targets on Iran today."
    assert mention_weight(strike, strike.index("Iran"), strike.index("Iran") + 4, False) == LOCATIVE
    netherlands = "He lives in the Netherlands now."
    assert mention_weight(netherlands, netherlands.index("Netherlands"), netherlands.index("Netherlands") + 11, False) == LOCATIVE


def test_a_place_someone_is_back_from_doing_something_in_is_no_place_of_the_action() -> None:
    from generator.nlp.action_place import BARE, LOCATIVE, mention_weight
    back = "An Afghan freshly back from fighting in Syria recruits men."
    assert mention_weight(back, back.index("Syria"), back.index("Syria") + 5, False) == BARE
    there = "An Afghan who is fighting in Syria recruits men."
    assert mention_weight(there, there.index("Syria"), there.index("Syria") + 5, False) == LOCATIVE


@pytest.mark.parametrize(("dateline", "country"), [
    ("Kano, Nigeria", "NG"), ("Venice, California", "US"), ("Bethlehem, West Bank", "PS"),
    ("Aberdeenshire, Scotland", "GB"), ("Chao Hu, Anhui, China", "CN"), ("Venice", "IT"),
])
def test_a_datelines_region_places_a_town_it_names(dateline: str, country: str) -> None:
    from generator.nlp.entities import dateline_place
    from generator.nlp.geo import dateline_location

    assert (located := dateline_location(dateline)) is not None and located.country == country
    assert (place := dateline_place(dateline)) is not None
    assert (found := dateline_location(place.name)) is not None and found.country == country


def test_a_place_inside_the_name_of_where_something_happens_is_the_place_of_the_action() -> None:
    # The extractor may miss the school; the place its name holds is where the lecture was, over a topic's places.
    lecture = article("Rights chief laments war failure", "In a lecture at the London School of Economics, she spoke of the camp "
                      "that Cuba holds.", (place("Cuba"), ("Cuba",)))
    assert theatre_of(lecture) == "GB"
    # Found as an organisation, the school still says where; a newspaper the copy quotes does not.
    found = article("Rights chief laments war failure", "In a lecture at the London School of Economics, she spoke of Cuba.",
                    (org("London School of Economics"), ("London School of Economics",)), (place("Cuba"), ("Cuba",)))
    assert theatre_of(found) == "GB"
    quoted = article("Rights chief laments war failure", "She told the London Evening Standard that Cuba was a symbol of abuse.",
                     (org("London Evening Standard"), ("London Evening Standard",)), (place("Cuba"), ("Cuba",)))
    assert theatre_of(quoted) == "CU"


@pytest.mark.parametrize("spelling", ["Deir Ezour", "Deir Ezzur", "Deir Ezzour"])
def test_deir_ez_zor_is_known_in_the_spellings_state_media_use(spelling: str) -> None:
    from generator.nlp.geo import place_location

    assert (found := place_location(spelling)) is not None and found.country == "SY"  # "Syrian Army Kills 60 ISIL Terrorists in Deir Ezour"


def test_a_town_someone_comes_from_is_no_place_of_the_action() -> None:
    from generator.nlp.action_place import BARE, LOCAL, mention_weight
    origin = "The victim is a Canadian from Calgary, officials said."
    assert mention_weight(origin, origin.index("Calgary"), origin.index("Calgary") + 7, True) == BARE
    named = "Calgary police said the victim was 35."
    assert mention_weight(named, 0, 7, True) == LOCAL
    distance = "Shells struck the town 60 kilometres (35 miles) from Damascus."
    assert mention_weight(distance, distance.index("Damascus"), distance.index("Damascus") + 8, True) == LOCAL


def test_a_town_of_a_country_the_copy_names_by_its_demonym_is_no_namesake_elsewhere() -> None:
    # GeoNames has a Rome in the United States too; the Italian newspaper says which one is meant.
    colosseum = article("Tourists arrested", "Two American women were arrested for carving their initials inside Rome's Colosseum, "
                        "the daily Italian newspaper La Stampa says. The women are both from California.", (place("Rome"), ("Rome",)),
                        (place("United States"), ("American",)), (place("Italy"), ("Italian",)), (place("California"), ("California",)))
    assert theatre_of(colosseum) == "IT"


def test_a_capitals_possessive_before_a_common_noun_names_its_government() -> None:
    from generator.nlp.action_place import BARE, LEAD, LOCAL, NamedPlace, place_scores
    from generator.nlp.geo import is_demonym

    def lead_weight(body: str, name: str) -> float:
        return place_scores("", body, [NamedPlace(name, "XX", (name,), True, True)], (), is_demonym)[name].weight

    assert lead_weight("The powers tried to curb Tehran's nuclear program.", "Tehran") == LEAD * BARE
    assert lead_weight("Shells hit Damascus's eastern suburbs.", "Damascus") == LEAD * LOCAL  # a part of the city
    assert lead_weight("A bomb went off near Baghdad's Green Zone.", "Baghdad") > LEAD * BARE


def test_talks_are_filed_where_they_are_held_not_under_a_party_to_them() -> None:
    import dataclasses
    talks = article("Nuclear talks intensified Sunday between world powers and Iran", "Nuclear talks intensified Sunday between "
                    "world powers and Iran as the countries tried to curb Tehran's nuclear program.",
                    (place("Iran"), ("Iran",)), (place("Tehran"), ("Tehran",)))
    held = dataclasses.replace(talks, article=dataclasses.replace(talks.article, dateline="Lausanne, Switzerland"))
    assert theatre_of(held) == "CH"


def test_a_suit_against_a_government_is_its_politics_filed_where_it_sits() -> None:
    suit = article("Guantanamo man 'suing government'", "A British terror suspect held in Guantanamo Bay for 33 months plans to sue "
                   "the government. He claimed an officer sent him to the US camp in Cuba, the Liberal Democrats said.",
                   (place("Guantanamo Bay"), ("Guantanamo Bay", "Guantanamo")), (place("Cuba"), ("Cuba",)),
                   (place("United Kingdom"), ("British",)), (org("Liberal Democrats"), ("Liberal Democrats",)))
    assert theatre_of(suit) == "GB"


def test_a_body_many_polities_share_is_the_outlets_own_in_copy_naming_no_country() -> None:
    import dataclasses

    from generator.outlets import Outlet, Outlets

    fans = article("Ginsburg's fans", "It's no secret that Supreme Court Justice Ruth Bader Ginsburg has a young, liberal fanbase.")
    from_cnn = dataclasses.replace(fans, article=dataclasses.replace(fans.article, source="CNN"))
    cnn = Outlets.of((Outlet("CNN", (), (), "US"),))
    assert build_index((from_cnn,), outlets=cnn).theatre["articles/2016/05/a.html"] == "US"
    assert theatre_of(fans) == ""  # no outlet, no country: no theatre


def test_a_university_the_lead_names_is_where_its_story_is_but_not_a_persons_affiliation() -> None:
    chant = article("Fraternity under fire", "University of Oklahoma President David Boren cut the university's ties with the "
                    "fraternity.", (org("University of Oklahoma"), ("University of Oklahoma",)))
    assert theatre_of(chant) == "US"
    talons = article("Neanderthal jewellery", "Kansas University's David Frayer said the talons were found in present-day Croatia.",
                     (org("Kansas University"), ("Kansas University",)), (place("Croatia"), ("Croatia",)))
    assert theatre_of(talons) == "HR"


def test_where_words_were_said_is_not_the_place_of_the_action_they_report() -> None:
    strikes = article("Strikes to continue", "Lavrov said in Moscow that air strikes on Idlib would continue.",
                      (place("Moscow"), ("Moscow",)), (place("Idlib"), ("Idlib",)))
    assert theatre_of(strikes) == "SY"
    palmyra = article("Palmyra retaken", "Speaking in Berlin, the Syrian foreign minister said government forces had retaken Palmyra.",
                      (place("Berlin"), ("Berlin",)), (place("Palmyra"), ("Palmyra",)))
    assert theatre_of(palmyra) == "SY"


def test_a_screening_is_where_it_is_shown_not_where_its_film_is_about() -> None:
    screening = article("Charity video screened", "A screening in London of a film about the famine in Ethiopia drew crowds on Tuesday.",
                        (place("London"), ("London",)), (place("Ethiopia"), ("Ethiopia",)))
    assert theatre_of(screening) == "GB"


def test_size_age_and_ordinal_words_stand_between_a_locative_word_and_its_place() -> None:
    from generator.nlp.action_place import LOCATIVE, mention_weight

    text = "Operations began in neighboring Yemen; the ring was found in a 9th century Swedish grave in a small German town."
    assert mention_weight(text, text.index("Yemen"), text.index("Yemen") + 5, local=False) == LOCATIVE
    assert mention_weight(text, text.index("Swedish"), text.index("Swedish") + 7, local=True) == LOCATIVE
    assert mention_weight(text, text.index("German"), text.index("German") + 6, local=True) == LOCATIVE
    border = article("Rockets hit town", "Rockets fired from Syria landed in the key Turkish border town of Kilis on Monday.",
                     (place("Syria"), ("Syria",)), (place("Turkey"), ("Turkish",)))
    assert theatre_of(border) == "TR"


def test_in_a_match_report_a_country_named_bare_is_a_team_and_the_match_is_where_it_was_played() -> None:
    match = article("Sweden, Belgium, England win three points",
                    "Sweden defeated South Korea 1 – 0 and Tunisia lost 1 – 2 to England. Belgium faced Panama at the stadium in Sochi.",
                    (place("Sweden"), ("Sweden",)), (place("South Korea"), ("South Korea",)), (place("Tunisia"), ("Tunisia",)),
                    (place("England"), ("England",)), (place("Belgium"), ("Belgium",)), (place("Panama"), ("Panama",)),
                    (place("Sochi"), ("Sochi",)))
    assert theatre_of(match) == "RU"


def test_a_company_named_by_its_country_is_no_body_of_its_polity() -> None:
    crash = article("Crash raises questions over flying in storms",
                    "The jet crashed after flying into a storm, a year after two Malaysia Airlines planes were lost. Indonesia leads the search.",
                    (org("Malaysia Airlines"), ("Malaysia Airlines",)), (place("Indonesia"), ("Indonesia",)))
    assert theatre_of(crash) == "ID"


def test_a_town_whose_name_is_the_title_of_a_work_in_the_article_is_that_work_throughout() -> None:
    batman = article("Batman and Robin to return",
                     'The stars promised a return to their roles of Batman and Robin at a fan convention in Charlotte, NC. '
                     'A new animated feature marks 50 years of the Batman TV series.',
                     (place("Batman"), ("Batman",)), (place("Charlotte"), ("Charlotte",)))
    assert theatre_of(batman) == "US"


def test_a_range_of_small_numbers_is_no_match_score() -> None:
    from generator.nlp.action_place import reports_match

    assert reports_match("Wales beat Israel 3-0", "Bale scored twice in the northern city of Haifa.")
    assert reports_match("Arsenal out", "The Premier League side recorded a 2-0 victory on the night but went out.")
    assert not reports_match("Air strikes kill 10-15 fighters", "The army lost ground as air strikes killed 10-15 fighters in Syria.")


def test_sport_copy_naming_no_place_but_in_its_clubs_names_is_filed_in_the_clubs_country() -> None:
    # "Madrid" and "Bilbao" are hidden inside the clubs' names as places, but a club plays in its town's country.
    report = article("Real Madrid slump to defeat against Athletic Bilbao",
                     "Real Madrid fell to a 1-0 defeat at the hands of Athletic Bilbao on Saturday.",
                     (org("Real Madrid"), ("Real Madrid",)), (org("Athletic Bilbao"), ("Athletic Bilbao",)))
    assert theatre_of(report) == "ES"
    from generator.nlp.geo import club_countries
    assert club_countries("Manchester United beat Kansas City Chiefs") == ["GB"]  # "City" of a town's own name is no club word


def test_a_town_whose_name_holds_a_countrys_is_that_town_not_the_country() -> None:
    from generator.nlp.geo import places_in_title
    # "Panama City" (a town with namesakes in Panama and the US), placed by "Florida", not the country Panama
    assert [place[1] for place in places_in_title("A shooting in Panama City Beach, Florida")] == ["Panama City", "Florida"]



def test_on_a_tie_a_country_named_by_one_of_its_towns_wins_over_one_named_only_as_a_country() -> None:
    # Copy naming no place in its headline or lead: "in Los Angeles" and "in the UK" weigh alike.
    spaceship = article("A film spaceship goes to a museum",
                        " ".join(["The academy bought the model at an auction on Saturday for a large sum of money."] * 8)
                        + " The academy will show it in its museum in Los Angeles. A collector in the UK had kept it.",
                        (place("Los Angeles"), ("Los Angeles",)), (place("United Kingdom"), ("UK",)))
    assert theatre_of(spaceship) == "US"


def test_a_verb_of_going_into_a_place_puts_the_action_there() -> None:
    # "neared Latvian airspace": the intercept is where the aircraft went, not the country that flew them.
    jets = article("NATO jets scrambled to intercept aircraft",
                   "NATO jets scrambled to intercept Russian military aircraft as they neared Latvian airspace, officials said.",
                   (place("Russia"), ("Russian",)), (place("Latvia"), ("Latvian",)))
    assert theatre_of(jets) == "LV"
