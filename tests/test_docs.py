"""docs/cli.md documents every command and option, and matches ``--help``."""

from __future__ import annotations

import sys

import pytest

from generator.commands.cli import make_parser
from generator.commands.clidoc import DOC_PATH, commands, render

FIX = "regenerate it with: python -m generator.commands.clidoc --write"


def _documented() -> str:
    assert DOC_PATH.is_file(), f"{DOC_PATH} is missing; {FIX}"
    return DOC_PATH.read_text(encoding="utf-8")


def _sections(text: str) -> dict[str, str]:
    """'briefing build' -> the text under its '## `briefing build`' heading."""
    return {chunk.split("`", 1)[0]: chunk for chunk in text.split("\n## `")[1:]}


def test_every_command_and_option_is_documented() -> None:
    sections = _sections(_documented())
    parser = make_parser()
    missing = []
    for title, sub in {"briefing": parser, **{f"briefing {n}": p for n, p in commands(parser).items()}}.items():
        if title not in sections:
            missing.append(title)
            continue
        missing += [f"{title} {option}" for action in sub._actions for option in action.option_strings if option not in sections[title]]
    assert missing == [], f"undocumented in docs/cli.md: {', '.join(missing)}; {FIX}"


def test_the_check_catches_an_undocumented_option() -> None:
    sections = _sections(render())
    assert "--port" in sections["briefing serve"] and "--port" not in sections["briefing build"]


@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="argparse's layout differs between Python versions; docs are generated with 3.11")
def test_cli_reference_is_up_to_date() -> None:
    assert _documented() == render(), f"docs/cli.md is out of date; {FIX}"
