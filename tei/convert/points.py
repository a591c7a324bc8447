"""The numbered points of a message's text (the part of `MessageReader` that reads them): a
list of points whose numbers run on, a telegram's number opening the first paragraph (no
point), and that number set before the first point (`611. 1. Gimo is said ...`)."""

from __future__ import annotations

import re
from dataclasses import replace

from tei.convert.model import Inlines, Item, NumberedList
from tei.convert.numbering import successor
from tei.convert.patterns import Patterns
from tei.convert.quoted import Unit
from tei.convert.read import Line

_FIRST_POINTS = {"1", "a", "A", "i", "I"}
_NUMBER = re.compile(r"^\d{1,5}\.\s++(?=\S)")  # a telegram's number opening its text (`611. `)


class PointReader:
    """The numbered-point part of a document's `MessageReader` (its `patterns` and
    `_annotate`)."""

    patterns: Patterns

    def _annotate(self, line: Line, text: str | None = None) -> Inlines:
        raise NotImplementedError

    def _list(self, units: list[Unit], i: int) -> tuple[NumberedList, int]:
        scheme, first = self._number(units[i])
        items = [Item(first[0], [self._annotate(units[i].lines[0], first[1])])]
        i += 1
        while True:
            following = self._next_point(units, i, scheme, successor(items[-1].n, scheme))
            if following is None:
                return NumberedList(items), i
            items[-1].paragraphs += [self._annotate(u.lines[0]) for u in units[i:following]]
            _, (n, text) = self._number(units[following])
            items.append(Item(n, [self._annotate(units[following].lines[0], text)]))
            i = following + 1

    def _number(self, unit: Unit) -> tuple[str, tuple[str, str]]:
        scheme, match = self.patterns.match("numbering", unit.text)
        return scheme, (match.group("n"), match.group("text"))

    def _lone_number(self, units: list[Unit], i: int) -> bool:
        """The message's first paragraph opens with a number that is no first point and
        that no point follows (a telegram's number, `6. For Ambassador ...`)."""
        scheme, (n, _) = self._number(units[i])
        return n not in _FIRST_POINTS and self._next_point(
            units, i + 1, scheme, successor(n, scheme)) is None

    def _next_point(self, units: list[Unit], i: int, scheme: str, expected: str) -> int | None:
        for j in range(i, len(units)):
            if units[j].embedded:
                return None
            found = self.patterns.match("numbering", units[j].text)
            if found:
                return j if found[0] == scheme and found[1].group("n") == expected else None
        return None

    def _point_under_number(self, units: list[Unit], i: int) -> bool:
        """The first paragraph opens with a telegram's number set before the first point
        (`611. 1. Gimo is said ...`) that the second point follows (`2. Our informant ...`)."""
        number = _NUMBER.match(units[i].text)
        inner = number and self.patterns.match("numbering", units[i].text[number.end():])
        if units[i].embedded or not inner or inner[1].group("n") not in _FIRST_POINTS:
            return False
        second = successor(inner[1].group("n"), inner[0])
        return self._next_point(units, i + 1, inner[0], second) is not None

    def _split_number(self, units: list[Unit], i: int) -> list[Unit]:
        """The units with the first one's number (`611.`) a unit of its own before its
        first point."""
        line = units[i].lines[0]
        cut = _NUMBER.match(line.text).end()
        return [*units[:i], Unit([replace(line, text=line.text[:cut].rstrip())]),
                Unit([replace(line, text=line.text[cut:])]), *units[i + 1:]]
