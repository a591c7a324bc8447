"""What a regex can open a match with, read from its parsed form: the sets its first two
characters are drawn from, so that a table's rows that cannot match a text are passed over
after one look at the text's first two characters instead of being tried one by one.

An opening is a tuple of terms, each a tuple of up to two character sets: a text may match
when, for some term, its first characters are in the term's sets in turn (a term shorter
than two stands for any continuation, the empty term for any text). ASCII characters are
told apart; every other character counts as `BEYOND`. Zero-width items (`^`, `\\b`,
lookarounds) are stepped over, which can only widen the sets, so a row left out could
never have matched.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from tei.convert.wordscreen import ASCII_FOLDS

ASCII = frozenset(map(chr, range(128)))
BEYOND = "\x80"  # stands for any character beyond ASCII in a key and in a term's sets
DEPTH = 2  # characters of a text told apart
_MAX_TERMS = 64
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D",
               sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S",
               sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}
_FOLDING = frozenset(ASCII_FOLDS) | frozenset(letter.upper() for letter in ASCII_FOLDS)

Term = tuple[frozenset[str], ...]
Opening = tuple[Term, ...]
_ANY_TEXT: frozenset[Term] = frozenset({()})


class _Unknown(Exception):
    """An item whose opening is not worked out (any text may match)."""


def opening(pattern: re.Pattern[str]) -> Opening | None:
    """The terms a match of `pattern` at the start of a text opens with; None when any text
    may match (the pattern can match the empty string, or uses an item this reading does
    not know)."""
    try:
        terms = _sequence(list(_parser.parse(pattern.pattern, pattern.flags)), pattern.flags)
    except (_Unknown, re.error):
        return None
    return None if () in terms else tuple(sorted(terms, key=_term_order))


def text_key(text: str) -> str:
    """The first two characters of `text`, each beyond ASCII written as `BEYOND`."""
    key = text[:DEPTH]
    return key if key.isascii() else "".join(c if c.isascii() else BEYOND for c in key)


def follows(terms: Opening | None, first: str) -> frozenset[str] | None:
    """What may follow a text's first character `first` (`BEYOND` for one beyond ASCII,
    `""` for an empty text) in a match of opening `terms`: None for anything (or the
    text's end), else the second characters that may (none: the text cannot match)."""
    if terms is None:
        return None
    seconds: frozenset[str] = frozenset()
    for term in terms:
        if first in term[0]:
            if len(term) == 1:
                return None
            seconds |= term[1]
    return seconds


def bit(second: str) -> int:
    """(speed59) The bit of a text key's second character (`BEYOND` included; one of its
    own for a text of one character) in a mask of `follows_mask`."""
    return 1 << (ord(second) if second else 1 + ord(BEYOND))


def follows_mask(terms: Opening | None, first: str) -> int:
    """`follows` as a mask: the bits of the second characters allowed (every bit for any,
    none when the text cannot match), so that a row is picked by one `&`."""
    if terms is None:
        return -1
    seconds = 0
    for chars, mask in _masked(terms):
        if first in chars:
            seconds |= mask
    return seconds


@cache
def _masked(terms: Opening) -> tuple[tuple[frozenset[str], int], ...]:
    """Each term's first set, with the mask of its second set (every bit for a term of one
    set: any text going on); the openings are the pattern tables' rows'."""
    return tuple((term[0], sum(map(bit, term[1])) if len(term) > 1 else -1) for term in terms)


def _term_order(term: Term) -> tuple[int, tuple[str, ...]]:
    """Terms sorted the same way in every process (for the on-disk cache)."""
    return len(term), tuple("".join(sorted(chars)) for chars in term)


def _sequence(items: list[tuple], flags: int) -> frozenset[Term]:
    """The terms of a sequence of items."""
    terms = _ANY_TEXT
    for op, arg in items:
        if all(len(term) >= DEPTH for term in terms):
            break
        terms = _concatenated(terms, _item(op, arg, flags))
    return terms


def _concatenated(left: frozenset[Term], right: frozenset[Term]) -> frozenset[Term]:
    """The terms of a match of `left` followed by one of `right`."""
    joined = [term if len(term) >= DEPTH else (term + more)[:DEPTH]
              for term in left for more in (right if len(term) < DEPTH else ((),))]
    return _merged(joined)


def _merged(terms: list[Term]) -> frozenset[Term]:
    """`terms` with the one-character terms joined in one and the two-character terms of
    the same first set joined (their second sets), which matches the same texts."""
    singles = frozenset().union(*(term[0] for term in terms if len(term) == 1))
    pairs: dict[frozenset[str], frozenset[str]] = {}
    for term in terms:
        if len(term) == 2:
            pairs[term[0]] = pairs.get(term[0], frozenset()) | term[1]
    if len(pairs) > _MAX_TERMS:
        raise _Unknown("too many terms")
    merged = {(first, second) for first, second in pairs.items()}
    return frozenset(merged | ({(singles,)} if singles else set())
                     | ({()} if () in terms else set()))


def _item(op: object, arg: object, flags: int) -> frozenset[Term]:
    if op in _ZERO_WIDTH:
        return _ANY_TEXT
    if op is sre.SUBPATTERN:
        _, add, remove, items = arg
        return _sequence(list(items), (flags | add) & ~remove)
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(arg), flags)
    if op in _REPEATS:
        low, high, items = arg
        once = _sequence(list(items), flags)
        # a text's first two characters are reached within two repeats: later powers
        # of `once` open like the second
        powers, found = _ANY_TEXT, _ANY_TEXT if low == 0 else frozenset()
        for count in range(1, min(high, DEPTH) + 1):
            powers = _concatenated(powers, once)
            if count >= min(low, DEPTH):
                found = _merged([*found, *powers])
        return found
    if op is sre.BRANCH:
        return _merged([term for branch in arg[1] for term in _sequence(list(branch), flags)])
    return frozenset({(_one_character(op, arg, flags),)})


def _one_character(op: object, arg: object, flags: int) -> frozenset[str]:
    """The characters (ASCII, and `BEYOND`) a one-character item matches."""
    if op is sre.LITERAL:
        chars, beyond = _matching(re.escape(chr(arg)), flags), _beyond_literal(arg, flags)
    elif op is sre.NOT_LITERAL:
        chars, beyond = _matching(f"[^{re.escape(chr(arg))}]", flags), True
    elif op is sre.ANY:
        chars, beyond = ASCII, True
    elif op is sre.IN:
        chars, beyond = _matching(_char_class(arg), flags), _beyond_class(arg, flags)
    else:
        raise _Unknown(op)
    return chars | {BEYOND} if beyond else chars


def _beyond_literal(code: int, flags: int) -> bool:
    """Whether a literal may match a character beyond ASCII."""
    return code > 127 or (bool(flags & re.IGNORECASE) and chr(code) in _FOLDING)


def _beyond_class(items: list[tuple], flags: int) -> bool:
    """Whether a character set may match a character beyond ASCII."""
    for op, arg in items:
        if op is sre.LITERAL and not _beyond_literal(arg, flags):
            continue
        if op is sre.RANGE and arg[1] < 128 and not (
                flags & re.IGNORECASE and any(arg[0] <= ord(c) <= arg[1] for c in _FOLDING)):
            continue
        return True
    return False


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
