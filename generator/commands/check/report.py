"""The editor's report of ``briefing check``: findings grouped by rule, as text, JSON or HTML.

Each group has the rule's name, severity, count, one-line fix and its places (``file:line``),
errors first, then by count. The text shows the first few places of each rule so that one
rule fits on a screen; JSON and HTML list every place. The JSON's shape is ``REPORT_SCHEMA``
(documented in the README, checked by a test).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from generator.commands.check.defaults import TEXT_PLACES
from generator.commands.check.findings import ERROR, RULES, WARNING, Finding, count

REPORT_VERSION = 1


@dataclass(frozen=True, slots=True)
class RuleGroup:
    """Every finding of one rule."""

    rule: str
    severity: str  # the most serious of its findings'
    fix: str
    findings: tuple[Finding, ...]


def group_findings(findings: Iterable[Finding]) -> tuple[RuleGroup, ...]:
    """Findings by rule: rules with errors first, then the most frequent, then by name; places in path order."""
    by_rule: dict[str, list[Finding]] = {}
    for item in findings:
        by_rule.setdefault(item.rule, []).append(item)
    groups = []
    for rule, items in by_rule.items():
        severity = ERROR if any(f.severity == ERROR for f in items) else WARNING
        places = tuple(sorted(items, key=lambda f: (f.severity != ERROR, f.path, f.line or 0, f.message)))
        groups.append(RuleGroup(rule, severity, RULES[rule].fix, places))
    return tuple(sorted(groups, key=lambda g: (g.severity != ERROR, -len(g.findings), g.rule)))


def summary_line(findings: list[Finding]) -> str:
    errors, warnings = count(findings, ERROR), count(findings, WARNING)
    return f"check: {errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}"


def format_text(groups: tuple[RuleGroup, ...], places: int = TEXT_PLACES) -> str:
    """The report for a terminal: per rule a header, the fix, the first ``places`` places (0: all)."""
    blocks = []
    for group in groups:
        shown = group.findings if places <= 0 else group.findings[:places]
        lines = [f"{group.rule} ({group.severity}): {len(group.findings)} finding{'s' if len(group.findings) != 1 else ''}",
                 f"  fix: {group.fix}"]
        lines += [f"  {f.where}: {f.message}" if f.severity == group.severity else f"  {f.where}: {f.severity}: {f.message}" for f in shown]
        if len(shown) < len(group.findings):
            lines.append(f"  ... and {len(group.findings) - len(shown)} more (--places 0 lists them all; --format json, --html FILE)")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def report_data(groups: tuple[RuleGroup, ...], findings: list[Finding]) -> dict[str, Any]:
    """The report as plain data: the JSON output (see REPORT_SCHEMA)."""
    return {
        "version": REPORT_VERSION,
        "errors": count(findings, ERROR),
        "warnings": count(findings, WARNING),
        "rules": [{
            "rule": g.rule, "severity": g.severity, "count": len(g.findings), "fix": g.fix,
            "findings": [{"path": f.path, "line": f.line, "severity": f.severity, "message": f.message, "page": f.page or None}
                         for f in g.findings],
        } for g in groups],
    }


def format_json(groups: tuple[RuleGroup, ...], findings: list[Finding]) -> str:
    return json.dumps(report_data(groups, findings), ensure_ascii=False, indent=2)


# The JSON report's shape, in a small subset of JSON Schema (type, properties, required, items, enum):
# enough for tests/test_check_report.py to validate real output without a schema library.
_FINDING_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["path", "line", "severity", "message", "page"],
    "properties": {
        "path": {"type": "string"},
        "line": {"type": ["integer", "null"]},
        "severity": {"enum": [ERROR, WARNING]},
        "message": {"type": "string"},
        "page": {"type": ["string", "null"]},
    },
}
REPORT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["version", "errors", "warnings", "rules"],
    "properties": {
        "version": {"enum": [REPORT_VERSION]},
        "errors": {"type": "integer"},
        "warnings": {"type": "integer"},
        "rules": {"type": "array", "items": {
            "type": "object",
            "required": ["rule", "severity", "count", "fix", "findings"],
            "properties": {
                "rule": {"enum": sorted(RULES)},
                "severity": {"enum": [ERROR, WARNING]},
                "count": {"type": "integer"},
                "fix": {"type": "string"},
                "findings": {"type": "array", "items": _FINDING_SCHEMA},
            },
        }},
    },
}


def write_html(path: Path, groups: tuple[RuleGroup, ...], findings: list[Finding], *, root: Path, site_dir: Path, title: str) -> None:
    """The report as one HTML page; each place links to the article's page in the built site when it exists,
    else to its Markdown file (links relative to the report, so the page works from a file or a server)."""
    import jinja2  # ~20 ms: only for this report, not at every start of the CLI (a no-change build is ~0.2 s)

    env = jinja2.Environment(loader=jinja2.PackageLoader("generator.commands.check", "."), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    folder = path.resolve().parent

    def link(item: Finding) -> str:
        target = site_dir / item.page if item.page and (site_dir / item.page).is_file() else root / item.path
        if not target.exists():
            return ""
        return Path(os.path.relpath(target.resolve(), folder)).as_posix()

    html = env.get_template("report.html.j2").render(title=title, groups=groups, summary=summary_line(findings), link=link,
                                                     errors=count(findings, ERROR), warnings=count(findings, WARNING))
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    temporary.write_text(html, encoding="utf-8")
    os.replace(temporary, path)
