import pytest

from generator.nlp.figures import KeyFigure, extract_figures, total_figures

CASES = [
    ("At least 23 civilians were killed and 40 wounded in air strikes on the market.", {"killed": 23, "wounded": 40}),
    ("The strike killed 7 people, including three children.", {"killed": 7}),
    ("A truce in Aleppo would be extended for another 48 hours.", {"ceasefire_hours": 48}),
    ("A 72-hour ceasefire began at dawn.", {"ceasefire_hours": 72}),
    ("More than 5,000 people fled villages south of Mosul.", {"displaced": 5000}),
    ("Police arrested 14 suspects after the attack.", {"detained": 14}),
    ("The UN appealed for $3.2 billion in humanitarian aid.", {"aid_usd": 3_200_000_000}),
    ("A ship carrying 20,000 tonnes of wheat docked.", {"aid_tonnes": 20000}),
    ("Forty trucks of aid entered the town.", {"aid_trucks": 40}),
    ("The death toll rose to 70 on Wednesday.", {"killed": 70}),
    # Not figures: durations, years, distances.
    ("He was killed 2 days later.", {}),
    ("Talks held in 2016 were killed off by the vote.", {}),
    ("The convoy was attacked 30 km north of the city and two drivers were hurt.", {"wounded": 2}),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_extract_figures(sentence: str, expected: dict[str, int]) -> None:
    found = extract_figures(sentence)
    assert {f.kind: f.value for f in found} == expected
    assert all(f.sentence == sentence for f in found)


def test_same_story_from_two_outlets_counts_once_and_distinct_events_add_up() -> None:
    reports = [
        ("strike", (KeyFigure("killed", 23, "s"), KeyFigure("wounded", 40, "s"))),
        ("strike", (KeyFigure("killed", 23, "s"), KeyFigure("wounded", 35, "s"))),  # same story, other outlet
        ("other-article", (KeyFigure("killed", 23, "s"),)),  # same toll, no story key: one event, not two
        ("shelling", (KeyFigure("killed", 4, "s"), KeyFigure("ceasefire_hours", 72, "s"))),
        ("truce", (KeyFigure("ceasefire_hours", 48, "s"),)),
    ]
    totals = {t.kind: t.value for t in total_figures(reports)}
    assert totals == {"killed": 27, "wounded": 40, "ceasefire_hours": 72}


def test_a_wars_running_total_is_not_a_days_figure() -> None:
    from generator.nlp.figures import KILLED, extract_figures

    background = ("UN Special Envoy for Syria Staffan de Mistura estimates that over 400,000 people have been "
                  "killed in the conflict. The war has displaced more than 11 million people since 2011.")
    assert extract_figures(background) == ()
    event = "An air strike killed 12 civilians in Idlib on Monday, the monitor said."
    assert [(f.kind, f.value) for f in extract_figures(event)] == [(KILLED, 12)]
