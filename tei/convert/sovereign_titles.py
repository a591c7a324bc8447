"""A sovereign named by a title alone, as diplomats name a monarch or a pope (`the Shah`,
`ON INSTRUCTION OF SHAH`, `SHAH'S REQUEST`, `the Pope`, `the Tsar`): the one register person
whose dated occupation is that title's office in the document's year.

The `sovereign-titles` table gives each office as the register's occupations write it
(item/@n: `Shah of Iran`, `Pope`) and the titles that name its holder alone (labels). A
title is read so only where it stands alone: not after a capitalised name (`Zahir Shah`)
nor before one (`Pope Pius`) in a text in mixed case, never in lower case (`a shah`), and
only when one person held the office in the year (a year of handover names none; an
office's first or last year names its one holder).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tei.convert.context import Context
from tei.convert.model import Action, Party
from tei.convert.name_surroundings import word_before
from tei.convert.office_holders import DATED_OFFICE, YEAR_SPAN
from tei.convert.patterns import Patterns
from tei.convert.register import Entry, Register
from tei.convert.spans import Spans

# the word after the title (a name's part when capitalised in a mixed-case text)
_WORD_AFTER = re.compile(r"(?<!\s)\s++([^\W\d_][\w'’-]*+)")
_LEADING = frozenset({"the", "his", "her", "of", "to", "by", "from", "with", "and", "for"})
# (lead84) a sovereign's sign manual after his given name: `Wilhelm I.R.` (Imperator Rex),
# `Nicholas R.`, `George R.I.`; its `I` is no regnal numeral
# (never before a surname: `John R. Smith`)
_SIGN_MANUAL = re.compile(
    r"(?<![\w'’.-])(?P<name>[A-Z][a-z]++)\s(?:I\.\s?R|R\.\s?I|R)\.(?!\s?[A-Z]?[a-z])")
_SIGN_MANUAL_AT = re.compile(r"(?<=\sI)\.\s?R\.")


@lru_cache(maxsize=4)
def _scanner(patterns: Patterns) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A regex finding the table's titles (a possessive `'s` after one allowed), and each
    title's office."""
    offices = patterns.words("sovereign-titles")
    if not offices:
        return None, offices
    titles = "|".join(re.escape(title) for title in sorted(offices, key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\w'’.-])(?:{titles})(?=(?:['’]s)?(?![\w-]))"), offices


@lru_cache(maxsize=4)
def _holders(register: Register) -> dict[str, tuple[tuple[Entry, int, int], ...]]:
    """(person, first year, last year) of each span of each dated office of the register's
    persons, by the office (folded), as `office_holders` reads occupations."""
    found: dict[str, list[tuple[Entry, int, int]]] = {}
    for entry in register.entries.values():
        if entry.kind != "person":
            continue
        for occupation in entry.element.iterfind("{*}occupation"):
            for dated in DATED_OFFICE.finditer("".join(occupation.itertext())):
                found.setdefault(dated.group("office").strip(" ;,").casefold(), []).extend(
                    (entry, int(span["start"]), int(span["end"] or span["start"]))
                    for span in YEAR_SPAN.finditer(dated.group("years")))
    return {office: tuple(spans) for office, spans in found.items()}


def holder(office: str, year: int, register: Register) -> Entry | None:
    """The one register person who held `office` in `year` (inside one of that office's
    dated spans, not another office's: Pacelli was Secretary of State before he was Pope);
    a span's first or last year counts where no other holder's span meets it (cables63: the
    Shah in 1979, the office's last year, not a handover's)."""
    spans = _holders(register).get(office.casefold(), ())
    persons = {entry.id: entry for entry, first, last in spans if first <= year <= last}
    return next(iter(persons.values())) if len(persons) == 1 else None


def sovereign_marks(piece: str, taken: Spans, ctx: Context) -> list[tuple[int, int, Entry]]:
    """The titles in `piece` that name their holder alone (see the module), each with its
    person; `taken` gets their spans."""
    scanner, offices = _scanner(ctx.res.patterns)
    if scanner is None or ctx.year is None:
        return []
    out = []
    capitals = piece.isupper()
    for found in scanner.finditer(piece):
        title = found.group()
        if not title[0].isupper() or taken.overlaps(*found.span()) or (
                not capitals and _beside_name(piece, found.start(), found.end())):
            continue
        person = holder(offices[title.casefold()], ctx.year, ctx.res.register)
        if person is not None:
            taken.add(*found.span())
            out.append((found.start(), found.end(), ctx.use(person)))
    return out + _sign_manual_marks(piece, taken, ctx) if "R." in piece else out


def sign_manual_at(piece: str, end: int) -> bool:
    """Does a name ending at `end` in a regnal `I` stand before the rest of a sign manual
    (`Wilhelm I` of `Wilhelm I.R.`)?"""
    return bool(_SIGN_MANUAL_AT.match(piece, end))


def _sign_manual_marks(piece: str, taken: Spans, ctx: Context) -> list[tuple[int, int, Entry]]:
    """(lead84) A sovereign's sign manual (`Wilhelm I.R.`): the one holder of a throne of
    the `sovereign-titles` table in the document's year whose name opens with that given
    name (Wilhelm II in 1914)."""
    out = []
    for found in _SIGN_MANUAL.finditer(piece) if ctx.year is not None else ():
        if taken.overlaps(*found.span()):
            continue
        holders = {person.id: person for office in _scanner(ctx.res.patterns)[1].values()
                   if (person := holder(office, ctx.year, ctx.res.register)) is not None
                   and person.reg.split()[0] == found["name"]}
        if len(holders) == 1:
            taken.add(*found.span())
            out.append((*found.span(), ctx.use(holders.popitem()[1])))
    return out


def _beside_name(piece: str, start: int, end: int) -> bool:
    """Does a capitalised word stand right before the title (`Zahir Shah`; not an article,
    a pronoun or a preposition, nor the piece's first word) or right after it (`Pope Pius`)?"""
    before = word_before(piece, start)
    after = _WORD_AFTER.match(piece, end)
    named_before = before[:1].isupper() and before[0].isalpha() \
        and before.casefold() not in _LEADING and bool(piece[:start].split()[:-1])
    return named_before or (after is not None and after.group(1)[0].isupper())


def sovereign_parties(actions: list[Action], year: int | None, ctx: Context) -> None:
    """(wcda83) A party the title gives by a sovereign's title alone (`Memorandum from the
    Iranian Prime Minister to the Shah`): the title's one holder in the document's year, as
    in the text; not where the action names a person already."""
    offices = ctx.res.patterns.words("sovereign-titles")
    if year is None or not offices:
        return
    registered = ctx.res.register.entries
    for action in actions:
        if any(party.entry is not None and party.entry.kind == "person"
               and party.entry.id in registered for party in action.parties):
            continue
        for index, party in enumerate(action.parties):
            # (repost84) or a title a heading's parties line made a local person of (`Tsar
            # to Kaiser, Peter's Court, ...`)
            name = party.role if party.entry is None else (
                party.entry.reg if party.entry.id not in registered else "")
            title = _THE.sub("", name.strip()).casefold()
            person = holder(offices[title], year, ctx.res.register) if title in offices else None
            if person is not None:
                action.parties[index] = Party(ctx.use(person), party.role)


_THE = re.compile(r"(?i)^the\s++")
