"""One writer per project: a lock file that names its holder.

On POSIX the lock is an ``flock`` on ``.briefing.lock``: the kernel releases it
when the holder exits, even after SIGKILL, so a stale lock can never block a
build. Elsewhere the file is created exclusively and holds the owner's pid; a
lock whose pid is no longer running is taken over.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Iterator

from generator.errors import BriefingError, Diagnostic

LOCK_NAME = ".briefing.lock"

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


@contextlib.contextmanager
def project_lock(root: Path) -> Iterator[None]:
    """Hold the project's write lock for the duration of the block, or raise BriefingError."""
    path = root / LOCK_NAME
    if fcntl is not None:
        with _flock(path):
            yield
    else:
        with _pid_file(path):
            yield


@contextlib.contextmanager
def _flock(path: Path) -> Iterator[None]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise _busy(path, os.pread(fd, 32, 0).decode("ascii", "replace").strip()) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # closing releases the flock


@contextlib.contextmanager
def _pid_file(path: Path) -> Iterator[None]:
    for _ in range(2):
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            break
        except FileExistsError:
            holder = path.read_text(encoding="ascii", errors="replace").strip()
            if holder.isdigit() and _running(int(holder)):
                raise _busy(path, holder) from None
            path.unlink(missing_ok=True)  # stale: its owner is gone
    else:
        raise _busy(path, "unknown")
    try:
        os.write(fd, f"{os.getpid()}\n".encode())
        os.close(fd)
        yield
    finally:
        path.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _busy(path: Path, holder: str) -> BriefingError:
    return BriefingError([Diagnostic(
        str(path), f"another briefing command (pid {holder or 'unknown'}) is writing to this project",
        hint="wait for it to finish; two builds at once would interleave their output",
    )])
