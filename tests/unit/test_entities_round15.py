"""Entity precision read on unannotated copy (issue 17, fifteenth round, branch ent13: BBC politics, CNN soft news,
WikinewsSum crawls no gold covers): one sentence each, written for the test (not taken from the corpus), with made-up
variants of each class."""

from __future__ import annotations

import pytest

from generator.nlp.entities import entity_refs, extract_mentions


def _refs(body: str) -> set[tuple[str, str]]:
    return {(r.name, r.kind) for r in entity_refs(extract_mentions(f"Report\n\n{body}"))}


def _names(body: str, kind: str) -> set[str]:
    return {name for name, found in _refs(body) if found == kind}


@pytest.mark.parametrize(("body", "body_name"), [
    ("As a member of the Senate Veterans' Affairs Committee, she questioned him.", "Senate Veterans' Affairs Committee"),
    ("The National Farmers' Union said prices fell again in March.", "National Farmers' Union"),
    ("Delegates of the Miners' Federation voted to strike on Monday.", "Miners' Federation"),
    ("The Parents' Council of the school met on Tuesday.", "Parents' Council"),
    ("Many of them are from the ruling Workers' Party, he said.", "Workers' Party"),
])
def test_a_plurals_possessive_opening_a_bodys_name_stays_in_the_name(body: str, body_name: str) -> None:
    assert body_name in _names(body, "organization")
    assert not {"Affairs Committee", "Union", "Federation", "Council", "Party"} & _names(body, "organization")


def test_a_plural_possessive_before_a_capital_still_ends_a_persons_name() -> None:
    assert "Serena Williams" in _names("Serena Williams' Wimbledon title was her fifth.", "person")
