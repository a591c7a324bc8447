"""tei/render/text_layout.py: `wrap_lines` fills each line greedily with whole words, as the
textbook algorithm does one word at a time (a word longer than the width alone on its line);
`layout` sets the stylesheet's blocks apart, prefixed, with a newline at the end."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from tei.render.text_layout import layout, wrap_lines


def greedy(text: str, width: int) -> list[str]:
    """One word at a time: the word joins the line if it fits, else starts the next one."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


WORD = st.text(st.sampled_from("abcé\U0001d400-.,"), min_size=1, max_size=30)
TEXT = st.lists(st.tuples(WORD, st.sampled_from([" ", "  ", "\n", "\t"])), max_size=60).map(
    lambda pairs: "".join(word + gap for word, gap in pairs))


@settings(max_examples=200, deadline=None)
@given(TEXT, st.integers(min_value=20, max_value=72))
def test_lines_are_filled_greedily_with_whole_words(text: str, width: int) -> None:
    assert list(wrap_lines(text, width)) == greedy(text, width)


def test_blocks_are_set_apart_prefixed_and_empty_ones_dropped() -> None:
    blocks = [["Title", "", "", False], ["=====", "", "", True], [" \n\t", "x", "x", False],
              ["one two\nthree", "Date: ", "      ", False], ["", "", "", False]]
    assert layout(json.dumps(blocks)) == "Title\n=====\n\nDate: one two\n      three\n"


def test_a_prefix_narrows_the_lines_to_no_less_than_twenty_columns() -> None:
    words = " ".join(["word"] * 30)
    lines = layout(json.dumps([[words, "> ", "> ", False], [words, "", " " * 70, False]]))
    quoted, hanging = lines.split("\n\n")
    assert max(map(len, quoted.split("\n"))) <= 72
    assert {len(line) for line in hanging.rstrip("\n").split("\n")[1:]} <= set(range(71, 91))
    assert layout("[]") == "\n"
