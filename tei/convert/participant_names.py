"""(frus37) A name standing alone on a listed line under a memorandum's participants label
(a FRUS meeting record's `PARTICIPANTS` / `- CIA` / `- John McMahon`, `- Robert Pastor***`,
`- Kenneth Bass III`): the list names persons, so the line's name is one though no register
knows it and no title or role marks it.

(frus80) A meeting's roster line by agency (`State—U. Alexis Johnson, William H. Sullivan`,
`NSC Staff—Col. Richard T. Kennedy, Rosemary Niehuss`: the Nixon and Ford minutes' form)
names persons in each of its comma pieces, so each is a name position when every piece is a
name (a rank before it perhaps)."""

from __future__ import annotations

import re

from tei.convert.model import Inlines, text_of
from tei.convert.namerules import plausible_name
from tei.convert.patterns import Patterns

# a given name, perhaps an initial, one or two more names, a generational suffix, then the
# list's asterisks keyed to its notes (`***`) or a role in parentheses
_BARE_NAME = re.compile(r"^(?P<name>[A-Z][a-z][\w'’-]*+(?:\s++[A-Z]\.)?(?:\s++[A-Z][a-z][\w'’-]*+)"
                        r"{1,2}(?:,?\s++(?:Jr\.|Sr\.|II|III|IV))?)\**+(?:\s++\([^()]{1,30}\))?$")
_LISTING_LABELS = frozenset({"participants", "also present"})


def participant_name(text: str, heads: list[Inlines], patterns: Patterns) -> list[tuple[int, int]]:
    """The span of the name a listed line gives alone, when the last block label among the
    heads above it is a participants label (not a subject's); else none."""
    if not under_participants(heads, patterns):
        return []
    found = _BARE_NAME.match(text)
    if found is None or not plausible_name(found.group("name"), patterns):
        return []
    return [found.span("name")]


def under_participants(heads: list[Inlines], patterns: Patterns) -> bool:
    """Whether the last block label among the heads is a participants label: a listed line
    under it is a participant (`- David Aaron, Chairman`), never an inside address."""
    labels = [label for label in (text_of(head).strip() for head in heads)
              if patterns.match("frus-block-label", label)]
    return bool(labels) and labels[-1].rstrip(" :").casefold() in _LISTING_LABELS


# an agency's short label, a dash, then the names it sent, separated by commas
_ROSTER = re.compile(r"^[A-Z][\w/&.’'-]*+(?:\s[A-Z][\w/&.’'-]*+){0,3}\s?[—–]\s?(?=[A-Z])")
# a piece: ranks or styles with a stop or a spelled-out rank, then a name (an initial first
# perhaps: `U. Alexis Johnson`), a generational suffix perhaps
_ROSTER_NAME = re.compile(
    r"^(?:(?:[A-Z][a-z]{1,4}\.\s)+|(?:Admiral|General|Ambassador|Colonel|Captain|Major)\s)?"
    r"(?P<name>(?:[A-Z]\.\s)?[A-Z][a-z][\w'’-]*+(?:\s[A-Z]\.)*(?:\s[A-Z][a-z][\w'’-]*+){1,2}"
    r"(?:,?\s(?:Jr\.|Sr\.|II|III|IV))?)$")
_ROSTER_SPLIT = re.compile(r",\s(?!(?:Jr\.|Sr\.|II|III|IV)(?:,|$))")


def roster_names(text: str, patterns: Patterns) -> list[tuple[int, int]]:
    """The spans of the names an agency's roster line gives (`Defense—Kenneth Rush, G.
    Warren Nutter`), when each of its comma pieces is a name; else none."""
    found = _ROSTER.match(text) if "—" in text or "–" in text else None
    if found is None:
        return []
    spans, at = [], found.end()
    for piece in _ROSTER_SPLIT.split(text[at:]):
        name = _ROSTER_NAME.match(piece)
        if name is None or not plausible_name(name.group("name"), patterns):
            return []
        spans.append((at + name.start("name"), at + name.end("name")))
        at += len(piece) + 2
    return spans
