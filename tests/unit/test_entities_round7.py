"""Entity precision on messy copy (issue 17, seventh round): each rule that keeps a doubtful organisation, place or
person out, one sentence each, and the names that must survive it."""

from __future__ import annotations

from generator.nlp.entities import entity_refs, extract_mentions


def _refs(body: str) -> set[tuple[str, str]]:
    return {(r.name, r.kind) for r in entity_refs(extract_mentions(f"Report\n\n{body}"))}


def _names(body: str, kind: str) -> set[str]:
    return {name for name, found in _refs(body) if found == kind}


def test_a_bodys_domain_may_hold_several_ands_and_follow_a_countrys_initials() -> None:
    assert _names("The Department of Immigration and Multicultural and Indigenous Affairs said a hotline was open.", "organization") == {
        "Department of Immigration and Multicultural and Indigenous Affairs"}
    assert "UK Hadley Centre for Climate Prediction and Research" in _names(
        "In their paper, Peter Stott of the UK Hadley Centre for Climate Prediction and Research, and colleagues say so.", "organization")


def test_a_quoted_title_of_everyday_words_is_no_body() -> None:
    assert not _names('The comedy "Good Company" opened Wednesday and grossed $229,000 on three screens.', "organization")


def test_a_name_before_edition_or_version_is_a_product() -> None:
    assert not _names("The company has shipped versions of the system, such as the Tablet PC and Media Center editions.", "organization")


def test_a_programme_is_no_body_but_the_uns_programmes_are() -> None:
    assert not _names("Saleemul Huq, director of the Climate Change Programme at the institute, wrote about it.", "organization")
    assert _names("A ship docked on Sunday with wheat, the World Food Programme said.", "organization") == {"World Food Programme"}


def test_a_bodys_unit_named_by_everyday_words_after_its_possessive_is_no_body() -> None:
    found = _names("In his talk, held at MSU's Management Education Center in Troy, he spoke.", "organization")
    assert "Management Education Center" not in found
    assert "Ames Research Center" in _names("Scientists at NASA's Ames Research Center said the asteroid would miss.", "organization")
