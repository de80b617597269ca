"""Shared test fixtures: a copy of the small fixture site, and the CLI run in-process."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.commands.cli import main
from generator.config import Config
from generator.models import EnrichedArticle

FIXTURES = Path(__file__).parent / "fixtures"
REPO_ROOT = Path(__file__).parent.parent
SEED = REPO_ROOT / "content" / "inbox" / "000_835f0d28d659205d.txt"


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def site_small(tmp_path: Path) -> Path:
    """A writable copy of tests/fixtures/site_small, with the repo's templates."""
    project = tmp_path / "project"
    shutil.copytree(FIXTURES / "site_small", project)
    shutil.copytree(REPO_ROOT / "templates", project / "templates")
    return project


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run ``briefing`` in-process and capture exit code and output."""

    def run(*argv: str) -> CliResult:
        code = main(list(argv))
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def make_config(root: Path) -> Config:
    """A default config rooted at ``root``."""
    return Config(root=root)


def built_articles(cfg: Config) -> tuple[EnrichedArticle, ...]:
    """Every article as the build sees it (front matter, then the NLP's fields where it has none), newest first."""
    from generator.commands.build import site_index

    return site_index(cfg).articles


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """In CI a skipped browser or tool test is a failure: skipping there would hide a missing install step."""
    import os

    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if not os.environ.get("CI") or reporter is None:
        return
    skipped = [report for report in reporter.stats.get("skipped", []) if any(m in str(report.longrepr) for m in ("not installed", "could not import"))]
    if skipped:
        reporter.write_line(f"CI: {len(skipped)} test(s) skipped because a tool is not installed; failing the run", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
