"""Stage 6: write the rendered files so that ``site/`` is only ever replaced whole.

Files go into a sibling staging folder first; only a complete build is swapped
in. On Linux the swap is one ``renameat2(RENAME_EXCHANGE)`` call, so at every
instant ``site/`` is either the old complete site or the new one, even if the
process is killed. Elsewhere the swap is two renames, and a build killed
between them is repaired by the next one (``recover``).
"""

from __future__ import annotations

import ctypes
import os
import shutil
from pathlib import Path

from generator.errors import BriefingError, Diagnostic
from generator.models import OutputFile

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def hosting_files(cname: str) -> list[OutputFile]:
    """Files GitHub Pages reads: ``CNAME`` when a custom domain is configured."""
    return [OutputFile("CNAME", f"{cname}\n".encode("ascii"))] if cname else []


def publish(files: list[OutputFile], out_dir: Path) -> int:
    """Write ``files`` into a fresh staging copy of ``out_dir`` and swap it in; returns files written."""
    _check_paths(files)
    recover(out_dir)
    staging = out_dir.with_name(f"{out_dir.name}.tmp-{os.getpid()}")
    try:
        for item in files:
            target = staging / item.rel_path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(item.data)
        (staging / ".nojekyll").write_bytes(b"")  # GitHub Pages: serve files as they are
        _swap(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return len(files)


def recover(out_dir: Path) -> None:
    """Undo what a killed build left: restore a site moved aside, drop staging folders.

    Callers hold the project lock, so no other build owns these folders.
    """
    retired = sorted(out_dir.parent.glob(f"{out_dir.name}.old-*"))
    if not out_dir.exists() and retired:
        os.replace(retired[-1], out_dir)
        retired = retired[:-1]
    for leftover in [*retired, *out_dir.parent.glob(f"{out_dir.name}.tmp-*")]:
        shutil.rmtree(leftover, ignore_errors=True)


def _swap(staging: Path, out_dir: Path) -> None:
    """Put ``staging`` at ``out_dir``; the old site ends up at ``staging`` (then deleted)."""
    if out_dir.exists() and _exchange(staging, out_dir):
        return
    retired = out_dir.with_name(f"{out_dir.name}.old-{os.getpid()}")
    if out_dir.exists():
        os.replace(out_dir, retired)
    os.replace(staging, out_dir)
    shutil.rmtree(retired, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two directories (Linux renameat2); False where unsupported."""
    renameat2 = getattr(_libc(), "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def _check_paths(files: list[OutputFile]) -> None:
    """Refuse paths that escape the output folder and two files at one path."""
    seen: set[str] = set()
    problems = []
    for item in files:
        parts = item.rel_path.split("/")
        if item.rel_path.startswith("/") or ".." in parts or "" in parts or "\x00" in item.rel_path or "\\" in item.rel_path:
            problems.append(Diagnostic(item.rel_path, "output path escapes the site folder"))
        key = item.rel_path.casefold()  # case-insensitive file systems would merge these
        if key in seen:
            problems.append(Diagnostic(item.rel_path, "two pages would be written to this path"))
        seen.add(key)
    if problems:
        raise BriefingError(problems)
