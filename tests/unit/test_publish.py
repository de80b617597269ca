from pathlib import Path

import pytest

from generator.errors import BriefingError
from generator.models import OutputFile
from generator.publish import publish


def test_publish_replaces_the_site_whole(tmp_path: Path) -> None:
    out = tmp_path / "site"
    publish([OutputFile("index.html", b"old"), OutputFile("gone.html", b"x")], out)
    publish([OutputFile("index.html", b"new")], out)
    assert sorted(p.name for p in out.iterdir()) == [".briefing-site", ".nojekyll", "index.html"]
    assert (out / "index.html").read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_failed_publish_leaves_the_old_site(tmp_path: Path) -> None:
    out = tmp_path / "site"
    publish([OutputFile("index.html", b"old")], out)
    with pytest.raises(BriefingError):
        publish([OutputFile("index.html", b"new"), OutputFile("../escape.html", b"x")], out)
    assert (out / "index.html").read_bytes() == b"old"
    assert not (tmp_path / "escape.html").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_case_insensitive_clash_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match="two pages would be written"):
        publish([OutputFile("places/Sudan.html", b"a"), OutputFile("places/sudan.html", b"b")], tmp_path / "site")


@pytest.mark.parametrize("bad", ["/abs.html", "a//b.html", "dir/", "", "a/../../b.html", "..", "a\\b.html", "a\x00.html"])
def test_a_path_with_an_empty_or_parent_part_is_refused(tmp_path: Path, bad: str) -> None:
    """Paths that could land outside the site (or nowhere) fail the build; a name merely holding '..' does not."""
    with pytest.raises(BriefingError, match="escapes the site folder"):
        publish([OutputFile(bad, b"x")], tmp_path / "site")
    publish([OutputFile("a..b/c...html", b"x")], tmp_path / "site")


def test_the_recorded_listing_of_each_published_site_is_the_listing_a_walk_finds(tmp_path: Path) -> None:
    """Publish works out the new site's listing from what it kept, linked and wrote: it must be what a walk reads,
    through sites that keep files from the spare, link them from the last site, write new ones and drop old ones."""
    import json

    from generator.incremental.fingerprint import listing_fingerprint
    from generator.publish import SiteWriter

    out, spare = tmp_path / "site", tmp_path / "cache" / "spare"
    builds = [{"a.html": b"1", "d/b.html": b"2", "d/e/c.html": b"3", "z.html": b"4"},
              {"a.html": b"1", "d/b.html": b"2x", "d/e/c.html": b"3", "d-e.html": b"5"},  # one changed, one gone, one new
              {"a.html": b"1", "d/b.html": b"2x", "d/e/c.html": b"3y", "d-e.html": b"5"},
              {"a.html": b"1", "d/b.html": b"2x", "d/e/c.html": b"3y", "d-e.html": b"5"}]  # nothing changed
    for files in builds:
        with SiteWriter(out, spare) as writer:
            for rel, data in files.items():
                writer.put_bytes(rel, data)
            report = writer.commit()
        states = json.loads(spare.with_name("spare.json").read_text(encoding="utf-8"))
        assert report.listing == states["site"]["listing"] == listing_fingerprint(out)
        assert "spare" not in states or states["spare"]["listing"] == listing_fingerprint(spare)
        assert {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*.html")} == files


def test_a_build_killed_between_its_swap_and_its_record_leaves_a_site_the_next_build_takes(tmp_path: Path,
                                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The swapped-in site is briefing's own though the record still describes the site before it: the next build
    must not refuse it as holding files briefing did not write."""
    from generator import publish as publishing
    from generator.publish import SiteWriter

    out, spare = tmp_path / "site", tmp_path / "cache" / "spare"
    for files in ({"a.html": b"1"}, {"a.html": b"1", "b.html": b"2"}):
        writer = SiteWriter(out, spare)
        for rel, data in files.items():
            writer.put_bytes(rel, data)
        if "b.html" in files:  # killed right after the swap: the record after it is never written
            real_swap = publishing._swap

            def swap_then_die(staging: Path, out_dir: Path) -> None:
                real_swap(staging, out_dir)
                raise KeyboardInterrupt

            monkeypatch.setattr(publishing, "_swap", swap_then_die)
            with pytest.raises(KeyboardInterrupt):
                writer.commit()
            monkeypatch.setattr(publishing, "_swap", real_swap)
        else:
            writer.commit()
    assert (out / "b.html").read_bytes() == b"2"
    with SiteWriter(out, spare) as writer:  # refused before the fix: "b.html was not written by briefing"
        writer.put_bytes("a.html", b"1x")
        writer.commit()
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["a.html"]
    (out / "mine.txt").write_text("an editor's file")
    with pytest.raises(BriefingError, match="was not written by briefing"), SiteWriter(out, spare):
        pass
