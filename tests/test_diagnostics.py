"""A diagnostic prints as exactly one line that a CI runner cannot take for a command."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tei.diagnostics import Diagnostic, Severity, display_path, one_line


def test_line_breaks_and_controls_are_escaped() -> None:
    assert one_line("a\nb\rc\td\x1be\x85f\u2028g\u2029h\udcffi") == \
        "a\\nb\\rc\\td\\x1be\\x85f\\u2028g\\u2029h\\udcffi"


def test_printable_text_is_unchanged() -> None:
    assert one_line("Zhōu Ēnlái: “cable” [no. 7] \u00a0") == "Zhōu Ēnlái: “cable” [no. 7] \u00a0"


@pytest.mark.parametrize(("path", "shown"), [
    ("::error file=README.md::x.xml", "./::error file=README.md::x.xml"),
    ("  ::warning::x.xml", "./  ::warning::x.xml"),
    ("##[error]x.xml", "./##[error]x.xml"),
    ("a::b.xml", "a::b.xml"),
    ("dir/\n::error::x.xml", "dir/\\n::error::x.xml"),
])
def test_paths_never_start_a_ci_command(path: str, shown: str) -> None:
    assert display_path(path) == shown


def test_an_injected_workflow_command_stays_inside_the_finding() -> None:
    message = 'when="x\n::error file=README.md,line=1::owned" is not a date'
    line = Diagnostic("a.xml", 3, 5, Severity.ERROR, message, "date-valid").format()
    assert line == ('a.xml:3:5: error: when="x\\n::error file=README.md,line=1::owned" is not '
                    "a date [date-valid]")


@given(st.text(), st.text(), st.text())
def test_every_diagnostic_is_one_line_that_is_no_command(path: str, message: str,
                                                        rule: str) -> None:
    line = Diagnostic(path, 1, 1, Severity.WARNING, message, rule).format()
    assert len(line.splitlines()) == 1
    assert not line.lstrip().startswith(("::", "##["))
