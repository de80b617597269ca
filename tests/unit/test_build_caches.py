"""The caches behind incremental builds: parsed articles, page keys, published folders, search shards."""

from __future__ import annotations

import datetime as dt
import fnmatch
import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from markupsafe import Markup

from generator.content import load_articles
from generator.incremental.digest import ViewDigester
from generator.ingest.identity import text_key as ingest_text_key
from generator.publish import MARKER, MARKER_TEXT, SiteWriter
from generator.search import INITIALS, MONTH_SHARD_MAX, ShardPages, _glob, bundle_paths, shard_of
from generator.searchable import search_digest

ARTICLE = """---
title: Talks resume in Geneva
date: 2016-05-02
source: Example Wire
---
Envoys met in Geneva on Monday.
"""


def test_articles_come_back_from_the_cache_equal_and_an_edit_is_read_again(tmp_path: Path) -> None:
    folder, cache = tmp_path / "articles", tmp_path / "cache.json"
    folder.mkdir()
    (folder / "talks.md").write_text(ARTICLE, encoding="utf-8")
    parsed = load_articles(folder, tmp_path, cache, "v1")
    assert cache.exists()
    assert load_articles(folder, tmp_path, cache, "v1") == parsed
    (folder / "talks.md").write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    assert "Tuesday" in load_articles(folder, tmp_path, cache, "v1")[0].body_md


def test_after_a_few_edits_the_store_is_not_rewritten_but_every_load_reads_the_edits(tmp_path: Path) -> None:
    """Rewriting the whole store for one edited file costs more than parsing that file again at the next builds."""
    folder, cache = tmp_path / "articles", tmp_path / "cache.json"
    folder.mkdir()
    for number in range(100):
        (folder / f"talks-{number}.md").write_text(ARTICLE.replace("Geneva on", f"Geneva ({number}) on"), encoding="utf-8")
    load_articles(folder, tmp_path, cache, "v1")
    stored = cache.read_bytes()
    (folder / "talks-7.md").write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    (folder / "talks-8.md").unlink()
    for _ in range(2):
        loaded = load_articles(folder, tmp_path, cache, "v1")
        assert cache.read_bytes() == stored
        assert len(loaded) == 99 and [a.body_md for a in loaded if a.slug == "talks-7"] == [ARTICLE.split("---\n")[-1].replace("Monday", "Tuesday").strip()]
        assert loaded == load_articles(folder, tmp_path)  # as parsed without the store
    for number in (1, 2):  # more edits than 1/64 of the archive: the store is written again
        (folder / f"talks-{number}.md").write_text(ARTICLE.replace("Monday", "Friday"), encoding="utf-8")
    assert load_articles(folder, tmp_path, cache, "v1") == load_articles(folder, tmp_path) and cache.read_bytes() != stored


@pytest.mark.parametrize("damage", ["not json", '{"version": "v1", "articles": {"x": 1}}', '{"version": "v0", "articles": {}}'])
def test_a_damaged_or_stale_article_cache_is_ignored(tmp_path: Path, damage: str) -> None:
    folder, cache = tmp_path / "articles", tmp_path / "cache.json"
    folder.mkdir()
    (folder / "talks.md").write_text(ARTICLE, encoding="utf-8")
    parsed = load_articles(folder, tmp_path)
    cache.write_text(damage, encoding="utf-8")
    assert load_articles(folder, tmp_path, cache, "v1") == parsed


def test_a_cached_entry_with_a_wrong_field_is_parsed_again(tmp_path: Path) -> None:
    folder, cache = tmp_path / "articles", tmp_path / "cache.json"
    folder.mkdir()
    (folder / "talks.md").write_text(ARTICLE, encoding="utf-8")
    parsed = load_articles(folder, tmp_path, cache, "v1")
    cache.write_text(cache.read_text(encoding="utf-8").replace('"Talks resume in Geneva"', "42"), encoding="utf-8")
    assert load_articles(folder, tmp_path, cache, "v1") == parsed  # the stamp still matches, the title's type does not


@dataclass(frozen=True, slots=True)
class _Card:
    title: str
    day: dt.date


def test_digests_follow_values_not_identity() -> None:
    one, other = ViewDigester(), ViewDigester()
    view = {"cards": (_Card("A", dt.date(2024, 1, 1)),), "n": 1}
    assert one.digest(view) == other.digest({"cards": (_Card("A", dt.date(2024, 1, 1)),), "n": 1})
    assert one.digest(view) != one.digest({"cards": (_Card("B", dt.date(2024, 1, 1)),), "n": 1})
    assert one.digest(("x",)) != one.digest((Markup("x"),))  # escaped differently
    assert one.digest((1,)) != one.digest((True,)) != one.digest(("1",))
    with pytest.raises(TypeError, match="cannot digest"):
        one.digest({"x": object()})



def test_a_view_only_the_digester_still_holds_is_forgotten_and_a_shared_one_kept() -> None:
    digester, shared = ViewDigester(), _Card("Shared", dt.date(2024, 1, 1))
    expected = ViewDigester().digest({"pages": tuple((shared, _Card(str(n), dt.date(2024, 1, 2))) for n in range(5000))})
    for n in range(5000):  # one page's own card and the card every page shows, as a site's pages do
        digester.digest({"page": (shared, _Card(str(n), dt.date(2024, 1, 2)))})
    assert len(digester._memo) < 5000  # pruned when it passed the floor: the pages' own cards are gone
    assert id(shared) in digester._memo
    assert digester.digest({"pages": tuple((shared, _Card(str(n), dt.date(2024, 1, 2))) for n in range(5000))}) == expected

def _publish(out: Path, spare: Path, files: dict[str, bytes]) -> tuple[int, int]:
    writer = SiteWriter(out, spare)
    try:
        for path, data in files.items():
            writer.put_bytes(path, data)
        report = writer.commit()
    finally:
        writer.close()
    return report.written, report.unchanged


def test_only_changed_files_are_written_and_the_spare_is_reused(tmp_path: Path) -> None:
    out, spare = tmp_path / "site", tmp_path / "cache" / "spare"
    first = {"index.html": b"home", "a/b.html": b"page", "old.html": b"x"}
    assert _publish(out, spare, first) == (3, 0)
    second = {"index.html": b"home 2", "a/b.html": b"page"}
    assert _publish(out, spare, second) == (1, 1)
    assert _publish(out, spare, second) == (0, 2)  # the spare (first site) gets index.html again, nothing is rendered
    assert {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()} == {
        **second, ".nojekyll": b"", MARKER: MARKER_TEXT}


def test_a_first_build_leaves_its_site_linked_as_the_spare(tmp_path: Path) -> None:
    """With no old site to keep, the new site's files are hard-linked into the spare, so the next build starts from them."""
    out, spare = tmp_path / "site", tmp_path / "cache" / "spare"
    _publish(out, spare, {"index.html": b"home", "a/b.html": b"page"})
    assert (spare / "a/b.html").samefile(out / "a/b.html") and (spare / "index.html").samefile(out / "index.html")
    assert _publish(out, spare, {"index.html": b"home 2", "a/b.html": b"page"}) == (1, 1)
    assert (out / "index.html").read_bytes() == b"home 2" and (spare / "index.html").read_bytes() == b"home"


def test_a_file_changed_in_the_published_site_is_not_trusted(tmp_path: Path) -> None:
    out, spare = tmp_path / "site", tmp_path / "cache" / "spare"
    files = {"index.html": b"home", "page.html": b"page"}
    _publish(out, spare, files)
    _publish(out, spare, files)
    (out / "page.html").write_bytes(b"vandalised")
    (spare / "page.html").write_bytes(b"also vandalised")
    assert _publish(out, spare, files) == (2, 0)  # neither folder is trusted: everything is written
    assert (out / "page.html").read_bytes() == b"page"


def test_pages_fall_into_search_shards() -> None:
    assert shard_of("articles/2024/07/talks.html") == "articles-2024-07"
    assert shard_of("people/staffan-de-mistura.html") == "people-s"
    assert shard_of("organizations/un-security-council.html") == "organizations-t-z"
    assert shard_of("places/7th-district.html") == "places-0-9"
    assert shard_of("theatres/syria.html") == "theatres"
    assert shard_of("theatres/index.html") is None and shard_of("people/index.html") is None
    assert shard_of("days/2024/07/01.html") is None
    assert bundle_paths(["articles/2024/07/a.html", "places/aleppo.html", "articles/2023/12/b.html", "index.html"]) == (
        "pagefind/places-a-b/", "pagefind/articles-2023-12/", "pagefind/articles-2024-07/")


def test_an_entity_shard_is_a_kind_and_a_range_of_initials() -> None:
    """An entity edit re-indexes the pages of its kind and initials only; each shard's glob covers exactly its pages."""
    assert _glob("people-a-b") == "people/{a*,b*}.html" and _glob("places-m") == "places/m*.html"
    assert _glob("theatres") == "theatres/*.html" and _glob("articles-2024-07") == "articles/2024/07/*.html"
    shards = {shard_of(f"people/{c}x.html") for c in "0123456789abcdefghijklmnopqrstuvwxyz"}
    assert len(shards) == len(INITIALS)


def test_a_month_of_many_articles_is_indexed_in_parts_whose_globs_cover_exactly_their_pages() -> None:
    """Pagefind indexes a shard whole: a large month is cut by its slugs' first character, the first part taking every
    character the others do not; the search page's bundles and the indexed shards agree; a small month stays whole."""
    names = [f"{first}{number}" for number in range(MONTH_SHARD_MAX) for first in ("0", "a", "c", "k", "s", "z", "_")]
    pages = [f"articles/2024/07/{name}.html" for name in names] + ["articles/2024/08/alone.html"]
    shards = ShardPages()
    for path in pages:
        shards.add(path, "key")
    indexed = shards.indexed()
    assert sorted(indexed) == ["articles-2024-07-0-b", "articles-2024-07-c-h", "articles-2024-07-i-r", "articles-2024-07-s-z",
                               "articles-2024-08"]
    assert bundle_paths(pages) == tuple(f"pagefind/{name}/" for name in sorted(indexed))
    for name, held in indexed.items():
        assert [path for path in pages if fnmatch.fnmatchcase(path, _glob(name))] == [path for path, _ in held]
    assert {path.rpartition("/")[2][0] for path, _ in indexed["articles-2024-07-0-b"]} == {"0", "a", "_"}


_ENTITY_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Aleppo</title>
<meta name="description" content="Place in {count} articles."></head>
<body><main><div data-pagefind-body><h1 data-pagefind-meta="title">Aleppo</h1><p>City in Syria.</p>
<dl><div data-pagefind-ignore><dt>Mentioned in</dt><dd>{count} articles</dd></div></dl>
<div data-pagefind-ignore><div><svg><text>{count}</text></svg></div><!-- <div> --><script>"<div>"</script></div>{extra}
</div><section data-pagefind-ignore="all"><h2>Articles</h2><div><a>{newest}</a></div></section></main></body></html>"""


def _page(count: int = 3, newest: str = "Talks resume", extra: str = "") -> bytes:
    return _ENTITY_PAGE.format(count=count, newest=newest, extra=extra).encode()


def test_a_pages_search_digest_ignores_what_pagefind_does_not_read() -> None:
    """The head (no data-pagefind- attribute in it) and ignored elements' text: a new article named on an entity
    page changes its bytes, not its digest; what Pagefind reads (the body's text, metadata, an image) does."""
    assert search_digest(_page(3, "Talks resume")) == search_digest(_page(4, "Aid convoy"))
    assert search_digest(_page(extra="<p>More text</p>")) != search_digest(_page())
    assert search_digest(_page().replace(b"City in Syria", b"City in northern Syria")) != search_digest(_page())
    ignored_meta = '<div data-pagefind-ignore><span data-pagefind-meta="count">{}</span></div>'
    assert search_digest(_page(extra=ignored_meta.format(3))) != search_digest(_page(extra=ignored_meta.format(4)))
    ignored_image = '<div data-pagefind-ignore><img src="{}.png"></div>'
    assert search_digest(_page(extra=ignored_image.format("a"))) != search_digest(_page(extra=ignored_image.format("b")))
    with_head_meta = _page().replace(b"<title>", b'<meta data-pagefind-filter="kind" content="place"><title>')
    assert search_digest(with_head_meta.replace(b"in 3", b"in 4")) != search_digest(with_head_meta)
    unclosed = b"<body><div data-pagefind-body><p data-pagefind-ignore>3 articles<p>Text</div></body>"
    assert search_digest(unclosed) != search_digest(unclosed.replace(b"3", b"4"))  # not followed: counted in full


def test_an_ignored_element_on_lines_of_its_own_leaves_the_digest_as_if_it_were_absent() -> None:
    """Pagefind adds nothing for it (an article's same-story list appearing), unless it holds or is a value Pagefind reads."""
    with_list = b'<body><article data-pagefind-body>\n  <p>Text</p>\n  <section data-pagefind-ignore>\n    <h2 id="s">Same story</h2>\n  </section>\n</article></body>'
    without = b"<body><article data-pagefind-body>\n  <p>Text</p>\n</article></body>"
    assert search_digest(with_list) == search_digest(without)
    assert search_digest(with_list.replace(b"<section", b'<section data-pagefind-meta="story"')) != search_digest(without)
    ignored_title = b"<body><div data-pagefind-body><h1 data-pagefind-ignore>{}</h1><p>Text</p></div></body>"
    assert search_digest(ignored_title.replace(b"{}", b"Aleppo")) != search_digest(ignored_title.replace(b"{}", b"Homs"))
    # An element whose content is a value Pagefind keeps as it is: the whitespace around the ignored element counts.
    valued = with_list.replace(b"<article data-pagefind-body>", b'<article data-pagefind-body><div data-pagefind-filter="kind">'
                               ).replace(b"</article>", b"</div></article>")
    assert search_digest(valued) != search_digest(without.replace(b"<article data-pagefind-body>", b'<article data-pagefind-body><div data-pagefind-filter="kind">').replace(b"</article>", b"</div></article>"))


def test_the_gazetteer_read_back_from_its_cache_equals_a_fresh_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.nlp import gazetteer

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    fresh = gazetteer._build_fresh(with_cities=True)
    path = gazetteer._cache_path(with_cities=True)
    assert path is not None and path.is_relative_to(tmp_path)
    gazetteer._write_cached(path, fresh)
    assert gazetteer._read_cached(path) == fresh
    path.write_text("{not json", encoding="utf-8")
    assert gazetteer._read_cached(path) is None  # damaged: built again


def test_a_stored_analysis_with_a_mention_of_the_wrong_shape_is_not_read_back() -> None:
    """A damaged mention row makes the whole stored analysis unreadable (it is computed again), a good one reads back."""
    from generator.models import Mention, Summary
    from generator.nlp.analysis import Analysis, decode, encode

    good = Analysis(Summary("Lede.", ("Lede.",), ()), (Mention("Aleppo", 0, 6, "place", "Aleppo"),), (), ("aleppo",))
    assert decode(encode(good)) == good
    for damaged in ([["Aleppo", "0", 6, "place", "Aleppo"]], [["Aleppo", True, 6, "place", "Aleppo"]], [["Aleppo", 0, 6, "place"]], 7):
        payload = encode(good).replace(b'[["Aleppo",0,6,"place","Aleppo"]]', json.dumps(damaged).encode())
        assert decode(payload) is None


def test_entity_refs_and_key_figures_repr_as_their_generated_repr_did() -> None:
    """Cache keys and plan digests are made of these reprs: a faster repr must give the same text."""
    from generator.models import EntityRef, KeyFigure

    assert repr(EntityRef("Cote d'Ivoire", "place")) == '''EntityRef(name="Cote d'Ivoire", kind='place')'''
    assert repr(KeyFigure("killed", 12, "Dozens\n", "dozens")) == (
        "KeyFigure(kind='killed', value=12, sentence='Dozens\\n', text='dozens', scope='event')")


def test_typed_reads_of_cached_lists_take_only_the_right_types() -> None:
    from generator.incremental import stored

    assert stored.texts(["a", "b"]) == ("a", "b") and stored.integers([1, 2]) == (1, 2)
    assert stored.text_rows([["a", "b", "c"]], 3) == (("a", "b", "c"),)
    for read, value in [(stored.texts, ["a", 1]), (stored.texts, "ab"), (stored.texts, {"a": "b"}), (stored.integers, [1, True]),
                        (stored.integers, [1.0]), (lambda v: stored.text_rows(v, 3), [["a", "b"]]),
                        (lambda v: stored.text_rows(v, 3), [["a", "b", 3]]), (lambda v: stored.text_rows(v, 3), ["abc"])]:
        with pytest.raises(TypeError):
            read(value)


def test_the_store_decoded_once_in_a_process_is_read_again_once_the_file_changes(tmp_path: Path) -> None:
    """Ingest and the build's loader read the store in one process (serve: at every rebuild): it is decoded once,
    and again whenever its file is another (rewritten, replaced, damaged)."""
    from generator.content import article_from_document
    from generator.content.archive import read_archive, save_archive
    folder, cache = tmp_path / "articles", tmp_path / "cache.json"
    folder.mkdir()
    (folder / "talks.md").write_text(ARTICLE, encoding="utf-8")
    first = read_archive(folder, tmp_path, cache, "v1", article_from_document)
    save_archive(first, cache, "v1")
    again = read_archive(folder, tmp_path, cache, "v1", article_from_document)
    assert again.entries == first.entries and again.parsed == 0
    stored = json.loads(cache.read_text(encoding="utf-8"))
    stored["articles"]["talks.md"][5][1] = "Another title"  # the store written anew by another process
    cache.write_text(json.dumps(stored), encoding="utf-8")
    assert read_archive(folder, tmp_path, cache, "v1", article_from_document).entries["talks.md"].article.title == "Another title"
    cache.write_text("{damaged", encoding="utf-8")
    reread = read_archive(folder, tmp_path, cache, "v1", article_from_document)
    assert reread.parsed == 1 and reread.entries["talks.md"].article.title == "Talks resume in Geneva"
    assert read_archive(folder, tmp_path, cache, "v2", article_from_document).parsed == 1  # another code's store


def test_ingest_leaves_the_store_unwritten_for_an_edited_article_but_keeps_a_new_one(tmp_path: Path) -> None:
    """Raw files stay in the inbox, so ingest runs at every build: one edited article is no reason to rewrite the
    store (its text key is worked out again next time); a newly ingested article is."""
    from generator.config import load_config
    from generator.incremental.layout import CacheLayout
    from generator.ingest import ingest_files
    (tmp_path / "briefing.yml").write_text("site:\n  title: T\n", encoding="utf-8")
    cfg = load_config(tmp_path)
    inbox = tmp_path / "content/inbox"
    inbox.mkdir(parents=True)
    for number in range(70):  # more than 64: one edited file is less than 1/64 of them (Archive.worth_saving)
        (inbox / f"story{number}.txt").write_text(f"Talks resume in Geneva, round {number}\n\nGENEVA – Envoys met on Monday, "
                                                   f"2 May 2016, for round {number} of the talks on {number * 7} prisoners.\n",
                                                   encoding="utf-8")
    assert len(ingest_files([inbox], cfg).written) == 70
    store = CacheLayout.of(tmp_path).articles
    written = store.read_bytes()
    edited = sorted(cfg.articles_dir.rglob("*.md"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA correction.\n", encoding="utf-8")
    report = ingest_files([inbox], cfg)
    assert not report.written and store.read_bytes() == written
    (inbox / "new.txt").write_text("Aid reaches Aleppo\n\nALEPPO – Convoys arrived on Tuesday, 3 May 2016.\n", encoding="utf-8")
    assert len(ingest_files([inbox], cfg).written) == 1 and store.read_bytes() != written


def test_ingest_into_a_store_without_text_keys_works_out_each_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store the build's loader wrote holds no text keys: ingest works them out to find duplicates, and after writing
    its new articles reads the archive again; an unchanged file then takes the key already worked out, not a new one."""
    import generator.ingest as ingest
    from generator.config import load_config
    from generator.content import article_from_document
    from generator.content.archive import read_archive, save_archive
    from generator.incremental.layout import CacheLayout
    (tmp_path / "briefing.yml").write_text("site:\n  title: T\n", encoding="utf-8")
    cfg = load_config(tmp_path)
    for number in range(3):
        day = cfg.articles_dir / "2016" / "05"
        day.mkdir(parents=True, exist_ok=True)
        (day / f"talks-{number}.md").write_text(ARTICLE.replace("Monday", f"Monday, round {number}"), encoding="utf-8")
    store = CacheLayout.of(tmp_path).articles
    loaded = read_archive(cfg.articles_dir, tmp_path, store, "v", article_from_document)
    save_archive(loaded, store, ingest.code_fingerprint())  # as the loader leaves it: no text keys
    keyed: list[str] = []
    monkeypatch.setattr(ingest, "text_key", lambda title, body: keyed.append(title) or ingest_text_key(title, body))
    inbox = tmp_path / "content/inbox"
    inbox.mkdir(parents=True)
    (inbox / "new.txt").write_text("Aid reaches Aleppo\n\nALEPPO – Convoys arrived on Tuesday, 3 May 2016.\n", encoding="utf-8")
    assert len(ingest.ingest_files([inbox], cfg).written) == 1
    assert keyed.count("Talks resume in Geneva") == 3  # each archived article's once (twice before: 6)
    again = read_archive(cfg.articles_dir, tmp_path, store, ingest.code_fingerprint(), article_from_document)
    assert len(again.entries) == 4 and all(entry.text_key for entry in again.entries.values())


def test_the_store_written_and_kept_in_memory_equals_the_store_read_back(site_small: Path) -> None:
    """After ingest writes the store, the build's loader takes the entries it wrote instead of decoding the file:
    they must be what decoding it gives."""
    import generator.content.archive as archive_module
    from generator.content import article_from_document
    from generator.content.archive import read_archive, save_archive
    folder, cache = site_small / "content/articles", site_small / "store.json"
    archive = read_archive(folder, site_small, None, "v1", article_from_document)
    assert archive.entries and all(entry.article is not None for entry in archive.entries.values())
    archive.duplicate_inputs = {"abc": next(iter(archive.entries))}
    save_archive(archive, cache, "v1")
    kept = read_archive(folder, site_small, cache, "v1", article_from_document)
    archive_module._last_read.clear()
    decoded = read_archive(folder, site_small, cache, "v1", article_from_document)
    assert kept.parsed == decoded.parsed == 0
    assert kept.entries == decoded.entries and kept.duplicate_inputs == decoded.duplicate_inputs


def test_an_unchanged_article_is_enriched_from_its_kept_part_without_reading_its_nlp_row(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What enrich made of an article is kept beside its NLP row: the next build reads back the part of an unchanged
    article (equal to enriching it again) and decodes the NLP rows of the changed ones only."""
    import dataclasses

    import generator.nlp.analysis as analysis
    from generator.config import Config
    from generator.nlp.enrich import enrich_articles

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "talks.md").write_text(ARTICLE.replace("Monday.", "Monday. Sergey Lavrov met John Kerry in Geneva."), encoding="utf-8")
    (folder / "aid.md").write_text(ARTICLE.replace("Talks resume in Geneva", "Aid reaches Aleppo")
                                   .replace("Envoys met in Geneva on Monday.", "A convoy reached Aleppo on Tuesday, the UN said."),
                                   encoding="utf-8")
    cfg, cache = Config(root=tmp_path), tmp_path / "cache"
    articles = load_articles(folder, tmp_path)
    first = enrich_articles(articles, cfg, cache_dir=cache)
    assert any(e.entities for e in first)
    decoded: list[bytes] = []
    real = analysis.decode
    monkeypatch.setattr(analysis, "decode", lambda payload: decoded.append(payload) or real(payload))
    assert enrich_articles(articles, cfg, cache_dir=cache) == first and decoded == []
    edited = tuple(dataclasses.replace(a, lede="A hand-written lede.") if a.slug == "talks" else a for a in articles)
    again = enrich_articles(edited, cfg, cache_dir=cache)
    assert [e.lede for e in again] == ["A hand-written lede." if e.article.slug == "talks" else e.lede for e in first]
    assert len(decoded) == 1 and b"Lavrov" in decoded[0]  # the edited article's row only (its part is made again from it)


@pytest.mark.parametrize("page", [
    b"<a <b data-pagefind-filter=k>x</b> <I DATA-PAGEFIND-IGNORE>y</I> <em x-data-pagefind-ignore>q</em>",
    b"<i data-pagefind-ignored>z</i> <p data-pagefind-ignore=\"all\">w</p> data-pagefind-ignore <u data-pagefind-meta='m'>",
    b"<span data-pagefind-meta=\"x\"><b>t</b></span> <div data-pagefind-ignore", b"> < data-pagefind-meta>",
])
def test_tags_holding_a_marker_are_found_as_the_whole_page_search_finds_them(page: bytes) -> None:
    """The search over the tags around a marker finds what a search of the whole page finds, from every position."""
    from generator.searchable import _IGNORED, _VALUED, _VALUED_LEAF, _tag_search

    for pattern, marker in ((_IGNORED, b"data-pagefind-ignore"), (_VALUED, b"data-pagefind-"), (_VALUED_LEAF, b"data-pagefind-")):
        for position in range(len(page) + 1):
            expected, found = pattern.search(page, position), _tag_search(pattern, page, page.lower(), marker, position)
            assert (found and found.span()) == (expected and expected.span())


def test_the_language_identifier_read_back_from_its_cache_labels_as_a_fresh_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("py3langid")
    from generator.ingest import language

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    fresh = language._identifier.__wrapped__()  # none kept yet: built, then kept
    kept = list((tmp_path / "briefing").glob("langid-*.pickle"))
    assert len(kept) == 1
    cached = language._identifier.__wrapped__()
    assert cached is not fresh and cached.nb_classes == fresh.nb_classes
    for text in ("The army said on Tuesday that the talks would resume in Geneva next week.",
                 "Die Regierung teilte am Dienstag mit, dass die Gespräche in Genf fortgesetzt werden.",
                 "Le gouvernement a annoncé mardi que les négociations reprendraient à Genève."):
        assert cached.classify(text) == fresh.classify(text)
    kept[0].write_bytes(b"not a pickle")
    assert language._read_cached(kept[0], type(fresh)) is None  # damaged: built again


def test_an_ingest_record_comes_back_under_its_key_only_and_is_kept_only_after_a_settled_ingest(tmp_path: Path) -> None:
    from generator.errors import Diagnostic
    from generator.incremental.inbox import recalled_ingest, record_ingest
    from generator.models import IngestReport
    record = tmp_path / "last-ingest.json"
    report = IngestReport(unchanged=("content/inbox/a.txt",), failed=(Diagnostic("content/inbox/b.txt", "has no body", 2, "add one"),),
                          warnings=("content/inbox/c.xml: source URL dropped",))
    record_ingest(record, "k1", report)
    assert recalled_ingest(record, "k1") == IngestReport(failed=report.failed, warnings=report.warnings)
    assert recalled_ingest(record, "k2") is None
    record_ingest(record, "k1", IngestReport(failed=report.failed, write_failed=True))  # a full disk may be freed
    assert not record.exists() and recalled_ingest(record, "k1") is None
    record_ingest(record, "k1", IngestReport(written=(tmp_path / "article.md",)))
    assert not record.exists()
    record.write_text('{"key": "k1", "failed": [{"path": 1}], "warnings": []}', encoding="utf-8")
    assert recalled_ingest(record, "k1") is None



def test_a_user_cache_file_written_drops_the_older_builds_of_its_kind_only(tmp_path: Path) -> None:
    from generator.incremental.layout import drop_other_versions

    names = ("langid-aaa.pickle", "langid-bbb.pickle", "gazetteer-cities-aaa.json", "gazetteer-countries-aaa.json",
             "gazetteer-cities-bbb.json", "code-fingerprints.json")
    for name in names:
        (tmp_path / name).write_text("x", encoding="utf-8")
    drop_other_versions(tmp_path / "langid-bbb.pickle")
    drop_other_versions(tmp_path / "gazetteer-cities-bbb.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "code-fingerprints.json", "gazetteer-cities-bbb.json", "gazetteer-countries-aaa.json", "langid-bbb.pickle"]
