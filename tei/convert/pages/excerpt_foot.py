"""The foot an e-reader sets under a passage copied from a book (lead52), read off before the
text is split into lines: Apple Books' `Excerpt From` with the book's title and author under
it and its copyright notice, or its one-line form, and a Kindle's one-line citation
(`AUTHOR. TITLE (p. 12). PUBLISHER. Kindle Edition.`); table `e-reader-excerpt`. The foot's
lines become blank lines (every line keeps its number), and the quotation marks Apple Books
puts round the passage go with it."""

from __future__ import annotations

from tei.convert.patterns import Patterns

_TABLE = "e-reader-excerpt"
_BOOK_LINES = 4  # the book's title and author between the opening and the closing lines
_QUOTES = (("“", "”"), ('"', '"'))


def without_excerpt_foot(lines: list[str], patterns: Patterns) -> list[str]:
    """`lines` without an e-reader's foot under the passage, nor the passage's quotes."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    start = _foot_start(lines, filled, patterns)
    if start is None:
        return lines
    out = lines[:start] + [""] * (len(lines) - start)
    return _unquoted(out, [i for i in filled if i < start])


def _foot_start(lines: list[str], filled: list[int], patterns: Patterns) -> int | None:
    """The index of the foot's first line when the text ends in one, else None."""
    if not filled:
        return None
    kinds = [_kind(lines[i], patterns) for i in filled[-(_BOOK_LINES + 3):]]
    indices = filled[-len(kinds):]
    if kinds[-1] == "citation":
        return indices[-1]
    if kinds[-1] not in ("closing", "opening"):
        return None
    openings = [n for n, kind in enumerate(kinds) if kind == "opening"]
    return indices[openings[-1]] if openings else None


def _kind(line: str, patterns: Patterns) -> str | None:
    found = patterns.match(_TABLE, line.strip())
    return found[0] if found else None


def _unquoted(lines: list[str], filled: list[int]) -> list[str]:
    """`lines` without the quotation marks round the passage (its first and last marks)."""
    if not filled:
        return lines
    first, last = filled[0], filled[-1]
    head, tail = lines[first].lstrip(), lines[last].rstrip()
    for opening, closing in _QUOTES:
        if head.startswith(opening) and tail.endswith(closing) and (first != last
                                                                   or len(head) > 1):
            out = list(lines)
            out[first] = head[len(opening):]
            out[last] = (out[first] if first == last else tail)[:-len(closing)]
            return out
    return lines
