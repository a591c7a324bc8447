"""Quoted documents inside a message (tei.convert.quoted)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tei.convert.quoted import quotation_end, unquote, worded_quotation_end
from tei.convert.read import Line


def _lines(*texts: str) -> list[Line]:
    return [Line(no, text) for no, text in enumerate(texts, start=1)]


def test_a_quotation_ends_at_the_line_that_closes_it() -> None:
    lines = _lines("“Following is the text of the note:", "the Government declares",
                   "that it will not attend.”", "End of quotation.")
    assert quotation_end(lines, 0) == 2


def test_punctuation_after_the_closing_mark_still_closes() -> None:
    lines = _lines("«Text of the statement", "as delivered»,")
    assert quotation_end(lines, 0) == 1


def test_a_line_quoted_whole_or_not_opening_with_a_mark_opens_nothing() -> None:
    assert quotation_end(_lines("“A whole quotation.”", "after"), 0) is None
    assert quotation_end(_lines("He said “yes", "and no”"), 0) is None


def test_a_quotation_never_closed_is_no_document() -> None:
    assert quotation_end(_lines("“Opened here", "and never closed"), 0) is None


def test_unquote_drops_the_marks_and_keeps_the_lines_and_trailing_punctuation() -> None:
    lines = unquote(_lines("“ First line", "middle", "last line”."))
    assert [(line.no, line.text) for line in lines] == [
        (1, "First line"), (2, "middle"), (3, "last line.")]


@given(st.lists(st.text(alphabet="abc ,.", min_size=1), min_size=1, max_size=5))
def test_unquote_keeps_every_line_and_its_number(middle: list[str]) -> None:
    lines = _lines("“open", *middle, "close”")
    unquoted = unquote(lines)
    assert [line.no for line in unquoted] == [line.no for line in lines]
    assert unquoted[0].text == "open" and unquoted[-1].text == "close"


def test_a_quotation_in_words_ends_at_its_unquote_line(resources) -> None:
    lines = _lines("FOLLOWING REPEAT SAIGON 4321.", "QUOTE", "1. TEXT.", "MARTIN", "UNQUOTE",
                   "KISSINGER")
    assert worded_quotation_end(lines, 1, resources.patterns) == 4
    assert worded_quotation_end(lines, 0, resources.patterns) is None


def test_an_empty_unclosed_or_reopened_worded_quotation_is_none(resources) -> None:
    patterns = resources.patterns
    assert worded_quotation_end(_lines("QUOTE", "UNQUOTE"), 0, patterns) is None
    assert worded_quotation_end(_lines("QTE", "1. TEXT.", "KISSINGER"), 0, patterns) is None
    assert worded_quotation_end(_lines("QUOTE", "TEXT", "QUOTE", "UNQUOTE"), 0, patterns) is None
