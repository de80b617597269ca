"""Articles whose date is a guess (no date found; dated the day they were ingested) make no briefing day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.commands.cli import main
from generator.content.frontmatter import render_document
from generator.nlp.stories import StoryInput, group_stories, story_terms, story_wording

BODY = "Envoys met in Aleppo on Monday to discuss the truce, aid convoys and the release of detainees, officials said."


def _article(root: Path, slug: str, date: str, guessed: bool) -> None:
    folder = root / "content/articles" / date[:4] / date[5:7]
    folder.mkdir(parents=True, exist_ok=True)
    meta = {"title": f"Aleppo talks {slug}", "date": date, "source": "Wire", **({"date_guessed": True} if guessed else {})}
    (folder / f"{slug}.md").write_text(render_document(meta, BODY), encoding="utf-8")


def test_an_undated_article_is_on_no_day_in_no_timeline_and_listed_apart(tmp_path: Path) -> None:
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    _article(tmp_path, "dated", "2016-05-09", guessed=False)
    _article(tmp_path, "undated", "2026-11-30", guessed=True)  # the day it was ingested
    assert main(["--project", str(tmp_path), "build", "-q"]) == 0
    site = tmp_path / "site"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "9 May 2016" in home and "2026" not in home  # the latest briefing is the newest real date
    assert not (site / "days/2026").exists()
    undated = (site / "undated.html").read_text(encoding="utf-8")
    assert "Aleppo talks undated" in undated and "Aleppo talks dated" not in undated
    page = (site / "articles/2026/11/undated.html").read_text(encoding="utf-8")
    assert "Date unknown" in page and 'href="../../../undated.html"' in page and "days/2026" not in page
    aleppo = (site / "places/aleppo.html").read_text(encoding="utf-8")
    assert "2026" not in aleppo.split("Last seen", 1)[1].split("</dd>", 1)[0]  # last seen is a real date
    assert "without a known date" in (site / "archive.html").read_text(encoding="utf-8")
    assert "undated.html" not in (site / "feed.xml").read_text(encoding="utf-8")
    assert "1 article without a known date" in home  # the home page says what its briefing leaves out


def test_a_desk_of_undated_copy_lists_it_on_the_home_page(tmp_path: Path) -> None:
    """Nothing dated yet is no empty site: the home page says why there is no briefing and lists the undated copy."""
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    _article(tmp_path, "first", "2026-11-30", guessed=True)
    _article(tmp_path, "second", "2026-11-30", guessed=True)
    assert main(["--project", str(tmp_path), "build", "-q"]) == 0
    home = (tmp_path / "site/index.html").read_text(encoding="utf-8")
    assert "No articles yet" not in home and "no daily briefing" in home
    assert "Aleppo talks first" in home and "Aleppo talks second" in home and "undated.html" in home


def test_undated_articles_are_listed_a_page_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A year's crawls hold thousands of undated articles: they are split over pages that link each other."""
    import generator.render.pages as pages

    monkeypatch.setattr(pages, "UNDATED_PER_PAGE", 2)
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    for slug in ("first", "second", "third"):
        _article(tmp_path, slug, "2026-11-30", guessed=True)
    assert main(["--project", str(tmp_path), "build", "-q"]) == 0
    first, second = ((tmp_path / "site" / name).read_text(encoding="utf-8") for name in ("undated.html", "undated-2.html"))
    assert first.count('class="card"') == 2 and second.count('class="card"') == 1
    assert "3 articles" in first and "3 articles" in second  # each page says how many there are in all
    assert 'href="undated-2.html"' in first and 'href="undated.html"' in second
    assert 'aria-current="page">2<' in second
    listed = [title for title in ("first", "second", "third") if f"Aleppo talks {title}" in first + second]
    assert len(listed) == 3 and not (tmp_path / "site/undated-3.html").exists()


def test_an_undated_article_joins_no_story_unless_it_is_a_copy() -> None:
    title, lead = "Car bomb kills 12 in Qamishli market", "A car bomb exploded in a market in Qamishli, killing 12 people."
    same = story_terms(title, lead)
    stories = group_stories([StoryInput("a", dt.date(2017, 1, 5), "a", same), StoryInput("b", dt.date(2017, 1, 5), "b", same, alone=True),
                             StoryInput("c", dt.date(2017, 1, 6), "c", same)])
    assert stories["a"] == stories["c"] != stories["b"]
    # The same report reprinted, whose date was not found: the same text is the same story.
    lead += " The explosion wrecked a row of shops and set several cars on fire, the governor said on state television."
    stories = group_stories([StoryInput("a", dt.date(2017, 1, 5), "a", same, wording=story_wording(title, lead)),
                             StoryInput("b", dt.date(2026, 11, 30), "b", same, alone=True, wording=story_wording(title, lead))])
    assert stories["a"] == stories["b"]


def test_ingest_with_a_date_dates_an_article_whose_date_was_a_guess(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    raw = tmp_path / "story.txt"
    raw.write_text("Truce Holds\n\nThe truce held in Aleppo on Monday, officials said, as aid convoys waited.\n", encoding="utf-8")
    assert main(["--project", str(tmp_path), "ingest", str(raw)]) == 0
    (guessed,) = (tmp_path / "content/articles").rglob("*.md")
    edited = guessed.read_text(encoding="utf-8").replace("title: Truce Holds", "title: Truce Holds in Aleppo")  # a person's edit
    guessed.write_text(edited, encoding="utf-8")
    assert main(["--project", str(tmp_path), "ingest", str(raw), "--date", "2016-05-09"]) == 0
    assert "wrote content/articles/2016/05/truce-holds.md" in capsys.readouterr().out
    (dated,) = (tmp_path / "content/articles").rglob("*.md")
    assert dated == tmp_path / "content/articles/2016/05/truce-holds.md" and not guessed.exists()
    text = dated.read_text(encoding="utf-8")
    assert "date: '2016-05-09'" in text and "date_guessed" not in text and "title: Truce Holds in Aleppo" in text
    assert main(["--project", str(tmp_path), "ingest", str(raw), "--date", "2017-01-01"]) == 0  # a real date is kept
    assert "date: '2016-05-09'" in dated.read_text(encoding="utf-8")
    assert main(["--project", str(tmp_path), "build", "-q"]) == 0
    assert (tmp_path / "site/days/2016/05/09.html").is_file() and not (tmp_path / "site/undated.html").exists()
