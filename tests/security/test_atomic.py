"""Single writer and atomic output: a killed build never leaves a half site; two builds never interleave."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.commands.cli import main
from generator.content.frontmatter import render_document
from generator.incremental.lock import LOCK_NAME, project_lock
from generator.ingest.store import write_new_file

REPO = Path(__file__).resolve().parents[2]
WORDS = "army ceasefire talks convoy aid border envoy council truce shelling villages monitors refugees".split()


def make_project(root: Path, articles: int) -> Path:
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "briefing.yml").write_text("site:\n  title: Alpha\n", encoding="utf-8")
    folder = root / "content" / "articles" / "2016" / "05"
    folder.mkdir(parents=True)
    rng = random.Random(7)
    for number in range(articles):
        body = "\n\n".join(" ".join(rng.choice(WORDS) for _ in range(60)).capitalize() + " in Aleppo." for _ in range(6))
        meta = {"title": f"Report {number}", "date": f"2016-05-{number % 28 + 1:02d}", "entities": {"places": ["Aleppo", f"Town {number % 40}"]}}
        (folder / f"report-{number}.md").write_text(render_document(meta, body), encoding="utf-8")
    return root


def snapshot(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(site.rglob("*")) if p.is_file()}


def set_title(project: Path, title: str) -> None:
    (project / "briefing.yml").write_text(f"site:\n  title: {title}\n", encoding="utf-8")


def build_process(project: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "generator", "--project", str(project), "build", "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.mark.slow
def test_sigkill_at_random_moments_leaves_old_or_new_site(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", articles=150)
    start = time.perf_counter()
    assert build_process(project).wait() == 0
    duration = time.perf_counter() - start
    alpha = snapshot(project / "site")
    set_title(project, "Beta")
    assert build_process(project).wait() == 0
    beta = snapshot(project / "site")
    assert alpha != beta
    rng = random.Random(11)
    title = "Beta"
    for _ in range(10):
        title = "Alpha" if title == "Beta" else "Beta"
        set_title(project, title)
        process = build_process(project)
        time.sleep(rng.uniform(0.0, duration * 1.1))
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert snapshot(project / "site") in (alpha, beta)
    assert build_process(project).wait() == 0
    assert snapshot(project / "site") == (alpha if title == "Alpha" else beta)
    leftovers = [p.name for p in project.iterdir() if p.name.startswith(("site.tmp-", "site.old-"))]
    assert leftovers == []


def test_second_writer_is_refused_with_the_holders_pid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = make_project(tmp_path / "p", articles=2)
    with project_lock(project):
        assert main(["--project", str(project), "build"]) == 1
        assert main(["--project", str(project), "ingest", str(project / "briefing.yml")]) == 1
    err = capsys.readouterr().err
    assert f"another briefing command (pid {os.getpid()}) is writing to this project" in err
    assert main(["--project", str(project), "build", "-q"]) == 0  # released afterwards


def test_lock_left_by_a_killed_process_does_not_block(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", articles=2)
    (project / LOCK_NAME).write_text("999999\n", encoding="utf-8")  # a holder that no longer runs
    assert main(["--project", str(project), "build", "-q"]) == 0


def test_new_file_write_never_replaces_and_failure_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a" / "article.md"
    write_new_file(target, "first")
    with pytest.raises(FileExistsError):
        write_new_file(target, "second")
    assert target.read_text() == "first"

    def broken_link(source: str, destination: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "link", broken_link)
    with pytest.raises(OSError):
        write_new_file(tmp_path / "a" / "other.md", "text")
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == ["article.md"]  # no temp file left behind


def test_failed_render_leaves_the_previous_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = make_project(tmp_path / "p", articles=3)
    assert main(["--project", str(project), "build", "-q"]) == 0
    before = snapshot(project / "site")
    (project / "templates" / "article.html").write_text("<p>\n{{ no_such_variable }}</p>", encoding="utf-8")
    assert main(["--project", str(project), "build", "-q"]) == 1
    assert "templates/article.html:2: template: 'no_such_variable' is undefined" in capsys.readouterr().err
    assert snapshot(project / "site") == before
    (project / "templates" / "article.html").write_text("{% if %}", encoding="utf-8")
    assert main(["--project", str(project), "build", "-q"]) == 1
    assert "templates/article.html:1: template syntax:" in capsys.readouterr().err
