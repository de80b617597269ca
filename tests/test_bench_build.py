"""The build benchmark's own machinery: corpus growth, input formats, measurement, edits.

Runs on a tiny hand-written corpus (never the shared one) and needs neither Hugo nor Pelican.
"""

from __future__ import annotations

import dataclasses
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from buildbench import subjects  # noqa: E402
from buildbench.corpus import load_corpus  # noqa: E402
from buildbench.formats import briefing_markdown, hugo_markdown, pelican_markdown  # noqa: E402
from buildbench.measure import run_measured  # noqa: E402
from buildbench.synth import generate_articles  # noqa: E402

pytestmark = pytest.mark.slow

STORY_A = """Envoys meet in Geneva

Foreign Minister Amira Castellan met envoy Tomas Brandt in Geneva on Monday.

Castellan said the United Nations would host further talks. Brandt agreed. The talks resume soon.
"""
STORY_B = """Aid convoy reaches Aleppo

A convoy of the Red Crescent Society reached Aleppo, officials said. Nadim Qorbani led it.
"""


@pytest.fixture()
def tiny_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus" / "bbc-politics"
    folder.mkdir(parents=True)
    (folder / "001.txt").write_text(STORY_A, encoding="utf-8")
    (folder / "002.txt").write_text(STORY_B, encoding="utf-8")
    return tmp_path / "corpus"


def test_growing_the_corpus_gives_unique_slugs_dates_in_one_year_and_renamed_people(tiny_corpus: Path) -> None:
    articles = generate_articles(load_corpus(tiny_corpus), 7)
    assert len({a.slug for a in articles}) == 7
    assert all(date(2024, 1, 1) <= a.published <= date(2024, 12, 31) for a in articles)
    original, copy = articles[0], articles[2]  # copy 1 of story A
    assert "Tomas Brandt" in original.entities.people
    assert "Tomas Brandt" not in copy.entities.people
    renamed = [p for p in copy.entities.people if p not in original.entities.people]
    assert renamed and all(name in " ".join(copy.paragraphs) for name in renamed)
    assert "Brandt" not in " ".join(copy.paragraphs)  # the surname alone is renamed too


def test_each_format_carries_the_same_article(tiny_corpus: Path) -> None:
    article = generate_articles(load_corpus(tiny_corpus), 1)[0]
    briefing_front = yaml.safe_load(briefing_markdown(article).split("---\n")[1])
    hugo_front = yaml.safe_load(hugo_markdown(article).split("---\n")[1])
    assert briefing_front["title"] == hugo_front["title"] == "Envoys meet in Geneva"
    assert briefing_front["date"] == date(2024, 1, 1)
    assert briefing_front["entities"]["places"] == hugo_front["places"] == ["Geneva"]
    assert "United Nations" in briefing_front["entities"]["organizations"]
    pelican = pelican_markdown(article)
    assert "Title: Envoys meet in Geneva\n" in pelican and "Places: Geneva\n" in pelican
    for text in (briefing_markdown(article), hugo_markdown(article), pelican):
        assert text.endswith("The talks resume soon.\n")


def test_measurement_counts_pages_written_and_memory(tmp_path: Path) -> None:
    writer = (
        "import pathlib, sys; block = bytearray(80 * 2**20); out = pathlib.Path('site'); out.mkdir(exist_ok=True)\n"
        "for name in sys.argv[1:]: (out / name).write_text('<p>' + name)"
    )
    first = run_measured([sys.executable, "-c", writer, "a.html", "b.xml", "c.txt"], tmp_path, tmp_path / "site", 60)
    assert (first.returncode, first.pages_total, first.pages_written) == (0, 2, 2)
    assert first.peak_rss_mib >= 80
    second = run_measured([sys.executable, "-c", writer], tmp_path, tmp_path / "site", 60)
    assert (second.pages_total, second.pages_written) == (2, 0)
    failed = run_measured([sys.executable, "-c", "raise SystemExit('bad config')"], tmp_path, tmp_path / "site", 60)
    assert failed.returncode == 1 and "bad config" in failed.error_tail


def test_template_edit_lands_inside_the_article_element(tmp_path: Path) -> None:
    template = tmp_path / "article.html"
    template.write_text("{% block content %}<article>{{ body }}</article>{% endblock %}\n", encoding="utf-8")
    subject = subjects.Subject(
        tool=None, project=tmp_path, command=(), output_dir=tmp_path, scenarios=(),  # type: ignore[arg-type]
        article_file=tmp_path / "a.md", template_file=template,
    )
    subjects.edit_template(subject, 2)
    assert template.read_text(encoding="utf-8") == (
        "{% block content %}<article>{{ body }}<!-- bench template edit 2 --></article>{% endblock %}\n"
    )


def test_profile_summary_counts_own_and_inclusive_time_per_function(tmp_path: Path) -> None:
    from profile_build import summarise

    stacks = tmp_path / "stacks.txt"
    stacks.write_text(
        "process 7:\"briefing build\";main (cli.py:3);render (render.py:10) 6\n"
        "process 7:\"briefing build\";main (cli.py:3);resolve (resolve.py:20);skeleton (resolve.py:61) 3\n"
        "process 7:\"briefing build\";main (cli.py:3);resolve (resolve.py:21) 1\n",
        encoding="utf-8",
    )
    own, inclusive, files, total = summarise(stacks)
    assert total == 10
    assert own["render (render.py)"] == 6 and own["resolve (resolve.py)"] == 1
    assert inclusive["resolve (resolve.py)"] == 4 and inclusive["main (cli.py)"] == 10
    assert files["resolve.py"] == 4


def test_a_days_articles_are_new_stories_on_one_new_day_and_land_in_the_inbox(tiny_corpus: Path, tmp_path: Path) -> None:
    articles = generate_articles(load_corpus(tiny_corpus), 5)
    batches = subjects.day_batches(articles, 2)
    assert [len(batch) for batch in batches] == [subjects.DAY_ARTICLES] * 2
    slugs = {a.slug for batch in batches for a in batch}
    assert len(slugs) == 2 * subjects.DAY_ARTICLES and not slugs & {a.slug for a in articles}
    last = max(a.published for a in articles)
    assert {a.published for a in batches[1]} == {last + timedelta(days=2)}
    archive_leads = {a.paragraphs[0] for a in articles}
    reprints, fresh = batches[0][:subjects.DAY_REPRINTS], batches[0][subjects.DAY_REPRINTS:]
    assert all(a.paragraphs[-1].startswith("Wire copy") and a.paragraphs[0] in archive_leads for a in reprints)
    assert not {a.paragraphs[0] for a in fresh if len(a.paragraphs) > 1} & archive_leads  # a new lead, not a copy
    subject = subjects.Subject(subjects.Tool("t", (), ""), tmp_path, (), tmp_path / "site", (), Path(), Path(),
                               day_batches=batches, add_day_writer=subjects._write_inbox)
    subjects.add_day(subject, 1)
    assert len(list((tmp_path / "content" / "inbox").glob("*.txt"))) == subjects.DAY_ARTICLES


def test_entity_edit_changes_one_description_and_adds_one_where_missing(tmp_path: Path) -> None:
    registry = tmp_path / "entities.yml"
    registry.write_text("- name: A\n  type: person\n  description: Old.\n- name: B\n  type: place\n", encoding="utf-8")
    subject = subjects.Subject(subjects.Tool("t", (), ""), tmp_path, (), tmp_path / "site", (), Path(), Path(),
                               entities_file=registry, edited_entity="B")
    subjects.edit_entity(subject, 3)
    subject = dataclasses.replace(subject, edited_entity="A")
    subjects.edit_entity(subject, 4)
    entries = yaml.safe_load(registry.read_text(encoding="utf-8"))
    assert entries == [{"name": "A", "type": "person", "description": "Old. Edited by the bench (4)."},
                       {"name": "B", "description": "Edited by the bench (3).", "type": "place"}]


def test_peak_pss_is_sampled_over_the_process_tree(tmp_path: Path) -> None:
    holder = "import time; block = bytearray(60 * 2**20); time.sleep(0.6)"
    parent = f"import subprocess, sys; child = subprocess.Popen([sys.executable, '-c', {holder!r}]); exec({holder!r}); child.wait()"
    result = run_measured([sys.executable, "-c", parent], tmp_path, tmp_path / "site", 60)
    assert result.returncode == 0 and result.peak_pss_mib >= 100  # two processes of 60 MiB each, alive together
