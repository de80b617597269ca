"""An acronym spoken as a word is found in the house styles that write it in title case."""

from __future__ import annotations

from generator.nlp.aliases import load_alias_table
from generator.nlp.entities import extract_mentions


def test_an_acronym_written_in_title_case_is_its_body_unless_it_is_an_everyday_word() -> None:
    table = load_alias_table()
    assert table.lookup("Isis") == table.lookup("ISIS") == ("Islamic State", "organization")
    assert table.lookup("Nato") == table.lookup("NATO")
    assert table.lookup("Who") is None  # "Who" opens a question; only "WHO" is the World Health Organization


def test_isis_in_title_case_resolves_to_the_islamic_state() -> None:
    text = "The airstrikes targeted a village controlled by Isis on the eastern banks of the Euphrates river."
    names = {m.name for m in extract_mentions(text)}
    assert "Islamic State" in names and "Isis" not in names
