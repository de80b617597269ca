"""Hostile input, round two: nothing outside the project is read, written or deleted, and no input stops every build.

One test per class of problem (each failed before the fix); the last test runs the tool on every hostile
input under a temporary root and checks that nothing outside the project changed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.commands.cli import main

GOOD = "Truce Holds\n\n5 January 2016\n\nBEIRUT (Wire) - The truce held in the north of the country, officials said.\n"


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
@pytest.mark.parametrize("slug", ["../../../../../escaped", "ABSOLUTE", ".hidden", ".", "''", "a" * 300, "Upper Case"])
def test_an_inbox_slug_never_names_a_file_outside_or_a_hidden_one(tmp_path: Path, slug: str, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path / "p")
    slug = str(tmp_path / "escaped-abs") if slug == "ABSOLUTE" else slug  # "../" x5 from content/articles/YYYY/MM is tmp_path too
    (root / "content/inbox/bad.md").write_text(f"---\ntitle: Bad\nslug: {slug}\ndate: 2016-05-01\n---\n\nText about Aleppo.\n", encoding="utf-8")
    code, err = build(root, capsys)
    assert code == 1 and "bad.md:3: front matter: slug:" in err
    written = sorted(p.relative_to(root / "content/articles").as_posix() for p in (root / "content/articles").rglob("*") if p.is_file())
    assert written == ["2016/01/truce-holds.md"]  # the good file was ingested and built; nothing else written
    assert (root / "site/index.html").is_file()
    assert [p.name for p in tmp_path.iterdir()] == ["p"]  # nothing beside the project


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
        assert expected.split(": front matter")[0].split("/")[-1] in capsys.readouterr().out  # the report is on stdout


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
    import builtins

    import generator.publish as publish

    real_open = builtins.open

    def full(file: object, mode: str = "r", *args: object, **kwargs: object) -> object:
        if ".tmp-" in str(file) and "x" in mode:  # a file of the new site being put together
            raise OSError(28, "No space left on device", str(file))
        return real_open(file, mode, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(publish, "open", full, raising=False)
    monkeypatch.setattr(publish, "_link", lambda source, target: False)  # no links: every file is written
    code, err = build(root, capsys)
    assert code == 1 and "No space left on device" in err and "internal error" not in err and "as it was" in err
    monkeypatch.undo()
    assert tree(root / "site") == site
    assert len(list((root / "content/articles").rglob("*.md"))) == 2  # the article written before the failure stays, and is said


# 8. The small ones.
def test_leftovers_of_a_killed_write_are_removed_and_new_files_follow_the_umask(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path / "p")
    month = root / "content/articles/2016/01"
    month.mkdir(parents=True)
    leftovers = [month / ".ingest-ab12cd34.tmp", month / ".truce.md.x1y2z3w4.briefing-tmp"]
    for path in leftovers:
        path.write_bytes(b"")
    (root / ".briefing-cache").mkdir()
    (root / ".briefing-cache/.articles.json.q1w2e3r4.briefing-tmp").write_bytes(b"half")
    keep = month / ".notes-of-the-editor.tmp"  # not a name briefing writes: not briefing's to delete
    keep.write_text("mine", encoding="utf-8")
    assert build(root, capsys)[0] == 0
    assert not any(path.exists() for path in leftovers) and not (root / ".briefing-cache/.articles.json.q1w2e3r4.briefing-tmp").exists()
    assert keep.read_text(encoding="utf-8") == "mine"
    article = root / "content/articles/2016/01/truce-holds.md"
    assert article.stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_a_truncated_gzip_page_is_an_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import gzip

    root = project(tmp_path / "p")
    page = gzip.compress(b"<html><head><title>Talks</title></head><body><article><p>" + b"Envoys met in Geneva. " * 400 + b"</p></article></body></html>")
    (root / "content/inbox/cut.html.gz").write_bytes(page[: len(page) // 2])
    code, err = build(root, capsys)
    assert code == 1 and "cut.html.gz: is a truncated gzip file" in err


def test_an_entity_named_index_gets_a_page_of_its_own() -> None:
    from generator.paths import safe_slug

    assert safe_slug("Index") == "index-page" and safe_slug("INDEX") == "index-page"


@pytest.mark.parametrize(("host", "allowed"), [("127.0.0.1:8000", True), ("localhost:8000", True), ("localhost", True), ("[::1]:8000", True),
                                               ("app.localhost:9", True), ("evil.example.com", False), ("127.0.0.1.evil.com:8000", False),
                                               ("", False), ("localhost.evil.com", False), ("192.168.1.5:8000", True),
                                               ("[fe80::1]:8000", True), ("preview.lan:8000", False)])
def test_the_preview_answers_only_to_local_host_names(host: str, allowed: bool) -> None:
    from generator.commands.serve import allowed_host

    assert allowed_host(host) is allowed


@pytest.mark.parametrize(("host", "allowed"), [("preview.lan:8000", True), ("PREVIEW.LAN", True), ("evil.example.com", False),
                                               ("preview.lan.evil.com", False), ("10.0.0.7:8000", True), ("localhost:8000", True)])
def test_with_bind_the_preview_also_answers_to_the_bound_name_but_to_no_other(host: str, allowed: bool) -> None:
    """`serve --bind preview.lan`: the name given is the user's, not an attacker's; IP addresses cannot be rebound."""
    from generator.commands.serve import allowed_host

    assert allowed_host(host, bind="preview.lan") is allowed


@pytest.mark.slow
def test_the_preview_server_refuses_a_rebound_host_name(tmp_path: Path) -> None:
    import http.client

    from generator.commands.serve import BuildState, start_server

    (tmp_path / "index.html").write_text("<!DOCTYPE html><title>draft</title><p>secret draft</p>", encoding="utf-8")
    preview = start_server(tmp_path, 0, BuildState())
    try:
        port = int(preview.url.rsplit(":", 1)[1].strip("/"))
        for host, status in (("evil.example.com", 421), (f"127.0.0.1:{port}", 200)):
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            connection.request("GET", "/", headers={"Host": host})
            response = connection.getresponse()
            body = response.read()
            assert response.status == status and (b"secret draft" in body) == (status == 200)
            connection.close()
    finally:
        preview.stop()


# The property: whatever the inputs say, nothing outside the project changes and nothing outside it is published.
HOSTILE_PATHS = ["../outside", "../../outside", "/tmp", ".", "..", "./", ".git", "content", "a/../../outside", "site", "public/..",
                 "templates", "content/articles", "~", "$HOME", "site\x00x", "c:\\windows", "..\\outside"]
HOSTILE_TEXT = ["../../outside/owned", "/etc/passwd", ".hidden", "", "a" * 300, "\x00", "\ud800", "${HOME}", "%2e%2e/outside",
                "javascript:alert(1)", "file:///etc/passwd", "//outside/x", "2017-02-30"]


@pytest.mark.slow
def test_no_input_reaches_outside_the_project(tmp_path: Path) -> None:
    import json

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Secret\n\nTOP-SECRET-MARKER in the body of a file that is not the desk's.\n", encoding="utf-8")
    before = tree(outside)
    runs = iter(range(10_000))
    built: list[bool] = []

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(output=st.one_of(st.sampled_from(HOSTILE_PATHS), st.sampled_from(["site", "public", "out/site"])),
           content=st.one_of(st.just("content"), st.sampled_from(HOSTILE_PATHS)),
           slug=st.sampled_from(HOSTILE_TEXT), url=st.sampled_from(HOSTILE_TEXT), title=st.sampled_from(HOSTILE_TEXT),
           link=st.booleans())
    def check(output: str, content: str, slug: str, url: str, title: str, link: bool) -> None:
        root = tmp_path / f"p{next(runs)}"
        (root / "content/inbox").mkdir(parents=True)
        config = {"paths": {"output": output, "content": content}}
        (root / "briefing.yml").write_text(json.dumps(config), encoding="utf-8")  # JSON is YAML
        meta = {"title": title or "T", "slug": slug, "source_url": url, "date": "2016-05-02"}
        (root / "content/inbox/a.md").write_text(f"---\n{json.dumps(meta)}\n---\n\nTalks in Geneva.\n", encoding="utf-8")
        (root / "content/inbox/b.txt").write_text(GOOD, encoding="utf-8")
        if link:
            (root / "content/inbox/c.txt").symlink_to(outside / "secret.txt")
        code = main(["--project", str(root), "build", "-q"])
        assert code in (0, 1)
        built.append(code == 0 or (root / output / "index.html").is_file())
        assert tree(outside) == before
        assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("p")) == ["outside"]
        published = [p for p in root.rglob("*") if p.is_file() and not p.is_symlink() and ".briefing-cache" not in p.parts]
        assert not any(b"TOP-SECRET-MARKER" in p.read_bytes() for p in published)

    check()
    assert any(built)  # some of the hostile inputs still made a site
