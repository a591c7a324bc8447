"""Sets of non-overlapping text spans that answer "does this overlap?" in logarithmic time,
so that marking many names or dates in one long text stays linear, not quadratic."""

from __future__ import annotations

import re
from bisect import bisect_left


class Spans:
    """Non-overlapping spans `[start, end)`, kept sorted; the spans given at the start may
    overlap (their union is kept)."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans or ()):
            if self._ends and start < self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], end)
            else:
                self._starts.append(start)
                self._ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        """Does `[start, end)` share a position with a span of the set?"""
        before = bisect_left(self._starts, end)
        return before > 0 and self._ends[before - 1] > start

    def add(self, start: int, end: int) -> None:
        """Add a span that overlaps none of the set."""
        at = bisect_left(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)


_APART = re.compile(r"(?<![\w-])(?=\S)")
_JOINED = re.compile(r"[\w-]")


def standalone(text: str, words: set[str], longest: int) -> list[tuple[int, int]]:
    """Spans of the `words` (none containing a space, none longer than `longest`) that
    stand apart in `text`, touching no letter, digit, `_` or `-`: what `re.finditer` with
    the alternation of the words in alphabetical order finds, without compiling a pattern
    that grows with the words. Only the places where a word occurs (found by `str.find`)
    are tried: a span can begin nowhere else."""
    found: list[tuple[int, int]] = []
    for start in _occurrences(text, words):
        if (found and start < found[-1][1]) or not _APART.match(text, start):
            continue
        segment = text[start:start + longest].split(maxsplit=1)[0]
        ends = [cut for cut in range(1, len(segment) + 1)
                if not _JOINED.match(text, start + cut)]
        hits = [segment[:cut] for cut in ends if segment[:cut] in words]
        if hits:
            found.append((start, start + len(min(hits))))
    return found


def _occurrences(text: str, words: set[str]) -> list[int]:
    """Every offset in `text` where one of `words` (not empty) begins, in order."""
    starts: set[int] = set()
    for word in words:
        at = text.find(word) if word else -1
        while at >= 0:
            starts.add(at)
            at = text.find(word, at + 1)
    return sorted(starts)
