"""`briefing refresh`: computed fields an older briefing froze into front matter are taken out, nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content.frontmatter import FrontMatterError, parse_document, without_fields

LEGACY = """---
title: Talks Resume in Geneva
slug: talks-resume-in-geneva
date: '2016-05-03'
source: Example Wire   # checked by the desk
lede: Envoys met in Geneva on Monday to restart talks on the truce, a spokesman
  said.
summary: Envoys met in Geneva on Monday.
key_points:
- Envoys met in Geneva on Monday.
- Aid convoys are waiting.
entities:
  people:
  - Staffan de Mistura
  places: [Geneva]
story: 2016-05-03-1a2b3c4d
ingested: '2016-05-03T10:00:00Z'
content_hash: sha256:0123
---

Envoys met in Geneva on Monday to restart talks on the truce, a spokesman for Staffan de Mistura said.
"""


def test_without_fields_takes_out_whole_blocks_and_keeps_every_other_byte() -> None:
    result = without_fields(LEGACY, ["lede", "summary", "key_points", "entities", "story", "nlp"])
    assert result == """---
title: Talks Resume in Geneva
slug: talks-resume-in-geneva
date: '2016-05-03'
source: Example Wire   # checked by the desk
ingested: '2016-05-03T10:00:00Z'
content_hash: sha256:0123
---

Envoys met in Geneva on Monday to restart talks on the truce, a spokesman for Staffan de Mistura said.
"""
    assert without_fields(result, ["summary"]) == result  # nothing to take out: the same text


def test_without_fields_refuses_what_it_cannot_take_out_cleanly() -> None:
    with pytest.raises(FrontMatterError):
        without_fields("---\ntitle: [unclosed\n---\nBody\n", ["summary"])
    flow = "---\n{title: A, summary: B}\n---\n\nBody.\n"  # one line holds several fields
    with pytest.raises(FrontMatterError, match="cannot take out summary"):
        without_fields(flow, ["summary"])


def _project(tmp_path: Path) -> Path:
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    folder = tmp_path / "content/articles/2016/05"
    folder.mkdir(parents=True)
    (folder / "talks-resume-in-geneva.md").write_text(LEGACY, encoding="utf-8")
    hand = LEGACY.replace("ingested: '2016-05-03T10:00:00Z'\n", "").replace("slug: talks-resume-in-geneva", "slug: analyst-note")
    (folder / "analyst-note.md").write_text(hand, encoding="utf-8")
    return tmp_path


def test_refresh_lets_the_build_compute_again_and_leaves_hand_written_articles(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    project = _project(tmp_path)
    legacy, hand = project / "content/articles/2016/05/talks-resume-in-geneva.md", project / "content/articles/2016/05/analyst-note.md"
    before = legacy.read_bytes(), hand.read_bytes()

    dry = run_cli("--project", str(project), "refresh", "--dry-run")
    assert dry.code == 0 and "would take out lede, summary, key_points, entities, story" in dry.out
    assert (legacy.read_bytes(), hand.read_bytes()) == before

    done = run_cli("--project", str(project), "refresh")
    assert done.code == 0 and "1 articles refreshed" in done.out and "1 not written by ingest left alone" in done.out
    assert not {"lede", "summary", "key_points", "entities", "story"} & set(parse_document(legacy.read_text(encoding="utf-8")).meta)
    assert hand.read_bytes() == before[1]

    exported = run_cli("--project", str(project), "export")
    records = {r["slug"]: r for r in map(__import__("json").loads, exported.out.splitlines())}
    assert records["talks-resume-in-geneva"]["edited"] == [] and records["talks-resume-in-geneva"]["lede"]
    assert records["analyst-note"]["summary"] == "Envoys met in Geneva on Monday."  # still the person's

    named = run_cli("--project", str(project), "refresh", "--fields", "summary", str(hand))
    assert named.code == 0 and "analyst-note.md: took out summary" in named.out
    assert "key_points" in parse_document(hand.read_text(encoding="utf-8")).meta


def test_refresh_reports_a_broken_file_and_goes_on(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    project = _project(tmp_path)
    broken = project / "content/articles/2016/05/broken.md"
    broken.write_text("---\ntitle: [unclosed\ningested: x\n---\n\nBody.\n", encoding="utf-8")
    result = run_cli("--project", str(project), "refresh")
    assert result.code == 1 and "broken.md:3: front matter: invalid YAML" in result.err and "1 articles refreshed" in result.out
    assert run_cli("--project", str(project), "refresh", "--fields", "title").code == 2
