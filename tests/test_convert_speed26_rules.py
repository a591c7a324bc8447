r"""speed26: quick tests before regexes, held to the plain scans they spare.

- `ship_names.after_ship_prefix`: the prefix regex ends on a space after `S.`, `V.` or an `S`
  (`USS`: `_PREFIX_ENDS`), the kind regex on a space after a kind's last letter
  (`_KIND_ENDS`); each is searched only there (and, as before, where a final newline stands,
  before which `$` matches too).
- `pages.furniture._may_number`: every match of `_TITLED_NUMBER` holds `No.`, `№` or `Nr.`.
- `settle`: the references read as plain strings are those read as smart strings.
- Four regexes `re` tried at every character (a lookbehind or a repeat first) open with a
  character now, the lookbehind one character later (`(?<![\w.].)`) or the repeat split
  (`\d\d{5}`): the same matches and groups as before, at every start.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tei.convert import (
    date_eras,
    dates,
    load_resources,
    monograms,
    office_surnames,
    parts,
    roles,
    ship_names,
    surnames,
)
from tei.convert.pages import frus, furniture
from tei.convert.settle import _REFS
from tei.xmlio import decode_text

FIXTURES = Path(__file__).parent / "fixtures" / "telegrams"

# the kinds the regex spells (`aircraft` only before `carrier`)
_KIND_WORDS = ship_names._SHIP_KIND_BEFORE.pattern.split("(?i:")[1]
KINDS = [*(kind for kind in re.findall(r"[a-z-]+", _KIND_WORDS)
           if len(kind) > 2 and kind != "aircraft"), "aircraft carrier"]


def _ship_plain(piece: str, start: int) -> bool:
    opening = ship_names._SHIP_PREFIX_OPENING.match(piece, start)
    end = opening.end() if opening else start
    return bool(ship_names._SHIP_PREFIX_BEFORE.search(piece, 0, end)
                or ship_names._SHIP_KIND_BEFORE.search(piece, 0, end))


def test_kind_ends_regardless_of_case() -> None:
    ends = {kind[-1] for kind in KINDS}
    assert ends <= ship_names._KIND_ENDS
    taken = {chr(c) for c in range(0x110000)
             if re.fullmatch(f"(?i:[{''.join(sorted(ends))}])", chr(c))}
    assert taken <= ship_names._KIND_ENDS


def test_every_kind_is_read() -> None:
    assert {"steamer", "carrier", "battle-cruiser", "troopship", "yacht"} <= set(KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_ends_in_the_gate(kind: str) -> None:
    for spelt in (kind, kind.upper(), kind.title(), kind.replace(" ", "\n")):
        for piece in (f"the {spelt} Aurora", f"the {spelt}\nAurora", f"{spelt} Aurora"):
            start = piece.index("Aurora")
            assert ship_names.after_ship_prefix(piece, start), piece
            assert _ship_plain(piece, start)


@pytest.mark.parametrize("prefix", ["USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "HMIS",
                                    "RMS", "SMS", "U.S.S.", "H. M. S.", "H.M.C.S.",
                                    "the S.S.", "aboard M. V.", "vessel: R.M.S."])
def test_each_prefix_ends_in_the_gate(prefix: str) -> None:
    for piece in (f"{prefix} Pueblo", f"x {prefix} Pueblo", f"x {prefix}\nPueblo"):
        start = piece.index("Pueblo")
        assert ship_names.after_ship_prefix(piece, start) == _ship_plain(piece, start), piece


@given(st.text(alphabet="SrpetRPE.xy \n\tUHMV:", max_size=24))
def test_ship_gate_as_plain_generated(piece: str) -> None:
    for start in range(len(piece) + 1):
        assert ship_names.after_ship_prefix(piece, start) == _ship_plain(piece, start), (
            piece, start)


def test_ship_gate_on_fixtures() -> None:
    for path in sorted(FIXTURES.glob("*.txt")):
        for piece in decode_text(path.read_bytes()).text.splitlines():
            for found in re.finditer(r"\b[A-Z]", piece):
                assert ship_names.after_ship_prefix(piece, found.start()) == _ship_plain(
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


# the regexes as main spelt them before speed26 (a lookbehind or a repeat first)
_BEFORE = {
    "era": (date_eras.ERA_INITIAL_START, r"(?<![\w.])[MTSH](?=[1-6]?\d\.\d)"),
    "dtg": (dates._DTG_START, r"\d{6}\s?Z(?=\s*+[A-Za-z])"),
    "sentence": (parts._SENTENCE_BREAK,
                 r"(?<![\w.])(?P<word>[\w.]+)(?P<close>\]?)\.\s+(?=[A-Z])"),
    "inverted": (surnames.INVERTED_INITIALS, surnames.INVERTED_INITIALS.pattern.replace(
        r"(?P<surname>[A-Z](?<![\w.].)[a-z]", r"(?<![\w.])(?P<surname>[A-Z][a-z]")),
}


def _same_scan(text: str) -> None:
    for name, (now, source) in _BEFORE.items():
        before = re.compile(source)
        assert now.pattern != source, name
        assert [(m.span(), m.groupdict()) for m in now.finditer(text)] == [
            (m.span(), m.groupdict()) for m in before.finditer(text)], (name, text)
        for at in range(len(text) + 1):
            one, other = now.match(text, at), before.match(text, at)
            assert (one and one.span()) == (other and other.span()), (name, text, at)


@pytest.mark.parametrize("text", [
    "M38.5.3 and T1.2.3", "xM38.5.3", ".H4.1.1", "S12.3.4", "RECD031530Z MAR 56",
    "031530ZMAR56", "1234567 Z May", "Kuznetsov, V.V.; Andropov, Iu.V. and others",
    "xKuznetsov, V.V.;", "Mr. Smith. He left. [Sic]. Then", "a.b. Next", ""])
def test_rewritten_regexes_as_before(text: str) -> None:
    _same_scan(text)


@given(st.text(alphabet="MTSH12345.Z Kuzn,V;Iu]a\nx-", max_size=30))
def test_rewritten_regexes_as_before_generated(text: str) -> None:
    _same_scan(text)


def test_rewritten_regexes_on_fixtures() -> None:
    for path in sorted(FIXTURES.glob("*.txt")):
        text = decode_text(path.read_bytes()).text
        for name, (now, source) in _BEFORE.items():
            before = re.compile(source)
            assert [(m.span(), m.groupdict()) for m in now.finditer(text)] == [
                (m.span(), m.groupdict()) for m in before.finditer(text)], (name, path.name)


def test_name_scanner_gates_on_fixtures() -> None:
    """The surnames in office and the monograms: a text without their alternation alone has
    no match of the scanner (the gate `re` scans for by first letters)."""
    register = load_resources().register
    pairs = [found for found in (office_surnames._surname_scanner(register),
                                 monograms._scanner(register)) if found is not None]
    assert pairs
    for gate, scanner in pairs:
        assert gate.pattern in scanner.pattern
        for path in sorted(FIXTURES.glob("*.txt")):
            for line in decode_text(path.read_bytes()).text.splitlines():
                if gate.search(line) is None:
                    assert scanner.search(line) is None, (path.name, line)


@given(st.text(alphabet="toby he&c.,\n\tx", max_size=20))
def test_end_gates_generated(text: str) -> None:
    """`frus._OPEN_HEADING` matches only a text `_may_open_heading` lets through; every
    match of `roles._END_ETC` holds `&c`."""
    assert frus._may_open_heading(text) or frus._OPEN_HEADING.search(text) is None
    assert "&c" in text or roles._END_ETC.search(text) is None


@pytest.mark.parametrize("text", ["Memorandum from the Secretary to", "Letter by", "sent to the",
                                  "sent to the\n", "to\n", "Governor, &c.", "&c., &c.,"])
def test_end_gates(text: str) -> None:
    assert frus._may_open_heading(text) or frus._OPEN_HEADING.search(text) is None
    assert "&c" in text or roles._END_ETC.search(text) is None
    assert (frus._OPEN_HEADING.search(text) is not None) == (" " in text and text.rstrip(
        " \n")[-2:] in ("to", "by", "he"))
