"""The numbered points of a message's text (the part of `MessageReader` that reads them): a
list of points whose numbers run on (`numbering.py` tells the numbers), and a telegram's
number set before the first point (`611. 1. Gimo is said ...`, `WH10452. 1. Please ...`)."""

from __future__ import annotations

import re
from dataclasses import replace

from tei.convert.model import Inlines, Item, NumberedList
from tei.convert.numbering import FIRST_POINTS, next_point, point_number, successor
from tei.convert.patterns import Patterns
from tei.convert.quoted import Unit
from tei.convert.read import Line

# a telegram's number opening its text (`611. `), six digits (`114523. `) or a channel's series
# with its number (frus55: `WH10452. `, `Hakto 14. `, `Secto 237. `)
_NUMBER = re.compile(r"^(?:[A-Z][A-Za-z]{1,9}+\s?)?\d{1,6}\.\s++(?=\S)")


class PointReader:
    """The numbered-point part of a document's `MessageReader` (its `patterns` and
    `_annotate`)."""

    patterns: Patterns

    def _annotate(self, line: Line, text: str | None = None) -> Inlines:
        raise NotImplementedError

    def _list(self, units: list[Unit], i: int) -> tuple[NumberedList, int]:
        scheme, first = point_number(self.patterns, units[i])
        items = [Item(first[0], [self._annotate(units[i].lines[0], first[1])])]
        i += 1
        while True:
            following = next_point(self.patterns, units, i, scheme,
                                   successor(items[-1].n, scheme))
            if following is None:
                return NumberedList(items), i
            # (cw81) a section's head between two points (a brief's `POINTS TO MAKE`) ends the
            # list: the next point opens the section's own
            head = next((k for k in range(i, following)
                         if self.patterns.match("sections", units[k].text)), None)
            if head is not None:
                items[-1].paragraphs += [self._annotate(u.lines[0]) for u in units[i:head]]
                return NumberedList(items), head
            items[-1].paragraphs += [self._annotate(u.lines[0]) for u in units[i:following]]
            _, (n, text) = point_number(self.patterns, units[following])
            items.append(Item(n, [self._annotate(units[following].lines[0], text)]))
            i = following + 1

    def _point_under_number(self, units: list[Unit], i: int) -> bool:
        """The first paragraph opens with a telegram's number set before the first point
        (`611. 1. Gimo is said ...`) that the second point follows (`2. Our informant ...`)."""
        number = _NUMBER.match(units[i].text)
        inner = number and self.patterns.match("numbering", units[i].text[number.end():])
        if units[i].embedded or not inner or inner[1].group("n") not in FIRST_POINTS:
            return False
        second = successor(inner[1].group("n"), inner[0])
        return next_point(self.patterns, units, i + 1, inner[0], second) is not None

    def _split_number(self, units: list[Unit], i: int) -> list[Unit]:
        """The units with the first one's number (`611.`) a unit of its own before its
        first point."""
        line = units[i].lines[0]
        cut = _NUMBER.match(line.text).end()
        return [*units[:i], Unit([replace(line, text=line.text[:cut].rstrip())]),
                Unit([replace(line, text=line.text[cut:])]), *units[i + 1:]]
