"""(ocr72) Names as American typists wrote them in a mixed-case text, the surname in
capitals (a CIA memorandum's or an embassy airgram's convention): a given name, one initial
and the surname (`Georgiy M. ZINCHUK`; without the initial, a given name the register
knows: `Olga PETROVIC`, or (intel80) any after the noun of an occupation: `the writer
Jurek BECKER`; where a name of initials in capitals, `P. M. LITVINOV`, needs two:
`namerules.INITIALS_CAPITALS_NAME`), or the whole name in capitals opening with a given
name of four letters or more the register knows (`MIECZYSLAW TOMALA`, `ROBERT K.
HALLORAN`; not a State file's `POL TUR`).
The given name is no title, function word or register name (`Annex B. NATO`), the surname
no register place or body and no common word of a capitals text (`Part A. SECRET`). The
surname is kept as written for its later mentions alone (`ZINCHUK stated`)."""

from __future__ import annotations

import re
from functools import lru_cache

from tei.convert.context import Context
from tei.convert.namerules import Rules
from tei.convert.romanised import fold

_SURNAME = r"(?P<surname>[A-Z]{3,}+(?:-[A-Z]{2,}+)?)(?![\w'’-])"
# (intel81) a given name with a letter of a Latin alphabet's accents (`der Student Jürgen FUCHS`)
_MIXED_GIVEN = re.compile(rf"(?<![\w.'’-])(?P<given>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{{2,}}+)\s"
                          rf"(?P<initial>[A-Z]\.\s?)?{_SURNAME}")
_CAPITALS_RUN = re.compile(r"[A-Z]{3}")
_UNFOLDED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i"})  # letters NFKD keeps
_CAPITALS_GIVEN = re.compile(rf"(?<![\w.'’-])(?P<given>[A-Z]{{4,}}+)\s(?:[A-Z]\.\s?)?{_SURNAME}")


def given_initial_capitals(piece: str, ctx: Context, rules: Rules) -> list[tuple[int, int]]:
    """Spans of the names of `piece` with the surname in capitals; none in a capitals text."""
    if not _CAPITALS_RUN.search(piece) or piece.isupper():
        return []
    common = ctx.res.patterns.words("capitals-common-words")
    given_names = _typed(ctx.res.register.given_names)
    occupations = ctx.res.patterns.words("capitals-occupation-words")
    spans = []
    for regex in (_MIXED_GIVEN, _CAPITALS_GIVEN):
        for match in regex.finditer(piece):
            given, surname = match.group("given"), match.group("surname")
            known = fold(given).translate(_UNFOLDED) in given_names or (
                not given.isupper() and _after_occupation(piece, match.start(), occupations))
            if (not known if given.isupper() or not match.groupdict().get("initial")
                    else given.casefold() in rules.leading_words or ctx.res.register.find(given)) \
                    or (given.casefold() in rules.not_names and not _month_given(
                        given, known, ctx)) or surname.casefold() in common \
                    or any(m.entry.kind != "person" for m in ctx.res.register.find(surname)):
                continue
            spans.append(match.span())
            if surname.isalpha():
                ctx.note_surname(surname)
    return spans


def _month_given(given: str, known: bool, ctx: Context) -> bool:
    """(intel80) Whether a month's abbreviation is here a given name the register knows, in
    mixed case before a surname in capitals (`the student leader Jan KAVAN`)."""
    return known and not given.isupper() and given.casefold() in ctx.res.patterns.words("months")


_LAST_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,}+)\s$")  # a whole word, linear


def _after_occupation(piece: str, start: int, occupations: dict[str, str]) -> bool:
    """(intel80) Whether the name at `start` follows a noun of an occupation (`the writer
    Jurek BECKER`, `der Schriftsteller Jurek BECKER`: table `capitals-occupation-words`)."""
    word = _LAST_WORD.search(piece, max(0, start - 25), start)
    return word is not None and word.group(1).casefold() in occupations


@lru_cache(maxsize=2)
def _typed(given_names: frozenset[str]) -> frozenset[str]:
    """The register's given names as a typewriter wrote them (`mieczyslaw`, `jozef`)."""
    return frozenset(name.translate(_UNFOLDED) for name in given_names)
