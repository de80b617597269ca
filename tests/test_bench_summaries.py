"""The summary benchmark's fairness rules (bench/summaries.py): equal length means both sides cut to the shorter,
and every system reads the article as ingest stores it. No corpus needed."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from summaries import (  # noqa: E402
    Document,
    Row,
    as_long_as,
    dev_errors,
    dev_sign_test,
    is_held_out,
    lead,
    markdown_table,
    read_article,
    text_position,
)

BODY = "The council approved the new bridge on Monday after a long debate. Work starts in May. It will cost $4 million."


def test_equal_length_cuts_both_sides_to_the_shorter() -> None:
    long_one = lead(3)  # 21 words
    short_one = lead(1)  # 12 words
    assert len(as_long_as(long_one, short_one)("", BODY).split()) == 12
    assert len(as_long_as(short_one, long_one)("", BODY).split()) == 12  # never padded, never longer than it was


def test_lead_reads_the_article_as_ingest_stores_it(tmp_path: Path) -> None:
    # The headline repeated as the opening (here glued to its date line, as in GUM files) is not the lead, nor is
    # the date left after it (the article's date).
    path = tmp_path / "a.txt"
    path.write_text("Council approves the new bridge\n\nCouncil approves the new bridge Tuesday, September 1, 2015\n\n"
                    + BODY + "\n", encoding="utf-8")
    title, body = read_article(path)
    assert title == "Council approves the new bridge"
    assert "Council approves" not in lead(3)(title, body)
    assert lead(3)(title, body) == BODY


def test_error_listing_never_shows_a_held_out_document() -> None:
    assert is_held_out("b") and not is_held_out("a")
    documents = [Document(doc_id, "", BODY, ("The council approved a bridge.",)) for doc_id in ("a", "b")]
    listing = dev_errors(documents, lead(1), lead(3), limit=5)
    assert "\na: briefing R-1" in listing
    assert "\nb: " not in listing


def test_sign_test_counts_dev_documents_only() -> None:
    # The one-sentence lead says what the reference says in fewer words: above the three-sentence lead in the dev
    # document "a"; the held-out document "b" is not counted.
    documents = [Document(doc_id, "", BODY, ("The council approved a bridge.",)) for doc_id in ("a", "b")]
    assert dev_sign_test(documents, lead(1), lead(3)) == (0, 0, 1)
    assert dev_sign_test(documents, lead(3), lead(3)) == (0, 1, 0)


def test_a_dev_only_table_has_no_held_out_column() -> None:
    row = Row("Lead-3", {"rouge1": 40.0, "rouge2": 20.0, "rougeL": 30.0}, None, 44.0, 1000.0)
    table = markdown_table([row], dev_count=29, held_out_count=10, speed_label="39 articles")
    assert "held-out R-1" not in table and "| Lead-3 | 40.00 | 20.00 | 30.00 | 44 | 1,000 |" in table
    assert "held-out not scored" in table


def test_a_sentence_the_summarizer_cleaned_keeps_its_place_in_the_text() -> None:
    # The lede without its dateline is still the first sentence (it went last, and a fixed budget cut it off).
    body = ("Boston (CNN)Jurors were shown the boat note on Tuesday.", "The trial resumes on Monday.")
    assert text_position(body, "Jurors were shown the boat note on Tuesday.") == 0
    assert text_position(body, "The trial resumes on Monday.") == 1
    assert text_position(body, "Not in the text.") == 2
