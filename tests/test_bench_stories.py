"""bench/stories.py's scoring on tiny in-memory data (no corpus, no pipeline)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from stories import (  # noqa: E402
    Scores,
    cluster_decisions,
    event_decisions,
    load_gold,
    opening,
    pair_key,
    score_pairs,
    split_of,
    theatre_accuracy,
    unlabelled_cluster_pairs,
)


def test_score_pairs_counts_and_ratios() -> None:
    scores = score_pairs([(True, True), (True, False), (False, True), (False, False), (True, True)])
    assert scores == Scores(tp=2, fp=1, fn=1, tn=1)
    assert scores.precision == pytest.approx(2 / 3)
    assert scores.recall == pytest.approx(2 / 3)
    assert scores.f1 == pytest.approx(2 / 3)


def test_empty_scores_are_not_a_division_by_zero() -> None:
    assert (Scores().precision, Scores().recall, Scores().f1) == (1.0, 1.0, 1.0)
    assert Scores(fp=1, fn=1).f1 == 0.0


def test_cluster_decisions_cover_every_pair() -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    predicted = {"a": "s1", "b": "s2", "c": "s2"}  # a/b split, b/c merged
    decisions = cluster_decisions(gold, predicted)
    assert sorted(decisions) == sorted([(True, False), (False, False), (False, True)])
    assert score_pairs(decisions) == Scores(tp=0, fp=1, fn=1, tn=1)


def test_chained_group_counts_every_wrong_pair() -> None:
    """Three different events in one story: three false positive pairs, not one."""
    assert score_pairs(cluster_decisions({"a": "1", "b": "2", "c": "3"}, dict.fromkeys("abc", "s"))).fp == 3


def test_theatre_accuracy_counts_missing_as_wrong() -> None:
    assert theatre_accuracy({"p": "SY", "q": "GB", "r": "IQ"}, {"p": "SY", "q": "IQ"}) == (1, 3)


def test_split_is_deterministic_and_order_free() -> None:
    assert pair_key("fakes-syria/2.txt", "fakes-syria/1.txt") == pair_key("fakes-syria/1.txt", "fakes-syria/2.txt")
    keys = [f"fakes-syria/{n}.txt" for n in range(300)]
    held = sum(split_of(k) == "held-out" for k in keys)
    assert 70 < held < 130  # about a third
    assert [split_of(k) for k in keys] == [split_of(k) for k in keys]


def test_load_gold_refuses_yaml_booleans_for_codes(tmp_path: Path) -> None:
    gold = tmp_path / "gold.yaml"
    gold.write_text("pairs: []\ntheatre:\n  - {path: a.txt, theatre: NO}\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="quote theatre codes"):
        load_gold(gold)
    gold.write_text("pairs: []\ntheatre:\n  - {path: a.txt, theatre: 'NO'}\n", encoding="utf-8")
    assert load_gold(gold)["theatre"][0]["theatre"] == "NO"


def test_a_groups_article_is_shown_by_its_bodys_opening_words_on_one_line() -> None:
    text = "Car bomb kills 12\n\nSunday 5 Jan 2017  A car bomb\nexploded in a market."
    assert opening(text) == "Sunday 5 Jan 2017 A car bomb exploded in a market."
    assert opening(text, chars=10) == "Sunday 5 J..."


def test_event_pairs_are_one_event_only_when_labelled_so() -> None:
    """A pair is a positive of row (a') only if the gold lists it as one event; every other pair is a negative."""
    decisions = event_decisions(["a", "b", "c"], [pair_key("a", "b")], {"a": "s", "b": "t", "c": "s"})
    assert score_pairs(decisions) == Scores(tp=0, fp=1, fn=1, tn=1)


def test_unlabelled_cluster_pairs_lists_within_cluster_pairs_only() -> None:
    clusters = {"x1": "x", "x2": "x", "x3": "x", "y1": "y"}
    assert unlabelled_cluster_pairs(clusters, [pair_key("x1", "x2")]) == [pair_key("x1", "x3"), pair_key("x2", "x3")]
