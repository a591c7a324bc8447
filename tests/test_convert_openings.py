"""What a regex can open a match with: never too little (a row left out of a scan must be
one that could not match)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tei.convert.openings import BEYOND, Opening, follows, opening, text_key
from tei.convert.patterns import _anchored, load_patterns

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = load_patterns(ROOT / "corpus" / "patterns")
SOURCES = [r"(?i)^(?:copy\s+|N[º°o]\.?)\d", r"^(?i:k)ey", r"(?i:^(?:a|b))|(?-i:[A-Z]x)",
           r"^[^\dA-Z]{2}", r"^(?=[A-Z])\w+", r"^\s*+(?:no|nr)\b", r"(?i)^ſx", r"^\W?\.",
           r"^(?>ab|c)+", r"^.{0,3}z", r"^x*?y", r"^x(?:a|ab)c", r"^a*b", r"^(?:ab?){3,}c",
           r"^[é-ü]x", r"(?i)^[j-l]\d", r"^\d{1,4}\.", r"^(?:a|)b?c"]
TEXTS = st.text(alphabet="abckKeyNnOo0123 .\tSsxyzXYZſ\u212aº:-éü", max_size=8)


def admits(terms: Opening | None, key: str) -> bool:
    """Whether a text of `text_key` `key` may match a regex of opening `terms`."""
    seconds = follows(terms, key[:1])
    return seconds is None or key[1:] in seconds


def _pairs(source: str) -> set[tuple[str, ...]]:
    """An opening written as strings: one per term, its sets' characters sorted."""
    found = opening(re.compile(source))
    assert found is not None
    return {tuple("".join(sorted(chars)) for chars in term) for term in found}


@pytest.mark.parametrize(("source", "expected"), [
    (r"^ab", {("a", "b")}), (r"(?i)^no", {("Nn", "Oo")}), (r"^a*b", {("b",), ("a", "ab")}),
    (r"^x(?:a|ab)c", {("x", "a")}), (r"^(?=[A-Z])[a-z]$", {("abcdefghijklmnopqrstuvwxyz",)}),
    (r"^\d{2}", {("0123456789" + BEYOND, "0123456789" + BEYOND)}),
    (r"^(?i:k)\.", {("Kk" + BEYOND, ".")})])
def test_the_opening_of_simple_regexes(source: str, expected: set[tuple[str, ...]]) -> None:
    assert _pairs(source) == expected


@pytest.mark.parametrize("source", [r"^x?", r"^(?:a|)", r"^(a)?\1b", r"^$"])
def test_a_regex_that_may_match_empty_or_is_not_read_opens_with_anything(source: str) -> None:
    assert opening(re.compile(source)) is None


def test_a_text_is_keyed_by_its_first_two_characters_beyond_ascii_told_as_one() -> None:
    assert (text_key("No. 5"), text_key("“A"), text_key("é"), text_key("")) == \
        ("No", BEYOND + "A", BEYOND, "")
    assert admits(opening(re.compile(r"^N[º°o]")), "N" + BEYOND)
    assert not admits(opening(re.compile(r"^No")), "N")
    assert follows(opening(re.compile(r"^No|^Nr")), "N") == frozenset("or")
    assert follows(opening(re.compile(r"^N\b")), "N") is None


@given(TEXTS)
def test_a_regex_matches_only_texts_its_opening_admits(text: str) -> None:
    for source in SOURCES:
        regex = re.compile(source)
        if regex.match(text):
            assert admits(opening(regex), text_key(text)), (source, text)


def test_every_table_row_admits_the_opening_of_its_examples() -> None:
    for rows in PATTERNS.regexes.values():
        for row in rows:
            for example in row.examples:
                if row.regex.search(example):
                    assert admits(row.opening, text_key(example)), (row.name, example)


def test_anchored_rows_are_told_apart_by_their_opening() -> None:
    rows = [row for rows in PATTERNS.regexes.values() for row in rows]
    assert sum(1 for row in rows if row.opening is not None) > 2 * len(rows) // 3
    assert all(row.opening is None for row in rows if not _anchored(row.source))
