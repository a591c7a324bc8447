"""(wc54) The persons a meeting's minutes list in their attendance line, and the speakers
named later by the surname in capitals alone.

A line opening with an attendance label or a side's or delegation's label (table
`attendance-labels`: `Present from the Bulgarian side: Todor Zhivkov, Konstantin Tellalov;
from the Mongolian side: ...`,
`Participants: ...`, `On the Soviet side: ...`, `For the HSWP: ...`, a register country
alone: `Bulgaria: Ivan Bashev, ...`) lists persons between its commas, semicolons and
`and`: an item of two or three capitalised words (an office after a dash or in parentheses
left out: `Boris Velchev – Secretary of the CC`), no initials, that could be a name and
opens with no month's name (`March Plenum`) nor a title (`General Rogers`), is a person
though the register lacks it (its known names are the register's). A speaker's label
opening a line, the surname alone in capitals and a colon (`TELLALOV: We are glad ...`), is
the one person the document has named with that surname. (wcda58) A distribution line
(`Distributed: Novotný, Široký, Hendrych`) lists its readers by surname alone. (wcdu94) A
speaker's label of one word in mixed case in a dialogue (`turn_labels.py`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tei.convert.context import Context
from tei.convert.namerules import plausible_name
from tei.convert.patterns import Patterns
from tei.convert.turn_labels import one_word_speaker

_COUNTRY_LABEL = re.compile(r"^(?P<country>[A-Z][\w'’ -]{2,40}?)\s*+:\s++")
# a side's label inside the list (`; from the Mongolian side: ...`) and a comrade's title
# (wcdy97) the side's label closed by a dash as well (`From the Bulgarian side – Stanko ...`)
_INNER_LABEL = re.compile(
    r"(?i)^\s*+(?:and\s++)?(?:(?:on|from|for)\s++the\s++[^:;,\n]{2,40}?\s++side"
    r"\s*+(?::|[–—]\s)\s*+)?(?:(?:comrades?|cdes?\.)\s++)?")
# (wcdy97) a minutes' attendance formula inside a line, as a PDF export runs the heading on
# (`..., Boyana Residence The meeting was attended by: From the Bulgarian side – ...`)
_MID_LABEL = re.compile(r"(?i)\b(?:was|were)\s++attended\s++by\s*+:\s*+")
# the list's end: a word's stop (three small letters before it: no `Gen.`, `Dr.`) before a
# capital, no side's label (`. From the Cuban side – ...` goes on)
_SENTENCE_END = re.compile(r"(?<=[a-z]{3})\.\s++"
                           r"(?!(?i:on|from|for)\s++the\s++[^:;,.]{2,40}?\s++side\b)(?=[A-Z])")
# an item of the list: up to a comma, a semicolon or `and`, or (wcdy97) the stop before the
# next side's label (`Penju Kiratzov. From the Cuban side – ...`)
_ITEM = re.compile(r"(?:[^,;\s.]++|\.(?!\s++(?i:on|from|for)\s++the\s)|\s++(?!and\s))++")
# a member's office after his name, after a dash or in parentheses (`Boris Velchev – Secretary
# of the CC`, `Boris Velchev (Secretary of the CC)`)
_ROLE_AFTER = re.compile(r"(?<!\s)\s++[–—-]\s|(?<!\s)\s*+\(")
_FULL_NAME = re.compile(r"^[A-ZÀ-Ž][a-zß-ž'’-]++(?:\s[A-ZÀ-Ž][a-zß-ž'’-]++){1,2}$")
_CAPITALS_SPEAKER = re.compile(r"^(?P<surname>[A-ZÀ-Ž][A-ZÀ-Ž'’-]{2,}+)(?=:\s)")


def listed_names(piece: str, ctx: Context) -> list[tuple[int, int, str]]:
    """The spans of the names an attendance line lists that the register does not know,
    each with its name as written, and of a speaker's surname in capitals (as the module
    says)."""
    labelled = ctx.res.patterns.match("attendance-labels", piece)
    label = labelled[1] if labelled else _country_label(piece, ctx) or _MID_LABEL.search(piece)
    found = _items(piece, label.end(), ctx, _list_end(piece, label)) if label else []
    readers = ctx.res.patterns.match("reader-labels", piece) if not label else None
    found += _surnames(piece, readers[1].end(), ctx) if readers else []
    speaker = _CAPITALS_SPEAKER.match(piece)
    if speaker and not ctx.res.register.find(speaker.group()):
        named = {e.id: e for e in ctx.named_by_surname(speaker.group().title())}
        if len(named) == 1:
            found.append((0, speaker.end(), next(iter(named.values())).reg))
    elif not label and not readers:  # (wcdu94) `‘Amir: Why, Sir?` in a dialogue
        found += one_word_speaker(piece, ctx, surname_stop(ctx.res.patterns))
    return found


def _country_label(piece: str, ctx: Context) -> re.Match[str] | None:
    """A delegation's line labelled by its country alone (`Bulgaria: Ivan Bashev, ...`)."""
    found = _COUNTRY_LABEL.match(piece)
    entry = ctx.res.register.lookup(found.group("country")) if found else None
    return found if entry is not None and entry.kind == "place" else None


def _list_end(piece: str, label: re.Match[str]) -> int:
    """(wcdy97) Where a list after a label inside a line ends: at the first sentence after it
    that opens with no side's label (the PDF export's text runs on); a line's own label's
    list runs to the line's end."""
    if label.re is not _MID_LABEL:
        return len(piece)
    stop = _SENTENCE_END.search(piece, label.end())
    return stop.start() if stop else len(piece)


def _items(piece: str, start: int, ctx: Context, end: int | None = None
           ) -> list[tuple[int, int, str]]:
    """The unknown full names among the list's items from `start` on (to `end`)."""
    found = []
    for item in _ITEM.finditer(piece, start, len(piece) if end is None else end):
        inner = _INNER_LABEL.match(item.group())
        a = item.start() + (inner.end() if inner else 0)
        name = _ROLE_AFTER.split(item.group()[a - item.start():], maxsplit=1)[0].rstrip(" .")
        if _FULL_NAME.match(name) and plausible_name(name, ctx.res.patterns) \
                and not _dated(name, ctx) and not ctx.res.register.find(name):
            found.append((a, a + len(name), name))
    return found


# (wcda58) a distribution list's reader by surname alone (`Novotný`, `Hendrych`), maybe after
# `Cde.`; not an office's acronym in capitals (`MFA`) nor a body of several words
_SURNAME_ITEM = re.compile(r"^(?:(?:Comrades?|Cdes?\.)\s++)?(?P<surname>[A-ZÀ-Ž][a-zß-ž'’-]{3,}+)$")


def _surnames(piece: str, start: int, ctx: Context) -> list[tuple[int, int, str]]:
    """(wcda58) The unknown surnames a distribution line lists from `start` on (table
    `reader-labels`: `Distributed: Novotný, Široký, David, Hendrych, 1st Department`),
    each item a capitalised word alone that could be a name, no place's or body's."""
    stop = surname_stop(ctx.res.patterns)
    found = []
    for item in _ITEM.finditer(piece, start):
        text = item.group().strip(" .")
        named = _SURNAME_ITEM.match(text)
        surname = named.group("surname") if named else ""
        if surname and surname.casefold() not in stop \
                and plausible_name(surname, ctx.res.patterns) \
                and ctx.res.register.lookup(surname) is None:
            a = item.start() + item.group().index(surname)
            found.append((a, a + len(surname), surname))
    return found


def _dated(name: str, ctx: Context) -> bool:
    """Whether an item names a month before its last word (`March Plenum`), or opens with a
    title (`General Rogers`, left to the titled names' rules): no name of its own."""
    months, titles = ctx.res.patterns.words("months"), ctx.res.patterns.words("honorifics")
    return any(word.casefold() in months for word in name.split()[:-1]) \
        or name.split()[0].casefold().rstrip(".") in titles


@lru_cache(maxsize=4)
def surname_stop(patterns: Patterns) -> frozenset[str]:
    """The words no surname is (tables `not-names`, `office-words`, `document-parts`),
    gathered once for the tables, not at each piece."""
    return frozenset({*patterns.words("not-names"), *patterns.words("office-words"),
                      *patterns.words("document-parts")})
