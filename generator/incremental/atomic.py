"""The one way briefing writes a file it may be killed in the middle of: a sibling temporary, then a rename.

A reader sees the old file or the new one, never half of one. ``replace=False`` links the
temporary in instead of renaming it, which refuses an existing target: an article is never
overwritten. No fsync: it cost 35 of 47 s ingesting 1,087 articles, and link/rename keep the
file whole; a power cut may lose the last write, never corrupt an earlier one.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import Any, Callable, TextIO, TypeVar

from generator.incremental.walk import walk_files

T = TypeVar("T")
TEMPORARY_SUFFIX = ".briefing-tmp"
# Ours, and those of briefing 0.1's ingest (".ingest-XXXXXXXX.tmp").
_TEMPORARY = re.compile(r"\..+\.[A-Za-z0-9_]{8}" + re.escape(TEMPORARY_SUFFIX) + r"|\.ingest-[A-Za-z0-9_]{8}\.tmp")


def _umask() -> int:
    """The process's umask (read once, at import, before any thread could race on it)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _umask()


def write_atomic(path: Path, data: str | bytes, *, replace: bool = True) -> None:
    """Write ``data`` (text as UTF-8 with '\\n' line ends) to ``path`` in one step.

    With ``replace=False`` an existing ``path`` is left as it is and FileExistsError raised.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    _commit(path, "wb", lambda stream: stream.write(payload), replace)


def stream_atomic(path: Path, fill: Callable[[TextIO], T]) -> T:
    """Call ``fill`` with a text stream whose contents replace ``path`` once ``fill`` returns."""
    return _commit(path, "w", fill, replace=True)


def remove_leftovers(folder: Path, *, recursive: bool = True) -> int:
    """Delete the temporary files of writes that a killed process never finished; returns how many.

    Call it only while holding the project lock: then no write of ours is under way.
    """
    removed = 0
    entries = (entry for _, entry in walk_files(folder)) if recursive else _files_in(folder)
    for entry in entries:
        if _TEMPORARY.fullmatch(entry.name):
            Path(entry.path).unlink(missing_ok=True)
            removed += 1
    return removed


def _files_in(folder: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as scan:
            return [entry for entry in scan if entry.is_file(follow_symlinks=False)]
    except (FileNotFoundError, NotADirectoryError):
        return []


def _commit(path: Path, mode: str, write: Callable[[Any], T], replace: bool) -> T:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX)
    try:
        os.fchmod(handle, 0o666 & ~_UMASK)  # as open() would make it, not mkstemp's owner-only 0600
        encoding = None if "b" in mode else "utf-8"
        with os.fdopen(handle, mode, encoding=encoding, newline=None if encoding is None else "\n") as stream:
            result = write(stream)
        if replace:
            os.replace(temp_name, path)
        else:
            os.link(temp_name, path)  # link() refuses an existing target, unlike rename()
        return result
    finally:
        if os.path.exists(temp_name):
            os.unlink(temp_name)
