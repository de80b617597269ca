"""Incremental builds: whatever the cache holds, site/ is byte-identical to a cold build of the same content."""

from __future__ import annotations

import logging
import re
import shutil
import sqlite3
from pathlib import Path
from typing import Callable

import pytest

import generator.commands.build as build_module
import generator.render.pages as pages_module
import generator.search as search_module
from generator.commands.build import build
from generator.config import load_config
from generator.content import load_articles
from generator.content.archive import Archive
from generator.errors import BriefingError
from generator.incremental.layout import CACHE_FOLDER, CacheLayout
from generator.incremental.results import ResultCache
from generator.nlp.analysis import analyse_articles, analysis_key
from generator.search import ENTITY_FOLDERS, shard_of

ARTICLE = Path("content/articles/2016/05/kerry-meets-lavrov.md")


def _snapshot(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _build(project: Path) -> dict[str, bytes]:
    build(load_config(project))
    return _snapshot(project / "site")


def _cold_build(project: Path) -> dict[str, bytes]:
    """Build with no cache and no previous site, then put the incremental cache back."""
    cache, kept = project / CACHE_FOLDER, project / (CACHE_FOLDER + ".kept")
    cache.rename(kept)
    shutil.rmtree(project / "site")
    try:
        return _build(project)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
        kept.rename(cache)


def _edit_body(project: Path) -> None:
    path = project / ARTICLE
    path.write_text(path.read_text(encoding="utf-8") + "\nBashar al-Assad met Staffan de Mistura in Damascus on Tuesday.\n", encoding="utf-8")


OLD_TITLE, NEW_TITLE = "Kerry and Lavrov Meet on Syria Truce", "Kerry and Lavrov Meet Again on Syria Truce"


def _edit_title(project: Path) -> None:
    """A content-only edit: the headline, shown on the article's card wherever it is listed."""
    path = project / ARTICLE
    path.write_text(path.read_text(encoding="utf-8").replace(f"title: {OLD_TITLE}", f"title: {NEW_TITLE}"), encoding="utf-8")


def _edit_summary(project: Path) -> None:
    """A content-only edit of the hand-written summary (cards show it on the day, home and entity pages)."""
    path = project / ARTICLE
    path.write_text(path.read_text(encoding="utf-8").replace("must keep as it is.", "must keep, now corrected."), encoding="utf-8")


def _append_note(project: Path) -> None:
    """A content-only edit that no card shows: a correction note at the end of the body."""
    path = project / ARTICLE
    path.write_text(path.read_text(encoding="utf-8") + "\nEditor's note: this article was corrected after publication.\n",
                    encoding="utf-8")


def _list_entities(project: Path) -> None:
    """The editor lists the article's entities in its front matter (a person's list wins over the NLP's): what enrich
    made of the article, kept beside its NLP results, must be made again though its text did not change."""
    path = project / ARTICLE
    path.write_text(path.read_text(encoding="utf-8").replace(
        "dateline: Geneva\n", "dateline: Geneva\nentities:\n  people: [John Kerry, Sergey Lavrov]\n  places: [Geneva]\n"),
        encoding="utf-8")


def _edit_registry(project: Path) -> None:
    (project / "content/entities.yml").write_text(
        "- name: Sergey Lavrov\n  type: person\n  aliases: [Sergei Lavrov]\n  description: Russia's foreign minister.\n"
        "- name: Monday\n  reject: true\n", encoding="utf-8")


def _edit_one_entity(project: Path) -> None:
    """An editor corrects one registry entry (after _edit_registry wrote the registry)."""
    path = project / "content/entities.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("Russia's foreign minister.", "Russia's foreign minister since 2004."),
                    encoding="utf-8")


# A day's wire copy arriving in the inbox (written for this test): one story on a new day, one on a day
# the site has, naming people and places other articles name, so related articles and listings change.
_NEW_STORIES = {
    "damascus-talks.txt": "Lavrov Meets Syrian Envoy in Damascus\n\nDAMASCUS (Briefing Wire) – Sergey Lavrov met "
                          "Staffan de Mistura in Damascus on Wednesday, 23 November 2016, to discuss aid to Aleppo.\n\n"
                          "De Mistura said convoys were ready. Lavrov said Russia backed a pause in the fighting.\n",
    "khartoum-aid.txt": "Aid Talks Resume in Khartoum\n\nKHARTOUM (Briefing Wire) – Sudanese officials and UN agencies resumed "
                        "talks on aid access on Monday, 16 May 2016.\n\nThe United Nations said the talks would cover "
                        "convoys to Darfur and the release of detained aid workers.\n",
}


def _add_days_articles(project: Path) -> None:
    for name, text in _NEW_STORIES.items():
        (project / "content/inbox" / name).write_text(text, encoding="utf-8")


def _edit_template(project: Path) -> None:
    path = project / "templates/article.html"
    path.write_text(path.read_text(encoding="utf-8").replace("</article>", "<p class=edited>edited</p></article>", 1), encoding="utf-8")


def _edit_config(project: Path) -> None:
    path = project / "briefing.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("title: Test Briefing", "title: Edited Briefing")
                    + "summary:\n  sentences: 1\n  key_points: 2\n", encoding="utf-8")


def _delete_article(project: Path) -> None:
    (project / "content/articles/2016/05/sudan-talks.md").unlink()


EDITS: list[Callable[[Path], None]] = [_edit_title, _edit_summary, _append_note, _edit_body, _list_entities, _edit_registry, _edit_one_entity, _add_days_articles, _edit_template,
                                       _edit_config, _delete_article]


def _use_forked_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Render in two forked workers, and analyse a first build's articles in a forked child, as large sites do (threads
    other tests left behind must not stop it)."""
    monkeypatch.setattr(pages_module, "PARALLEL_RENDER_MIN", 0)
    monkeypatch.setattr(build_module, "FORKED_NLP_MIN", 0)
    monkeypatch.setattr(build_module, "_cores", lambda: 2)
    monkeypatch.setattr(pages_module.threading, "active_count", lambda: 1)


@pytest.fixture(params=["one process", "forked workers"])
def render_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Builds render in this process, or (as large sites do) in two forked workers."""
    if request.param == "forked workers":
        _use_forked_workers(monkeypatch)
    return str(request.param)


@pytest.mark.slow
def test_incremental_build_after_each_edit_equals_a_cold_build(site_small: Path, render_mode: str) -> None:
    first = _build(site_small)
    assert _build(site_small) == first  # no change, everything from the cache
    for edit in EDITS:
        before = _snapshot(site_small / "site")
        edit(site_small)
        incremental = _build(site_small)
        assert incremental != before, f"{edit.__name__} changed nothing in site/"
        cold = _cold_build(site_small)
        assert sorted(incremental) == sorted(cold), edit.__name__
        different = [path for path in cold if incremental[path] != cold[path]]
        assert different == [], f"after {edit.__name__}: {different}"


@pytest.mark.slow
def test_edits_read_past_an_article_store_left_unwritten_equal_a_cold_build(site_small: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a large desk the article store is not rewritten after a few edits (Archive.worth_saving): the edited
    files are parsed again at every build. Here it is written only when there is none (a first or cold build)."""
    store = CacheLayout.of(site_small).articles
    monkeypatch.setattr(Archive, "worth_saving", lambda archive: not store.exists())
    for waiting in (site_small / "content/inbox").iterdir():  # ingest (of raw files left in the inbox) keeps its own rule
        waiting.unlink()
    _build(site_small)
    written = store.read_bytes()
    for edit in (_edit_title, _append_note, _edit_body, _delete_article):
        edit(site_small)
        incremental = _build(site_small)
        assert store.read_bytes() == written, edit.__name__
        assert incremental == _cold_build(site_small), edit.__name__
        assert _build(site_small) == incremental  # and once more, the edits parsed again


def _planned_units(caplog: pytest.LogCaptureFixture) -> tuple[int, int]:
    """(units planned, units taken from the last build's plan), from the render stage's debug log."""
    found = [re.fullmatch(r"planning (\d+) units, (\d+) taken from the last build's plan", r.getMessage()) for r in caplog.records]
    planned, reused = next(match.groups() for match in found if match)
    return int(planned), int(reused)


@pytest.mark.slow
def test_a_content_edit_replans_only_the_units_that_read_it_and_equals_a_cold_build(
        site_small: Path, render_mode: str, caplog: pytest.LogCaptureFixture) -> None:
    _build(site_small)
    _add_days_articles(site_small)  # more articles, so the edited one has related-article neighbours
    before = _build(site_small)
    _edit_title(site_small)
    with caplog.at_level(logging.DEBUG, logger="generator.render.pages"):
        incremental = _build(site_small)
    planned, reused = _planned_units(caplog)
    assert reused > planned > 0
    edited = "articles/2016/05/kerry-meets-lavrov.html"
    # Its related-article neighbours and the pages listing it show the new headline.
    neighbours = [path for path, data in before.items() if path.startswith("articles/") and path != edited
                  and OLD_TITLE.encode() in data]
    assert neighbours and all(NEW_TITLE.encode() in incremental[path] for path in neighbours)
    assert all(OLD_TITLE.encode() not in data for data in incremental.values())
    assert NEW_TITLE.encode() in incremental["feed.xml"] and NEW_TITLE.encode() in incremental["days/2016/05/09.html"]
    assert incremental == _cold_build(site_small)
    # The newest day's article is on the home page: a correction of its headline shows there too.
    home_article = site_small / "content/articles/2017/02/aid-ship-docks-in-yemen-s-hodeidah.md"
    home_article.write_text(home_article.read_text(encoding="utf-8").replace("Aid Ship Docks", "Aid Ship Finally Docks"), encoding="utf-8")
    incremental = _build(site_small)
    assert b"Aid Ship Finally Docks" in incremental["index.html"] and b"Aid Ship Finally Docks" in incremental["feed.xml"]
    assert incremental == _cold_build(site_small)


@pytest.mark.slow
def test_a_days_new_articles_replan_only_the_units_they_change_and_equal_a_cold_build(
        site_small: Path, render_mode: str, caplog: pytest.LogCaptureFixture) -> None:
    """New articles change the structure; an article's or entity's unit whose own dependencies did not change is kept."""
    _build(site_small)
    _add_days_articles(site_small)
    with caplog.at_level(logging.DEBUG, logger="generator.render.pages"):
        incremental = _build(site_small)
    planned, reused = _planned_units(caplog)
    assert planned > 0 and reused > 0
    assert incremental == _cold_build(site_small)
    _delete_article(site_small)  # and one taken away
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="generator.render.pages"):
        incremental = _build(site_small)
    assert _planned_units(caplog)[1] > 0
    assert incremental == _cold_build(site_small)


@pytest.mark.slow
def test_forked_workers_build_the_same_site_as_one_process(site_small: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    alone = _build(site_small)
    _use_forked_workers(monkeypatch)
    assert _cold_build(site_small) == alone


def test_a_template_error_in_a_worker_names_the_file_and_line(site_small: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _use_forked_workers(monkeypatch)
    (site_small / "templates/article.html").write_text("<p>\n{{ no_such_variable }}</p>", encoding="utf-8")
    with pytest.raises(BriefingError) as caught:
        build(load_config(site_small))
    assert "templates/article.html:2: template: 'no_such_variable' is undefined" in str(caught.value)


@pytest.mark.slow
def test_template_edit_shows_up_in_articles(site_small: Path) -> None:
    _build(site_small)
    _edit_template(site_small)
    pages = _build(site_small)
    assert any(b"<p class=edited>edited</p>" in data for path, data in pages.items() if path.startswith("articles/"))


@pytest.mark.slow
@pytest.mark.parametrize("damage", ["garbage", "truncated", "wrong_schema", "bad_row"])
def test_damaged_cache_is_detected_and_rebuilt(site_small: Path, damage: str) -> None:
    first = _build(site_small)
    cache_file = CacheLayout.of(site_small).nlp_results
    _damage(cache_file, damage)
    CacheLayout.of(site_small).build_record.unlink()  # or the no-change check skips the NLP altogether
    assert _build(site_small) == first
    cfg = load_config(site_small)
    articles = load_articles(cfg.articles_dir, cfg.root)
    cache = ResultCache(cache_file)
    try:  # the build stored good rows again
        assert set(cache.get_many(analysis_key(a, cfg) for a in articles)) == {analysis_key(a, cfg) for a in articles}
    finally:
        cache.close()


@pytest.mark.slow
@pytest.mark.parametrize("damage", ["{not json", '{"basis": 1, "contents": [], "units": []}', '{"key": 1, "value": {"a": 2}}'])
def test_damaged_plan_and_results_are_recomputed(site_small: Path, damage: str) -> None:
    _build(site_small)
    layout = CacheLayout.of(site_small)
    for path in (layout.plan_record, *(layout.last_result(name) for name in ("stories", "resolution", "theatres"))):
        assert path.is_file()
        path.write_text(damage, encoding="utf-8")
    _edit_title(site_small)
    assert _build(site_small) == _cold_build(site_small)


def _damage(path: Path, how: str) -> None:
    if how == "garbage":
        path.write_bytes(b"this is not a database" * 100)
    elif how == "truncated":
        path.write_bytes(path.read_bytes()[:1500])
    elif how == "wrong_schema":
        path.unlink()
        db = sqlite3.connect(path)
        db.execute("CREATE TABLE results (key TEXT)")
        db.execute("PRAGMA user_version = 99")
        db.commit()
        db.close()
    else:  # a row whose payload changed on disk: valid JSON, wrong content
        db = sqlite3.connect(path)
        db.execute("UPDATE results SET payload = CAST(REPLACE(CAST(payload AS TEXT), 'Lavrov', 'Lavrova') AS BLOB)")
        db.commit()
        db.close()


def test_cached_and_computed_analyses_are_equal(site_small: Path, tmp_path: Path) -> None:
    cfg = load_config(site_small)
    articles = load_articles(cfg.articles_dir, cfg.root)
    cold = analyse_articles(articles, cfg, cache_dir=tmp_path / "cache")
    warm = analyse_articles(articles, cfg, cache_dir=tmp_path / "cache")
    assert warm == cold and len(cold) == len(articles)


def test_parallel_analysis_equals_serial_in_order(site_small: Path, tmp_path: Path) -> None:
    cfg = load_config(site_small)
    build(cfg)  # ingests the inbox too, so there are more articles than workers
    articles = load_articles(cfg.articles_dir, cfg.root)
    serial = analyse_articles(articles, cfg, cache_dir=tmp_path / "serial")
    parallel = analyse_articles(articles, cfg, cache_dir=tmp_path / "parallel", parallel_min=2)
    assert parallel == serial and len(articles) >= 4


@pytest.mark.slow
def test_no_change_build_is_skipped_but_a_touched_site_or_bad_record_is_rebuilt(site_small: Path) -> None:
    cfg = load_config(site_small)
    first = build(cfg)
    again = build(cfg)
    assert "render" not in dict(again.seconds) and again.unchanged == again.files == first.files
    assert (again.articles, again.entities, again.warnings) == (first.articles, first.entities, first.warnings)
    page = site_small / "site/index.html"
    original = page.read_bytes()
    page.write_bytes(b"defaced")
    assert "render" in dict(build(cfg).seconds) and page.read_bytes() == original
    CacheLayout.of(site_small).build_record.write_text("{not json", encoding="utf-8")
    assert "render" in dict(build(cfg).seconds) and page.read_bytes() == original


@pytest.mark.slow
def test_an_edited_article_replaces_only_the_search_files_whose_bytes_changed(site_small: Path) -> None:
    """Its month's shard is indexed again, but the fragments of the month's other pages keep their files; a damaged
    record of a cached bundle has that shard indexed again, and the site still equals a cold build."""
    _build(site_small)
    search = site_small / "site" / "pagefind"
    before = {p.relative_to(search).as_posix(): p.stat().st_ino for p in search.rglob("*") if p.is_file()}
    _append_note(site_small)
    after = _build(site_small)
    month = "articles-2016-05/"
    kept = [rel for rel, inode in before.items() if rel.startswith(month) and rel.endswith(".pf_fragment")
            and (search / rel).is_file() and (search / rel).stat().st_ino == inode]
    assert kept and len(kept) >= len([rel for rel in before if rel.startswith(month) and rel.endswith(".pf_fragment")]) - 1
    assert after == _cold_build(site_small)
    for record in (CacheLayout.of(site_small).search).glob("*/shard-complete.json"):
        record.write_text('{"key": "x", "files": [["../escape", 1]]}' if "articles" in str(record) else "{not json", encoding="utf-8")
    _edit_title(site_small)
    assert _build(site_small) == _cold_build(site_small)


@pytest.mark.slow
def test_a_large_month_is_indexed_in_parts_and_an_edit_re_indexes_its_part_only(site_small: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A month of more than MONTH_SHARD_MAX pages is searched as one bundle per range of initials, which the search
    page lists; an edited article re-indexes its part of the month, not the other part, and the site equals a cold build."""
    monkeypatch.setattr(search_module, "MONTH_SHARD_MAX", 1)  # the fixture's May 2016: kerry-meets-lavrov, sudan-talks
    before = _build(site_small)
    parts = ("articles-2016-05-i-r", "articles-2016-05-s-z")
    assert all(any(path.startswith(f"pagefind/{part}/") for path in before) for part in parts)
    assert not any(path.startswith("pagefind/articles-2016-05/") for path in before)
    assert all(f"pagefind/{part}/".encode() in before["search.html"] for part in parts)
    bundles = CacheLayout.of(site_small).search
    folders = {part: (bundles / part).stat().st_ino for part in parts}
    _edit_body(site_small)
    assert _build(site_small) == _cold_build(site_small)
    assert (bundles / "articles-2016-05-s-z").stat().st_ino == folders["articles-2016-05-s-z"]
    assert (bundles / "articles-2016-05-i-r").stat().st_ino != folders["articles-2016-05-i-r"]


@pytest.mark.slow
def test_a_days_new_articles_leave_entity_shards_whose_searchable_text_is_unchanged(site_small: Path) -> None:
    """An entity page a new article names shows a new count and date, outside what Pagefind reads: its bytes change,
    its shard is not indexed again (the bundle's folder is the same one), and the site still equals a cold build."""
    before = _build(site_small)
    bundles = CacheLayout.of(site_small).search
    folders = {folder.name: folder.stat().st_ino for folder in bundles.iterdir() if folder.is_dir()}
    _add_days_articles(site_small)
    after = _build(site_small)
    changed = [path for path in before if path.split("/")[0] in ENTITY_FOLDERS and after.get(path) != before[path]]
    kept = [path for path in changed if (shard := shard_of(path)) and (bundles / shard).stat().st_ino == folders[shard]]
    assert kept, changed  # entity pages with a new count and dates, their shards' bundles as they were
    assert after == _cold_build(site_small)


def test_a_build_ingests_the_inbox_again_only_when_content_changed(site_small: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Raw files stay in the inbox: once an ingest wrote nothing, the next build with content/ as it was reports that
    ingest's failures again without ingesting (nor reading a raw file); a raw file rewritten is ingested."""
    import generator.ingest as ingest_module

    ingests: list[object] = []
    real_ingest = ingest_module.ingest_files
    monkeypatch.setattr(ingest_module, "ingest_files", lambda *args, **kw: ingests.append(args) or real_ingest(*args, **kw))
    cfg = load_config(site_small)
    inbox = site_small / "content/inbox"
    (inbox / "empty.txt").write_text("A title and nothing else\n", encoding="utf-8")
    first = build(cfg)  # writes the inbox's articles
    settled = build(cfg)  # ingests again, writing nothing: recorded
    assert len(ingests) == 2 and first.ingested and not settled.ingested
    assert [Path(d.path).name for d in first.failed] == [Path(d.path).name for d in settled.failed] == ["empty.txt"]
    again = build(cfg)
    assert len(ingests) == 2 and again.failed == settled.failed and again.warnings == settled.warnings
    (inbox / "empty.txt").write_text("Aid reaches Aleppo\n\nALEPPO – Convoys arrived on Tuesday, 3 May 2016, with food.\n",
                                     encoding="utf-8")
    fixed = build(cfg)
    assert len(ingests) == 3 and fixed.ingested == 1 and not fixed.failed
