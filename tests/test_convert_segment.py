"""Tests of the segment stage's line tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tei.convert.segment import _LABEL_ALONE, _alone


@given(st.lists(st.sampled_from(["Copies to", "PARTICIPANTS", ":", "-", " ", "\n", "2", "x"]),
                max_size=8).map("".join))
def test_a_label_alone_is_screened_as_its_regex_matches(text: str) -> None:
    expected = _LABEL_ALONE.match(text)
    found = _alone(text)
    assert (found and found.group("label")) == (expected and expected.group("label"))


def test_a_label_alone_ends_in_a_colon() -> None:
    assert _alone("Copies to:-").group("label") == "Copies to"
    assert _alone("PARTICIPANTS:") is not None
    assert _alone("Moscow: 5 July 1951") is None
