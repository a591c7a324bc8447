"""The page readers' document-level gate: which readers may find evidence in a document,
told once from the document's lines before any reader looks at a line (speed21).

A reader declares `NEEDS`: for each of the rows its evidence cannot do without, the table
and the rows' names (`()`: any row of the table). Its evidence is positive only when some
line's text is matched by one of those rows (the row `Patterns.match` gives first, or a
row's own search), so only when the document's text holds that row's needle or one of its
needles (`Pattern.may_occur`, asked of the lines joined: a line's text is part of it). The
needles are the rows' own (read from their regexes with the tables), so a row added or
changed in the data moves the gate with it; a needed row without any needle opens it.
"""

from __future__ import annotations

from tei.convert.patterns import Patterns
from tei.convert.read import Line

# (table, row names) pairs, each a row one of which a line must match (names `()`: any)
Needs = tuple[tuple[str, tuple[str, ...]], ...]


class Gate:
    """The needs a document's lines may meet, each answered once."""

    def __init__(self, lines: list[Line], patterns: Patterns) -> None:
        self.text = "\n".join(line.text for line in lines)
        self.patterns = patterns
        self.answers: dict[tuple[str, tuple[str, ...]], bool] = {}

    def allows(self, needs: Needs) -> bool:
        """False when some need cannot be met by any line (no reader's evidence then)."""
        return all(self._may(table, names) for table, names in needs)

    def _may(self, table: str, names: tuple[str, ...]) -> bool:
        key = (table, names)
        found = self.answers.get(key)
        if found is None:
            rows = self.patterns.named_rows(table, names)
            # no such row (renamed in the data): the gate stays open
            found = self.answers[key] = not rows or any(row.may_occur(self.text) for row in rows)
        return found
