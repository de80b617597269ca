"""Reproducible output: the same inputs give a byte-identical site, wherever and whenever they are built."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.commands.check.site import link_problems

REPO_ROOT = Path(__file__).parent.parent
FIXTURE = REPO_ROOT / "tests/fixtures/site_small"
ROOT_ABSOLUTE = re.compile(rb"""(?:href|src|action|poster|data)\s*=\s*["']?/(?!/)|url\(\s*["']?/(?!/)|srcset\s*=\s*["'][^"']*(?:^|,\s*|["'])/(?!/)""")


def _project(where: Path) -> Path:
    shutil.copytree(FIXTURE, where)
    shutil.rmtree(where / "site", ignore_errors=True)
    return where


def _build(project: Path, hash_seed: str, *extra: str, epoch: str | None = None) -> dict[str, bytes]:
    """Build in a fresh interpreter (so set and dict orders really differ) and read every output file."""
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    env.pop("SOURCE_DATE_EPOCH", None)
    if epoch:
        env["SOURCE_DATE_EPOCH"] = epoch
    subprocess.run([sys.executable, "-m", "generator", "--project", str(project), "build", "-q", *extra], check=True, env=env, capture_output=True)
    site = project / "site"
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _differences(first: dict[str, bytes], second: dict[str, bytes]) -> list[str]:
    return sorted(name for name in first.keys() | second.keys() if first.get(name) != second.get(name))


@pytest.mark.slow
def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    """Different folders, different hash seeds, a rebuild on top of the first: same bytes."""
    first = _build(_project(tmp_path / "one"), "1")
    second = _build(_project(tmp_path / "elsewhere" / "two"), "4242")
    assert len(first) > 20
    assert _differences(first, second) == []
    again = _build(tmp_path / "one", "77")  # inbox already ingested: the same site again
    assert _differences(first, again) == []


@pytest.mark.slow
def test_source_date_epoch_sets_the_feed_date_and_nothing_else(tmp_path: Path) -> None:
    project = _project(tmp_path / "p")
    plain = _build(project, "0")
    dated = _build(project, "0", epoch="1700000000")  # 2023-11-14
    assert b"<updated>2023-11-14T00:00:00Z</updated>" in dated["feed.xml"]
    assert _differences(plain, dated) == ["feed.xml"]


@pytest.mark.slow
def test_project_subpath_has_no_root_absolute_links(tmp_path: Path) -> None:
    project = _project(tmp_path / "p")
    files = _build(project, "0", "--base-url", "https://user.github.io/repo/")
    offenders = [f"{name}: {match.group(0)!r}" for name, data in files.items()
                 if name.endswith((".html", ".xml", ".css", ".js", ".svg")) for match in ROOT_ABSOLUTE.finditer(data)]
    assert offenders == []
    assert link_problems(project / "site", "https://user.github.io/repo/") == []
    assert b"<loc>https://user.github.io/repo/index.html</loc>" in files["sitemap.xml"]


def test_root_absolute_pattern_catches_what_it_should() -> None:
    for bad in (b'<a href="/x.html">', b"<img src='/a.png'>", b"background: url(/bg.png)", b'<img srcset="a.png 1x, /b.png 2x">'):
        assert ROOT_ABSOLUTE.search(bad), bad
    for good in (b'<a href="x.html">', b'<a href="//cdn">', b'<a href="https://e.org/x">', b'<img src="../a.png">'):
        assert not ROOT_ABSOLUTE.search(good), good
