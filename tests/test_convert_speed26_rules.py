"""speed26: quick tests before regexes, held to the plain scans they spare.

- `glued.after_ship_prefix`: both regexes end on a space after `S.`, `USS` (an `S`) or a
  ship kind's last letter (`_SHIP_WORD_ENDS`); before any other character, or at a text's
  start, neither matches (a final newline, before which `$` matches too, is searched as
  before).
- `pages.furniture._may_number`: every match of `_TITLED_NUMBER` holds `No.`, `№` or `Nr.`.
- `settle`: the references read as plain strings are those read as smart strings.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tei.convert import glued
from tei.convert.pages import furniture
from tei.convert.settle import _REFS
from tei.xmlio import decode_text

FIXTURES = Path(__file__).parent / "fixtures" / "telegrams"

# the kinds the regex spells (`aircraft` only before `carrier`)
KINDS = [*(kind for kind in re.findall(r"[a-z-]+", glued._SHIP_KIND_BEFORE.pattern.split("(?i:")[1])
           if len(kind) > 2 and kind != "aircraft"), "aircraft carrier"]


def _ship_plain(piece: str, start: int) -> bool:
    opening = glued._SHIP_PREFIX_OPENING.match(piece, start)
    end = opening.end() if opening else start
    return bool(glued._SHIP_PREFIX_BEFORE.search(piece, 0, end)
                or glued._SHIP_KIND_BEFORE.search(piece, 0, end))


def test_every_kind_is_read() -> None:
    assert {"steamer", "carrier", "battle-cruiser", "troopship", "yacht"} <= set(KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_ends_in_the_gate(kind: str) -> None:
    for spelt in (kind, kind.upper(), kind.title(), kind.replace(" ", "\n")):
        for piece in (f"the {spelt} Aurora", f"the {spelt}\nAurora", f"{spelt} Aurora"):
            start = piece.index("Aurora")
            assert glued.after_ship_prefix(piece, start), piece
            assert _ship_plain(piece, start)


@pytest.mark.parametrize("prefix", ["USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "HMIS",
                                    "RMS", "SMS", "U.S.S.", "H. M. S.", "H.M.C.S.",
                                    "the S.S.", "aboard M. V.", "vessel: R.M.S."])
def test_each_prefix_ends_in_the_gate(prefix: str) -> None:
    for piece in (f"{prefix} Pueblo", f"x {prefix} Pueblo", f"x {prefix}\nPueblo"):
        start = piece.index("Pueblo")
        assert glued.after_ship_prefix(piece, start) == _ship_plain(piece, start), piece


@given(st.text(alphabet="SrpetRPE.xy \n\tUHMV:", max_size=24))
def test_ship_gate_as_plain_generated(piece: str) -> None:
    for start in range(len(piece) + 1):
        assert glued.after_ship_prefix(piece, start) == _ship_plain(piece, start), (piece, start)


def test_ship_gate_on_fixtures() -> None:
    for path in sorted(FIXTURES.glob("*.txt")):
        for piece in decode_text(path.read_bytes()).text.splitlines():
            for found in re.finditer(r"\b[A-Z]", piece):
                assert glued.after_ship_prefix(piece, found.start()) == _ship_plain(
                    piece, found.start()), (path.name, piece)


@pytest.mark.parametrize("text", ["Telegram No. 118, Embassy of Hungary", "CABLE № 7",
                                  "cipher, Nr. 12 from Rome", "Telegram 118", "No. 5 telegram"])
def test_titled_number_needs_its_label(text: str) -> None:
    assert furniture._may_number(text) or not furniture._TITLED_NUMBER.search(text)


def test_titled_number_gate_on_fixtures() -> None:
    for path in sorted(FIXTURES.glob("*.txt")):
        for line in decode_text(path.read_bytes()).text.splitlines():
            if furniture._TITLED_NUMBER.search(line):
                assert furniture._may_number(line), (path.name, line)


def test_plain_references() -> None:
    root = etree.fromstring('<a ref="#x #y"><b ref="#z"/><c/></a>')
    assert _REFS(root) == [str(ref) for ref in etree.XPath("//@ref")(root)]
    assert all(type(ref) is str for ref in _REFS(root))
