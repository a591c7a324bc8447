"""The closer of a message (`tei.convert.closing`): which lines close it and what each gives."""

from __future__ import annotations

import pytest

from tei.convert import Resources
from tei.convert.closing import CloserReader
from tei.convert.context import Context
from tei.convert.inline import InlineReader
from tei.convert.quoted import Unit
from tei.convert.read import Line


@pytest.fixture
def closer(resources: Resources) -> CloserReader:
    ctx = Context(resources, "t")
    return CloserReader(ctx, InlineReader(ctx))


def _units(*texts: str) -> list[Unit]:
    return [Unit([Line(no, text)]) for no, text in enumerate(texts, 1)]


@pytest.mark.parametrize(("text", "kind"), [
    ("Respectfully yours,", "salute"),
    ("Moscow, 14 October 1950", "dateline"),
    ("The Ambassador", "role"),
    ("[signature]", "role"),
    ("A. GROMYKO", "signed"),
    ("We discussed the situation at length with the minister.", None),
])
def test_each_closing_line_has_its_kind(closer: CloserReader, text: str, kind: str | None) -> None:
    assert closer.kind(text) == kind


def test_the_closer_is_the_run_of_closing_lines_at_the_end(closer: CloserReader) -> None:
    units = _units("The talks went well.", "We await instructions.", "Respectfully yours,",
                   "A. GROMYKO")
    assert closer.span(units, 0) == (2, 4)


def test_a_message_without_closing_lines_has_an_empty_closer(closer: CloserReader) -> None:
    units = _units("The talks went well.", "We await instructions.")
    assert closer.span(units, 0) == (2, 2)


def test_a_signature_line_gives_a_signed_part_with_its_name(closer: CloserReader) -> None:
    [part] = closer.parts(Unit([Line(4, "A. GROMYKO")]))
    assert part.kind == "signed"


def test_a_name_and_a_date_give_a_signature_and_a_dateline(closer: CloserReader) -> None:
    parts = closer.parts(Unit([Line(4, "GROMYKO 14.10.50")]))
    assert [part.kind for part in parts] == ["signed", "dateline"]
