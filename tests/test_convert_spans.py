"""Span sets and stand-alone words: the same answers as the quadratic scans and the regex
alternations they replace."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tei.convert.spans import Spans, standalone

_SPAN = st.tuples(st.integers(0, 40), st.integers(0, 6)).map(lambda s: (s[0], s[0] + s[1]))


@given(st.lists(_SPAN, max_size=8), st.integers(0, 45), st.integers(1, 6))
def test_overlaps_answers_as_a_scan_of_every_span(spans, start, width) -> None:
    end = start + width
    assert Spans(spans).overlaps(start, end) == any(a < end and start < b for a, b in spans)


@given(st.lists(_SPAN.filter(lambda s: s[0] < s[1]), max_size=12))
def test_added_spans_are_refused_exactly_when_they_overlap(candidates) -> None:
    spans, kept = Spans(), []
    for start, end in candidates:
        overlapping = any(a < end and start < b for a, b in kept)
        assert spans.overlaps(start, end) == overlapping
        if not overlapping:
            spans.add(start, end)
            kept.append((start, end))


_WORD = st.text("abK-'.,", min_size=1, max_size=4)


@given(st.sets(_WORD, min_size=1, max_size=4), st.text("abK-'. ,\n", max_size=24))
def test_standalone_finds_what_the_alternation_finds(words, text) -> None:
    alternation = "|".join(re.escape(word) for word in sorted(words))
    expected = [m.span() for m in re.finditer(rf"(?<![\w-])(?:{alternation})(?![\w-])", text)]
    assert standalone(text, words, max(map(len, words))) == expected


def test_standalone_without_words_finds_nothing() -> None:
    assert standalone("Ivanov said", set(), 0) == []
