"""Diagnostics shared by every stage: one finding, one line, `path:line:col: severity: message`."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Line prefixes a CI runner executes as a command (GitHub Actions: `::error ...`, `##[...]`).
_COMMAND_PREFIXES = ("::", "##[")


def _escape(char: str) -> str:
    """A control character, line separator or undecodable byte (a lone surrogate, as Python
    decodes file names) as a visible escape; others unchanged."""
    if unicodedata.category(char) not in {"Cc", "Zl", "Zp", "Cs"}:
        return char
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


def one_line(text: str) -> str:
    """`text` with line breaks and other control characters escaped (`\\n`, `\\x85`,
    `\\u2028`), so that it prints as exactly one line and moves no terminal cursor."""
    if text.isprintable():
        return text
    return "".join(map(_escape, text))


def display_path(path: str) -> str:
    """A path as it starts a line of output: on one line, and prefixed with `./` when it
    would otherwise begin with a CI command prefix such as `::`."""
    shown = one_line(path)
    # the colon that follows a path in every diagnostic counts (a path `:` would print `::`)
    return f"./{shown}" if f"{shown}:".lstrip().startswith(_COMMAND_PREFIXES) else shown


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
        """Render as `path:line:col: severity: message [rule]`, always one line of text that
        a CI runner cannot take for a command (see `one_line` and `display_path`)."""
        rule = f" [{one_line(self.rule)}]" if self.rule else ""
        return (f"{display_path(self.path)}:{self.line}:{self.col}: {self.severity}: "
                f"{one_line(self.message)}{rule}")


class InputError(Exception):
    """Bad input that stops work on one file; carries the diagnostic to show the user."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.format())
        self.diagnostic = diagnostic

    def __reduce__(self) -> tuple[type[InputError], tuple[Diagnostic]]:
        """Pickled with its diagnostic (a worker process's error reaches the parent whole;
        by default it would be rebuilt from its message)."""
        return InputError, (self.diagnostic,)


def error(path: str, message: str, line: int = 1, col: int = 1, rule: str = "") -> InputError:
    """Build an InputError for `path` at `line:col`."""
    return InputError(Diagnostic(path, line, col, Severity.ERROR, message, rule))
