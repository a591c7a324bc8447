"""speed29: needles for rows beyond ASCII, and the FlipHTML5 row in two, held to the searches
they spare.

- `literals.any_literals` keeps a run beyond ASCII when each of its characters folds as `re`
  compares it regardless of case (`_folds_plainly`): every character `re` takes for a kept
  character, in any case, is written as its lower case in a folded text, checked over every
  code point for each such character of the tables; the characters with other equivalents
  are refused; a row whose regex finds a fixture line always finds one of its needles there.
- page-furniture's `fliphtml5-site` is two rows of at most twelve branches (each with needles):
  together they answer as the one row did on every fixture line and on generated lines.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tei.convert import literals, load_resources
from tei.xmlio import decode_text

FIXTURES = Path(__file__).parent / "fixtures" / "telegrams"
_EVERY = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)


@cache
def _resources():
    return load_resources()


@pytest.fixture(scope="module")
def res():
    return _resources()


@cache
def _fixture_lines() -> tuple[str, ...]:
    return tuple(line.strip() for path in sorted(FIXTURES.glob("*.txt"))
                 for line in decode_text(path.read_bytes()).text.splitlines() if line.strip())


def _beyond_ascii_rows(res):
    return [row for rows in res.patterns.regexes.values() for row in rows
            if not all(map(str.isascii, row.needles))]


def test_rows_beyond_ascii_have_needles(res) -> None:
    rows = _beyond_ascii_rows(res)
    assert len(rows) >= 40
    assert any("외무부" in row.needles for row in rows)
    assert literals.any_literals(r"^(?:Ministerstvo zahraničních věcí|ČSSR)$") == (
        "ministerstvo zahraničních věcí", "čssr")


@pytest.mark.parametrize("char", ["σ", "Σ", "ς", "ı", "ſ", "\u212a", "İ", "в", "ß"])
def test_characters_with_other_equivalents_give_no_needles(char: str) -> None:
    assert not literals._folds_plainly(char) or char == "ß"
    if not literals._folds_plainly(char):
        assert literals.any_literals(f"^(?:Abc{char}|Xyz)$") == ()


def test_kept_characters_fold_as_re_compares_them(res) -> None:
    kept = {char for row in _beyond_ascii_rows(res) for needle in row.needles
            for char in row.source + needle if not char.isascii()}
    kept = {char for char in kept if literals._folds_plainly(char)}
    assert kept
    for char in [*sorted(kept), "ß", "Ж", "É", "ぁ"]:
        assert literals.fold(char) == char.lower()
        for found in re.finditer("(?i)" + re.escape(char), _EVERY):
            assert literals.fold(found.group()) == char.lower(), (char, found.group())


def test_needles_beyond_ascii_are_in_every_line_found(res) -> None:
    rows = _beyond_ascii_rows(res)
    hits = 0
    for line in _fixture_lines():
        folded = literals.fold(line)
        for row in rows:
            if row.regex.search(line):
                hits += 1
                assert any(needle in folded for needle in row.needles), (row.name, line)
                assert row.may_occur(line)
    assert hits >= 100


_OLD_FLIPHTML5 = re.compile(
    r"^(?:Enjoying your free trial\? Only \d{1,3} days? left! Upgrade Now|Brand-New|"
    r"Dashboard [lI]nterface|[lI]n the Making|We are proud to announce that we are developing "
    r"a fresh new dashboard interface to improve user experience\.|We invite you to preview our "
    r"new dashboard and have a try\.[^\n]{0,120}|Don't hesitate to try it out as it's easy to "
    r"switch back to the interface you're used to\.|No, try later|Go to new dashboard|Like|"
    r"Share|Download|Create a Flipbook Now|Read more|\S[^\n]{0,120}?\s\(Full Pages\) Read More|"
    r"Home Explore \S[^\n]{0,200}|Publications:?|Followers:|Follow|Read Text Version|"
    r"More from \S{1,40}|P:\d{1,4}|Explore more)$")


def _fliphtml5(res) -> list:
    return [row for row in res.patterns.regexes["page-furniture"] if row.name == "fliphtml5-site"]


def _split_answer(res, text: str) -> tuple[int, int] | None:
    for row in _fliphtml5(res):
        if row.may_occur(text):
            found = row.regex.search(text)
            if found:
                return found.span()
    return None


def test_fliphtml5_rows_have_needles(res) -> None:
    rows = _fliphtml5(res)
    assert len(rows) == 2 and all(row.needles and len(row.needles) <= 12 for row in rows)


def test_fliphtml5_rows_as_one_row_on_fixtures(res) -> None:
    for line in _fixture_lines():
        old = _OLD_FLIPHTML5.search(line)
        assert (old and old.span()) == _split_answer(res, line), line


_PIECES = ["Like", "Share", "Follow", "Followers:", "P:12", "Read more", "Read More",
           " (Full Pages)", " - (Full Pages) Read More", "(Full Pages) Read More", "Home Explore ",
           "More from ", "Publications:", "Explore more", "ln the Making", "Brand-New", "x",
           " ", "\t", "23-08 (1-111)", "\n", "Dashboard lnterface", "We invite you to preview "
           "our new dashboard and have a try."]


@given(st.lists(st.sampled_from(_PIECES), max_size=6), st.sampled_from(["", "\n"]))
def test_fliphtml5_rows_as_one_row_on_generated(pieces: list[str], end: str) -> None:
    text = "".join(pieces) + end
    old = _OLD_FLIPHTML5.search(text)
    assert (old and old.span()) == _split_answer(_resources(), text), text
