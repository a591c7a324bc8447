"""(frus37) A name standing alone on a listed line under a memorandum's participants label
(a FRUS meeting record's `PARTICIPANTS` / `- CIA` / `- John McMahon`, `- Robert Pastor***`,
`- Kenneth Bass III`): the list names persons, so the line's name is one though no register
knows it and no title or role marks it."""

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
