"""Run one build command and measure wall time, CPU time, peak memory and pages written.

Peak RSS is the larger of two readings: the sum of resident memory over the whole process tree,
sampled from /proc every 20 ms, every 200 ms after a build's first 10 s (catches worker pools
whose processes are alive together), and the kernel's own maximum for the largest single process
of the tree (`wait4` rusage, catches a spike shorter than the sampling interval).

Peak PSS is sampled alongside, summed over the same tree from /proc/<pid>/smaps_rollup: forked
workers share their parent's pages, which RSS counts once per process and PSS divides among
them, so PSS is what the tree really holds (0 where the kernel has no smaps_rollup).
"""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PAGE_SUFFIXES = (".html", ".xml")
_PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")
_SAMPLE_SECONDS = 0.02
_SLOW_SAMPLE_SECONDS = 0.2  # after the first _FAST_SAMPLING_SECONDS of a build
_FAST_SAMPLING_SECONDS = 10.0


@dataclass(frozen=True, slots=True)
class RunResult:
    """What one timed build did."""

    seconds: float
    cpu_seconds: float
    peak_rss_mib: float
    pages_total: int
    pages_written: int
    returncode: int
    error_tail: str
    peak_pss_mib: float = 0.0


FileState = dict[str, tuple[int, int, int]]


def run_measured(command: list[str], cwd: Path, output_dir: Path, timeout: float) -> RunResult:
    """Run `command` in `cwd`; pages are the .html/.xml files under `output_dir`."""
    before = snapshot_pages(output_dir)
    with tempfile.TemporaryFile() as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True
        )
        sampler = _TreeSampler(process.pid)
        sampler.start()
        killer = threading.Timer(timeout, os.killpg, (process.pid, signal.SIGKILL))
        killer.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        killer.cancel()
        sampler.stop()
        process.returncode = os.waitstatus_to_exitcode(status)
        stderr.seek(0)
        error_tail = stderr.read().decode("utf-8", "replace")[-2000:] if process.returncode else ""
    after = snapshot_pages(output_dir)
    return RunResult(
        seconds=seconds,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        peak_rss_mib=max(sampler.peak_bytes, usage.ru_maxrss * 1024) / 2**20,
        pages_total=len(after),
        pages_written=sum(1 for path, state in after.items() if before.get(path) != state),
        returncode=process.returncode,
        error_tail=error_tail if process.returncode != -signal.SIGKILL else f"killed after {timeout:.0f} s",
        peak_pss_mib=sampler.peak_pss_bytes / 2**20,
    )


def snapshot_pages(output_dir: Path) -> FileState:
    """(inode, mtime, size) of every page file, to tell which ones a build wrote."""
    state: FileState = {}
    if not output_dir.is_dir():
        return state
    for folder, _, files in os.walk(output_dir):
        for name in files:
            if name.endswith(PAGE_SUFFIXES):
                info = os.stat(os.path.join(folder, name))
                state[os.path.join(folder, name)] = (info.st_ino, info.st_mtime_ns, info.st_size)
    return state


class _TreeSampler:
    """Polls the summed RSS of a process and all its descendants in a background thread."""

    def __init__(self, root_pid: int) -> None:
        self.root_pid = root_pid
        self.peak_bytes = 0
        self.peak_pss_bytes = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._done.set()
        self._thread.join()

    def _run(self) -> None:
        started = time.perf_counter()
        while not self._done.is_set():
            rss, pss = tree_memory_bytes(self.root_pid)
            self.peak_bytes = max(self.peak_bytes, rss)
            self.peak_pss_bytes = max(self.peak_pss_bytes, pss)
            # Each sample scans /proc: keep that off the measured build's two cores on long runs.
            slow = time.perf_counter() - started > _FAST_SAMPLING_SECONDS
            self._done.wait(_SLOW_SAMPLE_SECONDS if slow else _SAMPLE_SECONDS)


def tree_rss_bytes(root_pid: int) -> int:
    """Resident memory of `root_pid` and its descendants (0 once they are gone)."""
    return sum(_rss_bytes(pid) for pid in _tree_pids(root_pid))


def tree_memory_bytes(root_pid: int) -> tuple[int, int]:
    """(RSS, PSS) summed over `root_pid` and its descendants (0, 0 once they are gone)."""
    pids = _tree_pids(root_pid)
    return sum(_rss_bytes(pid) for pid in pids), sum(_pss_bytes(pid) for pid in pids)


def _tree_pids(root_pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            parent = _parent_pid(entry.name)
            if parent is not None:
                children.setdefault(parent, []).append(int(entry.name))
    found, pending = [], [root_pid]
    while pending:
        pid = pending.pop()
        found.append(pid)
        pending.extend(children.get(pid, ()))
    return found


def _parent_pid(pid: str) -> int | None:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            stat = handle.read()
    except OSError:  # the process ended between listing and reading
        return None
    # The command name may contain spaces and parentheses: fields resume after the last ')'.
    return int(stat[stat.rindex(b")") + 2 :].split()[1])


def _rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            return int(handle.read().split()[1]) * _PAGE_BYTES
    except OSError:
        return 0


def _pss_bytes(pid: int) -> int:
    """Proportional set size: each resident page divided by the number of processes sharing it."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
            for line in handle:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):  # gone, or a kernel without smaps_rollup
        pass
    return 0
