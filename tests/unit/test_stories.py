import dataclasses
import datetime as dt
import random

from generator.nlp.events import EventSignature
from generator.nlp.stories import StoryInput, group_stories, story_terms, story_wording

BOMB = ("Car bomb kills 12 in Qamishli market", "A car bomb exploded in a crowded market in Qamishli on Sunday killing 12 people.")
BOMB_TOO = ("Qamishli market car bomb: 12 killed", "Twelve people were killed when a car bomb tore through a market in Qamishli.")
BUDGET = ("Parliament debates budget", "Members of parliament in London debated the budget on Sunday evening.")


def report(key: str, text: tuple[str, str], day: int, given: str = "") -> StoryInput:
    return StoryInput(key, dt.date(2017, 1, day), key, story_terms(*text), given)


def test_reports_of_one_event_share_a_story_and_others_do_not() -> None:
    stories = group_stories([report("a", BOMB, 5), report("b", BOMB_TOO, 6), report("c", BUDGET, 5)])
    assert stories["a"] == stories["b"] != stories["c"]
    assert stories["a"].startswith("2017-01-05-")  # named after its first report


def test_too_far_apart_in_time_is_another_story() -> None:
    stories = group_stories([report("a", BOMB, 1), report("b", BOMB_TOO, 20)])
    assert stories["a"] != stories["b"]


def test_the_grouping_does_not_depend_on_the_order_articles_come_in() -> None:
    articles = [report("a", BOMB, 5), report("b", BOMB_TOO, 6), report("c", BUDGET, 5), report("d", BOMB, 7)]
    expected = group_stories(articles)
    for seed in range(5):
        shuffled = list(articles)
        random.Random(seed).shuffle(shuffled)
        assert group_stories(shuffled) == expected


def test_an_editors_story_is_kept_and_later_reports_can_join_it() -> None:
    stories = group_stories([report("a", BOMB, 5, given="qamishli-bombing"), report("b", BOMB_TOO, 6),
                             report("c", BUDGET, 6, given="qamishli-bombing")])
    assert stories == {"a": "qamishli-bombing", "b": "qamishli-bombing", "c": "qamishli-bombing"}


def test_no_chaining_every_report_must_match_the_storys_core() -> None:
    # A ~ B and B ~ C, but A !~ C: C may not join A's story through B.
    a = ("Air strikes hit Aleppo hospital", "Air strikes hit a hospital in eastern Aleppo, medics said, and the hospital closed.")
    b = ("Air strikes hit Aleppo hospital and market", "Air strikes hit a hospital and a busy market in Aleppo; the market burned for hours.")
    c = ("Fire guts Aleppo market", "A fire destroyed a busy market in Aleppo; the market burned for hours after the blaze.")
    terms = {key: story_terms(*text) for key, text in (("a", a), ("b", b), ("c", c))}
    from generator.nlp.stories import story_similarity
    assert story_similarity(terms["a"], terms["c"]) < story_similarity(terms["b"], terms["c"])
    stories = group_stories([report("a", a, 5), report("b", b, 5), report("c", c, 5)])
    assert stories["a"] == stories["b"] != stories["c"]


def test_the_window_is_measured_from_the_core_not_the_last_member() -> None:
    # b and c say the event was on the 1st; b, two days on, is within the core's window, c, four days on, is not.
    first = dt.date(2017, 1, 1)
    stories = group_stories([signed("a", BOMB, 1, day=first), signed("b", BOMB_TOO, 3, day=first), signed("c", BOMB, 5, day=first)])
    assert stories["a"] == stories["b"] != stories["c"]


def signed(key: str, text: tuple[str, str], published: int, **signature: object) -> StoryInput:
    return StoryInput(key, dt.date(2017, 1, published), key, story_terms(*text), signature=EventSignature(**signature))  # type: ignore[arg-type]


def test_the_event_signature_says_two_events_however_alike_the_words() -> None:
    homs = ("Car bomb kills 12 in Homs market", "A car bomb exploded in a crowded market in Homs on Sunday killing 12 people.")
    # Another place of the action, hundreds of kilometres away.
    stories = group_stories([signed("a", BOMB, 5, places=("Qamishli",), countries=frozenset({"SY"})),
                             signed("b", homs, 5, places=("Homs",), countries=frozenset({"SY"}))])
    assert stories["a"] != stories["b"]
    # Another kind of event.
    stories = group_stories([signed("a", BOMB, 5, kinds=frozenset({"bombing"})), signed("b", BOMB_TOO, 5, kinds=frozenset({"airstrike"}))])
    assert stories["a"] != stories["b"]
    # Another day of the event, unless one of them reports what was said of it.
    sunday, monday = dt.date(2017, 1, 1), dt.date(2017, 1, 2)
    stories = group_stories([signed("a", BOMB, 5, day=sunday), signed("b", BOMB_TOO, 5, day=monday)])
    assert stories["a"] != stories["b"]
    stories = group_stories([signed("a", BOMB, 5, day=sunday), signed("b", BOMB_TOO, 5, day=monday, statement=True)])
    assert stories["a"] == stories["b"]
    # The same place and kind: one event.
    stories = group_stories([signed("a", BOMB, 5, places=("Qamishli",), kinds=frozenset({"bombing"})),
                             signed("b", BOMB_TOO, 6, places=("Qamishli",), kinds=frozenset({"bombing"}))])
    assert stories["a"] == stories["b"]


def test_an_outlets_furniture_is_no_story_word() -> None:
    # Every article of one outlet ends its headline with "- Region - World - Ahram Online".
    suffix = " - Region - World - Ahram Online"
    events = [("Air strikes kill dozens in Aleppo", "Warplanes struck rebel districts of the city."),
              ("Mortar fire in Damascus kills 12", "Shells fell on the old city, state media said."),
              ("Car bomb hits Homs checkpoint", "A car bomb exploded at an army checkpoint."),
              ("Clashes in Daraa leave 88 dead", "Fighting raged for two days in the south."),
              ("Bomb in Idlib kills 30 fighters", "A tunnel bomb destroyed a checkpoint.")]
    articles = [StoryInput(f"a{i}", dt.date(2014, 4, 21 + i // 3), f"a{i}", story_terms(title + suffix, body), source="Ahram Online")
                for i, (title, body) in enumerate(events)]
    assert len(set(group_stories(articles).values())) == len(events)


def test_event_signature_reads_place_kind_day_and_toll() -> None:
    from generator.nlp.entities import extract_mentions
    from generator.nlp.events import event_signature
    from generator.nlp.figures import extract_figures

    text = "Russian warplanes struck a hospital in Idlib on Friday, killing 35 people, the Britain-based Syrian Observatory said."
    signature = event_signature("Deadly Russian Airstrikes Kill 35 & Destroy Hospital in Idlib", text, dt.date(2017, 1, 7),
                                extract_mentions(text), extract_figures(text))
    assert signature.places[0] == "Idlib" and "United Kingdom" not in signature.places and "Russia" not in signature.places
    assert signature.kinds == frozenset({"airstrike"}) and signature.day == dt.date(2017, 1, 6) and signature.killed == 35


def test_a_toll_spelled_in_words_is_the_event_s_toll_but_a_vague_one_is_not() -> None:
    from generator.nlp.events import event_signature
    from generator.nlp.figures import extract_figures

    def toll(text: str) -> int | None:
        return event_signature("Shelling hits Aleppo", text, dt.date(2016, 4, 5), (), extract_figures(text)).killed

    assert toll("Ten civilians were killed when shells hit the Sheikh Maqsoud district.") == 10
    assert toll("Dozens of civilians were killed when shells hit the Sheikh Maqsoud district.") is None


def test_a_near_verbatim_copy_is_the_same_story_whatever_its_date() -> None:
    # Outlets reprint wire copy days later: most of the headline's and lead's word sequences recur.
    title = "Suicide bomber kills 4 in Assad clan's hometown"
    lead = ("A suicide bomber blew himself up at a checkpoint at the entrance of Qardaha on Sunday, killing four people, "
            "a monitoring group said, in a rare attack on the hometown of the president's family.")
    reprint = (title + " | Jordan Times", "BEIRUT - " + lead + " The checkpoint was manned by pro-government fighters.")
    retold = ("Qardaha checkpoint bombing: four dead", "Four people were killed when a bomber struck a checkpoint in Qardaha, "
              "the hometown of the president's family, a monitor said on Sunday.")

    def dated(key: str, text: tuple[str, str], day: int) -> StoryInput:
        return StoryInput(key, dt.date(2015, 2, day), key, story_terms(*text), wording=story_wording(*text))

    stories = group_stories([dated("a", (title, lead), 1), dated("b", reprint, 9), dated("c", retold, 9)])
    assert stories["a"] == stories["b"] != stories["c"]  # another outlet's own report, a week on, is not a copy


def test_a_later_days_report_needs_more_than_the_signature_to_join() -> None:
    # Same place and kind, few shared words: on the core's day another report of the event, two days on the next battle.
    first = ("29 rebels dead in fighting for key Aleppo road", "Fighting for the Castello road killed 29 rebels on Sunday, a monitor said.")
    next_battle = ("Rebels open new front in Aleppo", "Rebel factions launched an offensive south of the city to relieve the besieged north on Tuesday.")
    signature = {"places": ("Aleppo",), "countries": frozenset({"SY"}), "kinds": frozenset({"clashes"})}
    stories = group_stories([signed("a", first, 10, **signature), signed("b", next_battle, 12, **signature)])
    assert stories["a"] != stories["b"]
    stories = group_stories([signed("a", first, 10, **signature), signed("b", next_battle, 10, **signature)])
    assert stories["a"] == stories["b"]


def test_listed_towns_geonames_spells_otherwise_have_coordinates_so_two_towns_are_two_places() -> None:
    # GeoNames has Hama as "Hamah" and Palmyra as "Tadmur": the listed names take those cities' coordinates.
    from generator.nlp.events import same_place
    from generator.nlp.geo import place_location

    assert all(place_location(name).latitude is not None for name in ("Hama", "Palmyra", "Daraa"))  # type: ignore[union-attr]
    syria = frozenset({"SY"})
    homs, hama = EventSignature(places=("Homs",), countries=syria), EventSignature(places=("Hama",), countries=syria)
    assert same_place(homs, hama) is False and same_place(hama, hama) is True


def test_an_undated_report_joins_a_story_only_when_its_words_say_the_event_strongly() -> None:
    # A guessed date rules nothing out: much of the headline and lead, two distinctive headline words and the
    # same toll in common make one event; one shared name ("Guantanamo") or another toll do not.
    def undated(key: str, text: tuple[str, str], alone: bool = True, killed: int | None = None) -> StoryInput:
        return StoryInput(key, dt.date(2017, 1, 5 if alone else 1), key, story_terms(*text), alone=alone,
                          headline=story_terms(text[0], ""), signature=EventSignature(killed=killed))

    rice = ("Rice likely pick as Powell's successor", "Condoleezza Rice is the likely pick to succeed Colin Powell as secretary of state.")
    rice_too = ("Rice replacing Powell, officials say", "Officials said Condoleezza Rice will replace Colin Powell as secretary of state.")
    freed = ("Guantanamo four free in weeks", "Four British men held at Guantanamo Bay will be freed within weeks, ministers said.")
    passports = ("Guantanamo pair's passport ban", "Two British men freed from Guantanamo Bay have had their passports withheld, ministers said.")
    stories = group_stories([undated("a", rice), undated("b", rice_too), undated("c", freed), undated("d", passports)])
    assert stories["a"] == stories["b"] and stories["c"] != stories["d"]
    strike = ("Strike kills 15 in Syria's Idlib", "An air strike killed 15 people including four children in Idlib province, a monitor said.")
    strike_too = ("Strike kills 18 in Syria's Idlib", "An air strike killed 18 people including five children in Idlib province, a monitor said.")
    stories = group_stories([undated("a", strike, alone=False, killed=15), undated("b", strike_too, killed=18)])
    assert stories["a"] != stories["b"]
    stories = group_stories([undated("a", strike, alone=False, killed=15), undated("b", strike_too, killed=15)])
    assert stories["a"] == stories["b"]


SYRIA = frozenset({"SY"})
STRIKE = ("Air strikes kill 20 in Aleppo", "Air strikes killed 20 people in eastern Aleppo on Monday, a monitor said.")
STRIKE_TOO = ("Aleppo air strikes leave 20 dead", "Twenty people were killed by air strikes on eastern Aleppo, medics said.")


def test_an_event_the_later_report_puts_after_the_cores_publication_is_another_event() -> None:
    # The core appeared on the 5th; a report of the 6th's strikes is not what it reported, though the words agree.
    stories = group_stories([signed("a", STRIKE, 5), signed("b", STRIKE_TOO, 6, day=dt.date(2017, 1, 6))])
    assert stories["a"] != stories["b"]


def test_a_statement_excuses_another_day_only_when_it_is_the_later_one() -> None:
    # "Activists say gas attack killed 200" (Wednesday) and "Forces bombard suburbs" (Thursday) are two events;
    # a Thursday statement about Wednesday's attack is a reaction to it.
    wednesday, thursday = dt.date(2017, 1, 4), dt.date(2017, 1, 5)
    stories = group_stories([signed("a", STRIKE, 4, day=wednesday, statement=True), signed("b", STRIKE_TOO, 5, day=thursday)])
    assert stories["a"] != stories["b"]
    stories = group_stories([signed("a", STRIKE, 4, day=wednesday), signed("b", STRIKE_TOO, 5, day=thursday, statement=True)])
    assert stories["a"] == stories["b"]


def test_a_report_two_days_on_must_put_its_event_on_the_cores_day() -> None:
    # Two days after the core, a report naming no day tells of newer events (the next shelling of the same city).
    monday = dt.date(2017, 1, 2)
    stories = group_stories([signed("a", STRIKE, 2, day=monday), signed("b", STRIKE_TOO, 4)])
    assert stories["a"] != stories["b"]
    stories = group_stories([signed("a", STRIKE, 2, day=monday), signed("b", STRIKE_TOO, 4, day=monday)])
    assert stories["a"] == stories["b"]


def test_older_reports_sharing_more_words_do_not_crowd_out_the_story_of_the_day() -> None:
    # Forty reports of a month before share more words with the new report than its own story's core does.
    old = [report(f"old{i}", (f"Air strikes kill {i + 10} in eastern Aleppo", "Air strikes killed people in eastern Aleppo, a monitor said."), 1)
           for i in range(40)]
    core = ("Aleppo market hit", "Air strikes hit a market in eastern Aleppo.")
    later = ("Air strikes hit Aleppo market", "Air strikes killed people at a market in eastern Aleppo, a monitor said.")
    stories = group_stories([*old, report("a", core, 28), report("b", later, 28)])
    assert stories["a"] == stories["b"]


def test_sharing_only_a_country_says_nothing_of_the_place() -> None:
    from generator.nlp.events import same_place

    idlib, syria = EventSignature(places=("Idlib",), countries=SYRIA), EventSignature(places=("Syria",), countries=SYRIA)
    iraq = EventSignature(places=("Iraq",), countries=frozenset({"IQ"}))
    assert same_place(idlib, syria) is None and same_place(idlib, iraq) is False


def test_a_statements_place_may_be_where_it_was_said() -> None:
    from generator.nlp.events import same_place

    said = EventSignature(places=("Brussels", "Idlib"), countries=frozenset({"BE", "SY"}), statement=True)
    assert same_place(said, EventSignature(places=("Idlib",), countries=SYRIA)) is True


def test_a_chemical_attack_and_another_kind_of_event_are_two_events() -> None:
    downed = ("Russian helicopter shot down in Idlib", "A Russian helicopter was shot down over Idlib on Monday.")
    gas = ("Helicopter drops gas on Idlib town", "A helicopter dropped toxic gas on a town in Idlib on Monday.")
    stories = group_stories([signed("a", downed, 1, kinds=frozenset({"airstrike"})),
                             signed("b", gas, 1, kinds=frozenset({"airstrike", "chemical"}))])
    assert stories["a"] != stories["b"]


def test_reports_of_one_chemical_attack_join_however_differently_worded() -> None:
    # A chemical attack is rare: the next day's reaction with the attack's toll is that attack's story.
    attack = ("58 killed in gas attack in Idlib", "A suspected gas attack killed 58 people in Khan Sheikhoun on Tuesday, a monitor said.")
    reaction = ("President says attack cannot be tolerated", "The president blamed the government for the attack that killed 58 in Syria.")
    chemical = frozenset({"chemical"})
    stories = group_stories([signed("a", attack, 4, places=("Idlib",), countries=SYRIA, kinds=chemical, killed=58),
                             signed("b", reaction, 5, places=("Syria",), countries=SYRIA, kinds=chemical, killed=58, statement=True)])
    assert stories["a"] == stories["b"]


def test_another_sides_strike_or_another_target_is_another_event() -> None:
    where = {"places": ("Aleppo",), "countries": SYRIA, "kinds": frozenset({"airstrike"})}
    stories = group_stories([signed("a", STRIKE, 5, actors=frozenset({"coalition"}), **where),
                             signed("b", STRIKE_TOO, 5, actors=frozenset({"government"}), **where)])
    assert stories["a"] != stories["b"]
    stories = group_stories([signed("a", STRIKE, 5, targets=frozenset({"convoy"}), **where),
                             signed("b", STRIKE_TOO, 5, targets=frozenset({"hospital"}), **where)])
    assert stories["a"] != stories["b"]


def test_headline_readings_for_the_signature() -> None:
    from generator.nlp.events import event_kinds, headline_actors, headline_targets, read_event

    assert event_kinds("Forces bombard Damascus suburbs after gas attack", "") == frozenset({"airstrike"})  # "after": a recall
    assert event_kinds("Syria strikes kill 45", "") == frozenset({"airstrike"}) and not event_kinds("Gunman strikes again", "")
    assert headline_actors("US-led coalition strike kills 20") == {"coalition"} and headline_actors("Russian jets pound Idlib") == {"government"}
    assert not headline_actors("Car bomb kills 17 near Turkish border") and not headline_actors("Russia says Belgian jets struck")
    assert headline_targets("At least 15 dead after bomb hits refugee camp") == {"camp"}
    assert read_event("Death toll in bus bombing rises to 112", "", (), ()).statement  # a later count, as said
    assert read_event("Assad responsible for chemical attack: EU's Mogherini", "", (), ()).statement


def test_with_nothing_of_the_event_in_common_the_words_must_say_it() -> None:
    # Same day, no town, kind, named day or toll in common: a few shared words ("Kurdish", "kills") are not one event.
    turks = ("Kurdish militia kills 17 Turkish soldiers", "Kurdish fighters killed 17 Turkish soldiers in the north, media said.")
    jihadists = ("Kurdish forces kill 23 jihadists near Tabqa", "Kurdish-led forces killed 23 jihadists and took three districts.")
    stories = group_stories([signed("a", turks, 5, killed=17), signed("b", jihadists, 5, killed=23)])
    assert stories["a"] != stories["b"]
    stories = group_stories([signed("a", turks, 5, killed=17), signed("b", jihadists, 5, killed=17)])
    assert stories["a"] == stories["b"]  # (the same toll would say one event)


def test_a_later_report_of_a_chemical_attack_needs_no_day_of_its_own() -> None:
    # Two days on, "toxic gas dropped on Syrian town" naming no day is still that attack's story, not a newer event.
    first = ("Rescuers say gas dropped on town where helicopter downed", "A helicopter dropped toxic gas on a town, rescuers said on Tuesday.")
    later = ("Toxic gas dropped on town after helicopter downed", "Rescuers said a helicopter dropped toxic gas on the town.")
    chemical = frozenset({"chemical"})
    stories = group_stories([signed("a", first, 1, kinds=chemical, day=dt.date(2017, 1, 1)), signed("b", later, 3, kinds=chemical)])
    assert stories["a"] == stories["b"]


def test_a_round_up_of_several_incidents_is_not_the_story_of_one_of_them() -> None:
    # "Separate air raids ... killed 25" (a market in Aleppo, a raid on Manbij...) and the report of the Aleppo market
    # raid that killed 16: two stories. The same toll says the one report counts the same incidents.
    where = {"places": ("Aleppo",), "countries": SYRIA, "kinds": frozenset({"airstrike"})}
    roundup = ("Air raids kill 25 civilians in Aleppo", "Separate air raids on Aleppo and Manbij killed 25 civilians on Friday.")
    market = ("Air raid on Aleppo market kills 16 civilians", "An air raid on a market in Aleppo killed 16 civilians on Friday.")
    stories = group_stories([signed("a", roundup, 5, roundup=True, killed=25, **where), signed("b", market, 5, killed=16, **where)])
    assert stories["a"] != stories["b"]
    stories = group_stories([signed("a", roundup, 5, roundup=True, killed=25, **where), signed("b", market, 5, killed=25, **where)])
    assert stories["a"] == stories["b"]
    stories = group_stories([signed("a", roundup, 5, roundup=True, killed=25, **where), signed("b", roundup, 5, roundup=True, killed=31, **where)])
    assert stories["a"] == stories["b"]  # two round-ups of the day: early counts vary


def test_round_ups_are_read_from_the_headline_and_the_leads_first_words() -> None:
    from generator.nlp.events import is_roundup, read_event

    assert is_roundup("Syria air raids kill 25 civilians", "Separate air raids in northern Syria killed at least 25 civilians on Friday.")
    assert is_roundup("Syria air strikes kill 32", "Government air strikes on towns across the country killed at least 32 people.")
    assert is_roundup("Regime bombing kills 21", "Bombardment killed at least 21 civilians in the south and northeast of the country.")
    assert is_roundup("Over 500 civilians killed in one week of bombing", "")  # a count over days on end
    assert is_roundup("Infighting kills 350", "Clashes among rival groups in less than one month have killed over 350 militants. Then more.")
    assert not is_roundup("Earth impact ruled out", "Over the past week, several independent efforts refined the orbit. Then more.")  # no count of the dead
    assert is_roundup("10 killed in rocket attacks on Aleppo and Deir Ezzor", "", ("Aleppo", "Deir ez-Zor"))  # towns far apart
    assert not is_roundup("Air strikes kill 85 in Manbij Aleppo", "", ("Manbij", "Aleppo"))  # most often a town and its province
    assert not is_roundup("Twin car bombs kill 32 in Homs", "Twin blasts killed 32 in 24 hours; last week another bomb hit the city.")
    assert not is_roundup("Double bomb attack kills 31 in Qamishli", "A double bomb attack killed 31 people in Qamishli on Wednesday.")
    assert read_event("10 civilians killed in rocket attacks on Aleppo and Deir Ezzor", "", (), ()).roundup  # the headline's towns
    assert not read_event("Warplanes pound Idlib as battles rage in Deir Ezzor", "", (), ()).roundup  # "as": the setting


def test_a_later_days_report_of_another_district_of_the_town_is_that_days_attack() -> None:
    # Monday's shells on New Aleppo and, published Tuesday without a day, the shelling of al-Sheikh Maqsoud: two attacks.
    where = {"places": ("Aleppo",), "countries": SYRIA, "kinds": frozenset({"shelling"})}
    monday = ("Terrorist shells kill two in Aleppo city", "Rocket shells fired by terrorists killed two civilians in New Aleppo area.")
    tuesday = ("Terrorists shell Aleppo killing civilians", "Rocket shells fired by terrorists killed ten civilians in al-Sheikh Maqsoud.")
    first = dt.date(2017, 1, 5)
    stories = group_stories([signed("a", monday, 5, day=first, districts=("New Aleppo",), **where),
                             signed("b", tuesday, 6, districts=("al-Sheikh Maqsoud",), **where)])
    assert stories["a"] != stories["b"]
    # The same day, outlets name neighbouring districts for one attack (the Maadi / Bab al-Nairab barrel bombs).
    stories = group_stories([signed("a", monday, 5, day=first, districts=("New Aleppo",), **where),
                             signed("b", tuesday, 5, day=first, districts=("al-Sheikh Maqsoud",), **where)])
    assert stories["a"] == stories["b"]


def test_districts_are_read_with_their_spellings() -> None:
    from generator.nlp.events import districts_named, same_district

    assert districts_named("Many civilians killed as terrorists shell Aleppo",
                           "Ten civilians were killed in shelling of al-Sheikh Maqsoud neighborhood in Aleppo city.") == ("al-Sheikh Maqsoud",)
    assert districts_named("Bomb kills six", "A bomb hit the Salah al-Din district of Aleppo and Syrias Idlib area.") == ("Salah al-Din",)
    assert same_district(["Salah al-Din"], ["Aleppos Salaheddin", "Salah Eddin"]) is True
    assert same_district(["Bab al-Nayrab"], ["Bab Alnairab"]) is True and same_district(["Al Qousour"], ["Qusour"]) is True
    assert same_district(["New Aleppo"], ["al-Sheikh Maqsoud"]) is False and same_district([], ["Qusour"]) is None


def test_an_undated_reports_dateline_days_away_says_a_later_development() -> None:
    # Two NASA updates on one asteroid, both undated by the ingest: "December 23, 2004" and "December 27, 2004".
    first = ("Asteroid 2004 MN4 reaches highest score on hazard scale",
             "NASA Near Earth Object Program Office December 23, 2004 The asteroid 2004 MN4 reached level 4 on the hazard scale.")
    later = ("Earth impact ruled out for asteroid 2004 MN4",
             "NASA Near Earth Object Program Office December 27, 2004 An impact of asteroid 2004 MN4 on the hazard scale is ruled out.")

    def undated(key: str, text: tuple[str, str]) -> StoryInput:
        return StoryInput(key, dt.date(2026, 1, 1), key, story_terms(*text), alone=True, wording=story_wording(*text),
                          headline=story_terms(text[0], ""))

    stories = group_stories([undated("a", first), undated("b", later)])
    assert stories["a"] != stories["b"]
    same_day = ("Earth impact ruled out for asteroid 2004 MN4", later[1].replace("December 27", "December 24"))
    stories = group_stories([undated("a", first), undated("b", same_day)])
    assert stories["a"] == stories["b"]  # a day apart: the words decide, as before


def test_a_dateline_date_is_read_but_not_another_events_date() -> None:
    from generator.nlp.stories import stated_date

    assert stated_date(story_wording("Asteroid update", "Program Office December 23, 2004 The asteroid ...")) == dt.date(2004, 12, 23)
    assert stated_date(story_wording("Bomb blast", "Tuesday 4 Apr 2017 A bomb ...")) == dt.date(2017, 4, 4)
    assert stated_date(story_wording("Amnesty chief laments war", "The name of security since 11 September 2001 ...")) is None


def test_two_sites_of_one_province_on_one_day_are_two_battles() -> None:
    from generator.nlp.events import sites_named

    # One outlet's two reports of clashes in one province: near the town of Manbij, and near the Tishrin Dam.
    where = {"places": ("Aleppo",), "countries": SYRIA, "kinds": frozenset({"clashes"})}
    manbij = ("Kurdish forces kill 80 militants in eastern Aleppo", "Kurdish forces repelled an attack near the town of Manbij.")
    dam = ("Kurdish forces kill 34 militants in eastern Aleppo", "Kurdish forces repelled an attack near the Tishrin Dam.")
    assert sites_named(*manbij) == ("Manbij",) and sites_named(*dam) == ("Tishrin",)
    stories = group_stories([signed("a", manbij, 5, sites=("Manbij",), **where), signed("b", dam, 5, sites=("Tishrin",), **where)])
    assert stories["a"] != stories["b"]
    stories = group_stories([signed("a", manbij, 5, sites=("Manbij",), **where), signed("b", dam, 5, **where)])
    assert stories["a"] == stories["b"]  # one names no site: the province's words and signature decide
    assert sites_named("Strikes near Idlib", "Jets struck near the Turkish border and the Syrian river.") == ()


def test_one_kind_of_attack_on_one_target_in_one_place_on_one_day_is_one_event_however_worded() -> None:
    # Early tolls and wording differ between outlets; the place, day, kind and target say one event.
    first = ("14 killed in suicide attack on Syria wedding", "At least 14 people were killed in an attack on a wedding in "
             "Hasakah late Monday, a police source in the city said, giving an initial toll.")
    other = ("Suicide bomber strikes Kurdish wedding, 32 dead", "A bomber blew himself up as the bride and groom exchanged "
             "vows, medics and a monitoring group said; dozens more were wounded.")
    pinned = {"places": ("Hasakah",), "countries": SYRIA, "kinds": frozenset({"bombing"}), "day": dt.date(2017, 1, 2)}
    stories = group_stories([signed("a", first, 2, targets=frozenset({"wedding"}), killed=14, **pinned),
                             signed("b", other, 2, targets=frozenset({"wedding"}), killed=32, **pinned),
                             signed("c", BUDGET, 2)])
    assert stories["a"] == stories["b"]
    stories = group_stories([signed("a", first, 2, killed=14, **pinned), signed("b", other, 2, killed=32, **pinned),
                             signed("c", BUDGET, 2)])
    assert stories["a"] != stories["b"]  # no target in common: the words must say it


def test_an_undated_report_a_member_vouches_for_joins_when_it_matches_the_core_as_a_same_day_report() -> None:
    """An undated report meeting the strict undated bar against a member of a dated story joins it if it also matches the
    core as a report of the core's day would; without that member, or matching the member alone, it stays on its own."""
    def report_of(key: str, text: tuple[str, str], alone: bool = False) -> StoryInput:
        return StoryInput(key, dt.date(2026, 1, 1) if alone else dt.date(2004, 11, 18), key, story_terms(*text), alone=alone,
                          wording=story_wording(*text), headline=story_terms(text[0], ""))

    core = ("Band Aid video to premiere tonight",
            "The new Band Aid 20 video, introduced by Madonna, will be shown tonight on every channel, organisers said.")
    member = ("Band Aid 20 video shown across UK",
              "The Band Aid 20 video was shown on every channel, with Madonna reminding viewers that none of us can forget Africa.")
    undated = ("Stars sing out for Band Aid",
               "The video was broadcast for the first time, with Madonna reminding viewers that none of us can forget Africa.")
    other = ("Budget debate in parliament", "Members of parliament debated the budget on Sunday evening in London.")
    stories = group_stories([report_of("a", core), report_of("b", member), report_of("c", undated, alone=True), report_of("o", other)])
    assert stories["a"] == stories["b"] == stories["c"] != stories["o"]
    stories = group_stories([report_of("a", core), report_of("c", undated, alone=True), report_of("o", other)])
    assert stories["a"] != stories["c"]  # the core alone: the strict undated bar, not met
    unrelated = ("Africa charity single shown across Kenya",  # meets the strict bar against the member, not the core
                 "A charity single was shown across Kenya, reminding viewers that none of us can forget Africa, its singers said.")
    stories = group_stories([report_of("a", core), report_of("b", member), report_of("d", unrelated, alone=True), report_of("o", other)])
    assert stories["d"] != stories["a"]  # whatever it shares with the member, it must match the core


def test_both_leads_naming_one_day_count_towards_one_event() -> None:
    """Two reports published the same day whose leads put their events on one named day score a little more, which is
    what carries two differently worded reports of one announcement (a white paper "yesterday") over the bar."""
    from generator.nlp.stories import STORY_THRESHOLD, _match

    day = dt.date(2004, 11, 16)
    first = StoryInput("a", dt.date(2004, 11, 17), "a", frozenset(), signature=EventSignature(day=day))
    second = StoryInput("b", dt.date(2004, 11, 17), "b", frozenset(), signature=EventSignature(day=day))
    just_under = STORY_THRESHOLD - 0.001
    assert _match(second, first, just_under) > 0
    assert _match(StoryInput("b", dt.date(2004, 11, 17), "b", frozenset()), first, just_under) == 0


def _undated_case_report(key: str, text: tuple[str, str], alone: bool = False, sites: tuple[str, ...] = ()) -> StoryInput:
    """A report for the two tests below: dated in 2009, or undated (its date a guess) when ``alone``."""
    return StoryInput(key, dt.date(2026, 1, 1) if alone else dt.date(2009, 3, 14), key, story_terms(*text), alone=alone,
                      wording=story_wording(*text), headline=story_terms(text[0], ""), signature=EventSignature(sites=sites))


_UNDATED_REPORT = ("Relief concert film draws millions", "Grandmothers in Karsby phoned pledges while volunteers staffed banks "
                   "of telephones; the Marlow Choir sang for the flooded coast, and ticket money from Brenton arena goes to "
                   "rebuilding seawalls, schools and clinics.")


def _undated_case_others() -> list[StoryInput]:
    """Unrelated reports, so that the words' weights differ."""
    return [_undated_case_report("o1", BUDGET),
            _undated_case_report("o2", ("Storm closes ports", "A storm closed three ports on the northern coast on Saturday, "
                                                              "the coastguard said.")),
            _undated_case_report("o3", ("Rail strike called off",
                                        "Union leaders called off a rail strike planned for Monday after talks."))]


def test_an_undated_report_joins_a_story_whose_reports_together_share_its_words() -> None:
    """An undated report sharing too few words with any one report of a story for the strict undated bar joins a story of
    two or more reports whose words together it shares (with two headline words and some words in common with the core);
    against the core alone it stays on its own, and so it does when it names another site than the core."""
    core = ("Relief concert film premieres on television", "The film of the Harbour Relief concert, with Lena Ortiz and the "
            "Marlow Choir, was shown tonight on four channels, organisers said.")
    member = ("Harbour Relief film shown nationwide", "Millions watched the Harbour Relief broadcast as Lena Ortiz closed the "
              "evening with an appeal for the flooded coast.")
    stories = group_stories([_undated_case_report("a", core), _undated_case_report("b", member),
                             _undated_case_report("c", _UNDATED_REPORT, alone=True), *_undated_case_others()])
    assert stories["a"] == stories["b"] == stories["c"]
    stories = group_stories([_undated_case_report("a", core), _undated_case_report("c", _UNDATED_REPORT, alone=True),
                             *_undated_case_others()])
    assert stories["a"] != stories["c"]  # one report's words: the strict undated bar, not met
    stories = group_stories([_undated_case_report("a", core, sites=("Brenton",)), _undated_case_report("b", member),
                             _undated_case_report("c", _UNDATED_REPORT, alone=True, sites=("Karsby",)), *_undated_case_others()])
    assert stories["a"] == stories["b"] != stories["c"]  # another site than the core's: another event


def test_the_headline_words_an_undated_report_shares_may_be_any_members() -> None:
    """The two distinctive headline words an undated report must share with a story it joins by the story's words together
    may come from any of its reports' headlines, not the core's alone; none in common with any headline: no match."""
    core = ("Ortiz leads flood appeal on television", "The film of the Harbour Relief concert, with Lena Ortiz and the "
            "Marlow Choir, was shown tonight on four channels, organisers said.")
    lead = "Millions watched the Harbour Relief broadcast as Lena Ortiz closed the evening with an appeal for the flooded coast."
    stories = group_stories([_undated_case_report("a", core), _undated_case_report("b", ("Relief concert film shown nationwide", lead)),
                             _undated_case_report("c", _UNDATED_REPORT, alone=True), *_undated_case_others()])
    assert stories["a"] == stories["b"] == stories["c"]
    stories = group_stories([_undated_case_report("a", core), _undated_case_report("b", ("Harbour broadcast shown nationwide", lead)),
                             _undated_case_report("c", _UNDATED_REPORT, alone=True), *_undated_case_others()])
    assert stories["a"] == stories["b"] != stories["c"]


def test_same_day_reports_of_one_kind_of_attack_in_one_town_with_one_toll_are_one_event_however_worded() -> None:
    # State TV's wording and an outlet's own, published the same day: few words in common, the same town, kind and toll.
    first = ("Deadly blast hits Syria's second city", "The explosion tore through a district once on the front line, "
             "the regime's official television reported, killing six and wounding more than thirty.")
    other = ("Aleppo bomb kills six, state TV says", "A bomb went off in the Salah al-Din district of Aleppo, leaving six "
             "dead and 32 injured, Syrian state television said without giving details.")
    where = {"places": ("Aleppo",), "countries": SYRIA, "kinds": frozenset({"bombing"})}
    stories = group_stories([signed("a", first, 19, killed=6, **where), signed("b", other, 19, killed=6, **where),
                             signed("c", BUDGET, 19)])
    assert stories["a"] == stories["b"] != stories["c"]
    stories = group_stories([signed("a", first, 19, killed=6, **where), signed("b", other, 20, killed=6, **where),
                             signed("c", BUDGET, 19)])
    assert stories["a"] != stories["b"]  # the next day's report: the words must say it
    stories = group_stories([signed("a", first, 19, killed=9, **where), signed("b", other, 19, killed=6, **where),
                             signed("c", BUDGET, 19)])
    assert stories["a"] != stories["b"]  # another toll
    stories = group_stories([signed("a", first, 19, killed=2, **where), signed("b", other, 19, killed=2, **where),
                             signed("c", BUDGET, 19)])
    assert stories["a"] != stories["b"]  # two dead: too common a count to say one event


def test_a_grouping_that_keeps_the_last_ones_candidates_gives_what_a_grouping_from_scratch_gives(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from generator.nlp.kept_candidates import read_candidates, write_candidates
    from generator.nlp.stories import group_stories_kept

    texts = [BOMB, BOMB_TOO, BUDGET, ("Air strikes kill dozens in Aleppo", "Warplanes struck rebel districts of Aleppo."),
             ("Aleppo raids kill dozens", "Dozens were killed in air strikes on rebel districts of Aleppo on Sunday."),
             ("Mortar fire in Damascus kills 12", "Shells fell on the old city of Damascus, state media said."),
             ("Car bomb hits Homs checkpoint", "A car bomb exploded at an army checkpoint in Homs."),
             ("World leaders condemn the Aleppo raids", "World leaders in the region condemned the air strikes on Aleppo in statements posted online.")]
    rng = random.Random(7)

    def made(key: str, day: int, text: tuple[str, str] | None = None) -> StoryInput:
        title, body = text or rng.choice(texts)
        title = f"{title} {rng.choice(('', 'update', 'report'))}"
        return StoryInput(key, dt.date(2017, 1, 1) + dt.timedelta(days=day), key, story_terms(title, body),
                          source=rng.choice(("Ahram", "SANA", "")), wording=story_wording(title, body))

    archive = [made(f"a{i:03d}", i // 4) for i in range(120)]
    quoting = ("Aleppo raids go on, Ahram Online says", "Air strikes on Aleppo went on, Ahram Online reported.")
    archive[40], archive[80] = (dataclasses.replace(made(key, day, quoting), source="SANA") for key, day in (("a040", 10), ("a080", 20)))
    _, kept = group_stories_kept(archive, None)
    path = tmp_path / "candidates.bin"
    write_candidates(path, "code", kept)
    assert read_candidates(path, "other code") is None  # made by other code: counted again
    last = read_candidates(path, "code")
    assert last == kept
    day = [made(f"n{i:02d}", 30 + i // 20, texts[0] if i == 0 else None) for i in range(40)]  # a day after the archive
    edited = list(archive)
    edited[60] = made("a060", 15, BUDGET)  # one report in the middle changed: the candidates from it on are counted again
    # A day from one outlet whose headlines end alike: "world" becomes that outlet's furniture, and was a story word.
    furnished = [dataclasses.replace(made(f"s{i:02d}", 30, (f"{title} - Region - World - Ahram Online", body)), source="Ahram")
                 for i, (title, body) in enumerate(texts * 3)]
    for articles in (archive + day, edited + day, day + archive[:50], archive[1:] + day, archive + furnished):
        expected = group_stories(articles)
        grouped, again = group_stories_kept(articles, last)
        assert grouped == expected and again == group_stories_kept(articles, None)[1]
    path.write_bytes(path.read_bytes()[:-3])
    assert read_candidates(path, "code") is None  # damaged: counted again
