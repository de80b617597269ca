"""Classes found by annotating blind10-dev (issue 17 part 2, session 12): twelve messy CNN and BBC pages read before any
extractor output was looked at. Made-up, punctuated, multi-sentence copy (extract_mentions reads short unpunctuated
strings differently)."""

from __future__ import annotations

from generator.nlp.entities import entity_refs, extract_mentions


def _refs(body: str) -> set[tuple[str, str]]:
    return {(r.name, r.kind) for r in entity_refs(extract_mentions(f"Report\n\n{body}"))}


def _names(body: str, kind: str) -> set[str]:
    return {name for name, found in _refs(body) if found == kind}


def test_a_campaign_named_by_everyday_words_keeps_its_country_initials() -> None:
    body = "The chairman of Migration Watch UK, Sir Ian Moss, said the ruling was wrong. It's a blow, he said."
    assert "Migration Watch UK" in _names(body, "organization")
    assert "United Kingdom" in _names(body, "place")
