"""Sets of non-overlapping text spans that answer "does this overlap?" in logarithmic time,
so that marking many names or dates in one long text stays linear, not quadratic."""

from __future__ import annotations

from bisect import bisect_left


class Spans:
    """Non-overlapping, non-empty spans `[start, end)`, kept sorted."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans or ()):
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        """Does `[start, end)` share a position with a span of the set?"""
        before = bisect_left(self._starts, end)
        return before > 0 and self._ends[before - 1] > start

    def add(self, start: int, end: int) -> None:
        """Add a span that overlaps none of the set."""
        at = bisect_left(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)
