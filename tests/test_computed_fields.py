"""Computed fields stay fresh, a person's edits always win; and the export that shows both."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import generator.incremental.fingerprint as fingerprint
import generator.nlp.analysis as analysis
from generator.commands.build import build
from generator.config import load_config
from generator.export import EXPORT_FIELDS
from generator.models import KeyFigure, Mention, Summary

KERRY = "content/articles/2016/05/kerry-meets-lavrov.md"  # summary and key points written by hand
SUDAN = "content/articles/2016/05/sudan-talks.md"  # entities written by hand


def _records(run_cli, project: Path) -> dict[str, dict]:  # type: ignore[no-untyped-def, type-arg]
    result = run_cli("--project", str(project), "export")
    assert result.code == 0, result.err
    return {record["path"]: record for record in map(json.loads, result.out.splitlines())}


def _new_nlp(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stand in for an improved summarizer and entity finder shipped in a new version of briefing."""
    monkeypatch.setattr(analysis, "nlp_fingerprint", lambda: "an improved NLP")
    monkeypatch.setattr(fingerprint, "_code_fingerprint", lambda parts=(): "a new version of briefing")
    monkeypatch.setattr(analysis, "summarize", lambda title, text, sentences, key_points, background=(): Summary(
        "The improved lede.", ("The improved lede.", "The improved summary."), ("An improved key point.",)))
    found = analysis.extract_mentions
    monkeypatch.setattr(analysis, "extract_mentions", lambda text: (
        *found(text), Mention("Briefing Wire", 0, 13, "organization", "Improved Extractor Entity")))


def test_an_nlp_change_reaches_untouched_articles_and_never_a_hand_edit(site_small: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    build(load_config(site_small))
    before = _records(run_cli, site_small)
    ingested = next(path for path in before if path not in (KERRY, SUDAN))  # from content/inbox: nothing hand-written
    files_before = {p: p.read_bytes() for p in (site_small / "content").rglob("*") if p.is_file()}

    _new_nlp(monkeypatch)
    build(load_config(site_small))
    after = _records(run_cli, site_small)

    # Untouched computed fields follow the new NLP...
    assert after[ingested]["summary"] == "The improved lede. The improved summary." != before[ingested]["summary"]
    assert after[ingested]["key_points"] == ["An improved key point."]
    assert "Improved Extractor Entity" in after[ingested]["entities"]["organizations"]
    assert after[KERRY]["lede"] == "The improved lede."  # its lede was never written by hand
    assert "Improved Extractor Entity" in after[KERRY]["entities"]["organizations"]
    assert after[SUDAN]["summary"] == "The improved lede. The improved summary."
    # ...and what a person wrote stays as written.
    for field in ("summary", "key_points"):
        assert after[KERRY][field] == before[KERRY][field]
    assert after[KERRY]["summary"] == "A hand-written summary that the build must keep as it is."
    assert after[SUDAN]["entities"] == before[SUDAN]["entities"] == {
        "people": ["Thabo Mbeki"], "places": ["Sudan"], "organizations": ["African Union"]}
    assert (after[KERRY]["edited"], after[SUDAN]["edited"], after[ingested]["edited"]) == (["summary", "key_points"], ["entities"], [])
    # The site shows the new values, and no file under content/ was rewritten to get there.
    page = (site_small / "site" / after[ingested]["url"]).read_text(encoding="utf-8")
    assert "The improved summary." in page
    assert {p: p.read_bytes() for p in (site_small / "content").rglob("*") if p.is_file()} == files_before


def _with_front_matter(path: Path, lines: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("---\n", "---\n" + lines, 1), encoding="utf-8")


def test_a_hand_written_figures_list_is_never_overwritten(site_small: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _with_front_matter(site_small / KERRY, "figures:\n- kind: killed\n  count: 9\n  text: nine people\n  scope: event\n"
                                           "  sentence: A further nine people including five children were killed.\n")
    _with_front_matter(site_small / SUDAN, "figures: []\n")
    build(load_config(site_small))
    monkeypatch.setattr(analysis, "nlp_fingerprint", lambda: "an improved NLP")
    monkeypatch.setattr(analysis, "extract_figures", lambda text, **_: (KeyFigure("killed", 500, "A new reading.", "500", "event"),))
    build(load_config(site_small))
    after = _records(run_cli, site_small)
    assert after[KERRY]["figures"] == [{"kind": "killed", "count": 9, "text": "nine people", "scope": "event",
                                        "sentence": "A further nine people including five children were killed."}]
    assert after[SUDAN]["figures"] == []  # `figures: []`: the article has none, whatever the NLP reads
    assert "figures" in after[KERRY]["edited"] and "figures" in after[SUDAN]["edited"]
    ingested = next(path for path in after if path not in (KERRY, SUDAN))
    assert after[ingested]["figures"][0]["count"] == 500 and "figures" not in after[ingested]["edited"]


def test_a_broken_figures_list_says_where(site_small: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    _with_front_matter(site_small / SUDAN, "figures:\n- kind: killed\n  count: nine\n")
    result = run_cli("--project", str(site_small), "export")
    assert result.code == 1
    assert "sudan-talks.md:4: front matter: figures.0.count: must be a whole number" in result.err


def test_export_schema_is_stable(site_small: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    # The schema is a contract with analysts' scripts: new fields go at the end, none is renamed.
    assert EXPORT_FIELDS == (
        "title", "slug", "date", "date_guessed", "source", "author", "dateline", "source_url", "language",
        "lede", "summary", "key_points", "entities", "figures", "story", "theatre", "theatre_code",
        "content_hash", "url", "path", "edited",
    )
    build(load_config(site_small))  # ingests the inbox's article: export reads what is ingested
    records = list(_records(run_cli, site_small).values())
    articles = sorted(p.relative_to(site_small).as_posix() for p in (site_small / "content/articles").rglob("*.md"))
    assert sorted(r["path"] for r in records) == articles and all(tuple(r) == EXPORT_FIELDS for r in records)
    dates = [r["date"] for r in records]
    assert dates == sorted(dates, reverse=True)  # newest first, as on the site
    kerry = next(r for r in records if r["path"] == KERRY)
    assert kerry["title"] == "Kerry and Lavrov Meet on Syria Truce" and kerry["source"] == "Briefing Wire"
    assert kerry["url"] == "articles/2016/05/kerry-meets-lavrov.html" and kerry["story"]
    assert all(set(f) == {"kind", "count", "text", "scope", "sentence"} for r in records for f in r["figures"])


def test_export_csv_to_a_file(site_small: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    build(load_config(site_small))
    target = site_small / "out" / "articles.csv"
    result = run_cli("--project", str(site_small), "export", "--format", "csv", "-o", str(target))
    count = len(list((site_small / "content/articles").rglob("*.md")))
    assert result.code == 0 and f"exported {count} articles" in result.err
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(rows) == count and tuple(rows[0]) == EXPORT_FIELDS
    sudan = next(r for r in rows if r["path"] == SUDAN)
    assert sudan["entities"] == "people: Thabo Mbeki; places: Sudan; organizations: African Union"


def test_export_of_broken_content_says_where(site_small: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    (site_small / SUDAN).write_text("---\ntitle: Sudan\ndate: someday\n---\n\nBody.\n", encoding="utf-8")
    result = run_cli("--project", str(site_small), "export")
    assert result.code == 1 and "sudan-talks.md:3: front matter: date: is not a date" in result.err and result.out == ""


@pytest.mark.slow
def test_export_into_a_closed_pipe_is_not_an_error(site_small: Path) -> None:
    """`briefing export | head -1`: the reader leaving early is normal, not a bug to report."""
    import subprocess
    import sys

    process = subprocess.Popen([sys.executable, "-m", "generator", "--project", str(site_small), "export"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # before the first record is written
    errors = process.stderr.read().decode()
    assert process.wait(timeout=120) == 0 and errors == ""
