"""speed77: screens that must never change an answer.

`volume_heads` reads only the source lines with a digit (every head has its page's or
document's number); `PhraseTable` compares at a place only the labels filed under the
characters there (its equivalence with one regex per label: `test_convert_patterns`).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tei.convert.pages import volume_heads
from tei.convert.phrase_table import PhraseTable

_HEADS = (volume_heads._HEAD, volume_heads._TITLED, volume_heads._NUMBERED)


def test_heads_with_their_number_are_read() -> None:
    assert volume_heads._HEAD.match("THE SOVIET UNION   715")
    assert volume_heads._TITLED.match("Soviet Union, October 1971–May 1972 125")
    assert volume_heads._NUMBERED.match("[49]   GOLD COAST")


@given(st.lists(st.sampled_from(["THE", "SOVIET", "UNION", " ", "   ", "[", "]", "l", "I",
                                 "Soviet", "of", "and", ",", "–", "MARCH", "٣", "x"]),
                max_size=10).map("".join))
def test_a_line_without_a_digit_is_no_head(text: str) -> None:
    if not volume_heads._DIGIT.search(text):
        assert not any(head.match(text) for head in _HEADS)


def test_labels_shorter_and_longer_than_the_key_are_found() -> None:
    table = PhraseTable([("top secret", "a"), ("to", "b"), ("t", "c"), ("top", "d")])
    assert table.find("a top secret t to") == [(2, "top secret", "a"), (15, "to", "b"),
                                                (13, "t", "c"), (2, "top", "d")]
