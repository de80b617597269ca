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
    stories = group_stories([report("a", BOMB, 1), report("b", BOMB_TOO, 3), report("c", BOMB, 5)])
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
