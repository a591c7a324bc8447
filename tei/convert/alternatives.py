"""Runs of characters one of which every match of a regex contains, read from its parsed
form regardless of case: a row's `needles` (`tei.convert.patterns.Pattern`).

`literals.required_literal` gives one run every match holds, and none for a row that
matches regardless of case or whose words are alternatives (`From|Sent|Date`). Here an
alternative holds the runs of its branches together (every match passes through one of
them), and runs are compared lower-cased: a text without any of them, folded in turn
(`fold`: lower-cased, with the few characters beyond ASCII that `re` takes for an
ASCII letter regardless of case written as that letter), cannot match. Runs beyond ASCII
are not kept: such a row has no needles.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
_MOST = 12  # runs an alternative may hold (more: tested one by one, they cost more)
Runs = frozenset[str] | None  # None: no run known


def any_literals(source: str) -> tuple[str, ...]:
    """Lower-cased runs one of which every match of `source` holds (empty: none known)."""
    try:
        parsed = _parser.parse(source, 0)
    except (re.error, RecursionError):
        return ()
    found = _sequence(list(parsed))
    if not found or not all(run.isascii() for run in found):
        return ()
    return tuple(sorted({run.lower() for run in found}, key=lambda run: (-len(run), run)))


def _better(one: Runs, other: Runs) -> Runs:
    """Of two sets of runs, the one whose shortest run is the longer (the rarer)."""
    if one is None or other is None:
        return other if one is None else one
    return one if min(map(len, one)) >= min(map(len, other)) else other


def _sequence(items: list[tuple]) -> Runs:
    """The best required runs of the sequence `items` (those inside its parts included)."""
    best: Runs = None
    run: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            best = _better(best, frozenset(["".join(run)]))
        run = []
        best = _better(best, _item(op, arg))
    return _better(best, frozenset(["".join(run)])) if run else best


def _item(op: object, arg: object) -> Runs:
    """The required runs of the item `op`: a group, a repeat, a lookahead, an alternative."""
    if op is sre.SUBPATTERN:
        return _sequence(list(arg[3]))  # type: ignore[index]
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(arg))  # type: ignore[call-overload]
    if op in _REPEATS:
        low, _, items = arg  # type: ignore[misc]
        return _sequence(list(items)) if low >= 1 else None
    if op is sre.ASSERT:
        return _sequence(list(arg[1]))  # type: ignore[index]
    if op is sre.BRANCH:
        runs: set[str] = set()
        for branch in arg[1]:  # type: ignore[index]
            found = _sequence(list(branch))
            if not found:
                return None
            runs |= found
        return frozenset(runs) if len(runs) <= _MOST else None
    return None


# Characters beyond ASCII that a regex matching regardless of case takes for an ASCII
# letter (re's case equivalences, and the simple lower case of İ and the Kelvin sign).
_ASCII_CASE = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """`text` as a row's `needles` are compared with it: lower-cased, the characters a
    regex without case takes for an ASCII letter written as that letter."""
    return text.lower() if text.isascii() else text.translate(_ASCII_CASE).lower()


@lru_cache(maxsize=8)
def folded(text: str) -> str:
    """`fold(text)` (the last few kept: a whole text is asked about row by row)."""
    return fold(text)
