"""speed27: shortcuts held to the plain work they spare.

- `Register.lookup` walks only the longest name from the text's start, where it asked
  `find` for every name of the text: the same entry (or none) for every line of every
  fixture, its comma pieces and first words, and the register's names spelt in capitals,
  with a possessive, a bracket, tone marks or letter-spaced.
- `covering_notes.covering_run` asks the closing kind only of lines over the last line that
  opens a stamp: the same answer as the loop over every line, and no kind asked in a run
  without a stamp.
- The `other-calendar-date` row spells `(?:S|Ś|Sh)aka` so that it has needles: the same
  matches as `Saka|Śaka|Shaka` on every fixture line and on generated dates.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tei.convert import covering_notes, load_resources
from tei.convert.quoted import Unit
from tei.convert.read import Line
from tei.xmlio import decode_text

FIXTURES = Path(__file__).parent / "fixtures" / "telegrams"


@cache
def _resources():
    return load_resources()


@pytest.fixture(scope="module")
def res():
    return _resources()


def _fixture_lines() -> list[str]:
    return [line.strip() for path in sorted(FIXTURES.glob("*.txt"))
            for line in decode_text(path.read_bytes()).text.splitlines() if line.strip()]


def _find_reading(register, name: str):
    """`lookup` as it read before speed27: one name from `find` spanning all of `name`."""
    matches = register.find(name)
    if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(name.strip()):
        return matches[0].entry
    return None


def test_lookup_is_finds_whole_name_on_fixtures(res) -> None:
    register = res.register
    names = set()
    for line in _fixture_lines():
        words = line.split()
        names.update({line.strip(" .,"), *(p.strip() for p in line.split(",")),
                      *(" ".join(words[:k]) for k in range(1, 4))})
    for entry in register.listed:
        names.update({entry.reg, entry.reg.upper(), f"{entry.reg}'s", f"{entry.reg})"})
    names.discard("")
    differing = []
    for name in sorted(names):
        register.forget()
        if register.lookup(name) != _find_reading(register, name):
            differing.append(name)
    assert not differing


@pytest.mark.parametrize("name", ["Běijīng", "B e r l i n", "P A R I S", "Paris", "Pa ris",
                                  "South and North Korea", "Chairman Mao Zedong", "(Moscow)",
                                  "Moscow)", "  Moscow", "Moscow  ", "Moscow's", "U.K.P.D."])
def test_lookup_on_edges(res, name: str) -> None:
    res.register.forget()
    assert res.register.lookup(name) == _find_reading(res.register, name)


def _plain_covering_run(units, start, kind, patterns):
    """`covering_run` without its gate (the loop over every line, speed27's base)."""
    for i in range(start + 1, len(units) - 1):
        if units[i].embedded or not covering_notes._signs(units[i].text, kind, patterns):
            continue
        subtypes: dict[int, str] = {}
        j = i + 1
        while j < len(units) and not units[j].embedded:
            block = covering_notes._stamp_end(units, j, patterns) or \
                covering_notes._list_end(units, j, patterns)
            if block:
                subtype = "distribution" if covering_notes._labels_list(
                    units[j].text, patterns) else "stamp"
                subtypes.update((id(unit), subtype) for unit in units[j:block])
                j = block
            elif kind(units[j].text) and "stamp" not in subtypes.values() \
                    and not covering_notes._DRAFT.match(units[j].text):
                j += 1
            else:
                break
        if "stamp" in subtypes.values() and j < len(units):
            return j, subtypes
    return None


_PIECES = ["Signed A. Gromyko", "[handwritten signature] G. [Pushkin]", "12.X.52",
           "Nº 53-gi", "[Stamp:", "Secretariat of V. M. Molotov", "Incoming Nº M-740s]",
           "[Stamp:] Secretariat of V. M. Molotov", "15 October 1952", "Incoming Nº M-14401s",
           "Copies were distributed", "to Cdes: Molotov", "Malenkov",
           "Draft instructions to the Soviet Ambassador", "The Ambassador called on me today.",
           "Copy 3", "MOSCOW"]


def _kind(text: str) -> str | None:
    """A stand-in for the closer's kinds: a signed line, a date, a number."""
    if text.startswith(("Signed", "[handwritten")):
        return "signed"
    return "dateline" if text[:2].isdigit() or text.startswith("Nº") else None


@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.booleans()), max_size=14),
       st.integers(min_value=-1, max_value=3))
def test_covering_run_is_the_plain_loop(pieces, start) -> None:
    patterns = _resources().patterns
    units = [Unit([Line(no, text)], embedded and no % 5 == 4)
             for no, (text, embedded) in enumerate(pieces)]
    asked: list[str] = []

    def kind(text: str) -> str | None:
        asked.append(text)
        return _kind(text)

    found = covering_notes.covering_run(units, start, kind, patterns)
    assert found == _plain_covering_run(units, start, _kind, patterns)
    if not any(text.startswith("[Stamp:") for text, _ in pieces):
        assert not asked


_OLD_INDIAN = (r"\d{4}\s?+(?:\((?:Saka|Śaka|Shaka|S\.E\.)\)|(?:Saka|Śaka|Shaka|B\.\s?S\.|"
               r"V\.\s?S\.)(?!\w))\.?$|(?:Bikram\s++Sambat|Vikram\s++Samvat|Samvat)\s++\d{4}\.?$")


def _indian(res):
    return next(row for row in res.patterns.regexes["other-calendar-date"]
                if row.name == "indian")


def test_indian_row_has_needles(res) -> None:
    assert "aka" in _indian(res).needles


def test_indian_row_as_before_on_fixtures(res) -> None:
    old, new = re.compile(_OLD_INDIAN), _indian(res).regex
    for line in _fixture_lines():
        a, b = old.search(line), new.search(line)
        assert (a and a.span()) == (b and b.span()), line


@given(st.text(st.sampled_from("SŚhakE. ()BV12"), max_size=8),
       st.sampled_from(["", "1884 ", "New Delhi, 5 Bhadra, 1884 ", "x"]),
       st.sampled_from(["", ".", "\n"]))
def test_indian_row_as_before_on_generated(middle: str, before: str, after: str) -> None:
    new = _indian(_resources()).regex
    for text in (f"{before}{middle}{after}", f"{before}({middle}){after}"):
        a, b = re.search(_OLD_INDIAN, text), new.search(text)
        assert (a and a.span()) == (b and b.span())
