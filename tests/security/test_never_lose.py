"""Nothing an editor wrote is ever lost: re-ingest keeps edits, failed writes keep the old file,
a corrupt cache is detected and rebuilt rather than trusted."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from generator.commands.cli import main
from generator.incremental.layout import CacheLayout

REPO = Path(__file__).resolve().parents[2]
RAW = "Convoy Reaches Madaya\n\n11 January 2016\n\nBEIRUT (Wire) - An aid convoy reached Madaya, the Red Cross said.\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "templates", tmp_path / "templates")
    (tmp_path / "briefing.yml").write_text("", encoding="utf-8")
    (tmp_path / "content" / "inbox").mkdir(parents=True)
    (tmp_path / "content" / "inbox" / "convoy.txt").write_text(RAW, encoding="utf-8")
    assert main(["--project", str(tmp_path), "build", "-q"]) == 0
    return tmp_path


def article(project: Path) -> Path:
    [path] = (project / "content" / "articles").rglob("*.md")
    return path


def digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_edits_survive_reingest_rebuild_and_a_lost_cache(project: Path) -> None:
    path = article(project)
    edited = path.read_text(encoding="utf-8").replace("title: Convoy Reaches Madaya", "title: Aid Convoy Reaches Besieged Madaya")
    path.write_text(edited, encoding="utf-8")
    shutil.rmtree(project / ".briefing-cache", ignore_errors=True)  # forget what was ingested
    assert main(["--project", str(project), "ingest", str(project / "content/inbox/convoy.txt")]) == 0
    assert main(["--project", str(project), "build", "-q"]) == 0
    assert article(project).read_text(encoding="utf-8") == edited
    assert "Aid Convoy Reaches Besieged Madaya" in (project / "site/index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("garbage", [b"", b"{not json", b"\x00\xff" * 100, b'{"version": 999}', b"[]"])
def test_corrupt_ingest_cache_is_rebuilt_not_trusted(project: Path, garbage: bytes) -> None:
    content_before = digest(project / "content")
    cache = CacheLayout.of(project).articles
    cache.parent.mkdir(exist_ok=True)
    cache.write_bytes(garbage)
    assert main(["--project", str(project), "build", "-q"]) == 0
    assert digest(project / "content") == content_before  # nothing re-ingested twice, nothing lost
    assert len(list((project / "content/articles").rglob("*.md"))) == 1


def test_a_failed_article_write_leaves_no_partial_file(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = digest(project / "content")
    (project / "content/inbox/second.txt").write_text("Talks Resume\n\n1 February 2016\n\nGENEVA (Wire) - Talks resumed.\n", encoding="utf-8")

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "link", disk_full)
    from generator.config import load_config
    from generator.ingest import ingest_files

    report = ingest_files([project / "content/inbox/second.txt"], load_config(project))
    assert report.written == () and "No space left on device" in str(report.failed[0]) and "second.txt" in str(report.failed[0])
    after = digest(project / "content")
    assert {k: v for k, v in after.items() if k != "inbox/second.txt"} == before  # no half-written article, no temp file
