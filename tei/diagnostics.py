"""Diagnostics shared by every stage: one finding, one line, `path:line:col: severity: message`."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A finding about one place in one file."""

    path: str
    line: int
    col: int
    severity: Severity
    message: str
    rule: str = ""

    def format(self) -> str:
        """Render as `path:line:col: severity: message [rule]`."""
        rule = f" [{self.rule}]" if self.rule else ""
        return f"{self.path}:{self.line}:{self.col}: {self.severity}: {self.message}{rule}"


class InputError(Exception):
    """Bad input that stops work on one file; carries the diagnostic to show the user."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.format())
        self.diagnostic = diagnostic


def error(path: str, message: str, line: int = 1, col: int = 1, rule: str = "") -> InputError:
    """Build an InputError for `path` at `line:col`."""
    return InputError(Diagnostic(path, line, col, Severity.ERROR, message, rule))
