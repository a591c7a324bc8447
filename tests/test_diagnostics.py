"""A diagnostic prints as exactly one line that a CI runner cannot take for a command."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tei.diagnostics import Diagnostic, InputError, Severity, display_path, error, one_line


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


@given(st.text(), st.text())
def test_an_input_error_crosses_a_process_boundary_whole(path: str, message: str) -> None:
    """A worker's error is pickled to the parent; braces in its message (a name's variants
    `{("Dulles'", "Dulles")}` from Saxon) once broke the unpickling and with it the pool."""
    sent = error(path, message + ' {("Dulles\'", "Dulles")}', 3, 4, "render")
    received = pickle.loads(pickle.dumps(sent))
    assert isinstance(received, InputError)
    assert received.diagnostic == sent.diagnostic and str(received) == str(sent)
