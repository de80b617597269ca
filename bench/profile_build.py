"""Profile `briefing build` with py-spy on the benchmark's generated projects and print where time goes.

    python bench/profile_build.py [--corpus PATH] [--size 1000] [--scenario cold-raw|render-only|edit-article|add-day|edit-entity]

py-spy samples the whole process tree (worker processes included) from outside, so the build runs
unmodified. Prints the top functions by own time (the frame on top of the stack) and by inclusive
time (anywhere on the stack), and the top source files by own time. py-spy is installed into the
bench-only venv (~/.cache/briefing-bench/peers-venv) on first use.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from buildbench import subjects as subj
from buildbench.corpus import load_corpus
from buildbench.synth import generate_articles
from buildbench.tools import find_briefing, peers_venv_dir

PY_SPY = "py-spy==0.4.3"
REPO_ROOT = Path(__file__).resolve().parent.parent
COLD_SCENARIOS = ("cold-raw", "render-only")
WARM_SCENARIOS = {"edit-article": subj.edit_article, "add-day": subj.add_day, "edit-entity": subj.edit_entity}


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO_ROOT.parent / "shared" / "corpus")
    parser.add_argument("--size", type=int, default=1000, help="number of articles")
    parser.add_argument("--scenario", choices=(*COLD_SCENARIOS, *WARM_SCENARIOS), default="cold-raw")
    parser.add_argument("--rate", type=int, default=100, help="samples per second")
    parser.add_argument("--top", type=int, default=25, help="rows per table")
    parser.add_argument("--raw-out", type=Path, help="keep py-spy's collapsed stacks in this file")
    parser.add_argument("--briefing", help="briefing command (default: .venv/bin/briefing)")
    return parser.parse_args(argv)


def ensure_py_spy() -> Path:
    binary = peers_venv_dir() / "bin" / "py-spy"
    if not binary.exists():
        pip = peers_venv_dir() / "bin" / "pip"
        if not pip.exists():
            subprocess.run([sys.executable, "-m", "venv", str(peers_venv_dir())], check=True)
        subprocess.run([str(pip), "install", "-q", PY_SPY], check=True)
    return binary


def record(py_spy: Path, subject: subj.Subject, rate: int, raw_out: Path, scenario: str) -> list[str]:
    """Profile one build (cold, or a warm scenario's rebuild); returns what briefing printed (its per-stage timings)."""
    subj.reset_cold(subject)
    if scenario in WARM_SCENARIOS:
        subprocess.run(subject.command, cwd=subject.project, check=True, capture_output=True)
        WARM_SCENARIOS[scenario](subject, 1)
    build = [("--verbose" if part == "--quiet" else part) for part in subject.command]  # stage timings
    command = [str(py_spy), "record", "--format", "raw", "--subprocesses", "--rate", str(rate),
               "--output", str(raw_out), "--", *build]
    completed = subprocess.run(command, cwd=subject.project, capture_output=True, text=True)
    if completed.returncode != 0:
        raise SystemExit(f"profiled build failed ({completed.returncode}):\n{completed.stderr[-3000:]}")
    return [line for line in (completed.stdout + completed.stderr).splitlines() if not line.startswith("py-spy>")]


def summarise(raw_path: Path) -> tuple[Counter[str], Counter[str], Counter[str], int]:
    """(own samples per function, inclusive samples per function, own samples per file, total)."""
    own: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    files: Counter[str] = Counter()
    total = 0
    for line in raw_path.read_text(encoding="utf-8").splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = [_without_line_number(frame) for frame in stack.split(";")]
        frames = [frame for frame in frames if not frame.startswith("process ")]
        if not frames:
            continue
        total += count
        own[frames[-1]] += count
        files[_file_of(frames[-1])] += count
        for frame in set(frames):
            inclusive[frame] += count
    return own, inclusive, files, total


def _without_line_number(frame: str) -> str:
    """`render (generator/render.py:42)` -> `render (generator/render.py)`."""
    head, _, location = frame.rpartition(" (")
    return f"{head} ({location.rsplit(':', 1)[0].rstrip(')')})" if head else frame


def _file_of(frame: str) -> str:
    return frame.rpartition(" (")[2].rstrip(")") or frame


def print_table(title: str, counts: Counter[str], total: int, top: int) -> None:
    print(f"\n### {title}\n\n| % of samples | samples | where |\n|---:|---:|---|")
    for name, count in counts.most_common(top):
        print(f"| {100 * count / total:.1f} | {count} | `{name}` |")


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    briefing = find_briefing(REPO_ROOT, args.briefing)
    if briefing.problem:
        raise SystemExit(briefing.problem)
    py_spy = ensure_py_spy()
    articles = generate_articles(load_corpus(args.corpus), args.size)
    with tempfile.TemporaryDirectory(prefix="briefing-profile-") as work:
        raw_project, md_project = subj.briefing_subjects(briefing, REPO_ROOT, Path(work), articles,
                                                         subj.day_batches(articles, 1))
        subject = raw_project if args.scenario == "cold-raw" else md_project
        raw_out = args.raw_out or Path(work) / "stacks.txt"
        printed = record(py_spy, subject, args.rate, raw_out, args.scenario)
        own, inclusive, files, total = summarise(raw_out)
    print(f"# py-spy profile: briefing build, {args.scenario}, N={args.size:,} "
          f"({total} samples at {args.rate} Hz, all processes)")
    print("\nWhat `briefing build --verbose` printed (stage timings, slowed a little by sampling):\n")
    print("\n".join(f"    {line}" for line in printed[-15:]))
    print_table("Top functions by own time", own, total, args.top)
    print_table("Top functions by inclusive time", inclusive, total, args.top)
    print_table("Top files by own time", files, total, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
