"""Names that several register entries share (`Foreign Office`: the British one, the West
German Auswärtiges Amt in translation): the entry is chosen by the document's country
context, the evidence rows of the `name-context` table (row name: a register id)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from tei.convert.index_persons import indexed_names
from tei.convert.lifespan import OFFICE_BEFORE, in_office_reach
from tei.convert.name_index import tokens
from tei.convert.patterns import Patterns
from tei.convert.register import SPACED_GATE, Entry, Register
from tei.convert.register_derived import Positions, by_positions, derived

if TYPE_CHECKING:
    from tei.convert.context import Context


def _key(kind: str, form: str) -> tuple[str, ...]:
    return (kind, *(t.group().casefold().replace("’", "'") for t in tokens(form)))


@lru_cache(maxsize=4)
def shared_forms(register: Register) -> dict[tuple[str, ...], tuple[Entry, ...]]:
    """Name forms (as folded tokens) that more than one register entry of a kind carries
    (read off the register's token trie: the forms were tokenised and folded there)."""
    def work() -> Positions[tuple[str, ...]]:
        owners: dict[tuple[str, ...], dict[str, Entry]] = {}
        for words, entries in register.name_forms():
            for entry in entries:
                owners.setdefault((entry.kind, *words), {})[entry.id] = entry
        return by_positions({key: found for key, found in owners.items() if len(found) > 1},
                            register)

    return derived(register, "shared-forms", __file__, work)


def candidates(register: Register, entry: Entry, form: str,
               year: int | None = None) -> tuple[Entry, ...]:
    """The entries that `form` (matched as `entry`) may stand for; one when unambiguous;
    of several, those whose period holds the document's `year` (`in_period`)."""
    shared = shared_forms(register).get(_key(entry.kind, form), (entry,))
    return in_reach(in_period(shared, year), form, year) if len(shared) > 1 else shared


def in_reach(persons: tuple[Entry, ...], form: str, year: int | None) -> tuple[Entry, ...]:
    """(ocr93) Of persons a surname alone may name in a dated document, those whose dated
    offices come near its year (`lifespan.in_office_reach`: `KENNEDY` signing from London in
    1939 is the ambassador, not his son, whose offices begin in 1953, whatever `Berlin` in
    the text says for the President); (lead96) of persons a full name names (`George Bush`,
    father and son), those whose dated offices the year falls in or shortly follows (a page
    of 2006 names the son; one of 1990 the father, though the son's career was near); all
    of them when none or every one does."""
    if year is None or any(p.kind != "person" for p in persons):
        return persons
    before = OFFICE_BEFORE if len(form.split()) == 1 else 0
    near = tuple(p for p in persons if in_office_reach(p, year, before))
    return near or persons


_YEAR_OF = re.compile(r"^\d{4}")


@lru_cache(maxsize=256)
def period(entry: Entry) -> tuple[int | None, int | None]:
    """The years an entry's regularised name carries (`@from`, `@to`: the German Reich's
    Auswärtiges Amt to 1945, the Federal Foreign Office from 1951), either open."""
    reg = entry.element.find("{*}*[@type='reg']")
    years = [_YEAR_OF.match(reg.get(end, "")) if reg is not None else None
             for end in ("from", "to")]
    first, last = (int(year.group()) if year else None for year in years)
    return first, last


def in_period(entries: tuple[Entry, ...], year: int | None) -> tuple[Entry, ...]:
    """(leftover23) Of entries sharing a name, those whose period holds `year`; a period
    that closed is reached only by a date in it (an undated document names the body of
    today); all of them when none does."""
    def holds(entry: Entry) -> bool:
        first, last = period(entry)
        if year is None:
            return last is None
        return (first is None or first <= year) and (last is None or year <= last)
    return tuple(entry for entry in entries if holds(entry)) or entries


@lru_cache(maxsize=4)
def context_ids(patterns: Patterns) -> frozenset[str]:
    """The register ids that have `name-context` rows (worked out once per tables)."""
    return frozenset(row.name for row in patterns.regexes.get("name-context", ()))


# The opening lines (letterhead, title, heading: the short lines before the first line of
# prose) name the document's own country, where a ministry or party body named without its
# country belongs: evidence there decides, the whole text only breaks its ties.
OPENING_LINES = 12
_CLOSING_QUOTES = "'’\"”"
PROSE_WORDS = 15


# a word set letter-spaced for emphasis (`P r a g u e` under an inside address)
_SPACED_WORD = re.compile(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?!\S)")


def evidence(text: str, entries: tuple[Entry, ...], patterns: Patterns) -> Counter[str]:
    """How often the document's text shows the context of each entry (its `name-context`
    rows: places, governments, offices of its country); letter-spaced words count as read."""
    text = _SPACED_WORD.sub(lambda run: run.group().replace(" ", ""), text) \
        if SPACED_GATE.search(text) else text
    ids = {entry.id for entry in entries}
    found: Counter[str] = Counter({ident: 0 for ident in sorted(ids)})
    for row in patterns.regexes.get("name-context", ()):
        if row.name in ids and row.may_occur(text):
            found[row.name] += sum(1 for _ in row.regex.finditer(text))
    return found


def _opening(text: str) -> str:
    """The document's opening: its first non-blank lines, up to the first line of prose (a
    long line ending a sentence; a long archive title, unstopped, is still heading, its
    quoted subject closing it too: `Cable from the Foreign Ministry, '... Issue'`)."""
    lines: list[str] = []
    for line in text.splitlines():
        prose = len(line.split()) >= PROSE_WORDS and not line.rstrip().rstrip(
            _CLOSING_QUOTES)[-1:].isalnum()
        if prose or len(lines) == OPENING_LINES:
            break
        if line.strip():
            lines.append(line)
    return "\n".join(lines)


# the `mission-country` groups that give the host of a `host-bodies` item's body
_HOST_GROUPS = {"party": ("host",), "ministry": ("post",)}


def in_context(text: str, entries: tuple[Entry, ...], patterns: Patterns,
               parties: bool = True, host: str = "", titled: str = "",
               occupations: str = "") -> Entry | None:
    """The one entry the document's context points to (strictly the most evidence in the
    parties' own countries its title's parties (`titled`, wherever the page gives its
    title) or its opening names, or the title's persons' register `occupations` give,
    else in its opening, else in the whole text), or None when it shows none or several
    equally. The whole text is read only when the opening does not decide, and the
    parties before anything else, when `parties`; for a body of a mission's host (`host`,
    its `host-bodies` item: a `party` body, a `ministry` a US post deals with) the host
    country of the parties' mission (a ministry: of the US post, group `post`) first; a
    ministry is none when the opening names a post whose host none of the entries is of
    (a US cable from Tel Aviv: no Belgian ministry), a party body the parties' own."""
    head = _opening(text)
    first = _HOST_GROUPS.get(host, ())
    for group in (*first, "own") if first else ("own",) if parties else ():
        for source in (titled, head, occupations):
            found = evidence(_mission_countries(source, patterns, group), entries, patterns)
            if _strict(found, entries) is not None:
                return _strict(found, entries)
        if group == "post" and _mission_countries(head, patterns, group).strip():
            return None  # (misses39) the US post's host's ministry, which none of them is
    opening = evidence(head, entries, patterns)
    if _strict(opening, entries) is not None:
        return _strict(opening, entries)
    whole = evidence(text, entries, patterns)
    scores = sorted(((opening[e.id], whole[e.id], e) for e in entries), key=lambda s: s[:2],
                    reverse=True)
    if scores[0][:2] == (0, 0) or (len(scores) > 1 and scores[1][:2] == scores[0][:2]):
        return None
    return scores[0][2]


def party_occupations(titled: str, register: Register) -> str:
    """The register occupations of the persons the title's parties name, one a line
    (`Ambassador Allardt, Moscow, to the Foreign Office`: `West German Ambassador to the
    Soviet Union`, whose mission country is the sender's own)."""
    shared = shared_forms(register)  # a name several persons share tells no one's country
    return "\n".join("".join(o.itertext()) for m in register.find(titled, ("person",))
                     if _key("person", m.form) not in shared
                     for o in m.entry.element.iterfind("{*}occupation")) if titled else ""


def _mission_countries(opening: str, patterns: Patterns, group: str = "own") -> str:
    """The countries the opening gives its parties' missions and ministries
    (`mission-country`: `Polish Ambassador to the DPRK` gives `Polish` as `own`, `DPRK`
    as `host`), one a line; not those of a conversation's other party (`interlocutor`:
    `with ...`)."""
    for row in patterns.regexes.get("interlocutor", ()):
        opening = row.regex.sub(_kept, opening)
    return "\n".join(found.group(group) for row in patterns.regexes.get("mission-country", ())
                     if group in row.regex.groupindex for found in row.regex.finditer(opening))


def _kept(cut: re.Match[str]) -> str:
    return cut.group("kept") if "kept" in cut.re.groupindex else ""


def _strict(found: Counter[str], entries: tuple[Entry, ...]) -> Entry | None:
    """The entry with strictly the most evidence in `found`, if any has some."""
    counts = sorted(found.values(), reverse=True)
    if not counts[0] or (len(counts) > 1 and counts[1] == counts[0]):
        return None
    return max(entries, key=lambda e: found[e.id])


def told_apart(persons: list[Entry], ctx: Context) -> Entry | None:
    """(frus60) The one of several register persons a surname alone fits in the document's
    year (`Dulles` signing a Department of State telegram of 1955: the Secretary, not his
    brother at the Central Intelligence Agency) that the document's notes or (wcda64) its
    page's index of persons name in full (`named_in_full`) or its context rows
    (`name-context`) point to; None unless every one of them has rows, or when they do not
    tell."""
    patterns = ctx.res.patterns
    if len(persons) < 2:
        return None
    notes = "\n".join(note for _, note in ctx.footnotes.values())
    if (named := named_in_full(tuple(persons), notes)) is not None:
        return named
    if (named := named_in_full(tuple(persons), indexed_names(ctx.text, patterns))) is not None:
        return named  # (wcda64) the page's index of persons (`Botha, R. F. ...`)
    if not all(person.id in context_ids(patterns) for person in persons):
        return None
    return in_context(ctx.text, tuple(persons), patterns, parties=False)


@lru_cache(maxsize=1024)
def named_in_full(persons: tuple[Entry, ...], text: str) -> Entry | None:
    """(cw63) The one of `persons` that `text`, an edition's notes, names by a longer form of
    theirs (`3 T.C. Webb, New Zealand Minister of External Affairs.` glossing the `Mr Webb
    [3]` it is anchored to, James E. Webb being in office too), else None. Only the notes:
    a text may name a namesake in full beside its man (`General Chiang`, the son, presenting
    a letter from `Generalissimo Chiang Kai-shek`)."""
    named = [person for person in persons
             if any(re.search(r"(?<![\w.])" + re.escape(form) + r"(?![\w'’-])", text)
                    for form in _longer_forms(person))]
    return named[0] if len(named) == 1 else None


@lru_cache(maxsize=4096)
def _longer_forms(person: Entry) -> tuple[str, ...]:
    """The person's name forms of two words or more."""
    forms = ("".join(form.itertext()).strip() for form in person.element.iterfind("{*}persName"))
    return tuple(form for form in forms if len(form.split()) > 1)
