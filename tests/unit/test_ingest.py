import datetime as dt
import shutil
from pathlib import Path

import pytest
from conftest import SEED, built_articles, make_config

from generator.content.frontmatter import parse_document
from generator.ingest import ingest_files


def seed_project(tmp_path: Path) -> Path:
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    inbox = tmp_path / "content" / "inbox"
    inbox.mkdir(parents=True)
    shutil.copy(SEED, inbox / SEED.name)
    return inbox / SEED.name


def test_seed_is_cleaned(tmp_path: Path) -> None:
    raw = seed_project(tmp_path)
    report = ingest_files([raw], make_config(tmp_path), date=dt.date(2016, 5, 3))
    assert not report.failed and len(report.written) == 1
    written = report.written[0]
    assert written == tmp_path / "content/articles/2016/05/iranian-russian-fms-confer-on-syria-crisis.md"
    document = parse_document(written.read_text(encoding="utf-8"))
    meta = document.meta
    assert (meta["title"], meta["source"], meta["dateline"], meta["date"]) == (
        "Iranian, Russian FMs Confer on Syria Crisis", "Tasnim", "Tehran", "2016-05-03")
    assert document.body.count("FMs Confer") == 0  # the repeated headline left the body
    assert document.body.startswith("Iranian Foreign Minister Mohammad Javad Zarif")
    assert "TEHRAN" not in document.body and "Tasnim" not in document.body
    for furniture in ("Most Visited", "Top Politics stories", "Top Stories"):
        assert furniture not in document.body
    # What the NLP computes is the build's, not the front matter's: a better NLP reaches it later.
    assert not {"lede", "summary", "key_points", "entities", "story"} & set(meta)
    (built,) = built_articles(make_config(tmp_path))
    assert built.summary and 1 <= len(built.key_points) <= 5 and built.story
    # Its closing background ("divided ... since 2012", "gripped by ... militancy since March 2011") is context, no key point.
    assert not any("since" in point for point in built.key_points)
    assert "Mohammad Javad Zarif" in [e.name for e in built.entities if e.kind == "person"]
    assert "Aleppo" in [e.name for e in built.entities if e.kind == "place"]


def test_raw_file_stays_and_second_ingest_changes_nothing(tmp_path: Path) -> None:
    raw = seed_project(tmp_path)
    before = raw.read_bytes()
    cfg = make_config(tmp_path)
    first = ingest_files([raw], cfg, date=dt.date(2016, 5, 3))
    snapshot = {p: p.read_bytes() for p in (tmp_path / "content").rglob("*") if p.is_file()}
    second = ingest_files([raw], cfg, date=dt.date(2016, 5, 3))
    assert raw.read_bytes() == before
    assert second.written == () and len(second.unchanged) == 1 and second.unchanged[0].endswith(raw.name)
    assert {p: p.read_bytes() for p in (tmp_path / "content").rglob("*") if p.is_file()} == snapshot
    assert len(first.written) == 1


def test_editor_change_survives_reingest(tmp_path: Path) -> None:
    raw = seed_project(tmp_path)
    cfg = make_config(tmp_path)
    written = ingest_files([raw], cfg, date=dt.date(2016, 5, 3)).written[0]
    edited = written.read_text(encoding="utf-8").replace("title: Iranian, Russian", "title: EDITED Iranian, Russian")
    written.write_text(edited, encoding="utf-8")
    ingest_files([raw], cfg, date=dt.date(2016, 5, 3))
    assert written.read_text(encoding="utf-8") == edited


def test_same_title_and_date_both_survive(tmp_path: Path) -> None:
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Ceasefire Holds\n\nThe ceasefire held on Monday in the north of the country.\n", encoding="utf-8")
    second.write_text("Ceasefire Holds\n\nA different outlet says the ceasefire held in the south.\n", encoding="utf-8")
    report = ingest_files([first, second], make_config(tmp_path), date=dt.date(2016, 5, 3))
    assert [p.name for p in report.written] == ["ceasefire-holds.md", "ceasefire-holds-2.md"]


def test_no_date_uses_today_with_a_warning_and_says_it_is_a_guess(tmp_path: Path) -> None:
    raw = seed_project(tmp_path)
    report = ingest_files([raw], make_config(tmp_path))
    assert report.written[0].parent == tmp_path / "content/articles" / f"{dt.date.today():%Y/%m}"
    assert any("no date in the text" in w and "--date" in w for w in report.warnings)
    meta = parse_document(report.written[0].read_text(encoding="utf-8")).meta
    assert meta["date_guessed"] is True and meta["date"] == dt.date.today().isoformat()
    (built,) = built_articles(make_config(tmp_path))
    assert built.article.date_guessed


def test_a_date_from_the_text_or_the_command_line_is_not_a_guess(tmp_path: Path) -> None:
    raw = seed_project(tmp_path)
    report = ingest_files([raw], make_config(tmp_path), date=dt.date(2016, 5, 10))
    assert "date_guessed" not in parse_document(report.written[0].read_text(encoding="utf-8")).meta
    (built,) = built_articles(make_config(tmp_path))
    assert not built.article.date_guessed


def test_date_in_text_is_used(tmp_path: Path) -> None:
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    raw = tmp_path / "a.txt"
    raw.write_text("Truce\n\nTuesday 5 January 2016\n\nBEIRUT (Wire) - A truce began in the south of the country on Tuesday.\n",
                   encoding="utf-8")
    report = ingest_files([raw], make_config(tmp_path))
    assert report.written[0].parent.parts[-2:] == ("2016", "01") and not report.warnings


@pytest.mark.parametrize("lead", [
    "(Wire) On October 24, 1944, warplanes found the fleet in the strait.",  # a feature's history
    "December 16, 2014 was a dark day for the nation, and the schools remember it.",  # an anniversary's subject
    "1. Ghouta: On August 21 2013 rockets hit the suburbs.",  # a list of past attacks
])
def test_a_date_the_leads_prose_names_does_not_date_the_article(tmp_path: Path, lead: str) -> None:
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    raw = tmp_path / "a.txt"
    raw.write_text(f"Remembered\n\n{lead}\n", encoding="utf-8")
    report = ingest_files([raw], make_config(tmp_path), date=dt.date(2016, 5, 3))
    assert report.written[0].parent.parts[-2:] == ("2016", "05")


def test_bad_inputs_are_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    empty, binary, good = tmp_path / "empty.txt", tmp_path / "bin.txt", tmp_path / "good.txt"
    empty.write_text("", encoding="utf-8")
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    good.write_text("Talks\n\nDelegates met in Geneva on Monday to discuss the truce.\n", encoding="utf-8")
    report = ingest_files([empty, binary, good], make_config(tmp_path), date=dt.date(2016, 5, 3))
    assert len(report.written) == 1
    messages = [str(d) for d in report.failed]
    assert any("empty.txt: is empty" in m for m in messages)
    assert any("bin.txt: is a binary file, not text" in m for m in messages)


def test_markdown_with_front_matter_keeps_hand_written_fields(tmp_path: Path) -> None:
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    raw = tmp_path / "note.md"
    raw.write_text("---\ntitle: Analyst Note\ndate: 2016-05-04\nsummary: Mine.\n---\n\nSergey Lavrov spoke in Moscow on Monday about Aleppo.\n", encoding="utf-8")
    report = ingest_files([raw], make_config(tmp_path))
    meta = parse_document(report.written[0].read_text(encoding="utf-8")).meta
    assert meta["summary"] == "Mine." and meta["date"] == "2016-05-04" and "entities" not in meta
    (built,) = built_articles(make_config(tmp_path))
    assert built.summary == "Mine." and "Sergey Lavrov" in [e.name for e in built.entities]


def test_edits_to_summary_entities_and_body_survive_reingest_and_rebuild(tmp_path: Path) -> None:
    from generator.incremental.layout import CacheLayout

    raw = seed_project(tmp_path)
    cfg = make_config(tmp_path)
    written = ingest_files([raw], cfg, date=dt.date(2016, 5, 3)).written[0]
    document = parse_document(written.read_text(encoding="utf-8"))
    meta = {**document.meta, "summary": "An editor's summary.", "entities": {"people": ["Sergey Lavrov"], "places": [], "organizations": []}}
    from generator.content.frontmatter import render_document
    edited = render_document(meta, document.body.replace("Iranian Foreign Minister", "Iran's foreign minister"))
    written.write_text(edited, encoding="utf-8")
    for cache_kept in (True, False):
        if not cache_kept:
            CacheLayout.of(tmp_path).articles.unlink()  # the archive is only a cache: rebuilt from the articles
        again = ingest_files([raw], cfg, date=dt.date(2016, 5, 3))
        assert again.written == () and len(again.unchanged) == 1
        assert written.read_text(encoding="utf-8") == edited
    (enriched,) = built_articles(cfg)
    assert enriched.summary == "An editor's summary." and [e.name for e in enriched.entities] == ["Sergey Lavrov"]
    assert "Iran's foreign minister" in enriched.article.body_md


def test_non_english_article_gets_no_english_nlp_at_build(tmp_path: Path) -> None:
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    raw = tmp_path / "de.txt"
    raw.write_text("Waffenruhe in Aleppo\n\nDie Waffenruhe in der syrischen Stadt Aleppo hielt am Montag, wie Bewohner und "
                   "Beobachter der Vereinten Nationen in Genf berichteten. Die Arena wird zu 51 Prozent durch die Stadtwerke "
                   "getragen.\n", encoding="utf-8")  # English rules read German "die" as a verb: "51 ... die" was 51 killed
    cfg = make_config(tmp_path)
    ingest_files([raw], cfg, date=dt.date(2016, 5, 3))
    (enriched,) = built_articles(cfg)
    assert enriched.article.language == "de"
    assert (enriched.summary, enriched.entities, enriched.key_points, enriched.figures) == ("", (), (), ())


def test_source_names_the_outlet_of_copy_that_names_none_and_fills_it_in_later(tmp_path: Path) -> None:
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    plain, credited = tmp_path / "plain.txt", tmp_path / "credited.txt"
    plain.write_text("Truce Holds\n\nThe truce held in Aleppo on 5 January 2016, officials said.\n", encoding="utf-8")
    credited.write_text("Talks Resume\n\nBEIRUT (Reuters) - Talks resumed in Geneva on 6 January 2016.\n", encoding="utf-8")
    cfg = make_config(tmp_path)
    ingest_files([plain], cfg)  # first without --source: no outlet
    (article,) = (tmp_path / "content/articles").rglob("*.md")
    assert "source" not in parse_document(article.read_text(encoding="utf-8")).meta
    text_before = article.read_text(encoding="utf-8")
    again = ingest_files([plain, credited], cfg, source="SANA")
    assert article in again.written
    after = article.read_text(encoding="utf-8")
    assert parse_document(after).meta["source"] == "SANA" and after.replace("source: SANA\n", "") == text_before  # one line added
    new = next(p for p in again.written if p != article)
    assert parse_document(new.read_text(encoding="utf-8")).meta["source"] == "Reuters"  # the copy's own outlet wins
    assert ingest_files([plain], cfg, source="TASS").written == ()  # a source once set is never replaced
    assert parse_document(article.read_text(encoding="utf-8")).meta["source"] == "SANA"


def test_a_date_before_a_byline_is_the_pages_stamp(tmp_path: Path) -> None:
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    raw = tmp_path / "a.txt"
    raw.write_text("Chief Talks Up The Web\n\nJane Doe\n\nE-MAIL THIS STORY | PRINTER-FRIENDLY FORMAT JANE DOE: Chief talks up the web "
                   "Chief talks up connecting to the public's web use December 2, 2004 BY JANE DOE\n\n"
                   "FREE PRESS WRITER The chief executive said on Wednesday the company would invest.\n", encoding="utf-8")
    report = ingest_files([raw], make_config(tmp_path), date=dt.date(2016, 5, 3))
    assert report.written[0].parent.parts[-2:] == ("2004", "12")


def test_a_pages_name_and_date_between_sentences_is_its_stamp(tmp_path: Path) -> None:
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    raw = tmp_path / "a.txt"
    raw.write_text("Ships Enter Waters\n\nTwo ships entered the strait, officials said.\n\n"
                   'The ministry gave no details. "I have no information," she said. The Island Times: Nov. 12, 2004 Sports / Festivals\n',
                   encoding="utf-8")
    report = ingest_files([raw], make_config(tmp_path), date=dt.date(2016, 5, 3))
    assert report.written[0].parent.parts[-2:] == ("2004", "11")


@pytest.mark.parametrize(("title", "month"), [
    ("Postelection Statement on Mozambique Elections, Dec. 21, 2004 (English and Portuguese)", ("2004", "12")),
    ("Remembering the attack of Dec. 16, 2014", ("2016", "05")),  # a date the headline tells about: --date stays
])
def test_a_date_the_headline_gives_dates_an_article_with_none_in_its_text(tmp_path: Path, title: str, month: tuple[str, str]) -> None:
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    raw = tmp_path / "a.txt"
    raw.write_text(f"{title}\n\nThe observers said the count in the provinces went on without incident.\n", encoding="utf-8")
    report = ingest_files([raw], make_config(tmp_path), date=dt.date(2016, 5, 3))
    assert report.written[0].parent.parts[-2:] == month


def test_a_title_line_that_is_only_a_live_update_note_gives_way_to_the_first_sentence(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """'[Breaking news update, posted 9:04 p.m. ET].' names no story: the headline is the lead's first words."""
    from generator.ingest.text import read_text_article

    raw = ("[Breaking news update, posted 9:04 p.m. ET].\n\n(CNN)[Breaking news update, posted 9:04 p.m. ET]. The live stream "
           "from what is believed to be the wreck of the battleship Musashi began at 9:03 a.m. Friday.\n")
    article = read_text_article(tmp_path / "live.txt", raw.encode())
    assert article.title == "The live stream from what is believed to be the wreck of ..."
    assert article.source == "CNN" and article.paragraphs[0].startswith("The live stream")


@pytest.mark.parametrize("title", ["16", "#3 | 12/04", "- 2 -"])
def test_a_title_without_a_letter_gives_way_to_the_lead_s_first_words(tmp_path, title: str) -> None:  # type: ignore[no-untyped-def]
    """A saved page titled '16' (a page number, a count, a date) names no story: the lead, its dateline and captions
    cleaned off, names it."""
    from generator.ingest.text import read_text_article

    raw = (f"{title}\n\nMartin Sheen marched in Sunday's demonstration. (Photo: AP)\n\nCOLUMBUS, Georgia -- At least 20 people "
           "were arrested Sunday while protesting a U.S.-run military school.\n")
    article = read_text_article(tmp_path / "page.txt", raw.encode())
    assert article.title == "At least 20 people were arrested Sunday while protesting a U.S.-run military ..."


@pytest.mark.parametrize(("title", "head", "headline"), [
    ("and 32 Small Ones", "One Giant Step - and 32 Small Ones", "One Giant Step - and 32 Small Ones"),  # cut at the dash
    ("Aleppo falls", "Syria: Aleppo falls", "Syria: Aleppo falls"),
    # a wire's update label is no part of the headline
    ("Kmart Acquires Sears", "Update 12: Kmart Acquires Sears", "Kmart Acquires Sears"),
    ("Kmart Acquires Sears", "BREAKING - Kmart Acquires Sears", "Kmart Acquires Sears"),
])
def test_a_page_title_cut_at_its_dash_gives_way_to_the_whole_headline_printed_above_the_story(tmp_path, title: str, head: str,  # type: ignore[no-untyped-def]
                                                                                                headline: str) -> None:
    from generator.ingest.text import read_text_article

    raw = f"{title}\n\n{head}\n\nThe regional bloc will open with 32 projects costing over 4.2 billion dollars, officials said on Tuesday.\n"
    article = read_text_article(tmp_path / "page.txt", raw.encode())
    assert article.title == headline
    assert article.paragraphs[0].startswith("The regional bloc")


@pytest.mark.parametrize(("title", "headline"), [
    ("SignOnSanDiego.com > News > Nation -- TV reporter threatened with contempt", "TV reporter threatened with contempt"),
    ("Home > World > Middle East > Talks resume in Geneva", "Talks resume in Geneva"),
    # a page's title that names no story, and no headline line under it: the lead's first words
    ("English", "The United States is responsible for exporting 42 per cent of all ..."),
    ("Top News Article", "The United States is responsible for exporting 42 per cent of all ..."),
    # a one-level path is a headline's own words
    ("Iraq > Iran? Analysts weigh the odds", "Iraq > Iran? Analysts weigh the odds"),
])
def test_a_breadcrumb_or_a_menu_word_is_no_headline(tmp_path, title: str, headline: str) -> None:  # type: ignore[no-untyped-def]
    from generator.ingest.text import read_text_article

    raw = f"{title}\n\nBEIJING, Dec. 29 (Xinhua) -- The United States is responsible for exporting 42 per cent of all spam, a report said.\n"
    assert read_text_article(tmp_path / "page.txt", raw.encode()).title == headline
