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
