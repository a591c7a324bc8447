"""The characters a regex can open a match with: never too few (a row left out of a scan
must be one that could not match)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tei.convert.openings import ASCII, opening_chars
from tei.convert.patterns import load_patterns

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = load_patterns(ROOT / "corpus" / "patterns")
SOURCES = [r"(?i)^(?:copy\s+|N[º°o]\.?)\d", r"^(?i:k)ey", r"(?i:^(?:a|b))|(?-i:[A-Z]x)",
           r"^[^\dA-Z]{2}", r"^(?=[A-Z])\w+", r"^\s*+(?:no|nr)\b", r"(?i)^ſx", r"^\W?\.",
           r"^(?>ab|c)+", r"^.{0,3}z", r"^x*?y"]
TEXTS = st.text(alphabet="abckKeyNnOo0123 .\tSsxyzXYZſ\u212aº:-", max_size=8)


@pytest.mark.parametrize(("source", "expected"), [
    (r"^\d+", "0123456789"), (r"(?i)^(?:no|nr)", "Nn"), (r"^(?i:k)", "Kk"),
    (r"^(?:a|b?)c", "abc"), (r"^(?=[A-Z])[a-z]", "abcdefghijklmnopqrstuvwxyz")])
def test_the_opening_characters_of_simple_regexes(source: str, expected: str) -> None:
    assert opening_chars(re.compile(source)) == frozenset(expected)


@pytest.mark.parametrize("source", [r"^x?", r"^(?:a|)", r"^(a)?\1b", r"^$"])
def test_a_regex_that_may_match_empty_or_is_not_read_opens_with_anything(source: str) -> None:
    assert opening_chars(re.compile(source)) is None


@given(TEXTS)
def test_a_regex_matches_only_texts_opening_with_one_of_its_characters(text: str) -> None:
    for source in SOURCES:
        regex = re.compile(source)
        opening = opening_chars(regex)
        if regex.match(text) and text[:1].isascii():
            assert opening is None or text[:1] in opening, (source, text)


def test_every_table_row_admits_the_opening_of_its_examples() -> None:
    for rows in PATTERNS.regexes.values():
        for row in rows:
            for example in row.examples:
                if row.regex.search(example):
                    assert row.may_open(example[:1] if example[:1].isascii() else None), \
                        (row.name, example)


def test_anchored_rows_are_told_apart_by_their_opening() -> None:
    openings = [row.opening for rows in PATTERNS.regexes.values() for row in rows]
    assert sum(1 for o in openings if o is not None and o != ASCII) > len(openings) // 2
