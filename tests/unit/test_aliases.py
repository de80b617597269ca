"""Alias cases: spellings that must resolve to one entity across articles, and names that must not merge."""

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from generator.models import Article, EnrichedArticle, EntityRef
from generator.nlp.registry import Registry
from generator.nlp.resolve import (
    Resolution,
    _EntityOf,
    _rewrite,
    consonant_skeleton,
    default_resolver,
    resolve_articles,
    same_transliteration,
)

P, L, O = "person", "place", "organization"

SAME_ENTITY = [
    (O, ["UN Security Council", "U.N. Security Council", "UNSC", "United Nations Security Council", "Security Council"], "UN Security Council"),
    (O, ["United Nations", "UN", "U.N."], "United Nations"),
    (O, ["Islamic State", "ISIS", "ISIL", "Daesh"], "Islamic State"),
    (O, ["Nusra Front", "al-Nusra Front", "Jabhat al-Nusra"], "Nusra Front"),
    (O, ["al-Qaeda", "Al Qaeda", "al-Qaida"], "al-Qaeda"),
    (O, ["International Syria Support Group", "International Syrian Support Group", "ISSG"], "International Syria Support Group"),
    (O, ["Agence France-Presse", "AFP"], "Agence France-Presse"),
    (O, ["European Union", "EU", "E.U."], "European Union"),
    (O, ["Syrian Observatory for Human Rights", "SOHR"], "Syrian Observatory for Human Rights"),
    (O, ["Organization of Islamic Cooperation", "OIC"], "Organization of Islamic Cooperation"),
    (P, ["Sergey Lavrov", "Sergei Lavrov"], "Sergey Lavrov"),
    (P, ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy"], "Volodymyr Zelensky"),
    (P, ["Mohammad Javad Zarif", "Mohammed Javad Zarif"], "Mohammad Javad Zarif"),
    (P, ["Mohammed bin Salman", "Muhammad bin Salman", "Mohamed bin Salman"], "Mohammed bin Salman"),
    (P, ["Muammar Gaddafi", "Muammar Qaddafi"], "Muammar Gaddafi"),
    (P, ["Osama bin Laden", "Usama bin Laden"], "Osama bin Laden"),
    (P, ["Bashar al-Assad", "Bashar al Assad", "Assad"], "Bashar al-Assad"),
    (P, ["Bashar al-Assad", "Bashar Assad", "Bashar Al Assad"], None),
    (P, ["Staffan de Mistura", "de Mistura", "Mistura"], "Staffan de Mistura"),
    (P, ["Bashar al-Assad", "Bashar al-Assads"], "Bashar al-Assad"),  # a possessive that lost its apostrophe
    (L, ["United States", "U.S.", "US", "America", "USA"], "United States"),
    (L, ["United Kingdom", "Britain", "UK"], "United Kingdom"),
    (L, ["Syria", "Syrian"], "Syria"),
    (L, ["Hasaka", "Hasakah"], None),
    (L, ["Deir ez-Zor", "Deir Ezzor", "Deir al-Zor"], "Deir ez-Zor"),
    (L, ["Kyiv", "Kiev"], "Kyiv"),
    (L, ["Deir az-Zour", "Deir Ezzor", "Deir ez-Zor"], "Deir ez-Zor"),
    (L, ["Jisr al-Shughour", "Jisr al Shughour"], None),
]


@pytest.mark.parametrize(("kind", "names", "expected"), SAME_ENTITY, ids=[case[1][0] for case in SAME_ENTITY])
def test_spellings_resolve_to_one_entity(kind: str, names: list[str], expected: str | None) -> None:
    resolution = default_resolver().resolve(EntityRef(n, kind) for n in names)
    heads = {resolution(EntityRef(n, kind)) for n in names}
    assert len(heads) == 1, heads
    if expected is not None:
        assert heads == {EntityRef(expected, kind)}


DIFFERENT = [
    (P, ["Ali Hassan", "Ali Hussein"]),
    (P, ["John Smith", "Jane Smith"]),
    (P, ["Mohammad Javad Zarif", "Mohammad Javad Bahonar"]),
    (O, ["UN Security Council", "UN General Assembly"]),
    (O, ["Nusra Front", "Fateh al-Sham Front"]),
    (L, ["Iran", "Iraq"]),
    (L, ["Austria", "Australia"]),
    (P, ["Abbas", "Abbasi"]),
    (L, ["Kafr Nabl", "Kafr Nubl", "Kafr Naha"][1:]),
]


@pytest.mark.parametrize(("kind", "names"), DIFFERENT, ids=[" / ".join(case[1]) for case in DIFFERENT])
def test_different_entities_stay_apart(kind: str, names: list[str]) -> None:
    resolution = default_resolver().resolve(EntityRef(n, kind) for n in names)
    assert len({resolution(EntityRef(n, kind)) for n in names}) == len(names)


def test_ambiguous_surname_is_reported_not_merged() -> None:
    refs = [EntityRef("John Smith", P), EntityRef("Jane Smith", P), EntityRef("Smith", P)]
    resolution = default_resolver().resolve(refs)
    assert resolution(EntityRef("Smith", P)) == EntityRef("Smith", P)
    [(name, candidates)] = resolution.ambiguous
    assert name == EntityRef("Smith", P) and set(candidates) == {EntityRef("John Smith", P), EntityRef("Jane Smith", P)}


def test_most_used_spelling_names_the_entity() -> None:
    refs = [EntityRef("Sergei Lavrov", P)] * 3 + [EntityRef("Sergey Lavrov", P)]
    resolution = default_resolver().resolve(refs)
    assert resolution(EntityRef("Sergey Lavrov", P)) == EntityRef("Sergei Lavrov", P)
    assert resolution.aliases(EntityRef("Sergei Lavrov", P)) == ("Sergey Lavrov",)


def test_a_person_s_abd_compound_spellings_are_one_person() -> None:
    refs = [EntityRef("Rami Abdel Rahman", P)] * 3 + [EntityRef("Rami Abdurrahman", P), EntityRef("Rami Abdulrahman", P)]
    resolution = default_resolver().resolve(refs)
    assert {resolution(r) for r in refs} == {EntityRef("Rami Abdel Rahman", P)}


def test_kinds_never_merge() -> None:
    resolution = default_resolver().resolve([EntityRef("Jordan", L), EntityRef("Jordan", P)])
    assert resolution(EntityRef("Jordan", P)) == EntityRef("Jordan", P)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Sergey", "Sergei", True), ("Zelensky", "Zelenskyy", True), ("Mohammad", "Mohammed", True),
    ("Muhammad", "Mohamed", True), ("Hassan", "Hussein", False), ("Ali", "Ely", False), ("Dmitry", "Dmitri", True),
    # an Arabic "Abd" compound in one word or two, with the article assimilated or not
    ("Rami Abdel Rahman", "Rami Abdurrahman", True), ("Rami Abdulrahman", "Rami Abd al-Rahman", True),
    ("Abdel Aziz", "Abdelaziz", True), ("Rami Abdel Rahman", "Rami Abdel Aziz", False),
])
def test_transliteration_rule(a: str, b: str, same: bool) -> None:
    assert same_transliteration(a, b) is same


def test_consonant_skeleton_ignores_vowels_and_doubling() -> None:
    assert consonant_skeleton("Mohammed") == consonant_skeleton("Mohamad") == "mhmd"


@pytest.mark.parametrize(("name", "country"), [
    ("Russian Foreign Ministry", "RU"), ("Kremlin", "RU"), ("Syrian Arab Army", "SY"), ("Iranian Expediency Council", "IR"),
    ("UN Security Council", ""),
])
def test_organisations_know_their_country(name: str, country: str) -> None:
    from generator.nlp.resolve import describe

    assert describe(EntityRef(name, O)).country == country


def test_capital_knows_its_country_and_stays_its_own_entity() -> None:
    from generator.nlp.resolve import describe

    resolution = default_resolver().resolve([EntityRef("Moscow", L), EntityRef("Russia", L)])
    assert resolution(EntityRef("Moscow", L)) == EntityRef("Moscow", L)
    assert describe(EntityRef("Moscow", L)).country == "RU"


def test_acronyms_of_a_canonical_name_no_article_spelled_resolve_without_error() -> None:
    # "IS" and "ISIS" both map to the alias table's "Islamic State", which no article wrote out.
    resolution = default_resolver().resolve([EntityRef("IS", "organization"), EntityRef("ISIS", "organization")])
    assert resolution(EntityRef("IS", "organization")) == resolution(EntityRef("ISIS", "organization"))


def test_a_person_is_never_a_place() -> None:
    """A 'place' that is a person's name, surname or given name in many more articles is that person or nothing;
    a place the gazetteer vouches for stays a place."""
    people = ["Bashar al-Assad"] * 5 + ["Charles Kennedy", "Charles Clarke"] * 3 + ["Alice Walker", "Alice Cooper"] * 3
    people += ["Paris Hilton", "Michael Jordan"] * 5
    places = ["Assad", "Assads", "Charles Kennedy", "Alice", "Paris", "Jordan"]
    resolution = default_resolver().resolve([EntityRef(n, P) for n in people] + [EntityRef(n, L) for n in places])
    assert resolution(EntityRef("Assad", L)) == resolution(EntityRef("Assads", L)) == EntityRef("Bashar al-Assad", P)
    assert resolution(EntityRef("Charles Kennedy", L)) == EntityRef("Charles Kennedy", P)
    assert resolution.dropped == {EntityRef("Alice", L)}
    assert resolution(EntityRef("Paris", L)) == EntityRef("Paris", L) and resolution(EntityRef("Jordan", L)) == EntityRef("Jordan", L)


def test_a_remembered_resolution_keeps_the_names_it_dropped(tmp_path: Path) -> None:
    """A resolution read back from the last build's memo drops the same 'places' as one computed anew."""
    names = [EntityRef(name, P) for name in ["Alice Walker", "Alice Cooper"] * 3] + [EntityRef("Alice", L)]
    articles = tuple(_named(f"a{n}", ref) for n, ref in enumerate(names))
    memo = tmp_path / "resolution.json"
    computed = resolve_articles(articles, memo=memo)
    assert computed[-1].entities == () and resolve_articles(articles, memo=memo) == computed


def _named(slug: str, ref: EntityRef) -> EnrichedArticle:
    article = Article(Path(f"{slug}.md"), slug, slug, dt.date(2024, 1, 1), "", "", "", "", "", "", (), ())
    return EnrichedArticle(article, "", "", (), (ref,), ((ref, (ref.name,)),))


_SYRIA, _ASSAD, _BASHAR, _MONDAY = EntityRef("Syria", L), EntityRef("Assad", P), EntityRef("Bashar al-Assad", P), EntityRef("Monday", P)


@pytest.mark.parametrize("entities, forms", [
    ((_SYRIA, _BASHAR), ((_SYRIA, ("Syrian", "Syria")), (_BASHAR, ("Bashar al-Assad", "Assad")))),  # as resolved: the same
    ((_SYRIA, _ASSAD, _BASHAR), ((_SYRIA, ("Syria",)), (_ASSAD, ("Assad",)), (_BASHAR, ("Bashar al-Assad",)))),  # two names, one entity
    ((_SYRIA, _MONDAY), ((_SYRIA, ("Syria",)), (_MONDAY, ("Monday",)))),  # a name dropped
    ((_SYRIA, _SYRIA), ((_SYRIA, ("Syria",)), (_SYRIA, ("Syrian",)))),  # a name twice
    ((_SYRIA,), ((_SYRIA, ("Syria", "Syrian")),)),  # forms not longest first
    ((_SYRIA,), ((_SYRIA, ("Syria", "Syria")),)),  # a form twice
    ((_SYRIA, _BASHAR), ((_BASHAR, ("Assad",)), (_SYRIA, ("Syria",)))),  # forms in another order than the names
])
def test_an_article_already_as_resolved_is_kept_and_any_other_is_rewritten_alike(
        entities: tuple[EntityRef, ...], forms: tuple[tuple[EntityRef, tuple[str, ...]], ...]) -> None:
    """The shortcut for articles resolution leaves as they are gives what the full rewrite gives."""
    resolution = Resolution({_ASSAD: _BASHAR}, (), frozenset({_MONDAY}))
    article = dataclasses.replace(_named("a", _SYRIA), entities=entities, surface_forms=forms)
    rewritten = _rewrite(article, _EntityOf(Registry(), resolution))
    assert rewritten == _full_rewrite(article, resolution)
    assert (rewritten is article) == (_full_rewrite(article, resolution) == article)


def _full_rewrite(article: EnrichedArticle, resolution: Resolution) -> EnrichedArticle:
    """The rewrite as first written: every name looked up, every article made again."""
    kept = {ref: ref not in resolution.dropped for ref in article.entities}
    entities = tuple(dict.fromkeys(resolution(ref) for ref in article.entities if kept[ref]))
    merged: dict[EntityRef, list[str]] = {ref: [] for ref in entities}
    for ref, surface in article.surface_forms:
        if kept[ref]:
            merged[resolution(ref)] += surface
    surface_forms = tuple((ref, tuple(dict.fromkeys(sorted(merged[ref], key=len, reverse=True)))) for ref in entities)
    return dataclasses.replace(article, entities=entities, surface_forms=surface_forms)


def test_every_article_names_an_entity_with_one_object() -> None:
    """Resolved articles share one EntityRef per entity (lookups by entity then match by identity)."""
    first = dataclasses.replace(_named("a", EntityRef("Syria", L)), surface_forms=((EntityRef("Syria", L), ("Syria",)),))
    second = dataclasses.replace(_named("b", EntityRef("Syria", L)), surface_forms=((EntityRef("Syria", L), ("Syria",)),))
    one, two = resolve_articles((first, second))
    assert one.entities == (EntityRef("Syria", L),) and one.entities[0] is two.entities[0]


