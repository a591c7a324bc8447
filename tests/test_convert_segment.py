"""Tests of the segment stage's line tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tei.convert.label_members import LABEL_ALONE, label_alone_match
from tei.convert.signature_shape import signature_like


@given(st.lists(st.sampled_from(["Copies to", "PARTICIPANTS", ":", "-", " ", "\n", "2", "x"]),
                max_size=8).map("".join))
def test_a_label_alone_is_screened_as_its_regex_matches(text: str) -> None:
    expected = LABEL_ALONE.match(text)
    found = label_alone_match(text)
    assert (found and found.group("label")) == (expected and expected.group("label"))


def test_a_label_alone_ends_in_a_colon() -> None:
    assert label_alone_match("Copies to:-").group("label") == "Copies to"
    assert label_alone_match("PARTICIPANTS:") is not None
    assert label_alone_match("Moscow: 5 July 1951") is None


@pytest.mark.parametrize(("text", "signature"), [
    ("S H T Y K O V", True),  # letter-spaced, as a cable's typist set it
    ("A. GROMYKO", True),
    ("W. G. HAYTER.", True),
    ("A B C D E F", True),
    ("I went to see him.", False),
    ("No. 1476/sh", False),
    ("a b c", False),
])
def test_a_signature_is_a_short_capitalised_line(text: str, signature: bool) -> None:
    """A letter-spaced name counts as one word."""
    assert signature_like(text) is signature
