"""Summarise repeated runs into the benchmark's markdown tables."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from .measure import RunResult
from .subjects import (
    ADD_DAY,
    COLD,
    COLD_RAW,
    EDIT_ARTICLE,
    EDIT_TEMPLATE,
    NO_CHANGE,
    RENDER_ONLY,
)

# Which peer scenario each briefing scenario is compared with.
PEER_SCENARIO_FOR = {
    COLD_RAW: COLD,
    RENDER_ONLY: COLD,
    NO_CHANGE: NO_CHANGE,
    EDIT_ARTICLE: EDIT_ARTICLE,
    EDIT_TEMPLATE: EDIT_TEMPLATE,
    ADD_DAY: ADD_DAY,  # briefing ingests 40 raw stories; a peer gets them as Markdown
}


@dataclass(frozen=True, slots=True)
class Row:
    """Medians of the runs of one tool, scenario and size."""

    tool: str
    scenario: str
    size: int
    runs: tuple[RunResult, ...]
    note: str = ""

    @property
    def ok(self) -> bool:
        return bool(self.runs) and all(run.returncode == 0 for run in self.runs) and not self.note

    @property
    def seconds(self) -> float:
        return statistics.median(run.seconds for run in self.runs)


def results_table(rows: list[Row]) -> str:
    lines = [
        "| tool | scenario | N | median s | min–max s | CPU s | peak RSS MiB | peak PSS MiB | pages out | pages written |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        if not row.ok:
            lines.append(f"| {row.tool} | {row.scenario} | {row.size:,} | – | – | – | – | – | – | {_problem(row)} |")
            continue
        runs = row.runs
        lines.append(
            f"| {row.tool} | {row.scenario} | {row.size:,} | {row.seconds:.2f} "
            f"| {min(r.seconds for r in runs):.2f}–{max(r.seconds for r in runs):.2f} "
            f"| {statistics.median(r.cpu_seconds for r in runs):.2f} "
            f"| {max(r.peak_rss_mib for r in runs):.0f} "
            f"| {max(r.peak_pss_mib for r in runs):.0f} "
            f"| {statistics.median(r.pages_total for r in runs):,.0f} "
            f"| {statistics.median(r.pages_written for r in runs):,.0f} |"
        )
    return "\n".join(lines)


def ratio_table(rows: list[Row], briefing: str, peers: list[str]) -> str:
    """briefing's median wall time divided by each peer's (below 1: briefing is faster), and the same
    for CPU time, which other work on a shared machine disturbs less."""
    found = {(row.tool, row.scenario, row.size): row for row in rows if row.ok}
    header = "| scenario | N | briefing s | " + " | ".join(f"÷ {peer}" for peer in peers) + " |"
    lines = [header, "|---|---:|---:|" + "---:|" * len(peers)]
    for size in sorted({row.size for row in rows}):
        for scenario, peer_scenario in PEER_SCENARIO_FOR.items():
            mine = found.get((briefing, scenario, size))
            if mine is None:
                continue
            cells = []
            for peer in peers:
                theirs = found.get((peer, peer_scenario, size))
                cells.append(f"{mine.seconds / theirs.seconds:.2f} (CPU {_cpu(mine) / _cpu(theirs):.2f})" if theirs else "–")
            lines.append(f"| {scenario} | {size:,} | {mine.seconds:.2f} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _cpu(row: Row) -> float:
    return max(statistics.median(run.cpu_seconds for run in row.runs), 0.001)


def _problem(row: Row) -> str:
    if row.note:
        return row.note
    failed = next((run for run in row.runs if run.returncode != 0), None)
    if failed is None:
        return "no runs"
    last_line = (failed.error_tail.strip().splitlines() or ["(no stderr)"])[-1]
    return f"FAILED (exit {failed.returncode}): {last_line[:160]}"
