"""The gazetteer finds a town with or without the Arabic article in front of its name."""

from __future__ import annotations

from generator.nlp.gazetteer import Gazetteer, Place, _without_articles


def test_a_town_named_with_the_arabic_article_is_found_without_it() -> None:
    tabqa = Place("Al-Tabqa", "SY", None, None, "city")
    places = {"al tabqa": tabqa, "el paso": Place("El Paso", "US", None, None, "city")}
    _without_articles(places)
    assert Gazetteer(places, {}, {}).find("Tabqa") == tabqa
    assert "paso" not in places  # too short a name left to be sure it is the town's


def test_the_shorter_name_never_takes_another_place_s() -> None:
    salvador = Place("Salvador", "BR", None, None, "city")
    places = {"salvador": salvador, "el salvador city": Place("El Salvador City", "XX", None, None, "city")}
    _without_articles(places)
    assert places["salvador"] == salvador and "salvador city" in places
