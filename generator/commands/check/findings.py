"""What ``briefing check`` finds: Diagnostics with a severity, made and counted here."""

from __future__ import annotations

import dataclasses
from typing import Iterable

from generator.errors import ERROR, WARNING, Diagnostic

__all__ = ["ERROR", "WARNING", "count", "finding", "as_errors"]


def finding(severity: str, path: str, line: int | None, message: str) -> Diagnostic:
    """One finding of the checklist (its message says how to fix it)."""
    return Diagnostic(path, message, line, severity=severity)


def as_errors(findings: Iterable[Diagnostic]) -> list[Diagnostic]:
    """``--strict``: every finding is an error."""
    return [dataclasses.replace(f, severity=ERROR) for f in findings]


def count(findings: Iterable[Diagnostic], severity: str) -> int:
    return sum(1 for f in findings if f.severity == severity)
