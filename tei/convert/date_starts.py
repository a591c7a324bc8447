"""Which date shapes may match at a start, told by the characters there (speed20).

A text's date scan tries the shapes at every place a date may begin (a digit, a month's
name): some 35 regexes at each, most of which cannot match there (a numeric shape at
`March`, a month-first shape at `5 May` or at the year `1962`). Every shape is the optional
time before a date (`date_shapes._TIME_BEFORE`: `2100`, `13:55`, `at 1135`), the date
itself and what may follow it; so a shape matches at a start only if its opening allows the
first two characters there (`openings.opening`, read from the parsed regex), and either the
time before is empty and the rest's opening allows them too, or a time stands at the start
(the time's regex alone matches there). The openings are worked out once and kept in the
on-disk cache (the parse takes 0.2 s); the shapes a pair of characters allows are kept by
the pair. A shape left out could never have matched at the start, so the scan finds the
same dates.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from tei.cache import cached_data, content_key
from tei.convert import openings

_KEYS_KEPT = 1 << 14  # pairs of characters whose shapes are kept (a bound: few in practice)

Allowed = tuple[tuple[int, ...], tuple[int, ...], bool]


class ShapeGate:
    """The shapes (by index) that may match at a start (`allowed`)."""

    def __init__(self, shapes: list[re.Pattern[str]], time_before: str) -> None:
        self._time = re.compile(time_before.removesuffix("?"), shapes[0].flags if shapes else 0)
        self._openings, self._untimed, self._timed = _openings(shapes, time_before, self._time)
        self._by_key: dict[str, Allowed] = {}
        self._by_first: dict[str, Follows] = {}
        self.count = len(shapes)

    def allowed(self, text: str, start: int) -> tuple[int, ...]:
        """Indexes of the shapes that may match `text` at `start`, in order."""
        key = text[start:start + openings.DEPTH]
        found = self._by_key.get(key)
        if found is None:
            if len(self._by_key) >= _KEYS_KEPT:
                self._by_key.clear()
                self._by_first.clear()
            found = self._by_key[key] = self._worked_out(openings.text_key(key))
        timed, untimed, may_time = found
        return timed if may_time and self._time.match(text, start) else untimed

    def _worked_out(self, key: str) -> Allowed:
        """(the shapes a start opening with `key` allows when a time stands there, those it
        allows when none does, whether a time may stand there)."""
        second = key[1:]
        shapes, time = self._follows(key[:1])
        timed = tuple(i for i, (whole, _) in enumerate(shapes) if _opens(whole, second))
        untimed = tuple(i for i in timed if _opens(shapes[i][1], second))
        return timed, untimed, _opens(time, second) and timed != untimed

    def _follows(self, first: str) -> Follows:
        """What may follow the first character `first` in each shape (with and without its
        time before) and in the time (`openings.follows`), kept by the character."""
        found = self._by_first.get(first)
        if found is None:
            found = self._by_first[first] = (
                [(openings.follows(whole, first), openings.follows(untimed, first))
                 for whole, untimed in zip(self._openings, self._untimed, strict=True)],
                openings.follows(self._timed, first))
        return found


Seconds = frozenset[str] | None
Follows = tuple[list[tuple[Seconds, Seconds]], Seconds]


def _opens(seconds: Seconds, second: str) -> bool:
    """Whether a match whose first character allows `seconds` after it may go on with
    `second` (the text's second character, or "" at its end)."""
    return seconds is None or second in seconds


Openings = tuple[tuple[openings.Opening | None, ...], tuple[openings.Opening | None, ...],
                 openings.Opening | None]


def _openings(shapes: list[re.Pattern[str]], time_before: str,
              time: re.Pattern[str]) -> Openings:
    """Each shape's opening, each shape's without its time before (its own where it has
    none), the time's: kept on disk (keyed by the sources, their flags, the code that reads
    them and the Python version)."""
    key = content_key("date-openings", sys.version.encode(),
                      Path(openings.__file__).read_bytes(), Path(__file__).read_bytes(),
                      time_before.encode(),
                      repr([(shape.pattern, shape.flags) for shape in shapes]).encode())
    whole, untimed, timed = cached_data(key, lambda: (
        [openings.opening(shape) for shape in shapes],
        [openings.opening(re.compile(shape.pattern.replace(time_before, "", 1), shape.flags))
         if time_before in shape.pattern else openings.opening(shape) for shape in shapes],
        openings.opening(time)))
    return tuple(whole), tuple(untimed), timed
