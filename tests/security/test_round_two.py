"""Hostile input, round two: nothing outside the project is read, written or deleted, and no input stops every build.

One test per class of problem (each failed before the fix); the last test runs the tool on every hostile
input under a temporary root and checks that nothing outside the project changed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.commands.cli import main

GOOD = "Truce Holds\n\nBEIRUT (Wire) - On 5 January 2016 the truce held in the north of the country, officials said.\n"


def project(root: Path, config: str = "") -> Path:
    (root / "content" / "inbox").mkdir(parents=True)
    (root / "briefing.yml").write_text(config, encoding="utf-8")
    (root / "content" / "inbox" / "good.txt").write_text(GOOD, encoding="utf-8")
    return root


def tree(folder: Path) -> dict[str, bytes | str]:
    """Every file and link below ``folder`` with its bytes (or a link's target)."""
    found: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[rel] = f"-> {os.readlink(path)}"
        elif path.is_file():
            found[rel] = path.read_bytes()
    return found


def build(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--project", str(root), "build", "-q"])
    return code, capsys.readouterr().err


# 1. A slug from an inbox .md names the file: the loader's rule, at ingest too.
@pytest.mark.parametrize("slug", ["../../../../../../tmp/escaped", "/tmp/escaped-abs", ".hidden", ".", "''", "a" * 300, "Upper Case"])
def test_an_inbox_slug_never_names_a_file_outside_or_a_hidden_one(tmp_path: Path, slug: str, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path / "p")
    (root / "content/inbox/bad.md").write_text(f"---\ntitle: Bad\nslug: {slug}\ndate: 2016-05-01\n---\n\nText about Aleppo.\n", encoding="utf-8")
    code, err = build(root, capsys)
    assert code == 1 and "bad.md:3: front matter: slug:" in err
    written = sorted(p.relative_to(root / "content/articles").as_posix() for p in (root / "content/articles").rglob("*") if p.is_file())
    assert written == ["2016/01/truce-holds.md"]  # the good file was ingested and built; nothing else written
    assert (root / "site/index.html").is_file()
    assert not Path("/tmp/escaped.md").exists() and not Path("/tmp/escaped-abs.md").exists()


# 2. The output folder is replaced whole: it may never be the project, hold the content or leave the project.
@pytest.mark.parametrize(("output", "message"), [
    ("content", "paths.output: must not be, hold or be inside paths.content"),
    ("content/articles", "paths.output: must not be, hold or be inside paths.content"),
    (".", "paths.output: must be a folder of its own, not the project folder"),
    ("./", "paths.output: must be a folder of its own, not the project folder"),
    ("../sibling", "paths.output: must stay inside the project folder"),
    ("a/../../sibling", "paths.output: must stay inside the project folder"),
    (".git", "paths.output: must not be or be inside a hidden folder"),
    (".briefing-cache/site", "paths.output: must not be or be inside a hidden folder"),
    ("templates", "paths.output: must not be, hold or be inside paths.templates"),
    ("/tmp/site", "paths.output: must be a path relative to briefing.yml"),
])
def test_the_output_folder_is_never_the_users_data(tmp_path: Path, output: str, message: str, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path / "p", f"paths:\n  output: '{output}'\n")
    (root / "templates").mkdir()
    (root / ".git").mkdir()
    (root / ".git/HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    (tmp_path / "sibling").mkdir()
    (tmp_path / "sibling/keep.txt").write_text("mine", encoding="utf-8")
    before = tree(tmp_path)
    code, err = build(root, capsys)
    assert code == 1 and f"briefing.yml:2: {message}" in err
    assert tree(tmp_path) == before


def test_a_site_folder_with_files_briefing_did_not_write_is_not_replaced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path / "p", "paths:\n  output: public\n")
    (root / "public").mkdir()
    (root / "public/thesis.docx").write_bytes(b"years of work")
    code, err = build(root, capsys)
    assert code == 1 and "holds 1 files briefing did not write" in err and "thesis.docx" in err
    assert (root / "public/thesis.docx").read_bytes() == b"years of work"
    (root / "public/thesis.docx").rename(tmp_path / "thesis.docx")
    assert build(root, capsys)[0] == 0
    (root / "public/notes.txt").write_text("added by hand after a build", encoding="utf-8")  # briefing's folder, a stranger's file
    code, err = build(root, capsys)
    assert code == 1 and "notes.txt: was not written by briefing" in err
    assert (root / "public/notes.txt").is_file()


def test_a_site_folder_that_is_a_link_out_of_the_project_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path / "p")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere/keep.txt").write_text("mine", encoding="utf-8")
    (root / "site").symlink_to(tmp_path / "elsewhere")
    code, err = build(root, capsys)
    assert code == 1 and "not a folder inside the project" in err
    assert tree(tmp_path / "elsewhere") == {"keep.txt": b"mine"}


# 3. A link in the inbox that leads out of it is not read.
def test_inbox_links_leading_out_are_refused_and_named_files_still_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path / "p")
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret Title\n\nroot:x:0:0:root:/root:/bin/bash password here and more text.\n", encoding="utf-8")
    (root / "content/inbox/p.txt").symlink_to(secret)
    code, err = build(root, capsys)
    assert code == 1 and "p.txt: is a link to" in err and "outside" in err
    assert not any("root:x:0:0" in p.read_text(encoding="utf-8") for p in (root / "content/articles").rglob("*.md"))
    assert not any("root:x:0:0" in p.read_text(encoding="utf-8", errors="replace") for p in (root / "site").rglob("*.html"))
    assert main(["--project", str(root), "ingest", str(secret), "--date", "2016-01-05"]) == 0  # named: the user means it


# 7. One bad inbox file does not leave the desk without a site.
@pytest.mark.parametrize("bad", [b"", b"\x89PNG\r\n\x1a\n\x00\x00", b"Title only\n"])
def test_one_bad_inbox_file_is_reported_and_the_rest_is_built(tmp_path: Path, bad: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path / "p")
    (root / "content/inbox/empty.txt").write_bytes(bad)
    code, err = build(root, capsys)
    assert code == 1 and "empty.txt" in err and "built without them" in err
    assert "Truce Holds" in (root / "site/index.html").read_text(encoding="utf-8")
    code, err = build(root, capsys)  # nothing changed: still said, still exit 1
    assert code == 1 and "empty.txt" in err


# 4. A feed entry's link that is not a web address is dropped (with a warning); the article is kept.
BAD_LINKS = ["javascript:alert(1)", "ftp://files.example.org/x", "mailto:desk@example.org", "data:text/html,<b>x</b>",
             "relative/page.html", "//host.example.org/x", "https:/x", "https://exa mple.org/x", "http://"]


def test_a_hostile_feed_link_never_stops_a_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path / "p")
    items = "".join(f"<item><title>Report {i} on the talks</title><link>{link.replace('&', '&amp;').replace('<', '&lt;')}</link>"
                    f"<pubDate>Mon, 0{i % 9 + 1} Feb 2016 10:00:00 GMT</pubDate><description>Envoys {i} met in Geneva on Monday "
                    "to discuss the truce, aid convoys and the release of detainees, officials said.</description></item>"
                    for i, link in enumerate(BAD_LINKS))
    (root / "content/inbox/feed.xml").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>',
                                                 encoding="utf-8")
    code, err = build(root, capsys)
    assert code == 0, err
    assert err.count("dropped") == len(BAD_LINKS)
    assert len(list((root / "content/articles").rglob("*.md"))) == len(BAD_LINKS) + 1
    assert build(root, capsys)[0] == 0  # and every later build works too


# 5. Characters XML forbids never reach a page or a feed.
@pytest.mark.parametrize("char", ["\x01", "\x0b", "\ufffe", "\x1f", "\x7f"])
def test_control_characters_never_reach_xml_output(tmp_path: Path, char: str, capsys: pytest.CaptureFixture[str]) -> None:
    import xml.dom.minidom

    root = project(tmp_path / "p", f'site:\n  title: "Desk \\u{ord(char):04x} name"\n')
    escaped = f"\\u{ord(char):04x}"
    (root / "content/inbox/ctrl.md").write_text(
        f'---\ntitle: "Talks{escaped} resume"\ndate: 2016-05-02\nsource: "Wire{escaped}"\nsummary: "Said{escaped}."\n'
        f'entities:\n  people: ["Staffan{escaped} de Mistura"]\n---\n\nEnvoys met{char} in Geneva on Monday.\n', encoding="utf-8")
    code, err = build(root, capsys)
    assert code == 0, err
    for feed in [root / "site/feed.xml", *(root / "site/people").glob("*.xml"), root / "site/sitemap.xml"]:
        xml.dom.minidom.parseString(feed.read_bytes())  # raises on a character XML forbids
    for page in (root / "site").rglob("*.html"):
        assert char not in page.read_text(encoding="utf-8")


# 6. A value that looks like a date but is not one is the user's mistake, said with its file and line.
@pytest.mark.parametrize("where", ["article", "inbox", "entities", "config"])
def test_an_impossible_date_names_its_file_and_line(tmp_path: Path, where: str, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path / "p")
    bad = "---\ntitle: Talks\ndate: 2017-02-30\n---\n\nEnvoys met in Geneva.\n"
    if where == "article":
        (root / "content/articles/2017/02").mkdir(parents=True)
        (root / "content/articles/2017/02/talks.md").write_text(bad, encoding="utf-8")
        expected = "content/articles/2017/02/talks.md:3: front matter: date: 2017-02-30 is not a valid day"
    elif where == "inbox":
        (root / "content/inbox/talks.md").write_text(bad, encoding="utf-8")
        expected = "talks.md:3: front matter: date: 2017-02-30 is not a valid day"
    elif where == "entities":
        (root / "content/entities.yml").write_text("- name: Staffan de Mistura\n  type: person\n  description: 2016-02-30\n", encoding="utf-8")
        expected = "entities.yml:3: 0.description: 2016-02-30 is not a valid day"
    else:
        (root / "briefing.yml").write_text("site:\n  title: 2016-02-30\n", encoding="utf-8")
        expected = "briefing.yml:2: site.title: 2016-02-30 is not a valid day"
    code, err = build(root, capsys)
    assert code == 1 and expected in err and "internal error" not in err
    if where == "article":
        assert main(["--project", str(root), "check", "--only", "content"]) == 1
        assert expected.split(": front matter")[0].split("/")[-1] in capsys.readouterr().err


def test_a_lone_surrogate_in_a_title_is_not_a_crash(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path / "p")
    (root / "content/inbox/s.md").write_text('---\ntitle: "Talks \\ud800 resume"\ndate: 2016-05-02\n---\n\nEnvoys met in Geneva.\n', encoding="utf-8")
    code, err = build(root, capsys)
    assert code == 0, err
    assert "Talks  resume" in (root / "site/index.html").read_text(encoding="utf-8")
    assert main(["--project", str(root), "export"]) == 0


def test_a_full_disk_is_said_truthfully(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path / "p")
    assert build(root, capsys)[0] == 0
    site = tree(root / "site")
    (root / "content/inbox/more.txt").write_text(GOOD.replace("Truce Holds", "Talks Resume"), encoding="utf-8")
    real_replace = os.replace

    def full(source: object, target: object) -> None:
        if ".tmp-" in str(target) or ".tmp-" in str(source):  # the new site being put together
            raise OSError(28, "No space left on device", str(target))
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", full)
    code, err = build(root, capsys)
    assert code == 1 and "No space left on device" in err and "internal error" not in err and "as it was" in err
    monkeypatch.undo()
    assert tree(root / "site") == site
    assert len(list((root / "content/articles").rglob("*.md"))) == 2  # the article written before the failure stays, and is said
