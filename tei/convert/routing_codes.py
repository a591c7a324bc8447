"""Read stage: a State Department telegram form's routing block as a copy stacks it, each
office's symbol on a line of its own under its label (the incoming telegrams of the 1960s:
`Action` / `EUR` / `Info` / `SS` / `G` / `SP`; the outgoing form's `Origin` / `NEA`), set on
one line with its label (`Action EUR`, `Info SS G SP`), as the form prints it, so that the
heading reads on past it; so are the symbols an OCR reads at the head of the rows beside
the column (cables67). A symbol is one to six capitals, a slash or hyphen and a second
part perhaps (`S/S`, `INR-5`); every word is kept, in order. `office_symbol` tells the encode
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
    physical = _margin_symbols(physical)
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


_ZONE_END = 4  # rows in a row with no symbol in the margin close the routing column


def _margin_symbols(physical: list[PhysicalLine]) -> list[PhysicalLine]:
    """(cables67) The routing column set down the form's left margin beside the heading and
    the text's first lines, as an OCR of the 1950s incoming form reads it row by row (`SP
    NO:    372, July 14, 6 a.m.`, `NSA     President Chamoun summoned me ...`): each symbol
    opening a row before another cell goes on its label's line (`Info SS G SP ...`), and so
    does a symbol alone on its row right under a label's or a symbol's row or over a
    symbol's (`INR` / `CIA` / `NSA     President ...`); the rows' other cells stay. Nothing
    changes without such a row in the margin."""
    starts = [i for i, line in enumerate(physical) if line[1]
              and (i == 0 or physical[i - 1][0] != line[0])]
    moved: dict[int, list[str]] = {}
    dropped: set[int] = set()
    label, misses, margin = None, 0, False
    for k, i in enumerate(starts):
        text = physical[i][1]
        shared = i + 1 < len(physical) and physical[i + 1][0] == physical[i][0]
        after = starts[k + 1] if k + 1 < len(starts) else None
        if _LABEL.match(text):
            label, misses = i, 0
        elif label is not None and _SYMBOL.match(text) and (
                shared or not misses or (after is not None and _SYMBOL.match(physical[after][1]))) \
                and len(moved.get(label, ())) < _MOST:
            moved.setdefault(label, []).append(text)
            dropped.add(i)
            misses, margin = 0, margin or shared
        elif label is not None:
            misses += 1
            label = None if misses >= _ZONE_END else label
    if not margin:
        return physical
    return [(number, f"{text} {' '.join(moved[i])}" if i in moved else text, bullet)
            for i, (number, text, bullet) in enumerate(physical) if i not in dropped]


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
