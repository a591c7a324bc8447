"""(reg59) A place's one-word name that is the surname of a person the document names in
full (a Soviet record's heading `Mahmud RIYAD`, then `Riyad said`: Egypt's foreign minister,
not Riyadh, whose variant `Riyad` is): that person wherever the surname stands alone, unless
a place's preposition stands right before it (`flew to Riyad`) or the place is a country,
one the register gives a capital (a memo naming `Hamilton Jordan` still has `Jordan's
King`). The full name is a register person's form of two or more words ending in the
surname (its case may differ: `RIYAD`); of several such persons none is chosen.
(frus67) A place's name, a country's too, as the subject of a verb of speech (`Togo has
told me more than once`, Grew's telegram of 1941) is the one register person of that surname
in a dated office in the document's year, not one of that country's (Japan's foreign
minister; `France said` is no Mendès France), when the document never writes the name
after a place's preposition (`Jordan said` where `to Jordan` stands is no Hamilton Jordan)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from tei.convert import literals
from tei.convert.context import Context
from tei.convert.countries import of_country
from tei.convert.lifespan import in_office
from tei.convert.patterns import Patterns
from tei.convert.register import Entry, NameMatch, Register
from tei.convert.states import is_country

# the words before a place's name that keep it the place (`to Riyad`, `in Jordan`)
_PREPOSITIONS = frozenset({"in", "at", "from", "to", "of", "near", "via", "for", "into",
                           "through", "toward", "towards", "and", "or"})
_WORD_BEFORE = re.compile(r"([\w'’]+)[^\w]*$")


def surnamed_places(piece: str, found: list[NameMatch], ctx: Context) -> list[NameMatch]:
    """`found` with each one-word place that is the surname of a person the document names
    in full read as that person."""
    if not ctx.text or not any(m.entry.kind == "place" for m in found):
        return found
    return [_person_of(piece, m, ctx) if m.entry.kind == "place" else m for m in found]


def _person_of(piece: str, match: NameMatch, ctx: Context) -> NameMatch:
    """`match` as the person the document names in full with its form as surname, else
    `match` itself."""
    form = match.form.strip()
    if form.isalpha() and _speech_after(ctx.res.patterns).match(piece, match.end) \
            and not _as_place(ctx.text, form):
        speakers = [e for e in ctx.res.register.persons_by_surname(form) if ctx.year
                    and in_office(e, ctx.year) and not of_country(e, match.entry, ctx.res.patterns)]
        if len(speakers) == 1:
            return replace(match, entry=speakers[0])
    if not form.isalpha() or len(form) < 4 or is_country(match.entry):
        return match
    before = _WORD_BEFORE.search(piece, 0, match.start)
    if before and before.group(1).casefold() in _PREPOSITIONS:
        return match
    person = _named_in_full(ctx.text, form.casefold(), ctx.res.register)
    return replace(match, entry=person) if person is not None else match


@lru_cache(maxsize=256)
def _named_in_full(text: str, surname: str, register: Register) -> Entry | None:
    """The one register person that `text` names by a form of two or more words ending in
    `surname` (folded), else None."""
    persons = {m.entry.id: m.entry for hit in _full_names(text, surname)
               for m in register.find(hit.group(), ("person",))
               if m.end == len(hit.group()) and " " in m.form.strip()}
    return next(iter(persons.values())) if len(persons) == 1 else None


@lru_cache(maxsize=2048)
def _full_name(surname: str) -> re.Pattern[str]:
    """The regex of a name of two to four capitalised words ending in `surname` (folded),
    compiled once a surname (`re`'s own cache of 512 patterns is flooded in a long run)."""
    return re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*+(?:\s[A-Z][\w'’-]*+){0,2}\s(?i:"
                      + re.escape(surname) + r")(?![\w'’-])")


def _full_names(text: str, surname: str) -> list[re.Match[str]]:
    """`_full_name(surname).finditer(text)`, its regex tried (speed67) only at the starts of
    the three words at most before each place `surname` (ASCII, folded as `(?i:...)` reads
    it: `literals.folded`) stands after a space, where its matches can start: the scan of
    the whole text cost more than the rest of a document's surnamed places."""
    folded, full = literals.folded(text), _full_name(surname)
    if not surname.isascii() or len(folded) != len(text):
        return list(full.finditer(text))
    starts: set[int] = set()
    at = folded.find(surname, 1)
    while at != -1:
        starts.update(_word_starts(text, at - 1))
        at = folded.find(surname, at + 1)
    hits: list[re.Match[str]] = []
    for start in sorted(starts):
        if (not hits or start >= hits[-1].end()) and (hit := full.match(text, start)):
            hits.append(hit)
    return hits


_WORDS_BEFORE = 3  # the words of a name before its surname, at most (`_full_name`)


def _word_starts(text: str, end: int) -> list[int]:
    """The starts of the runs of word characters, apostrophes and hyphens (three at most)
    before the whitespace character at `end`, each after one whitespace character."""
    starts: list[int] = []
    while len(starts) < _WORDS_BEFORE and end > 0 and text[end].isspace():
        start = end
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_'’-"):
            start -= 1
        if start == end:
            break
        starts.append(start)
        end = start - 1
    return starts


@lru_cache(maxsize=4)
def _speech_after(patterns: Patterns) -> re.Pattern[str]:
    """A verb of speech (table `speech-verbs`) right after a name, perhaps after an
    auxiliary or an adverb (`has told`, `had already said`)."""
    verbs = "|".join(map(re.escape, patterns.words("speech-verbs")))
    return re.compile(rf"\s++(?:(?:has|had|have|then|also|again|already|once)\s++){{0,2}}"
                      rf"(?:{verbs})\b")


@lru_cache(maxsize=256)
def _as_place(text: str, name: str) -> bool:
    """Does `text` write `name` after a place's preposition anywhere (`to Jordan`)?"""
    words = "|".join(sorted(_PREPOSITIONS - {"and", "or"}))
    return re.search(rf"(?<![\w'’])(?i:{words})\s++{re.escape(name)}(?![\w'’])", text) is not None
