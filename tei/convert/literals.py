"""The longest run of plain characters that every match of a regex contains, read from its
parsed form: a text without it cannot match, which a substring test tells far faster than
a search (most rows of a table are asked about lines they cannot match).

Only parts every match must pass through are read: the pattern's own sequence, groups,
atomic groups, positive lookarounds and repeats of at least one; an alternative, an
optional part or a negative lookaround ends a run. A pattern matching regardless of case
(or verbose) has no such run here: its characters would need case folding to compare.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
_NO_RUN = re.IGNORECASE | re.VERBOSE


def required_literal(source: str, flags: int = 0) -> str:
    """The longest run of characters that every match of `source` holds ("": none known)."""
    try:
        parsed = _parser.parse(source, flags)
    except (re.error, RecursionError):
        return ""
    if parsed.state.flags & _NO_RUN:
        return ""
    return _longest(list(parsed))


def _longest(items: list[tuple]) -> str:
    """The longest required run of the sequence `items` (runs inside its parts included)."""
    best, run = "", []
    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        best = max(best, "".join(run), key=len)
        run = []
        best = max(best, _inner(op, arg), key=len)
    return max(best, "".join(run), key=len)


def _inner(op: object, arg: object) -> str:
    """The longest required run inside the item `op` (a group, a repeat, a lookaround)."""
    if op is sre.SUBPATTERN:
        _, add, _, items = arg  # type: ignore[misc]
        return "" if add & _NO_RUN else _longest(list(items))
    if op is sre.ATOMIC_GROUP:
        return _longest(list(arg))  # type: ignore[call-overload]
    if op in _REPEATS:
        low, _, items = arg  # type: ignore[misc]
        return _longest(list(items)) if low >= 1 else ""
    if op is sre.ASSERT:
        return _longest(list(arg[1]))  # type: ignore[index]
    return ""
