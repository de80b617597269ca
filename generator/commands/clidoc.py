"""The CLI reference, ``docs/cli.md``, generated from the ``--help`` of every command.

    python -m generator.commands.clidoc --write   # regenerate docs/cli.md after changing a command
    python -m generator.commands.clidoc           # print it

``tests/test_docs.py`` fails when a command or option is missing from the file
or the file is out of date.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.commands.cli import make_parser

DOC_PATH = Path(__file__).resolve().parents[2] / "docs" / "cli.md"
WIDTH = 100  # fixed, so the text does not depend on the terminal it was generated in


def _fixed_width(prog: str) -> argparse.HelpFormatter:
    return argparse.HelpFormatter(prog, width=WIDTH, max_help_position=32)


def commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """Every subcommand's parser by name, in the order they were added."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def render(parser: argparse.ArgumentParser | None = None) -> str:
    parser = parser or make_parser()
    sections = [("briefing", parser), *((f"briefing {name}", sub) for name, sub in commands(parser).items())]
    parts = [
        "# Command-line reference\n",
        "Generated from `--help` by `python -m generator.commands.clidoc --write`; do not edit by hand.",
        "Options given before the command (`--project`, `--quiet`, `--verbose`) can also follow it.\n",
    ]
    for title, sub in sections:
        sub.formatter_class = _fixed_width
        parts.append(f"## `{title}`\n\n```text\n{sub.format_help().rstrip()}\n```\n")
    return "\n".join(parts)


def main(argv: list[str]) -> int:
    text = render()
    if argv == ["--write"]:
        DOC_PATH.parent.mkdir(exist_ok=True)
        DOC_PATH.write_text(text, encoding="utf-8")
        print(f"wrote {DOC_PATH}")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
