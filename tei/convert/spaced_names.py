"""(ocr94) A person's name half letter-spaced, as the OCR of a printed Cabinet paper's
attendance gives it: the surname spaced after its given name or title in plain capitals
(`SELWYN L L O Y D`, `CHARLES H I L L`, `Sir DAVID E C C L E S`, `VISCOUNT H A I L S H A M`,
`LORD M I L L S`), or the given name spaced before the surname (`H E N R Y BROOKE`): the spaced
run read as one word joined to its neighbour, a name when the two words are a whole register
name (never a name read inside the run alone, `CHARLES H`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Protocol, TypeVar


class _Spanned(Protocol):
    start: int
    end: int


E = TypeVar("E")
M = TypeVar("M", bound=_Spanned)

# the word before the run: capitalised, two letters or more (`SELWYN`, `Sir`, `VISCOUNT`)
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][A-Za-z'’-]{1,20}) $")
# the word after it, in capitals (`BROOKE`), a comma or stop may follow
_WORD_AFTER = re.compile(r" ([A-Z][A-Z'’-]{1,20})(?![\w'’-])")
_LOOK_BACK = 24  # characters before the run where its neighbour word stands


def joined_name(text: str, start: int, end: int,
                whole_name: Callable[[str], E | None]) -> tuple[int, int, E] | None:
    """The span and entry of the letter-spaced run `text[start:end]` joined to the word
    before it, else to the word after it, when `whole_name` finds the two words a whole
    name; None when neither is."""
    word = text[start:end].replace(" ", "")
    head = text[max(0, start - _LOOK_BACK):start]
    before = _WORD_BEFORE.search(head)
    if before is not None:
        entry = whole_name(f"{before.group(1)} {word}")
        if entry is not None:
            return start - len(head) + before.start(1), end, entry
    after = _WORD_AFTER.match(text, end)
    if after is not None:
        entry = whole_name(f"{word} {after.group(1)}")
        if entry is not None:
            return start, after.end(1), entry
    return None


def with_joined(text: str, span: tuple[int, int], found: list[M],
                whole_name: Callable[[str, tuple[str, ...]], Any], kinds: tuple[str, ...],
                make: Callable[..., M]) -> tuple[list[M], bool]:
    """`found` (the register's matches, with `start` and `end`) with the person's name the run
    at `span` makes joined to its neighbour word in place of the matches it overlaps, and
    whether it made one (`make`: the match class, given start, end, entry and form)."""
    joined = joined_name(text, *span, lambda form: whole_name(form, ("person",))) \
        if "person" in kinds else None
    if joined is None:
        return found, False
    start, end, entry = joined
    kept = [m for m in found if m.end <= start or end <= m.start]
    return [*kept, make(start, end, entry, text[start:end])], True
