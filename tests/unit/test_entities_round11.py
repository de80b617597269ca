"""Entity precision and recall on messy copy (issue 17, eleventh round: classes found on unannotated CNN, BBC and
WikinewsSum text): each rule one sentence (written for the test, not taken from the corpus), and the names that must
survive."""

from __future__ import annotations

from generator.nlp.entities import entity_refs, extract_mentions


def _refs(body: str) -> set[tuple[str, str]]:
    return {(r.name, r.kind) for r in entity_refs(extract_mentions(f"Report\n\n{body}"))}


def _names(body: str, kind: str) -> set[str]:
    return {name for name, found in _refs(body) if found == kind}


def test_a_province_named_alone_is_a_place() -> None:
    assert {"Sumatra", "Punjab"} <= _names("Sumatra was hit hardest, and Punjab's farms flooded too.", "place")
