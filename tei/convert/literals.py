"""Runs of plain characters that every match of a regex contains, read from its parsed
form: a text without them cannot match, which a substring test tells far faster than a
search (most rows of a table are asked about lines they cannot match). A row's `needle`
and `needles` (`tei.convert.patterns.Pattern`).

Only parts every match must pass through are read: the pattern's own sequence, groups,
atomic groups, positive lookaheads and repeats of at least one (a plain run repeated at
least n times written out n times, up to `_TIMES`); an optional part or a negative
lookaround ends a run. `required_literal` gives one run, compared as it stands:
an alternative ends a run, and a pattern matching regardless of case (or verbose) has none.
`any_literals` gives runs one of which every match holds, compared lower-cased: an
alternative holds the runs of its branches together (every match passes through one of
them), and a text without any of them, folded in turn (`fold`: lower-cased, with the few
characters beyond ASCII that `re` takes for an ASCII letter regardless of case written as
that letter), cannot match. A run beyond ASCII is kept when each of its characters folds
as `re` compares it regardless of case (`_folds_plainly`); other runs give the row no needles.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from re import _casefix, _parser  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]

_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
_NO_RUN = re.IGNORECASE | re.VERBOSE  # no run compared as it stands in such a pattern
_MOST = 12  # runs an alternative may hold (more: tested one by one, they cost more)
_TIMES = 8  # times a repeated run is written out at most (`X{6,}`: `XXXXXX`)
Runs = frozenset[str] | None  # None: no run known


def required_literal(source: str, flags: int = 0) -> str:
    """The longest run of characters that every match of `source` holds ("": none known)."""
    parsed = _parsed(source, flags)
    if parsed is None or parsed.state.flags & _NO_RUN:
        return ""
    found = _sequence(list(parsed), exact=True)
    return next(iter(found)) if found else ""


def any_literals(source: str) -> tuple[str, ...]:
    """Lower-cased runs one of which every match of `source` holds (empty: none known)."""
    parsed = _parsed(source, 0)
    found = None if parsed is None else _sequence(list(parsed), exact=False)
    if not found or not all(run.isascii() or all(map(_folds_plainly, run)) for run in found):
        return ()
    return tuple(sorted({run.lower() for run in found}, key=lambda run: (-len(run), run)))


def _parsed(source: str, flags: int) -> _parser.SubPattern | None:
    """`source` parsed as `re` does (None: it does not parse)."""
    try:
        return _parser.parse(source, flags)
    except (re.error, RecursionError):
        return None


def _better(one: Runs, other: Runs) -> Runs:
    """Of two sets of runs, the one whose shortest run is the longer (the rarer; on a tie
    the first)."""
    if one is None or other is None:
        return other if one is None else one
    return one if min(map(len, one)) >= min(map(len, other)) else other


def _sequence(items: list[tuple], exact: bool) -> Runs:
    """The best required runs of the sequence `items` (those inside its parts included);
    `exact`: one run compared as it stands (`required_literal`)."""
    best: Runs = None
    run: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            best = _better(best, frozenset(["".join(run)]))
        run = []
        best = _better(best, _item(op, arg, exact))
    return _better(best, frozenset(["".join(run)])) if run else best


def _item(op: object, arg: object, exact: bool) -> Runs:
    """The required runs of the item `op`: a group, a repeat, a lookahead, an alternative."""
    if op is sre.SUBPATTERN:
        _, add, _, items = arg  # type: ignore[misc]
        return None if exact and add & _NO_RUN else _sequence(list(items), exact)
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(arg), exact)  # type: ignore[call-overload]
    if op in _REPEATS:
        low, _, items = arg  # type: ignore[misc]
        if low >= 2 and items and all(kind is sre.LITERAL for kind, _ in items):
            return frozenset(["".join(chr(c) for _, c in items) * min(low, _TIMES)])
        return _sequence(list(items), exact) if low >= 1 else None
    if op is sre.ASSERT:
        return _sequence(list(arg[1]), exact)  # type: ignore[index]
    if op is sre.BRANCH and not exact:
        return _branches(arg[1])  # type: ignore[index]
    return None


def _branches(branches: list[list[tuple]]) -> Runs:
    """The runs of an alternative: every branch's together (None if one branch has none)."""
    runs: set[str] = set()
    for branch in branches:
        found = _sequence(list(branch), exact=False)
        if not found:
            return None
        runs |= found
    return frozenset(runs) if len(runs) <= _MOST else None


# Characters beyond ASCII that a regex matching regardless of case takes for an ASCII
# letter (re's case equivalences, and the simple lower case of İ and the Kelvin sign).
_ASCII_CASE = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
# (speed21) `translate` with such a table reads a text beyond ASCII character by character in
# Python's own loop, ten times slower than this scan: it is only asked of a text holding one
_CASE_CHARACTERS = re.compile("[\u0130\u0131\u017f\u212a]")
_ASCII_CASE_CHARACTERS = frozenset("\u0130\u0131\u017f\u212a")


def fold(text: str) -> str:
    """`text` as a row's `needles` are compared with it: lower-cased, the characters a
    regex without case takes for an ASCII letter written as that letter."""
    if text.isascii() or not _CASE_CHARACTERS.search(text):
        return text.lower()
    return text.translate(_ASCII_CASE).lower()


@cache
def _folds_plainly(char: str) -> bool:
    """Whether every character `re` takes for `char` regardless of case is written as
    `char.lower()` in a folded text (`fold`), so that a run holding it can be a needle
    (speed29): `re` compares a cased character by its simple lower case, which `str.lower`
    shares but for `İ` (folded first) and a final `Σ` (`ς`); characters with other
    equivalents (`re._casefix`: the Greek and Cyrillic letters with two lower forms), and
    those `fold` writes as ASCII letters, are not kept."""
    lower = char.lower()
    return char.isascii() or (len(lower) == 1 and char not in _ASCII_CASE_CHARACTERS
                              and ord(lower) not in _casefix._EXTRA_CASES
                              and lower not in "σς")


@lru_cache(maxsize=8)
def folded(text: str) -> str:
    """`fold(text)` (the last few kept: a whole text is asked about row by row)."""
    return fold(text)
