"""render.reuse: which units of the last plan a rebuild may keep, and the record that says so."""

from __future__ import annotations

from pathlib import Path

from generator.incremental.memo import KeyedTexts, input_hash, recalled
from generator.render.reuse import PlanRecord, Reads, RecordingMapping, UnitPlan, read_record, reusable, reusable_across, write_record

POSITIONS = {"a.html": 0, "b.html": 1, "c.html": 2}
HELD = frozenset({("day.html", "k1"), ("a.html", "k2"), ("b.html", "k3")})


def _record() -> PlanRecord:
    return PlanRecord(
        basis="basis", listed=(b"a", b"b", b"c"), owned={1: b"own-a"},
        units={0: UnitPlan((0, 1), (("day.html", "k1", "A day"),)), 1: UnitPlan((0,), (("a.html", "k2", "A"),)),
               2: UnitPlan((1,), (("b.html", "k3", "B"),))},
    )


def test_the_catalog_records_each_article_looked_up_and_a_walk_reads_all() -> None:
    reads = Reads(POSITIONS)
    cards = RecordingMapping({"a.html": "card a", "b.html": "card b", "c.html": "card c"}, reads)
    assert cards["b.html"] == "card b" and cards.get("a.html") == "card a"
    assert reads.take() == (0, 1) and reads.take() == ()
    assert sorted(cards.values()) == ["card a", "card b", "card c"]
    assert reads.take() == (0, 1, 2)


def test_a_unit_is_kept_only_if_nothing_it_read_or_owns_changed_and_publish_holds_its_pages() -> None:
    record = _record()
    assert set(reusable(record, "basis", (b"a", b"b", b"c"), {1: b"own-a"}, HELD)) == {0, 1, 2}
    # Article c's card changed: nobody read it.
    assert set(reusable(record, "basis", (b"a", b"b", b"C"), {1: b"own-a"}, HELD)) == {0, 1, 2}
    # Article b's card changed: the day and b's own page read it.
    assert set(reusable(record, "basis", (b"a", b"B", b"c"), {1: b"own-a"}, HELD)) == {1}
    # Article a changed where only its own page looks.
    assert set(reusable(record, "basis", (b"a", b"b", b"c"), {1: b"edited"}, HELD)) == {0, 2}
    # A page publish no longer holds under its key is planned (and rendered) again.
    assert set(reusable(record, "basis", (b"a", b"b", b"c"), {1: b"own-a"}, HELD - {("b.html", "k3")})) == {0, 1}


def test_another_structure_or_article_count_or_no_record_keeps_nothing() -> None:
    record = _record()
    assert reusable(record, "other basis", (b"a", b"b", b"c"), {1: b"own-a"}, HELD) == {}
    assert reusable(record, "basis", (b"a", b"b"), {1: b"own-a"}, HELD) == {}
    assert reusable(None, "basis", (b"a", b"b", b"c"), {1: b"own-a"}, HELD) == {}


def test_the_record_round_trips_and_a_damaged_one_is_none(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    assert read_record(path) is None
    write_record(path, _record())
    assert read_record(path) == _record()
    for damaged in ("{not json", "[]", '{"basis": 1, "listed": [], "owned": {}, "units": {}}',
                    '{"basis": "b", "listed": ["zz"], "owned": {}, "units": {}}'):
        path.write_text(damaged, encoding="utf-8")
        assert read_record(path) is None


def test_a_result_is_recalled_only_under_the_same_input_hash(tmp_path: Path) -> None:
    path, calls = tmp_path / "last-x.json", []

    def compute() -> dict[str, str]:
        calls.append(1)
        return {"a": "1"}

    def decode(stored: object) -> dict[str, str] | None:
        return stored if isinstance(stored, dict) else None  # type: ignore[return-value]

    key = input_hash(["ab", "c"])
    assert key != input_hash(["a", "bc"])
    for _ in range(2):
        assert recalled(path, key, compute, dict, decode) == {"a": "1"}
    assert len(calls) == 1
    assert recalled(path, input_hash(["other"]), compute, dict, decode) == {"a": "1"} and len(calls) == 2
    path.write_text("{damaged", encoding="utf-8")
    assert recalled(path, input_hash(["other"]), compute, dict, decode) == {"a": "1"} and len(calls) == 3


def test_keyed_texts_keep_only_this_builds_results(tmp_path: Path) -> None:
    path = tmp_path / "last-theatres.json"
    first = KeyedTexts(path)
    assert first.get("k1", lambda: "SY") == "SY" and first.get("k2", lambda: "IQ") == "IQ"
    first.save()
    second = KeyedTexts(path)
    assert second.get("k1", lambda: "wrong") == "SY"  # remembered
    second.save()
    assert KeyedTexts(path).get("k2", lambda: "computed") == "computed"  # not used by the last build: dropped


def test_no_page_template_reads_the_sites_date_so_entity_feeds_keep_their_keys_from_day_to_day() -> None:
    """No page template reads the site's date (the site feed gets it in its view): a new day re-keys no entity feed."""
    from generator.paths import PACKAGE_TEMPLATES
    from generator.render.env import make_environment
    from generator.render.pages import _TemplatesReading

    reads = _TemplatesReading(make_environment(PACKAGE_TEMPLATES), "updated")
    assert not any(reads(name) for name in ("feed.xml", "article.html", "entity.html", "day.html", "index.html"))


def _across_record() -> PlanRecord:
    """Two articles (units 1, 2, reading a.html and b.html) and an entity (unit 3, reading a.html), before a new article."""
    return PlanRecord(
        basis="old", listed=(b"a", b"b"), owned={1: b"own-a", 2: b"own-b", 3: b"desc"},
        units={0: UnitPlan((0, 1), (("day.html", "k1", "A day"),)), 1: UnitPlan((0,), (("a.html", "k2", "A"),)),
               2: UnitPlan((1,), (("b.html", "k3", "B"),)), 3: UnitPlan((0,), (("e.html", "k4", "E"),))},
        frame="frame", paths=("a.html", "b.html"),
        deps={1: ("article:a", b"da"), 2: ("article:b", b"db"), 3: ("entity:e", b"de")},
    )


def test_units_are_taken_across_a_new_article_by_identity_under_their_new_numbers() -> None:
    """A new article 'n' comes first: every unit moves one number on; those whose own dependencies changed are planned."""
    held = frozenset({("a.html", "k2"), ("b.html", "k3"), ("e.html", "k4"), ("day.html", "k1")})
    paths, listed, owned = ("n.html", "a.html", "b.html"), (b"n", b"a", b"b"), {2: b"own-a", 3: b"own-b", 4: b"desc"}
    deps = {2: ("article:a", b"da"), 3: ("article:b", b"db"), 4: ("entity:e", b"de")}
    kept = reusable_across(_across_record(), "frame", paths, listed, owned, deps, held)
    assert kept == {2: UnitPlan((1,), (("a.html", "k2", "A"),)), 3: UnitPlan((2,), (("b.html", "k3", "B"),)),
                    4: UnitPlan((1,), (("e.html", "k4", "E"),))}  # the day (no identity) is planned again
    assert set(reusable_across(_across_record(), "frame", paths, listed, owned, {**deps, 4: ("entity:e", b"new")}, held)) == {2, 3}
    assert set(reusable_across(_across_record(), "frame", paths, (b"n", b"A", b"b"), owned, deps, held)) == {3}  # a's card changed
    walked = _across_record()
    walked = PlanRecord(walked.basis, walked.listed, walked.owned, {**walked.units, 3: UnitPlan((0, 1), (("e.html", "k4", "E"),))},
                        walked.frame, walked.paths, walked.deps)
    assert set(reusable_across(walked, "frame", paths, listed, owned, deps, held)) == {2, 3}  # read every article: new ones too
    assert set(reusable_across(_across_record(), "frame", ("n.html", "b.html"), (b"n", b"b"), {2: b"own-b", 3: b"desc"},
                               {2: ("article:b", b"db"), 3: ("entity:e", b"de")}, held)) == {2}  # a is gone: e read it
    assert reusable_across(_across_record(), "other frame", paths, listed, owned, deps, held) == {}


LONG_BODY = "\n\n".join([
    "Envoys of the two governments met in Geneva on Monday to discuss a truce in the north of the country, where fighting "
    "has forced thousands of families from their homes since the spring, officials said after the meeting ended.",
    "The talks, the first in three months, were held behind closed doors at the United Nations office in the city.",
    "A spokesman said both delegations had agreed to meet again next week to settle the details of a ceasefire.",
    "Aid agencies have asked for safe passage for convoys carrying food and medicine to the towns cut off by the fighting.",
] * 3)  # past the lead the grouping reads (stories.LEAD_WORDS)


def test_the_stories_key_moves_with_the_story_inputs_and_each_inputs_hash_is_remembered(tmp_path: Path) -> None:
    """enrich._stories_key hashes every article's story input, kept under a hash of the article's NLP key and fields:
    a field the grouping reads moves it, a note at the end of the body does not, and hashes read back from the last
    build give the key that working them out gives."""
    import dataclasses
    import datetime as dt

    from generator.config import Config
    from generator.models import Article
    from generator.nlp.analysis import NlpResults
    from generator.nlp.enrich import _stories_key

    cfg = Config(root=tmp_path)
    base = Article(path=Path("a.md"), slug="a", title="Talks in Geneva", date=dt.date(2024, 7, 1), source="Wire", dateline="",
                   source_url="", body_md=LONG_BODY,
                   lede="", summary="", key_points=(), entities=())

    def key(article: Article, memo: str = "memo.json") -> str:
        known, results = KeyedTexts(tmp_path / memo), NlpResults([article], cfg, cache_dir=tmp_path)
        try:
            made = _stories_key([article], results, known)
        finally:
            results.close()
        known.save()
        return made

    first = key(base)
    assert key(base) == first == key(base, "other.json")  # read back, and worked out afresh
    noted = dataclasses.replace(base, body_md=base.body_md + "\n\nEditor's note: this article was corrected.")
    assert key(noted) == first
    moved = {"path": Path("b.md"), "slug": "b", "title": "Talks in Vienna", "date": dt.date(2024, 7, 2), "source": "Other",
             "story": "s1", "date_guessed": True, "body_md": "Envoys met in Vienna on Monday to discuss a truce."}
    for name, value in moved.items():
        assert key(dataclasses.replace(base, **{name: value})) != first, name
