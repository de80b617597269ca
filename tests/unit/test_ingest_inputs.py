"""One test per input kind, on small hand-written fixtures (tests/fixtures/ingest/)."""

from __future__ import annotations

import datetime as dt
import gzip
import http.server
import shutil
import threading
from pathlib import Path
from typing import Iterator

import pytest
from conftest import FIXTURES, built_articles, make_config

from generator.content.frontmatter import parse_document
from generator.ingest import ingest_files

INGEST = FIXTURES / "ingest"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    return tmp_path


def only_article(report) -> tuple[dict, str]:  # type: ignore[no-untyped-def]
    assert not report.failed, report.failed
    assert len(report.written) == 1, report.written
    document = parse_document(report.written[0].read_text(encoding="utf-8"))
    return document.meta, document.body


def test_messy_text_crlf_bom_no_blank_lines_dateline_and_agency_tag(project: Path) -> None:
    meta, body = only_article(ingest_files([INGEST / "messy_crlf_bom.txt"], make_config(project), date=dt.date(2017, 1, 5)))
    assert meta["title"] == "Shelling resumes near Hama"
    assert (meta["dateline"], meta["source"], meta["language"]) == ("Hama", "Reuters", "en")
    assert body.split("\n\n")[0] == "Shelling resumed on Thursday near Hama, residents said."
    assert len(body.split("\n\n")) == 3  # one paragraph per line when the file has no blank lines
    assert "Reuters" not in body and "\r" not in body and "\ufeff" not in body


def test_cp1252_bytes_decode_and_trailing_afp_tag_goes(project: Path) -> None:
    meta, body = only_article(ingest_files([INGEST / "cp1252.txt"], make_config(project), date=dt.date(2017, 1, 5)))
    assert meta["title"] == "Minister \u201cconfident\u201d on talks"
    assert "\u2013 perhaps next week \u2013" in body
    assert body.endswith("details of the proposals.") and meta["source"] == "AFP"


def test_c1_control_mojibake_is_repaired(project: Path) -> None:
    meta, body = only_article(ingest_files([INGEST / "c1_mojibake.txt"], make_config(project), date=dt.date(2017, 1, 5)))
    assert meta["title"] == "Mayor\u2019s office responds"
    assert "\u201clegal and necessary\u201d" in body
    assert not any("\u0080" <= ch <= "\u009f" or ch == "\ufffd" for ch in body + meta["title"])


def test_fakes_style_leading_date_and_repeated_title(project: Path) -> None:
    meta, body = only_article(ingest_files([INGEST / "fakes_style.txt"], make_config(project)))
    assert meta["date"] == "2017-04-05"
    assert body.startswith("A suicide bomber killed four people")
    assert body.endswith("in the town.") and meta["source"] == "AFP"


def test_saved_html_page_text_and_metadata(project: Path) -> None:
    meta, body = only_article(ingest_files([INGEST / "page.html"], make_config(project)))
    assert meta["title"] == "Truce holds in Idlib after talks"
    assert (meta["date"], meta["author"], meta["source"]) == ("2017-04-05", "Jane Writer", "Example News")
    assert meta["source_url"] == "https://news.example.org/2017/04/truce-holds"
    assert body.startswith("A truce between government forces")
    assert "\u201cWe slept through the night" in body  # cp1252 quotes, as the page declares
    for boilerplate in ("Home", "Share on", "Related stories", "Ceasefire talks stall", "reader42", "Copyright", "tracking", "<"):
        assert boilerplate not in body


def test_gzipped_html_is_unpacked(project: Path, tmp_path: Path) -> None:
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress((INGEST / "page.html").read_bytes()))
    meta, _body = only_article(ingest_files([packed], make_config(project)))
    assert meta["title"] == "Truce holds in Idlib after talks"


def test_rss_entries_become_articles_and_teasers_are_marked(project: Path) -> None:
    report = ingest_files([INGEST / "feed.xml"], make_config(project))
    assert not report.failed and len(report.written) == 2
    metas = {m["title"]: m for m in (parse_document(p.read_text(encoding="utf-8")).meta for p in report.written)}
    full, teaser = metas["Aid convoy reaches Madaya"], metas["Talks resume in Astana"]
    assert full["source_url"] == "https://wire.example.org/2017/01/aid-convoy-madaya"
    assert (full["date"], full["source"]) == ("2017-01-11", "Example Wire") and "teaser" not in full
    assert teaser["teaser"] is True and teaser["date"] == "2017-01-12"
    again = ingest_files([INGEST / "feed.xml"], make_config(project))
    assert again.written == () and len(again.unchanged) == 2


class _Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    root = tmp_path / "www"
    root.mkdir()
    shutil.copy(INGEST / "page.html", root / "truce.html")
    (root / "big.html").write_bytes(b"<html><body>" + b"<p>word</p>" * 200_000 + b"</body></html>")
    handler = lambda *a, **k: _Handler(*a, directory=str(root), **k)  # noqa: E731
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_is_fetched_and_the_same_url_again_is_unchanged(project: Path, server: str) -> None:
    cfg = make_config(project)
    meta, _body = only_article(ingest_files([f"{server}/truce.html"], cfg))
    assert meta["title"] == "Truce holds in Idlib after talks"
    again = ingest_files([f"{server}/truce.html"], cfg)
    assert again.written == () and len(again.unchanged) == 1


def test_url_failures_are_clear_and_write_nothing(project: Path, server: str) -> None:
    from generator.ingest.fetch import fetch as fetch_url
    report = ingest_files([f"{server}/missing.html", f"{server}/big.html", "http://127.0.0.1:9/closed"], make_config(project),
                          fetcher=lambda url: fetch_url(url, timeout=5, max_bytes=1_000_000))
    messages = [str(d) for d in report.failed]
    assert any("missing.html: the server answered HTTP 404" in m for m in messages)
    assert any("big.html: is" in m and "over the 976 KB limit" in m for m in messages)
    assert any("closed: cannot be fetched" in m for m in messages)
    assert report.written == () and not (project / "content" / "articles").exists()


def test_non_english_is_detected_and_nlp_skipped(project: Path, tmp_path: Path) -> None:
    raw = tmp_path / "fr.txt"
    raw.write_text("Les négociations reprennent\n\nLes délégations se sont retrouvées lundi à Genève pour une nouvelle "
                   "série de négociations sur le cessez-le-feu, a annoncé le porte-parole des Nations unies.\n", encoding="utf-8")
    meta, _body = only_article(ingest_files([raw], make_config(project), date=dt.date(2017, 1, 5)))
    assert meta["language"] == "fr"
    assert "summary" not in meta and "entities" not in meta
    (built,) = built_articles(make_config(project))
    assert (built.summary, built.entities, built.key_points) == ("", (), ())  # the English NLP reads English only


def test_same_text_differently_spaced_is_one_article(project: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Truce Holds\n\nThe truce held on Monday, officials said. Aid arrived in the north.\n", encoding="utf-8")
    b.write_text("Truce holds!\r\n\r\nThe truce held on Monday officials said.\r\nAid  arrived in the north\r\n", encoding="utf-8")
    report = ingest_files([a, b], make_config(project), date=dt.date(2017, 1, 5))
    assert len(report.written) == 1 and len(report.duplicates) == 1 and "same text as" in report.duplicates[0]


def test_same_story_from_two_outlets_shares_a_story_id(project: Path, tmp_path: Path) -> None:
    one, two, other = tmp_path / "one.txt", tmp_path / "two.txt", tmp_path / "other.txt"
    one.write_text("Car bomb kills 12 in Qamishli market\n\nA car bomb exploded in a crowded market in Qamishli on Sunday killing 12 "
                   "people, a Kurdish security official said.\n", encoding="utf-8")
    two.write_text("Qamishli market car bomb: 12 killed\n\nTwelve people were killed when a car bomb tore through a market in the "
                   "northeastern city of Qamishli, officials said on Sunday.\n", encoding="utf-8")
    other.write_text("Parliament debates budget\n\nMembers of parliament in London debated the budget on Sunday evening.\n", encoding="utf-8")
    report = ingest_files([one, two, other], make_config(project), date=dt.date(2017, 1, 5))
    assert len(report.written) == 3
    story = {a.article.path: a.story for a in built_articles(make_config(project))}
    assert story[report.written[0]] == story[report.written[1]] != story[report.written[2]]


def test_folder_is_read_recursively_and_readme_skipped(project: Path, tmp_path: Path) -> None:
    folder = tmp_path / "drop" / "sub"
    folder.mkdir(parents=True)
    shutil.copy(INGEST / "fakes_style.txt", folder / "x.txt")
    (tmp_path / "drop" / "README.md").write_text("# notes\n", encoding="utf-8")
    report = ingest_files([tmp_path / "drop"], make_config(project))
    assert len(report.written) == 1 and not report.failed


def test_second_ingest_of_everything_changes_no_file(project: Path) -> None:
    cfg = make_config(project)
    ingest_files([INGEST], cfg, date=dt.date(2017, 1, 5))
    snapshot = {p: p.read_bytes() for p in (project / "content").rglob("*.md")}
    again = ingest_files([INGEST], cfg, date=dt.date(2017, 1, 5))
    assert again.written == () and not again.failed
    assert {p: p.read_bytes() for p in (project / "content").rglob("*.md")} == snapshot


def test_a_file_named_twice_is_read_once(project: Path) -> None:
    report = ingest_files([INGEST / "cp1252.txt", INGEST, INGEST / "cp1252.txt"], make_config(project), date=dt.date(2017, 1, 5))
    assert not report.failed and report.duplicates == () and len(report.written) == 7


def test_a_page_that_gives_only_a_year_is_not_dated_the_first_of_january() -> None:
    from generator.ingest.html import read_html_article

    body = " ".join(["Rebels seized a depot of rockets in the countryside near the capital on Saturday, activists said."] * 6)
    page = ('<html><head><title>Rebels seize depot</title>'
            '<link rel="canonical" href="http://news.example.com/2013/middle_east/8/3/depot/index.html"></head>'
            f"<body><article><h1>Rebels seize depot</h1><p>{body}</p><p>Starting in 1996, the depot held rockets.</p></article></body></html>")
    article = read_html_article(Path("depot.html"), page.encode("utf-8"))
    assert article.date is None
