"""Issue 17's measuring sticks on tiny in-memory data: ROUGE on a pair worked out by hand, the equal-length
cut, furniture span matching and scoring, the held-out rule, and the page-repeat counts. No corpus needed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from furniture import Cleaned, Span, contains, is_held_out, normalise, score  # noqa: E402
from page_repeats import MARKERS, repeats  # noqa: E402

rouge_scorer = pytest.importorskip("rouge_score.rouge_scorer")


def test_rouge_on_a_pair_worked_out_by_hand() -> None:
    # reference: the cat sat on the mat (6 words, 5 bigrams); candidate: the cat on the mat (5 words, 4 bigrams)
    # unigrams shared 5 -> P 5/5, R 5/6; bigrams shared 3 (the cat, on the, the mat) -> P 3/4, R 3/5;
    # longest common subsequence "the cat on the mat" = 5 -> as for unigrams.
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    scores = scorer.score("The cat sat on the mat.", "the cat on the mat")
    assert scores["rouge1"].fmeasure == pytest.approx(2 * 1 * (5 / 6) / (1 + 5 / 6))
    assert scores["rouge2"].precision == pytest.approx(0.75)
    assert scores["rouge2"].recall == pytest.approx(0.6)
    assert scores["rouge2"].fmeasure == pytest.approx(2 / 3)
    assert scores["rougeL"].fmeasure == pytest.approx(scores["rouge1"].fmeasure)


def test_lead_is_cut_to_the_other_systems_length_and_never_padded() -> None:
    summaries = pytest.importorskip("summaries")
    lead = summaries.as_long_as(lambda title, body: body, lambda title, body: "three words only")
    assert lead("", "one two three four five") == "one two three"
    assert lead("", "one two") == "one two"
    assert summaries.budgeted(lambda title, body: body, 2)("", "a b c") == "a b"


def test_normalise_straightens_quotes_and_spaces() -> None:
    assert normalise("\u201cAssad\u2019s\u201d   forces\n said") == "\"Assad's\" forces said"
    assert contains(normalise("Comment via  Facebook"), "Comment via Facebook")
    assert not contains(normalise("Tags"), "tags")  # case-sensitive


def test_held_out_rule_is_sha256_of_the_path() -> None:
    assert is_held_out("fakes-syria/1965495340.txt")
    assert not is_held_out("wikinewssum-sources/wns003-1.txt")


def test_furniture_scores_count_removed_kept_and_reaching_the_lede() -> None:
    spans = [
        Span("a.txt", "widget", "Comment via Facebook"),
        Span("a.txt", "stamp", "AFP Friday 10 Oct 2014"),
        Span("a.txt", "lede", "At least five police officers"),
        Span("b.txt", "caption", "A fighter walks in the silos"),
        Span("b.txt", "text", "The army said"),
    ]
    cleaned = {
        "a.txt": Cleaned("a.txt", normalise("At least five police officers died. Comment via Facebook"),
                         normalise("At least five police officers died."), normalise("Comment via Facebook"), ()),
        "b.txt": Cleaned("b.txt", normalise("A fighter walks in the silos."), normalise("A fighter walks in the silos."), "", ()),
    }
    result, per_class = score(spans, cleaned)
    assert (result.furniture, result.removed) == (3, 1)  # only the stamp is gone
    assert (result.real, result.kept) == (2, 1)  # "The army said" was lost
    assert (result.ledes_with_furniture, result.summaries_with_furniture) == (1, 1)
    assert result.ledes_on_real_opening == 1
    assert per_class == {"widget": [0, 1], "stamp": [1, 1], "caption": [0, 1]}
    line = result.line()
    assert line["removal recall"] == "0.33" and line["removal precision"] == "0.50"


def test_page_repeats_by_part() -> None:
    page = {"lede": "Ten died in Aleppo.", "summary": "Ten died in Aleppo. Rebels denied it.", "key_points": ["Rebels denied it!"]}
    found = repeats(page)
    assert found["lede = summary sentence"] and found["summary = key point"]
    assert not found["lede = key point"] and not found["same sentence three times"]


@pytest.mark.parametrize("text, stamp", [
    ("06.48 Reuters - INDONESIA SEARCH AND RESCUE", True),
    ("Fighting resumed. 17.00 We are going to leave our live coverage here", True),
    ("11.03am: Uefa suit Giorgio Marchetti", True),
    ("The rate rose to 10.50 percent in May.", False),
])
def test_live_blog_stamp(text: str, stamp: bool) -> None:
    assert bool(MARKERS["live-blog time stamp"].search(text)) is stamp


@pytest.mark.parametrize("text, credit", [
    ("A fighter walks in the silos. AFP Photo", True),
    ("Rows of seats were covered in blood, according to an AFP photographer at the scene.", False),
])
def test_caption_credit_marker(text: str, credit: bool) -> None:
    assert bool(MARKERS["caption (credit marker)"].search(text)) is credit
