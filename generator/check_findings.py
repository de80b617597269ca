"""One finding of ``briefing check``: where, how serious, what, and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True, slots=True)
class Finding:
    severity: str  # ERROR or WARNING
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.severity}: {self.message}"


def count(findings: list[Finding], severity: str) -> int:
    return sum(1 for f in findings if f.severity == severity)
