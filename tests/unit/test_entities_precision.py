"""Entity precision on messy copy (issue 17, second round): each rule that keeps a doubtful name out,
one sentence each, and the names that must survive it."""

from __future__ import annotations

from generator.nlp.entities import entity_refs, extract_mentions


def _refs(body: str) -> set[tuple[str, str]]:
    return {(r.name, r.kind) for r in entity_refs(extract_mentions(f"Report\n\n{body}"))}


def _names(body: str, kind: str) -> set[str]:
    return {name for name, found in _refs(body) if found == kind}


def test_to_and_from_make_only_a_known_town_a_place() -> None:
    assert not _names("The plan drew a call for a pause from Charles Kennedy and a note to Latin teachers.", "place")
    assert "Ramallah" in _names("Fabius said so on a visit to Ramallah on Monday.", "place")


def test_an_everyday_word_after_in_is_not_a_place() -> None:
    assert not _names("The leaflets were printed in English and handed out in Kefarnaha.", "place") - {"Kefarnaha"}
