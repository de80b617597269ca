"""Shared test fixtures: a copy of the small fixture site, and the CLI run in-process."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.cli import main
from generator.config import Config

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
