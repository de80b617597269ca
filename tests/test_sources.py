"""Sources end to end: found at ingest (copy, folder defaults, --source), shown with their profile,
a page per outlet, 'Also reported by' naming outlets, and briefing check's findings."""

from __future__ import annotations

import re
from pathlib import Path

from generator.commands.cli import main
from generator.content.frontmatter import render_document

BODY = "A car bomb exploded in a market in Qamishli on Monday, killing 12 people, officials said."


def _article(root: Path, slug: str, source: str, body: str = BODY, date: str = "2017-01-05", title: str = "") -> None:
    folder = root / "content/articles" / date[:4] / date[5:7]
    folder.mkdir(parents=True, exist_ok=True)
    meta = {"title": title or f"Car bomb kills 12 in Qamishli market {slug}", "date": date, **({"source": source} if source else {})}
    (folder / f"{slug}.md").write_text(render_document(meta, body), encoding="utf-8")


def test_ingest_takes_the_copy_s_credit_then_the_folder_s_outlet(tmp_path: Path) -> None:
    (tmp_path / "briefing.yml").write_text("ingest:\n  sources:\n    content/inbox/sana: Syrian Arab News Agency\n", encoding="utf-8")
    inbox = tmp_path / "content/inbox/sana"
    inbox.mkdir(parents=True)
    (inbox / "plain.txt").write_text("Blast in Homs\n\n12 January 2017 Nine people were killed in a blast in Homs.\n", encoding="utf-8")
    (inbox / "wire.txt").write_text("Blast in Hama\n\n12 January 2017 Nine people were killed in a blast in Hama. --Reuters\n",
                                    encoding="utf-8")
    quoted = tmp_path / "elsewhere.txt"
    quoted.write_text("Blast in Idlib\n\n12 January 2017 Nine people were killed in Idlib, Reuters reported.\n", encoding="utf-8")
    assert main(["--project", str(tmp_path), "ingest", str(tmp_path / "content/inbox"), str(quoted)]) == 0
    sources = {p.stem: _field(p, "source") for p in (tmp_path / "content/articles").rglob("*.md")}
    assert sources == {"blast-in-homs": "SANA", "blast-in-hama": "Reuters", "blast-in-idlib": ""}


def test_a_bad_folder_default_is_a_config_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "briefing.yml").write_text("ingest:\n  sources:\n    ../elsewhere: SANA\n", encoding="utf-8")
    assert main(["--project", str(tmp_path), "build", "-q"]) == 1
    assert "briefing.yml:3: ingest.sources: folder '../elsewhere' must stay inside the project folder" in capsys.readouterr().err


def test_outlet_pages_profiles_and_also_reported_by(tmp_path: Path) -> None:
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    _article(tmp_path, "sana", "Syrian Arab News Agency")
    _article(tmp_path, "reuters", "Reuters", BODY.replace("12 people", "14 people"))
    _article(tmp_path, "local", "Qamishli Post")
    assert main(["--project", str(tmp_path), "build", "-q"]) == 0
    site = tmp_path / "site"
    page = (site / "articles/2017/01/sana.html").read_text(encoding="utf-8")
    assert 'href="../../../sources/sana.html">SANA</a> <span class="profile">· Syrian state news agency</span>' in page
    outlet = (site / "sources/sana.html").read_text(encoding="utf-8")
    assert "state media" in outlet and "Syria" in outlet and "sana.sy" in outlet
    # one story, two outlets with different tolls: each outlet's page shows where its figures differ
    assert "Where its figures differ" in outlet and "12 killed" in outlet and "14 killed" in outlet
    unknown = (site / "sources/qamishli-post.html").read_text(encoding="utf-8")
    assert "Not in the source registry" in unknown
    index = (site / "sources/index.html").read_text(encoding="utf-8")
    assert index.index(">SANA<") < index.index("Syrian state news agency") and "Qamishli Post" in index
    home = (site / "index.html").read_text(encoding="utf-8")
    also = home.split('class="also">', 1)[1].split("</p>", 1)[0]
    assert also.startswith("Also reported by") and {"Reuters", "SANA", "Qamishli Post"} & set(re.findall(r'">([^<]+)<span', also))


def test_check_groups_unsourced_and_unknown_sources_and_reports_registry_errors(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    for number in range(7):
        _article(tmp_path, f"none-{number}", "", BODY.replace("12", str(20 + number)))
    _article(tmp_path, "local", "Qamishli Post", BODY.replace("Qamishli", "Hasakah"))
    main(["--project", str(tmp_path), "check"])
    out = capsys.readouterr().out
    assert out.count("no-source (warning): 7 findings") == 1 and out.count("no source: readers cannot tell") == 5 and "... and 2 more" in out
    assert "--source OUTLET" in out and "local.md:4: source 'Qamishli Post' is not in the source registry" in out
    (tmp_path / "content/sources.yml").write_text("- name: Qamishli Post\n  kind: tabloid\n", encoding="utf-8")
    assert main(["--project", str(tmp_path), "check"]) == 1
    printed = capsys.readouterr()
    assert "source-registry (error): 1 finding" in printed.out and "content/sources.yml:2: Qamishli Post: 'kind' must be one of" in printed.out


def _field(path: Path, key: str) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"{key}:"):
            return line.split(":", 1)[1].strip().strip("'")
    return ""


def test_an_article_that_reports_no_casualties_shows_no_key_figure(tmp_path: Path) -> None:
    """Background figures (a war's running total) are kept for the editor but never shown as the story's figures."""
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    body = ("The foreign ministers of Iran and Russia discussed the Syrian crisis by phone on Tuesday, the ministry said. "
            "The UN envoy estimates that over 400,000 people have been killed in the conflict since 2011.")
    _article(tmp_path, "talks", "Tasnim", body, date="2016-05-10", title="Iran and Russia discuss Syria")
    assert main(["--project", str(tmp_path), "build", "-q"]) == 0
    page = (tmp_path / "site/articles/2016/05/talks.html").read_text(encoding="utf-8")
    assert "Key figures" not in page and 'class="article-figures"' not in page
    assert "Background figures quoted (1)" in page and "400,000" in page.split("Background figures quoted", 1)[1]


def test_an_articles_page_names_its_reporter_after_its_outlet(tmp_path: Path) -> None:
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    inbox = tmp_path / "content/inbox"
    inbox.mkdir(parents=True)
    (inbox / "wire.txt").write_text("Rice picked\n\n(Adds details) By Jane Doe WASHINGTON, Nov 15, 2004 (Reuters) - The president "
                                    "chose his adviser to lead the department, officials said on Monday.\n", encoding="utf-8")
    assert main(["--project", str(tmp_path), "build", "-q"]) == 0
    page = next((tmp_path / "site/articles").rglob("rice-picked.html")).read_text(encoding="utf-8")
    meta = page.split('class="meta">', 1)[1].split("</p>", 1)[0]
    assert ">Reuters</a>" in meta and "Washington" in meta and '<span class="byline">by Jane Doe</span>' in meta
