"""``briefing check``: the site and content checklist, each check shown to fire on a real defect."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.commands.check.content import check_content, noise_reason
from generator.commands.check.site import check_site
from generator.config import load_config


@pytest.fixture
def built(site_small: Path, run_cli) -> Path:  # type: ignore[no-untyped-def]
    assert run_cli("--project", str(site_small), "build", "-q", "--base-url", "https://example.org/briefing/").code == 0
    return site_small


def _messages(site: Path, **kwargs: object) -> list[str]:
    return [f.report() for f in check_site(site, "https://example.org/briefing/", **kwargs)]  # type: ignore[arg-type]


def test_fixture_site_passes(built: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("--project", str(built), "check", "--base-url", "https://example.org/briefing/")
    assert result.code == 0, result.out + result.err
    assert "check: 0 errors" in result.out


def test_broken_link_anchor_and_alt_are_errors(built: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    page = built / "site/entities.html"
    page.write_text(page.read_text().replace("</main>", '<a href="index.html#nowhere">x</a><a href="gone.html">y</a><img src="static/favicon.svg"></main>'))
    messages = _messages(built / "site")
    assert any("entities.html:" in m and "broken anchor (no id=\"nowhere\" in index.html)" in m for m in messages)
    assert any("error: broken link: gone.html" in m for m in messages)
    assert any("image without alt text" in m for m in messages)
    result = run_cli("--project", str(built), "check", "--only", "site", "--base-url", "https://example.org/briefing/")
    assert result.code == 1 and "check: 3 errors" in result.out


def test_existing_anchor_passes(built: Path) -> None:
    page = built / "site/entities.html"
    page.write_text(page.read_text().replace("</main>", '<a href="index.html#main">top</a><a href="#main">here</a></main>'))
    assert _messages(built / "site") == []


def test_html5_parse_errors_are_reported_with_line(built: Path) -> None:
    page = built / "site/404.html"
    page.write_text(page.read_text().replace("</main>", "</div></main>"))
    messages = _messages(built / "site")
    assert any(m.startswith("404.html:") and "HTML5:" in m for m in messages), messages


def test_oversized_page_is_a_warning(built: Path) -> None:
    messages = _messages(built / "site", max_page_bytes=1024)
    assert any("warning: page is" in m and "over the 1 KB limit" in m for m in messages)
    assert not any(": error:" in m for m in messages)


def test_invalid_feed_and_sitemap(built: Path) -> None:
    feed = built / "site/feed.xml"
    feed.write_text(feed.read_text().replace("<updated>", "<updated>yesterday ", 1))
    sitemap = built / "site/sitemap.xml"
    sitemap.write_text(sitemap.read_text().replace("index.html</loc>", "missing.html</loc>"))
    messages = _messages(built / "site")
    assert any("feed.xml: error: feed: <updated> is not an RFC 3339 date-time" in m for m in messages)
    assert any("sitemap.xml: error: broken link: https://example.org/briefing/missing.html" in m for m in messages)
    feed.write_text("<feed>")
    assert any("feed.xml:" in m and "not well-formed XML" in m for m in _messages(built / "site"))


def test_no_site_is_an_error(tmp_path: Path) -> None:
    assert "run briefing build first" in str(check_site(tmp_path / "site")[0])


def _article(folder: Path, name: str, front: str, body: str) -> None:
    path = folder / "content/articles/2016/05" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\n{front}---\n\n{body}\n")


BODY = ("The foreign ministers of Russia and Iran met in Tehran on Monday to discuss the war in Syria "
        "and the fate of the truce around Aleppo, officials said after talks that lasted four hours.")


def test_content_checklist(site_small: Path) -> None:
    _article(site_small, "no-source.md", "title: Unsourced\ndate: 2016-05-20\nentities:\n  places: [Syria]\n", BODY)
    _article(site_small, "copy.md", "title: Ministers Meet\ndate: 2016-05-21\nsource: Other Wire\n", BODY + " A line more.")
    _article(site_small, "no-date.md", "title: When\nsource: Wire\n", "Text.")
    _article(site_small, "bare.md", "title: Weather\ndate: 2016-05-22\nsource: Wire\nentities:\n  people: []\n", "it rained all day in the valley.")
    _article(site_small, "noise.md", "title: Noise\ndate: 2016-05-23\nsource: Wire\nentities:\n  people: [Tuesday, Top Stories]\n", "Nothing to see.")
    messages = [f.report() for f in check_content(load_config(site_small))]
    text = "\n".join(messages)
    assert "content/articles/2016/05/no-source.md: warning: no source: readers cannot tell who reported it [no-source]" in text
    assert "content/articles/2016/05/no-date.md:1: error: front matter: date: is missing; add 'date: YYYY-MM-DD' [unloadable]" in text
    assert "content/articles/2016/05/copy.md: warning: the same story as content/articles/2016/05/no-source.md" in text
    assert "content/articles/2016/05/bare.md: warning: no people, places or organisations found [no-entities]" in text
    assert "content/articles/2016/05/copy.md:4: warning: source 'Other Wire' is not in the source registry [unknown-source]" in text
    assert "noise.md:6: warning: person 'Tuesday' looks like noise (a day or month name) [noise-entity]" in text
    assert "person 'Top Stories' looks like noise" in text
    assert sum(": error:" in m for m in messages) == 1


def test_guessed_dates_are_one_finding_each_grouped_in_the_report(site_small: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    for number in range(7):
        _article(site_small, f"undated-{number}.md", f"title: Undated {number}\ndate: 2016-05-2{number}\ndate_guessed: true\nsource: Wire\n", BODY + f" Item {number}.")
    _article(site_small, "bad-flag.md", "title: Flag\ndate: 2016-05-20\ndate_guessed: yes please\nsource: Wire\n", BODY)
    findings = check_content(load_config(site_small))
    guessed = [f for f in findings if f.rule == "guessed-date"]
    assert len(guessed) == 7 and guessed[0].report() == ("content/articles/2016/05/undated-0.md:3: warning: dated 2016-05-20, the day it was "
                                                         "ingested: no date was found in the text [guessed-date]")
    assert any("bad-flag.md:4: error: front matter: date_guessed: must be true or false" in f.report() for f in findings)
    out = run_cli("--project", str(site_small), "check", "--only", "content").out
    block = out[out.index("guessed-date (warning): 7 findings"):].split("\n\n")[0].splitlines()
    assert block[1] == "  fix: set 'date:' by hand and remove 'date_guessed:' (or ingest again with --date)"
    assert block[2].startswith("  content/articles/2016/05/undated-0.md:3: dated 2016-05-20") and len(block) == 8
    assert block[-1].startswith("  ... and 2 more")


def test_content_errors_fail_the_command(site_small: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    _article(site_small, "no-source.md", "title: Unsourced\ndate: 2016-05-20\n", BODY)
    result = run_cli("--project", str(site_small), "check", "--only", "content")
    assert result.code == 0 and "no-source (warning): 1 finding" in result.out
    config = site_small / "briefing.yml"
    config.write_text(config.read_text(encoding="utf-8") + "check:\n  require_source: true\n", encoding="utf-8")  # the old spelling still works
    result = run_cli("--project", str(site_small), "check", "--only", "content")
    assert result.code == 1 and "no-source (error): 1 finding" in result.out and "check: 1 error," in result.out


def test_articles_without_a_source_are_one_group(site_small: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    for number in range(8):
        _article(site_small, f"wire-{number}.md", f"title: Wire {number}\ndate: 2016-05-2{number}\n", BODY + f" Item {number}.")
    result = run_cli("--project", str(site_small), "check", "--only", "content")
    assert result.out.count("no source: readers cannot tell who reported it") == 5 and "no-source (warning): 8 findings" in result.out
    assert "  ... and 3 more" in result.out


@pytest.mark.parametrize("name", ["Sergey Lavrov", "UN", "Aleppo", "Islamic State of Iraq and the Levant", "Médecins Sans Frontières", "al-Nusra Front"])
def test_real_names_are_not_noise(name: str) -> None:
    assert noise_reason(name) is None


@pytest.mark.parametrize("name", ["GMT", "Monday", "Also", "said the", "12 34", "x", "Most Visited", "Minister of", "http://x.org"])
def test_noise_names(name: str) -> None:
    assert noise_reason(name) is not None


def test_a_disputed_day_total_is_a_finding(site_small: Path) -> None:
    front = "date: 2016-05-20\nsource: Wire\nentities:\n  places: [Aleppo]\n"
    _article(site_small, "toll.md", "title: Toll\n" + front, "More than 2,500 civilians were killed in the Aleppo barrel bomb attack.")
    messages = [f.report() for f in check_content(load_config(site_small))]
    (disputed,) = [m for m in messages if "figures.disputed_above" in m]
    assert disputed.startswith("content/articles/2016/05/toll.md: warning: 2016-05-20: 2,500 killed in Syria from 1 story")
    assert "the largest, 2,500, reads \"More than 2,500 civilians" in disputed and disputed.endswith("[disputed-figure]")
