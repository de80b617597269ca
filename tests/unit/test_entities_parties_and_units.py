"""Parties, agencies, armed groups and regiments are organisations, one name each; a constituency is no person.

Found reading a desk of CNN hard news: "Shin Bet", "Yesh Atid" and "Yisrael Beiteinu" were people, "Ansar Allah" was
apart from the Houthis, and "Likud", "Mossad" and "Islamic Jihad" were not found at all."""

from __future__ import annotations

from generator.nlp.entities import entity_refs, extract_mentions


def _refs(body: str) -> set[tuple[str, str]]:
    return {(r.name, r.kind) for r in entity_refs(extract_mentions(f"Report\n\n{body}"))}


def test_israeli_parties_and_agencies_are_organisations() -> None:
    found = _refs("Likud won 30 seats while Yesh Atid and Yisrael Beiteinu lost ground, the Shin Bet and the Mossad said.")
    assert found >= {(name, "organization") for name in ("Likud", "Yesh Atid", "Yisrael Beiteinu", "Shin Bet", "Mossad")}
    assert not {name for name, kind in found if kind == "person"}


def test_ansar_allah_is_the_houthis_and_a_houthi_leader_keeps_his_name() -> None:
    found = _refs("The Houthis' political wing, Ansar Allah, said force would be met with force.")
    assert ("Houthis", "organization") in found and ("Ansar Allah", "organization") not in found
    assert ("Abdul Malik al-Houthi", "person") in _refs("Rebel leader Abdul Malik al-Houthi spoke on television on Sunday.")


def test_islamic_jihad_is_palestinian_islamic_jihad() -> None:
    assert ("Palestinian Islamic Jihad", "organization") in _refs("Islamic Jihad fired rockets at Sderot on Monday.")


def test_uk_parties_are_organisations_and_a_constituency_is_no_person() -> None:
    """'Plaid Cymru', 'Sinn Fein' were people; 'the Sheffield Hallam seat', 'Glasgow Kelvin MP George Galloway' gave people."""
    found = _refs("Plaid Cymru and Sinn Fein backed the DUP motion. Glasgow Kelvin MP George Galloway said the Sheffield Hallam seat was safe.")
    assert found >= {("Plaid Cymru", "organization"), ("Sinn Fein", "organization"), ("Democratic Unionist Party", "organization")}
    assert {name for name, kind in found if kind == "person"} == {"George Galloway"}


def test_a_regiment_is_an_organisation() -> None:
    """'The Royal Highland Fusiliers left Basra': a regiment, not a person named Highland Fusiliers."""
    assert ("Royal Highland Fusiliers", "organization") in _refs("The Royal Highland Fusiliers left Basra on Monday.")


def test_two_names_of_one_family_lose_their_comma() -> None:
    """'The father of President Bashar Assad Hafez Assad was born ...' (commas stripped) names two people."""
    people = {name for name, kind in _refs("The father of Syrian President Bashar Assad Hafez Assad was born in Qardaha.") if kind == "person"}
    assert people == {"Bashar Assad", "Hafez Assad"}


def test_a_suburb_is_a_place() -> None:
    """'Shells hit the al-Assad Suburb in Aleppo': a district of the city, not a person."""
    assert ("al-Assad Suburb", "place") in _refs("Shells hit the al-Assad Suburb in Aleppo on Monday.")


def test_farms_are_a_place_and_zenki_is_an_armed_group() -> None:
    """'Mallah Farms' was a person; 'Noureddin al-Zinki' is the Nour al-Din al-Zenki Movement, one name for its spellings."""
    found = _refs("The Noureddin al-Zinki group and Nour al-Din al-Zenki fighters took Mallah Farms on Monday.")
    assert found >= {("Mallah Farms", "place"), ("Nour al-Din al-Zenki Movement", "organization")}
    assert not {name for name, kind in found if kind == "person"}


def test_villages_listed_without_their_commas_are_no_one_place() -> None:
    """'raids on Jub Ghabsheh Eibed Souran Tal Alam Deir Qaq Sarjeh' (commas stripped) named one nine-word place."""
    places = {name for name, kind in _refs("Warplanes carried out raids on Jub Ghabsheh Eibed Souran Tal Alam Deir Qaq Sarjeh in Aleppo.")
              if kind == "place"}
    assert all(len(name.split()) <= 5 for name in places) and "Aleppo" in places


def test_the_syrian_observatory_however_it_is_described() -> None:
    """'The London Based Syrian Observatory ...' (hyphen lost), 'the UK-based Observatory for Human Rights': one body."""
    for body in ("The London Based Syrian Observatory for Human Rights said 12 died.", "The UK-based Observatory for Human Rights said 12 died."):
        assert {name for name, kind in _refs(body) if kind == "organization"} == {"Syrian Observatory for Human Rights"}
