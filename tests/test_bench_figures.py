"""The key-figure benchmark's scoring rule (bench/figures.py), on a tiny in-memory gold set: no corpus needed."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from figures import (  # noqa: E402
    GoldArticle,
    GoldMention,
    SystemFigure,
    corpus_diff,
    evaluate,
    format_report,
    headline_scores,
    same_sentence,
    score_article,
    split_of,
)

S1 = "A further nine people including five children were killed in the strike on Tuesday."
S2 = "More than 320000 people have been killed in Syria since the war began in 2011."
S3 = "Activists said the strike killed 44 people and wounded dozens."

GOLD = GoldArticle(
    path="fakes-syria/0000000001.txt",
    mentions=(
        GoldMention("killed", 9, "nine people", "event", "A further nine people including five children were killed"),
        GoldMention("killed", 320000, "More than 320000 people", "background", "More than 320000 people have been killed in Syria"),
        GoldMention("killed", 44, "44 people", "event", "the strike killed 44 people and wounded dozens"),
        GoldMention("wounded", 12, "dozens", "event", "the strike killed 44 people and wounded dozens"),
    ),
    headline={"killed": 9, "wounded": 12},
)


def test_a_figure_matches_by_kind_count_and_sentence() -> None:
    score = score_article(GOLD, [SystemFigure("killed", 9, S1), SystemFigure("killed", 44, S3), SystemFigure("wounded", 12, S3)])
    assert score.true_positive == {"killed": 2, "wounded": 1}
    assert score.found == {"killed": 2, "wounded": 1}
    assert not score.false_positives and not score.missed


def test_the_subset_is_a_false_positive_and_the_total_is_missed() -> None:
    score = score_article(GOLD, [SystemFigure("killed", 5, S1)])  # "including five children" read as the count
    assert score.true_positive["killed"] == 0
    assert [why for why, _ in score.false_positives] == ["other"]
    assert {m.count for m in score.missed} == {9, 44, 12}


def test_the_count_matching_elsewhere_in_the_article_still_counts() -> None:
    """Sentences split differently from the gold's quote: kind and count decide (rule 2)."""
    score = score_article(GOLD, [SystemFigure("killed", 44, "Some other split of the text mentioning 44.")])
    assert score.true_positive["killed"] == 1


def test_matching_is_one_to_one() -> None:
    score = score_article(GOLD, [SystemFigure("killed", 9, S1), SystemFigure("killed", 9, S1)])
    assert score.true_positive["killed"] == 1
    assert len(score.false_positives) == 1


def test_a_kind_must_match() -> None:
    score = score_article(GOLD, [SystemFigure("wounded", 44, S3)])  # "killed 44 ... wounded dozens" -> 44 wounded
    assert score.true_positive["wounded"] == 0
    assert [why for why, _ in score.false_positives] == ["other"]


def test_a_background_total_read_as_news_is_counted_by_count_or_by_sentence() -> None:
    by_count = score_article(GOLD, [SystemFigure("killed", 320000, "A differently split sentence with 320000.")])
    by_sentence = score_article(GOLD, [SystemFigure("killed", 2011, S2)])
    for score in (by_count, by_sentence):
        assert score.background_taken == 1
        assert [why for why, _ in score.false_positives] == ["background"]
    assert by_count.gold_background == 1


def test_figures_marked_background_are_not_event_claims() -> None:
    score = score_article(GOLD, [SystemFigure("killed", 320000, S2, scope="background")])
    assert score.system == {} and score.background_taken == 0 and not score.false_positives


def test_other_kinds_are_ignored() -> None:
    score = score_article(GOLD, [SystemFigure("ceasefire_hours", 48, "A 48-hour truce.")])
    assert score.system == {} and not score.false_positives


def test_sentence_comparison_ignores_case_space_and_quotes() -> None:
    assert same_sentence('"Fifteen civilians  were KILLED"', "Fifteen civilians were killed in a barrel bomb attack.")
    assert not same_sentence("Fifteen civilians were killed", "Sixteen civilians were killed.")


def test_headline_is_right_when_the_site_shows_the_gold_figure_and_nothing_else() -> None:
    assert headline_scores(GOLD, {"killed": 9, "wounded": 12}) == {"killed": True, "wounded": True}
    assert headline_scores(GOLD, {"killed": 44, "wounded": 12, "displaced": 3}) == {"killed": False, "wounded": True, "displaced": False}
    none = GoldArticle("bbc-politics/001.txt", (), {})
    assert headline_scores(none, {}) == {}
    assert headline_scores(none, {"killed": 3007}) == {"killed": False}


def test_split_rule_is_the_documented_hash() -> None:
    assert split_of("fakes-syria/1914947530.txt") in ("dev", "held-out")
    paths = [f"fakes-syria/{n}.txt" for n in range(300)]
    held = sum(split_of(p) == "held-out" for p in paths)
    assert 70 < held < 130  # about a third


def test_report_for_a_split() -> None:
    reports = evaluate([GOLD], {GOLD.path: "text"},
                       figures_of=lambda _: [SystemFigure("killed", 9, S1), SystemFigure("killed", 320000, S2)],
                       headline_of=lambda _path, _text: {"killed": 320000})
    report = reports[split_of(GOLD.path)]
    table = format_report("dev", report)
    assert "| killed | 2 | 2 | 1 | 0.500 | 0.500 |" in table
    assert "Background taken as event: 1 of 1" in table
    assert report.headline[("killed", False)] == 1 and report.headline[("wounded", False)] == 1


def test_the_corpus_diff_lists_new_gone_and_flipped_figures() -> None:
    before = {"a.txt": [["killed", 9, "event", S1], ["killed", 320000, "event", S2]], "b.txt": [["killed", 44, "event", S3]]}
    after = {"a.txt": [["killed", 9, "event", S1], ["killed", 320000, "background", S2]], "b.txt": [["wounded", 12, "event", S3]]}
    report = corpus_diff(before, after)
    assert report.splitlines()[0] == "### corpus diff over 2 non-gold articles: event -> background 1, gone event 1, new event 1"
    assert "- a.txt: killed 320000 event -> background: " + S2 in report
    assert "killed 9" not in report


def test_dev_only_skips_the_held_out_articles_unread() -> None:
    held = next(GoldArticle(f"fakes-syria/{n}.txt", GOLD.mentions, GOLD.headline)
                for n in range(100) if split_of(f"fakes-syria/{n}.txt") == "held-out")
    dev = next(GoldArticle(f"fakes-syria/{n}.txt", GOLD.mentions, GOLD.headline)
               for n in range(100) if split_of(f"fakes-syria/{n}.txt") == "dev")
    read: list[str] = []

    def figures_of(text: str) -> list[SystemFigure]:
        read.append(text)
        return [SystemFigure("killed", 9, S1)]

    reports = evaluate([held, dev], {held.path: "held", dev.path: "dev"}, figures_of=figures_of,
                       headline_of=lambda _path, _text: {}, splits=("dev",))
    assert read == ["dev"]
    assert reports["dev"].articles == 1 and reports["held-out"].articles == 0
