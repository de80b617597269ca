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
from dataclasses import dataclass
from pathlib import Path

from generator.errors import BriefingError, Diagnostic
from generator.models import OutputFile

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def hosting_files(cname: str) -> list[OutputFile]:
    """Files GitHub Pages reads: ``CNAME`` when a custom domain is configured."""
    return [OutputFile("CNAME", f"{cname}\n".encode("ascii"))] if cname else []


def publish(files: list[OutputFile], out_dir: Path, spare: Path | None = None) -> PublishReport:
    """Write ``files`` into a staging copy of ``out_dir`` and swap it in.

    With ``spare`` (a folder on the same file system, e.g. in the build cache), the site
    replaced last time is kept there and reused as the next staging folder: only files whose
    bytes differ are written and files no longer built are deleted. Creating and deleting
    thousands of files is what a rebuild otherwise spends its time on; comparing bytes (not
    trusting a record of them) keeps the result identical to a fresh write.
    """
    _check_paths(files)
    recover(out_dir)
    staging = out_dir.with_name(f"{out_dir.name}.tmp-{os.getpid()}")
    reused = spare is not None and _take_spare(spare, staging)
    kept = False
    try:
        marker = OutputFile(".nojekyll", b"")  # GitHub Pages: serve files as they are
        written = sync_folder(staging, [*files, marker]).written if reused else _write_all(staging, [*files, marker])
        _swap(staging, out_dir)
        kept = spare is not None and _keep_as_spare(staging, spare)  # the old site, now at staging
    finally:
        if not kept:
            shutil.rmtree(staging, ignore_errors=True)
    written = min(written, len(files))  # the marker is not one of the site's files
    return PublishReport(written, len(files) - written)


@dataclass(frozen=True, slots=True)
class PublishReport:
    written: int  # files whose bytes changed (or all, without a spare)
    unchanged: int


def sync_folder(folder: Path, files: list[OutputFile]) -> SyncReport:
    """Make ``folder`` hold exactly ``files``: write those whose bytes differ, delete the others."""
    wanted = {item.rel_path for item in files}
    deleted = 0
    for path in sorted(folder.rglob("*"), reverse=True):  # children before their folders
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink() or (path.is_file() and rel not in wanted):
            path.unlink()
            deleted += 1
        elif path.is_dir() and (rel in wanted or not any(path.iterdir())):
            shutil.rmtree(path)  # a folder where a file goes now, or left empty
            deleted += 1
    written = 0
    for item in files:
        target = folder / item.rel_path
        if not _holds(target, item.data):
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(item.data)
            written += 1
    return SyncReport(written, deleted)


@dataclass(frozen=True, slots=True)
class SyncReport:
    written: int
    deleted: int

    def __bool__(self) -> bool:
        """True when the folder changed."""
        return bool(self.written or self.deleted)


def _holds(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _write_all(folder: Path, files: list[OutputFile]) -> int:
    for item in files:
        target = folder / item.rel_path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(item.data)
    return len(files)


def _take_spare(spare: Path, staging: Path) -> bool:
    """Move the spare site to ``staging``; False when there is none or it cannot be moved there."""
    try:
        os.replace(spare, staging)
    except OSError:  # none yet, or on another file system
        return False
    return True


def _keep_as_spare(old_site: Path, spare: Path) -> bool:
    try:
        spare.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(spare, ignore_errors=True)
        os.replace(old_site, spare)
    except OSError:
        return False
    return True


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
