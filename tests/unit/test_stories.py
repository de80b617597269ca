import datetime as dt
import random

from generator.nlp.stories import StoryInput, group_stories, story_terms

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
