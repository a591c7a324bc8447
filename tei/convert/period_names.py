"""A place's or body's name in its period: the register may date a place's or an
organisation's names (`placeName`, `orgName` with @from / @to, inclusive, either open), and
where the converter writes the name itself (the header's parties and places of sending or
receipt) it writes the name in use on the document's date (`Petrograd` in 1916, `Leningrad`
in 1950; commonwealth44: Australia's `Department of External Affairs` in 1959, not the
`Department of Foreign Affairs and Trade` of 1987): the link (@ref) stays the one entry."""

from __future__ import annotations

from tei.convert.register import KINDS, Entry
from tei.xmlio import TEI_NS

_RENAMED = frozenset({"place", "org"})  # kinds whose names the register may date (not persons)


def _within(start: str, end: str, when: str) -> bool:
    """Whether the ISO date `when` falls from `start` to `end` (inclusive, compared at the
    coarser of the two precisions; either bound may be empty: open)."""
    return ((not start or start[:len(when)] <= when[:len(start)])
            and (not end or when[:len(end)] <= end[:len(when)]))


def name_in_period(entry: Entry, when: str) -> str:
    """The entry's name in use on the ISO date `when`: the first of its dated names whose
    period holds it, else its regularised name (also when `when` is empty or no year)."""
    if entry.kind not in _RENAMED or not when[:4].isdigit():
        return entry.reg
    for name in entry.element.iterchildren(f"{{{TEI_NS}}}{KINDS[entry.kind]}"):
        start, end = name.get("from", ""), name.get("to", "")
        if (start or end) and _within(start, end, when[:10]):
            return " ".join("".join(name.itertext()).split())
    return entry.reg
