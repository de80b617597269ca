from pathlib import Path

import pytest

from generator.errors import BriefingError
from generator.models import EntityRef
from generator.nlp.registry import load_registry
from generator.nlp.resolve import default_resolver, describe


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "entities.yml").write_text(text, encoding="utf-8")
    return tmp_path


def test_missing_registry_is_empty(tmp_path: Path) -> None:
    assert load_registry(tmp_path).entries == ()


def test_alias_maps_to_entry_and_entry_type_wins(tmp_path: Path) -> None:
    registry = load_registry(write(tmp_path, "- name: Kremlin\n  type: organization\n  aliases: [the Kremlin]\n"))
    assert registry.apply(EntityRef("The Kremlin", "place")) == EntityRef("Kremlin", "organization")
    assert registry.apply(EntityRef("Moscow", "place")) == EntityRef("Moscow", "place")


def test_reject_drops_a_name_and_a_typed_reject_only_that_type(tmp_path: Path) -> None:
    registry = load_registry(write(tmp_path, "- name: Top Stories\n  reject: true\n- name: Jordan\n  type: person\n  reject: true\n"))
    assert registry.apply(EntityRef("Top Stories", "organization")) is None
    assert registry.apply(EntityRef("Jordan", "person")) is None
    assert registry.apply(EntityRef("Jordan", "place")) == EntityRef("Jordan", "place")


def test_registry_beats_alias_table_in_resolution(tmp_path: Path) -> None:
    registry = load_registry(write(tmp_path, "- name: Security Council of the UN\n  type: organization\n  aliases: [UNSC]\n"))
    resolution = default_resolver(registry).resolve([EntityRef("UNSC", "organization")])
    assert resolution(EntityRef("UNSC", "organization")) == EntityRef("Security Council of the UN", "organization")


def test_details_come_from_registry_then_gazetteer(tmp_path: Path) -> None:
    registry = load_registry(write(tmp_path, "- name: Aleppo\n  type: place\n  description: Syria's second city.\n  wikidata: Q41183\n"))
    details = describe(EntityRef("Aleppo", "place"), registry)
    assert details.country == "SY" and details.latitude is not None and details.wikidata == "Q41183"
    assert details.description == "Syria's second city."


def test_every_problem_is_reported_with_its_line(tmp_path: Path) -> None:
    text = "- name: X\n  type: thing\n  country: Syria\n  colour: red\n- name: ''\n  type: person\n"
    with pytest.raises(BriefingError) as caught:
        load_registry(write(tmp_path, text))
    messages = [str(d) for d in caught.value.diagnostics]
    assert any(":2: X: 'type' must be one of" in m for m in messages)
    assert any(":3: X: 'country' must be an ISO 3166-1 alpha-2 code" in m for m in messages)
    assert any(":4: unknown field 'colour'" in m for m in messages)
    assert any(":5: entry 2: 'name' must be a non-empty string" in m for m in messages)


def test_broken_yaml_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(BriefingError) as caught:
        load_registry(write(tmp_path, "- name: [unclosed\n"))
    assert "entities.yml:" in str(caught.value)


def test_briefing_entities_lists_what_the_registry_lacks(site_small: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    (site_small / "content" / "entities.yml").write_text("- name: Sergey Lavrov\n  type: person\n", encoding="utf-8")
    result = run_cli("--project", str(site_small), "entities", "--limit", "100")
    assert result.code == 0, result.err
    new_section = result.out.split("Ambiguous")[0]
    assert "Sergey Lavrov" not in new_section
    assert "place        Sudan" in new_section
    assert "Seen in one article only" in result.out


def test_build_applies_the_registry(site_small: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    (site_small / "content" / "entities.yml").write_text("- name: Aleppo\n  reject: true\n", encoding="utf-8")
    assert run_cli("--project", str(site_small), "build", "-q").code == 0
    assert not (site_small / "site" / "places" / "aleppo.html").exists()
    assert (site_small / "site" / "people" / "sergey-lavrov.html").exists()
