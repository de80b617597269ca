"""Stage 6: write the rendered files so that ``site/`` is only ever replaced whole.

Files go into a sibling temporary folder first; only a complete build is
swapped in. If anything fails, the temporary folder is removed and the
previous site stays exactly as it was.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from generator.errors import BriefingError, Diagnostic
from generator.models import OutputFile


def hosting_files(cname: str) -> list[OutputFile]:
    """Files GitHub Pages reads: ``CNAME`` when a custom domain is configured."""
    return [OutputFile("CNAME", f"{cname}\n".encode("ascii"))] if cname else []


def publish(files: list[OutputFile], out_dir: Path) -> int:
    """Write ``files`` into a fresh copy of ``out_dir`` and swap it in; returns files written."""
    _check_paths(files)
    staging = out_dir.with_name(f"{out_dir.name}.tmp-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        for item in files:
            target = staging / item.rel_path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(item.data)
        (staging / ".nojekyll").write_bytes(b"")  # GitHub Pages: serve files as they are
        _swap(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return len(files)


def _swap(staging: Path, out_dir: Path) -> None:
    retired = out_dir.with_name(f"{out_dir.name}.old-{os.getpid()}")
    if out_dir.exists():
        os.replace(out_dir, retired)
    os.replace(staging, out_dir)
    shutil.rmtree(retired, ignore_errors=True)


def _check_paths(files: list[OutputFile]) -> None:
    """Refuse paths that escape the output folder and two files at one path."""
    seen: set[str] = set()
    problems = []
    for item in files:
        parts = item.rel_path.split("/")
        if item.rel_path.startswith("/") or ".." in parts or "" in parts or "\x00" in item.rel_path:
            problems.append(Diagnostic(item.rel_path, "output path escapes the site folder"))
        key = item.rel_path.casefold()  # case-insensitive file systems would merge these
        if key in seen:
            problems.append(Diagnostic(item.rel_path, "two pages would be written to this path"))
        seen.add(key)
    if problems:
        raise BriefingError(problems)
