"""Names with something glued to them or standing before them that is not theirs: a footnote
marker glued to a mixed-case name's last word (`Gaitskell4`, `Khrushchev12,`, `Molotov3a`),
a place whose name is a given name before a surname (`Milan Stojadinovic`), and a person's
name that names a collection (`Dulles Papers`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tei.convert.context import Context
    from tei.convert.namerules import Rules
    from tei.convert.patterns import Patterns
    from tei.convert.register import NameMatch

# a footnote marker glued to a word's end (`Gaitskell4`, `Molotov3a`)
_GLUED_MARKER = re.compile(r"(?<=[^\W\d_])\d{1,3}[a-z]?$")
# a footnote marker glued to the name before it, as the text goes on after the name
_GLUED_NOTE = re.compile(r"\d{1,3}[a-z]?(?![\w-])")
# the surname-like word after a given name (`Milan Gavrilovich`)
_SURNAME_AFTER = re.compile(r" ([A-Z][a-z]{2,}[\w'’-]*)(?![\w'’-])")
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "of", "near", "via", "for"})


def marker_stem(word: str) -> str:
    """`Gaitskell` of `Gaitskell4` (a footnote marker glued to a word ending in a small
    letter), '' for a word with no such marker (`JELEN1`, `B52`, `Stalin`): told at once
    when neither of its last two characters is a digit."""
    if not (word[-1:].isdigit() or word[-2:-1].isdigit()):
        return ""
    found = _GLUED_MARKER.search(word)
    return word[:found.start()] if found and word[found.start() - 1].islower() else ""


def unmarked(name: str) -> str:
    """A name without the footnote marker glued to its last word (`Mr. Gaitskell4`)."""
    last = name.rsplit(maxsplit=1)[-1] if name.strip() else ""
    stem = marker_stem(last)
    return name[:len(name) - len(last) + len(stem)] if stem else name


def glued_markers(piece: str, ends: list[int], ctx: Context) -> list[tuple[int, int, str]]:
    """(start, end, marker) of the note markers glued to the names ending at `ends` that
    the document has a note for and has not placed yet (others stay text)."""
    out: list[tuple[int, int, str]] = []
    for end in ends:
        glued = _GLUED_NOTE.match(piece, end)
        if glued and glued.group() in ctx.footnotes and glued.group() not in ctx.placed_notes:
            out.append((end, glued.end(), glued.group()))
    return out


def given_place(piece: str, match: NameMatch, ctx: Context, rules: Rules) -> bool:
    """`Milan Gavrilovich`: a place whose name is a given name (`given-name-places`) right
    before a capitalised word neither the register nor the function words know, with no
    preposition before it, is the given name of a person, not the place."""
    if match.entry.kind != "place" or match.form.casefold() not in rules.given_places:
        return False
    after = _SURNAME_AFTER.match(piece, match.end)
    before = piece[:match.start].split()[-1:]
    return bool(after) and not (before and before[0].casefold() in _PLACE_PREPOSITIONS) \
        and after.group(1).casefold() not in rules.not_names \
        and not ctx.res.register.find(after.group(1))


def eponym(piece: str, match: NameMatch, patterns: Patterns) -> bool:
    """`Yeltsin Documents`, `Dulles Papers`, `Eisenhower Library`: a person's name before a
    word of the `collection-words` table names a collection, not the person."""
    if match.entry.kind != "person":
        return False
    after = _NEXT_WORD.match(piece, match.end)
    return bool(after) and after.group(1).casefold() in patterns.words("collection-words")


_NEXT_WORD = re.compile(r"(?<![ \t])[ \t]++([A-Z][a-z]++)\b")
