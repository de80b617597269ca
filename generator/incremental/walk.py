"""The one walk over a folder's files that the incremental checks share: fixed order, no links to folders followed."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator


def walk_files(folder: Path, *, hidden: bool = True) -> Iterator[tuple[str, os.DirEntry[str]]]:
    """Every file below ``folder`` as (path relative to it with '/', its directory entry), depth first in name order.

    Nothing when ``folder`` does not exist. A link to a folder is neither followed nor listed (a
    loop of links cannot hang a build); ``hidden=False`` leaves out names that start with '.'.
    """
    yield from _walk(os.fspath(folder), "", hidden)


def _walk(folder: str, prefix: str, hidden: bool) -> Iterator[tuple[str, os.DirEntry[str]]]:
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except (FileNotFoundError, NotADirectoryError):
        return
    for entry in entries:
        if not hidden and entry.name.startswith("."):
            continue
        if entry.is_dir():
            if not entry.is_symlink():
                yield from _walk(entry.path, f"{prefix}{entry.name}/", hidden)
        else:
            yield f"{prefix}{entry.name}", entry
