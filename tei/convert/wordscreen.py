"""Word screens: alternations of words grouped behind their first letter, and the quick
tests (the lower-case letter runs of an ASCII text against the words an alternation can open
with) that rule a scan out before its regex runs."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache


def word_alternation(words: Iterable[str], render: Callable[[str], str] = re.escape) -> str:
    """Alternation of the regexes `render(word)`, in order, for a case-insensitive regex.

    Words that share a first letter are grouped behind it (`j(?:anuary|une)`), so the
    engine tries one branch per letter at each position instead of every word; an ASCII
    first letter is written as a case-sensitive set of every character that matches it
    ignoring case (`(?-i:[Jj])(?:anuary|une)`), which lets the engine skip a branch whose
    letter is not there without entering it. What a text matches, and which word is
    preferred, stay the same. Without such letters (or when two first letters match each
    other's case), the plain alternation."""
    words = list(words)
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1].casefold(), []).append(word)
    heads = {key: members[0][:1] for key, members in groups.items()}
    if not all(_groupable(heads[key], members, render) for key, members in groups.items()) \
            or any(a != b and re.fullmatch(re.escape(a), b, re.IGNORECASE)
                   for a in heads.values() for b in heads.values()):
        return "|".join(render(word) for word in words)
    return "|".join(f"{_letter(head)}(?:{'|'.join(render(word)[1:] for word in groups[key])})"
                    for key, head in heads.items())


# The characters beyond ASCII that an ASCII letter matches in a case-insensitive regex
# (tests/test_convert_patterns.py checks the list against every code point).
ASCII_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _letter(head: str) -> str:
    """A regex for the letter `head` in a case-insensitive regex: for an ASCII letter, the
    case-sensitive set of the characters it matches."""
    if not (head.isascii() and head.isalpha()):
        return head
    lower = head.lower()
    return f"(?-i:[{lower}{lower.upper()}{ASCII_FOLDS.get(lower, '')}])"


_LETTER_RUN = re.compile(r"[a-z]+")


def first_words(words: Iterable[str]) -> frozenset[str] | None:
    """The first words (lower-case ASCII letter runs) that a case-insensitive alternation
    of `words`, each standing as a whole word, can open with in an ASCII text, so that
    `ascii_words(text)` missing them all rules the alternation out; None when this cannot
    be told (a word opens with no letter, or with a letter that matches an ASCII one)."""
    keys = set()
    for word in words:
        folded = word.casefold()
        if not folded[:1].isalpha() or any(_may_match_ascii(char) for char in word):
            return None
        run = _LETTER_RUN.match(folded)
        if run:
            keys.add(run.group())
    return frozenset(keys)


def _may_match_ascii(char: str) -> bool:
    """Whether a character beyond ASCII may match an ASCII one in a case-insensitive regex
    (`ſ`, `K`) or folds to ASCII letters (`ß`)."""
    return not char.isascii() and (any(char in chars for chars in ASCII_FOLDS.values())
                                   or any(c.isascii() for c in char.casefold()))


# Bytes to lower-case ASCII letters, every other byte to a space: an ASCII text's letter
# runs are then its words split at spaces (one C pass, no regex, no match per word).
_LETTERS_ONLY = bytes(code | 0x20 if chr(code).isascii() and chr(code).isalpha() else 0x20
                      for code in range(256))


@lru_cache(maxsize=4)
def ascii_words(text: str) -> frozenset[str] | None:
    """The lower-case letter runs of an ASCII `text` (what `[a-z]+` finds in it lowered: a
    quick test before a scan for words), or None for any other text; the last few are
    kept, as the inline scans of one piece of text each ask for them in turn (too few to
    carry over from one document to the next)."""
    if not text.isascii():
        return None
    return frozenset(text.encode("ascii").translate(_LETTERS_ONLY).decode("ascii").split())


def may_hold(words: frozenset[str] | None, keys: frozenset[str] | None) -> bool:
    """False when a text of `ascii_words` `words` cannot hold a word opening with `keys`."""
    return words is None or keys is None or not keys.isdisjoint(words)


def _groupable(head: str, members: list[str], render: Callable[[str], str]) -> bool:
    """True when every member's regex opens with a letter that matches `head`."""
    return head.isalpha() and all(
        render(word)[:1] == word[:1] and re.fullmatch(re.escape(head), word[:1], re.IGNORECASE)
        for word in members)
