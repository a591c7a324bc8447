"""speed22: quick tests before regexes that `re` tries at every character.

A regex opening with a lookbehind (or a repeat) gives `re` no first character to scan for,
so a search tries the whole pattern at each character (~0.2 us each). Held here to the
plain scans they spare, on hand-made texts at the edges and on the corpus's own calls:

- `date_eras.unglossed`: each of its four subs looks behind for four digits; a text
  without four digits in a row is returned as it is.
- `dotted_order.hyphens_month_first`: the three regexes all need a digit, a hyphen and a
  digit; a text without them is told by one scan.
- `ship_names.after_ship_prefix`: both regexes end where the name (or its prefix) begins, and
  are searched from `_SHIP_REACH` characters before it; the whole piece only when a
  whitespace run long enough for a longer match stands in reach.
- `footnotes._joined_notes`: a line ending in no colon is no note broken after a siglum.
- `dotted_order.romance_day_first`: both alternatives of `ROMANCE_DATE_LABEL` need a digit
  before a slash.
- `capitals_heading.in_capitals`: an ASCII line with a small letter (`str.isupper`) is told
  at once; `dateline_parts.place_date`'s note marker after the year needs a last digit or asterisk;
  `signature_shape.signature_like`'s detached stop needs a final stop.
- `namerules.initials_matches`: `INITIALS_NAME` and `INITIALS_CAPITALS_NAME` (which open
  with lookaheads) tried only where a capital (or a digraph initial) and a stop stand: the
  same matches as `finditer`, on every fixture's lines and on generated texts.
- `register.SPACED_GATE`: a letter-spaced run (`P r a g u e`) holds ` L L `; a text
  without it has no run (`Register._letter_spaced`, `ambiguity.evidence`).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tei.convert import capitals_heading, date_eras, dateline_parts, dotted_order, ship_names
from tei.convert.namerules import (
    _INITIAL_START,
    DIGRAPH_INITIAL,
    INITIALS_CAPITALS_NAME,
    INITIALS_NAME,
    initials_matches,
)
from tei.convert.register import _SPACED_RUN, SPACED_GATE
from tei.convert.signature_shape import _DETACHED_STOP

FIXTURES = Path(__file__).parent / "fixtures" / "telegrams"

# the plain scans of main before speed22
_GLOSSED_PLAIN = date_eras._GLOSSED


def _unglossed_plain(text: str) -> str:
    found = _GLOSSED_PLAIN.match(text)
    if found:
        return found.group("own")
    return date_eras._AGENCY.sub("", date_eras._FASCIST_YEAR.sub("", date_eras._YEAR_WORD.sub(
        "", date_eras._GLUED_ANCHOR.sub("", text))))


def _hyphens_plain(text: str) -> bool:
    if "-" not in text or dotted_order._HYPHEN_DAY_FIRST.search(text):
        return False
    return bool(dotted_order._HYPHEN_MONTH_FIRST.search(text)
                or dotted_order._US_TRANSLATION.search(text))


def _ship_plain(piece: str, start: int) -> bool:
    opening = ship_names._SHIP_PREFIX_OPENING.match(piece, start)
    end = opening.end() if opening else start
    return bool(ship_names._SHIP_PREFIX_BEFORE.search(piece, 0, end)
                or ship_names._SHIP_KIND_BEFORE.search(piece, 0, end))


DATES = ["20 июня 1948 г.", "August 1, 1914.(1)", "Roma, 30 luglio 1936 - XIV",
         "5 maggio 1937, anno XV", "1939 XVII E.F.", "Berlin, 9 March 1966 (ADN)",
         "MOSCOW, March 9, 1966 (TASS)", "March 9, 66 (TASS)",
         "檀紀 4290年 5月 3日 [Dangi 4290, 3 May]",
         "12 ottobre 1938-XVI", "No date here", "", "1936", "19361936 XIV", "Rome 193 XIV"]


@pytest.mark.parametrize("text", DATES)
def test_unglossed_as_plain(text: str) -> None:
    assert date_eras.unglossed(text) == _unglossed_plain(text)


@given(st.text(alphabet="0123456789 -–.,()XVIr.гEFanoTASS[]", max_size=30))
def test_unglossed_as_plain_generated(text: str) -> None:
    assert date_eras.unglossed(text) == _unglossed_plain(text)


@given(st.text(alphabet="0123456789-/ .ArmyNavTrs\n", max_size=40))
def test_hyphens_as_plain_generated(text: str) -> None:
    assert dotted_order.hyphens_month_first(text) == _hyphens_plain(text)


@pytest.mark.parametrize("text", ["Date: 5-14-41", "Date: 14-5-41 and 5-14-41",
                                  "Army 19824 Trans. 6-5-41", "no dates", "A-B 12 - 3"])
def test_hyphens_as_plain(text: str) -> None:
    assert dotted_order.hyphens_month_first(text) == _hyphens_plain(text)


SHIPS = ["the U.S.S. Raleigh", "H. M. S. Calypso", "USS Pueblo", "the S.S. Corvina",
         "Ship station: S.S. CORVINA", "the steamer Kaiser Wilhelm", "THE LINER FRANCE",
         "aboard the aircraft carrier Enterprise", "S. S. Ramphal said", "the R. M. S. Titanic",
         "the" + " " * 60 + "S.S. Corvina", "vessel named here:" + " " * 32 + "M. V. Aurora",
         "the" + "\t" * 19 + "S.S. Corvina", "the" + " " * 9 + "S.S. Corvina",
         # the longest match without a long run: 39 characters before the name
         "vessel abcdefghijklmn:" + " " * 8 + "R. M. S. Titanic",
         "Mr. Smith and the battle-cruiser Hood"]


@pytest.mark.parametrize("text", SHIPS)
def test_ship_prefix_as_plain(text: str) -> None:
    padded = "x " * 40 + text
    for piece in (text, padded, f"{padded}\n"):
        for found in re.finditer(r"\b[A-Z]", piece):
            assert ship_names.after_ship_prefix(piece, found.start()) == _ship_plain(
                piece, found.start()), (piece, found.start())


@given(st.lists(st.sampled_from(["the", "aboard", "Ship", "vessel", ":", "S.", "M.", "V.",
                                 "R.", "U.S.S.", "USS", "steamer", "aircraft", "carrier",
                                 " ", "  ", " " * 9, " " * 30, "\t" * 60, "\n", "Aurora",
                                 "x", "Smith"]),
                max_size=30))
def test_ship_prefix_as_plain_generated(words: list[str]) -> None:
    piece = " ".join(words)
    for start in range(len(piece) + 1):
        assert ship_names.after_ship_prefix(piece, start) == _ship_plain(piece, start)


@given(st.text(alphabet="0123456789/ :\nFechaDtEMrcibo.GAH()ș", max_size=40))
def test_romance_as_plain_generated(text: str) -> None:
    assert dotted_order.romance_day_first(text) == bool(
        dotted_order.ROMANCE_DATE_LABEL.search(text))


@pytest.mark.parametrize("text", ["Fecha y hora: 01/04/1982 - 19:45", "12/9/1382 H. (6/2/1963 G.)",
                                  "data: 1/2/3", "1/2", "no slash"])
def test_romance_as_plain(text: str) -> None:
    assert dotted_order.romance_day_first(text) == bool(
        dotted_order.ROMANCE_DATE_LABEL.search(text))


def _in_capitals_plain(text: str) -> bool:
    letters = capitals_heading._LETTERS.findall(text)
    return len(text.split()) >= 3 and len(letters) >= 8 and all(ch.isupper() for ch in letters)


@given(st.text(alphabet="ABCDEFabc Éé1ⓐ中,.", max_size=30))
def test_in_capitals_as_plain(text: str) -> None:
    assert capitals_heading.in_capitals(text) == _in_capitals_plain(text)


@given(st.text(alphabet="0123456789.*\n ,Ax٣", max_size=20))
def test_marker_end_gate(text: str) -> None:
    # where the gate says no, the sub changes nothing
    if not dateline_parts._marker_end_may(text):
        assert dateline_parts._MARKER_END.sub("", text) == text


@given(st.text(alphabet="ab .\n\t", max_size=20))
def test_detached_stop_gate(text: str) -> None:
    core = text.strip()
    if not core.endswith("."):
        assert _DETACHED_STOP.sub(".", core) == core


@pytest.mark.parametrize("text", ["August 1, 1914.2", "BERLIN, August 1, 1914.*",
                                  "August 1, 1914.12\n", "3 November 1956, 14.20"])
def test_marker_end_gate_opens(text: str) -> None:
    assert dateline_parts._marker_end_may(text)


def test_digraphs_open_as_the_gate_reads() -> None:
    for digraph in DIGRAPH_INITIAL.split("|"):
        assert _INITIAL_START.match(f"{digraph}.")


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_initials_matches_as_finditer_on_fixtures() -> None:
    texts = [path.read_text(encoding="utf-8", errors="replace")
             for path in sorted(FIXTURES.glob("*.txt"))]
    assert len(texts) > 500
    for text in texts:
        for regex in (INITIALS_NAME, INITIALS_CAPITALS_NAME):
            assert _spans(initials_matches(regex, text)) == _spans(regex.finditer(text))


@given(st.lists(st.sampled_from(["J.", "M.", "A.", "Yu.", "Zh.", "Şt.", "P.S.", "U.S.S.",
                                 "U.K.", "H.M.S.", "de", "la", "Smith", "LITVINOV", "Ab",
                                 " ", ": ", "] ", ".", "x", "McD.", "\n"]), max_size=12))
def test_initials_matches_as_finditer_generated(words: list[str]) -> None:
    for text in (" ".join(words), "".join(words)):
        for regex in (INITIALS_NAME, INITIALS_CAPITALS_NAME):
            assert _spans(initials_matches(regex, text)) == _spans(regex.finditer(text))


@given(st.text(alphabet="ab é1 \t.", max_size=20))
def test_spaced_gate(text: str) -> None:
    if not SPACED_GATE.search(text):
        assert not _SPACED_RUN.search(text)


def test_spaced_gate_opens() -> None:
    assert SPACED_GATE.search("P r a g u e") and SPACED_GATE.search("x B e r l i n")
