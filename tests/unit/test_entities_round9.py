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
