"""Read stage: a State Department telegram form's routing block as a copy stacks it, each
office's symbol on a line of its own under its label (the incoming telegrams of the 1960s:
`Action` / `EUR` / `Info` / `SS` / `G` / `SP`; the outgoing form's `Origin` / `NEA`), set on
one line with its label (`Action EUR`, `Info SS G SP`), as the form prints it, so that the
heading reads on past it; (cables67) so is a row of symbols in the cell beside its label. A
symbol is one to six capitals, a slash or hyphen and a second part perhaps (`S/S`, `INR-5`);
every word is kept, in order. `office_symbol` tells the encode
stage a symbol with its count in the printed distribution list (`INFO SS 20,NSC 10,RSR 01,`)
from a place's initials."""

from __future__ import annotations

import re

from tei.convert.stacked_labels import PhysicalLine

_LABEL = re.compile(r"^(?i:action|info|origin)\s*+:?$")  # `Origin`: the outgoing form (cables55)
_ONE = r"[A-Z]{1,6}(?:[/-][A-Z0-9]{1,6})?"
_SYMBOL = re.compile(rf"^{_ONE}$")
# (cables67) symbols in a row, as a despatch form's routing box types them beside its label
# (`INFO     INR  P  USIA  CIA  DOD`)
_SYMBOLS = re.compile(rf"^{_ONE}(?:\s++{_ONE})*+$")
_MOST = 24  # the symbols a label's column holds, at most


def routing_codes(physical: list[PhysicalLine]) -> list[PhysicalLine]:
    """`physical` with each routing label's column of office symbols on the label's line."""
    out: list[PhysicalLine] = []
    index = 0
    while index < len(physical):
        number, text, bullet = physical[index]
        end = index + 1
        while _LABEL.match(text) and end < len(physical) and end - index <= _MOST \
                and _SYMBOLS.match(physical[end][1]):
            end += 1
        if end > index + 1:
            symbols = " ".join(line for _, line, _ in physical[index + 1:end])
            out.append((number, f"{text} {symbols}", bullet))
        else:
            out.append((number, text, bullet))
        index = end
    return out


# (cables55) a State telegram's distribution count after an office symbol (`RSR-01`; `RSR 01,`
# after the list's comma or label: the Department's records office, not Romania's initials;
# a post's telegram number after its name is no count: `REPEATED INFORMATION PARIS 88,`)
_OFFICE_COUNT = re.compile(r"-\d{2}(?!\d)|\s\d{2}\s*+,")
_LIST_BEFORE = re.compile(r"(?:^|,|\b(?:INFO|ACTION)\s)$")


def office_symbol(piece: str, start: int, end: int) -> bool:
    """Is `piece[start:end]` an office symbol of a distribution list, its count after it?"""
    count = _OFFICE_COUNT.match(piece, end)
    return count is not None and (count.group().startswith("-") or bool(
        _LIST_BEFORE.search(piece, max(0, start - 7), start)))
