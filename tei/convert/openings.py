"""The characters a regex can open a match with, read from its parsed form, so that a
table's rows that cannot match a text are passed over after one look at its first
character instead of being tried one by one.

Only ASCII characters are told apart (a text opening with any other character is tried on
every row); zero-width items (`^`, `\\b`, lookarounds) are stepped over, which can only
widen the set, so a row left out could never have matched.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

ASCII = frozenset(map(chr, range(128)))
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D",
               sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S",
               sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}


class _Unknown(Exception):
    """An item whose opening characters are not worked out (any character may open)."""


def opening_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The ASCII characters a match of `pattern` at the start of a text may open with; None
    when any text may match (the pattern can match the empty string, or uses an item this
    reading does not know)."""
    try:
        chars, nullable = _sequence(list(_parser.parse(pattern.pattern, pattern.flags)),
                                    pattern.flags)
    except (_Unknown, re.error):
        return None
    return None if nullable else chars


def _sequence(items: list[tuple], flags: int) -> tuple[frozenset[str], bool]:
    """Opening characters of a sequence, and whether all of it may match empty."""
    chars: frozenset[str] = frozenset()
    for op, arg in items:
        found, nullable = _item(op, arg, flags)
        chars |= found
        if not nullable:
            return chars, False
    return chars, True


def _item(op: object, arg: object, flags: int) -> tuple[frozenset[str], bool]:
    if op in _ZERO_WIDTH:
        return frozenset(), True
    if op is sre.LITERAL:
        return _matching(re.escape(chr(arg)), flags), False
    if op is sre.NOT_LITERAL:
        return _matching(f"[^{re.escape(chr(arg))}]", flags), False
    if op is sre.ANY:
        return ASCII, False
    if op is sre.IN:
        return _matching(_char_class(arg), flags), False
    if op is sre.SUBPATTERN:
        _, add, remove, items = arg
        return _sequence(list(items), (flags | add) & ~remove)
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(arg), flags)
    if op in _REPEATS:
        low, _, items = arg
        chars, nullable = _sequence(list(items), flags)
        return chars, nullable or low == 0
    if op is sre.BRANCH:
        found = [_sequence(list(branch), flags) for branch in arg[1]]
        return frozenset().union(*(chars for chars, _ in found)), any(n for _, n in found)
    raise _Unknown(op)


def _char_class(items: list[tuple]) -> str:
    """A character set of the parsed form written back as a regex."""
    parts = []
    for op, arg in items:
        if op is sre.NEGATE:
            parts.insert(0, "^")
        elif op is sre.LITERAL:
            parts.append(re.escape(chr(arg)))
        elif op is sre.RANGE:
            parts.append(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif op is sre.CATEGORY and arg in _CATEGORIES:
            parts.append(_CATEGORIES[arg])
        else:
            raise _Unknown(op)
    return f"[{''.join(parts)}]"


@lru_cache(maxsize=4096)
def _matching(char_regex: str, flags: int) -> frozenset[str]:
    """The ASCII characters a one-character regex matches under `flags` (asked of the
    regex engine itself, so case folding is its own)."""
    compiled = re.compile(char_regex, flags & (re.IGNORECASE | re.ASCII | re.DOTALL))
    return frozenset(char for char in ASCII if compiled.fullmatch(char))
