import pytest
from conftest import SEED

from generator.models import EntityRef
from generator.nlp.entities import entity_refs, extract_mentions


def seed_refs() -> set[tuple[str, str]]:
    body = SEED.read_text(encoding="utf-8").split("Syria Crisis\n", 2)[2]
    return {(r.name, r.kind) for r in entity_refs(extract_mentions(body))}


def test_seed_entities() -> None:
    found = seed_refs()
    expected = {
        ("Mohammad Javad Zarif", "person"), ("Sergey Lavrov", "person"), ("Ali Akbar Velayati", "person"),
        ("Staffan de Mistura", "person"), ("Iran", "place"), ("Russia", "place"), ("Syria", "place"),
        ("Aleppo", "place"), ("Moscow", "place"), ("UN Security Council", "organization"),
        ("RIA Novosti", "organization"), ("International Syria Support Group", "organization"),
        ("Expediency Council", "organization"),
    }
    assert expected <= found


@pytest.mark.parametrize("junk", ["Tuesday", "Monday", "GMT", "Top Stories", "Most Visited", "Head", "During", "Also", "Kerry"])
def test_seed_has_no_junk(junk: str) -> None:
    assert junk not in {name for name, _ in seed_refs()}


def test_surname_resolves_to_full_name_and_keeps_its_span() -> None:
    text = "Sergey Lavrov met reporters. Later Lavrov said the truce held."
    mentions = extract_mentions(text)
    lavrovs = [m for m in mentions if m.name == "Sergey Lavrov"]
    assert [(m.text, text[m.start:m.end]) for m in lavrovs] == [("Sergey Lavrov", "Sergey Lavrov"), ("Lavrov", "Lavrov")]


def test_ambiguous_surname_is_not_merged() -> None:
    text = "John Smith and Jane Smith arrived. Smith spoke first."
    names = [m.name for m in extract_mentions(text) if m.text == "Smith"]
    assert names == []


def test_demonym_links_to_country_and_generic_ministry_takes_its_country() -> None:
    mentions = extract_mentions("The Syrian army advanced. Russia's Foreign Ministry said so.")
    assert EntityRef("Syria", "place") in entity_refs(mentions)
    assert EntityRef("Russian Foreign Ministry", "organization") in entity_refs(mentions)


def test_un_security_council_spellings_are_one_entity() -> None:
    for spelling in ("UN Security Council", "U.N. Security Council", "UNSC", "United Nations Security Council"):
        refs = entity_refs(extract_mentions(f"The {spelling} met on Monday."))
        assert refs == (EntityRef("UN Security Council", "organization"),), spelling


def test_role_word_announces_a_single_name() -> None:
    refs = entity_refs(extract_mentions("Yesterday President Assad spoke on television."))
    assert EntityRef("Assad", "person") in refs
