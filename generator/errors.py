"""Diagnostics and the one exception type the CLI turns into a clean message.

A user error (bad config, broken front matter, unreadable input) is reported as
``path:line: what is wrong`` and never as a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem in one input file (or in the built site): where, what, how to fix it, how serious."""

    path: str
    message: str
    line: int | None = None
    hint: str = ""
    severity: str = ERROR  # ERROR stops a build (and fails `briefing check`); WARNING is reported

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.message}"
        return f"{text}; {self.hint}" if self.hint else text

    def report(self) -> str:
        """The line `briefing check` prints: ``path:line: severity: message; hint``."""
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.severity}: {self.message}"
        return f"{text}; {self.hint}" if self.hint else text


class LocatedError(Exception):
    """A problem at a 1-based line of a file whose path the catcher knows (YAML, front matter)."""

    def __init__(self, message: str, line: int | None, hint: str = "") -> None:
        super().__init__(message)
        self.message, self.line, self.hint = message, line, hint

    def at(self, path: str) -> Diagnostic:
        return Diagnostic(path, self.message, self.line, self.hint)


class BriefingError(Exception):
    """A user-facing error: carries every diagnostic found, not only the first."""

    def __init__(self, diagnostics: Iterable[Diagnostic] | str) -> None:
        if isinstance(diagnostics, str):
            diagnostics = (Diagnostic(path="briefing", message=diagnostics),)
        self.diagnostics: tuple[Diagnostic, ...] = tuple(diagnostics)
        super().__init__("\n".join(str(d) for d in self.diagnostics))
