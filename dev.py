#!/usr/bin/env python3
"""Set up and run briefing with nothing but Python 3.11+.

    python3 dev.py demo   # make .venv, install briefing, build the demo site into site/
    python3 dev.py test   # make .venv, install briefing with test tools, run ruff, mypy and the whole test suite

Both steps are idempotent: a second run reuses .venv and only installs what changed.
Browser tests need Chromium: on Debian/Ubuntu as root (as in CI) this script installs
it with apt-get; elsewhere install chromium yourself or the browser tests are skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
CHROMIUM = "/usr/bin/chromium"
AXE_CORE = "axe-core@4.14"  # accessibility checks in the browser tests (tests/e2e), vendored into build/npm/


def run(*command: str | Path) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], cwd=ROOT, check=True)


def ensure_venv(extras: str = "") -> Path:
    if sys.version_info < (3, 11):
        sys.exit(f"briefing needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    python = BIN / "python"
    if not python.exists():
        print(f"creating {VENV.relative_to(ROOT)}/", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    target = f".[{extras}]" if extras else "."
    # The distribution was called "briefing" before it was renamed (that name on PyPI is another project).
    stale = subprocess.run([str(python), "-m", "pip", "show", "--quiet", "briefing"], cwd=ROOT, capture_output=True, check=False)
    if stale.returncode == 0:
        run(python, "-m", "pip", "uninstall", "--quiet", "--yes", "briefing")
    run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--editable", target)
    return python


def ensure_chromium() -> None:
    """Install Debian's Chromium when we can (root with apt-get); never fail the run over it."""
    if Path(CHROMIUM).exists() or shutil.which("chromium"):
        return
    if os.name == "posix" and os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium", "fonts-dejavu-core"], check=True, env=env)
    elif os.environ.get("CI"):
        sys.exit("Chromium is missing and cannot be installed here (needs root and apt-get); CI must run the browser tests")
    else:
        print("note: Chromium not found and not root: browser tests will be skipped", flush=True)


def ensure_axe() -> None:
    """Install axe-core from npm into build/npm/ once; without npm the accessibility test is skipped."""
    if (ROOT / "build/npm/node_modules/axe-core/axe.min.js").exists():
        return
    npm = shutil.which("npm")
    if npm is None:
        if os.environ.get("CI"):
            sys.exit("npm is missing: CI must run the axe-core accessibility test (apt-get install npm)")
        print("note: npm not found: the axe-core accessibility test will be skipped", flush=True)
        return
    (ROOT / "build/npm").mkdir(parents=True, exist_ok=True)
    command = [npm, "install", "--prefix", str(ROOT / "build/npm"), "--no-save", "--no-audit", "--no-fund", AXE_CORE]
    if subprocess.run(command, cwd=ROOT, check=False).returncode != 0:
        if os.environ.get("CI"):
            sys.exit("npm could not install axe-core: CI must run the accessibility test")
        print("note: npm could not install axe-core: the accessibility test will be skipped", flush=True)


def demo() -> int:
    python = ensure_venv("ingest,search")
    run(python, "-m", "generator", "build")
    print(f"\nopen {ROOT / 'site' / 'index.html'} in a browser")
    return 0


def lint(python: Path) -> int:
    """ruff (mistakes, import order) and mypy --strict over the package: the habits CI keeps."""
    for command in ([python, "-m", "ruff", "check", "generator", "tests", "bench", "dev.py"], [python, "-m", "mypy"]):
        print("+", " ".join(str(c) for c in command), flush=True)
        code = subprocess.run([str(c) for c in command], cwd=ROOT, check=False).returncode
        if code != 0:
            return code
    return 0


def test(pytest_args: list[str]) -> int:
    python = ensure_venv("test,ingest,bench")  # bench: tests of the benches score with rouge-score
    code = lint(python)
    if code != 0:
        return code
    ensure_chromium()
    ensure_axe()
    return subprocess.run([str(python), "-m", "pytest", *pytest_args], cwd=ROOT, check=False).returncode


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("demo", "test"):
        print(__doc__.strip())
        return 2
    return demo() if argv[0] == "demo" else test(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
