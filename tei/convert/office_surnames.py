"""A surname the register gives a person only in office: `Carter` alone is Jimmy Carter in
a document of 1977-1981 and no one outside those years (`Mitchell`, `Rogers`, `Schmidt`:
common surnames; `Battle`, `Hare`, `Rush`: English words). The register marks such a form
`surname-in-office`; it is taken in running text when the document has named that person
before (`Cordell Hull`, then `Hull`, in any year: register23), or when the document's
year lies inside one of the person's dated offices, no other register person of that
surname held a dated office that year, the document names no other person of that surname,
and the word stands alone inside a sentence: written as the register writes it (a
possessive `'s` after it), not opening a sentence or line (but for a speaker's label before
its colon, `Helms: ...`: frus60; or as a possessive, names60: `Wilson's and Kosygin's
efforts`), no capitalised word or initial right before it (`Hodding Carter`, `Mr. Carter`:
the titled and full names are read elsewhere) or after it (`Dillon Anderson`, `Marshall
Plan`), no article before it and no `of` after it (`the Battle of ...`); when namesakes held
office that year too, the
document's context rows (`name-context`) may still point to the holder. A hyphen may join
it to another register person's surname, as a meeting's heading pairs its parties
(`Carter-Gromyko Private Meeting`): such a pair is a name wherever it stands, in a
heading's capitalised words too (names27)."""

from __future__ import annotations

import re
from functools import lru_cache

from tei.convert.ambiguity import context_ids, in_context
from tei.convert.context import Context
from tei.convert.lifespan import in_office
from tei.convert.monograms import monogram_marks
from tei.convert.name_index import IN_OFFICE
from tei.convert.named_years import named_years
from tei.convert.namerules import rules
from tei.convert.noted_surnames import noted_surname_marks
from tei.convert.posted_titles import posted_surname_marks
from tei.convert.register import Entry, Register
from tei.convert.register_derived import Positions, derived
from tei.convert.sovereign_titles import sovereign_marks
from tei.convert.spans import Spans
from tei.convert.surnames import of_sex, title_sex

# a word standing alone: its shape (`_SHAPE`) and what may stand around it
# (frus67) its small letters perhaps accented (`Díaz`: Adolfo Díaz in 1927)
_SHAPE = re.compile(r"[A-Z][^\W\d_A-Z]*+(?:[A-Z][^\W\d_A-Z]++)?")
_BEFORE_WORD = r"(?<![\w.'’])(?:(?<!-)|(?<=[a-z]-))"
_AFTER_WORD = r"(?![\w]|-(?![A-Z])|['’](?!s\b))"
# the other surname of a hyphened pair (`Carter-Gromyko`, `Gromyko-Carter`)
_PARTNER_AFTER = re.compile(r"-([A-Z][a-z]++)(?![\w-])")
_PARTNER_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][a-z]++)-$")
_BEFORE = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w'’.-]*+|an?|the)\s$")
_AFTER = re.compile(r"^\s++(?:of\b|[A-Z])")
# (frus55) the other person of a pair the sentence opens with (`Matthews and Hiss have ...`)
_AND_PARTNER = re.compile(r"\s(?:and|or)\s([A-Z][a-z]++)(?![\w-])")
# (cw84) the next of a list of surnames after a comma (`Chiefs of Staff Pound, Dill and
# Portal`), or an edition's note call right after the word (`Lothian [3] who had`: the note
# says who he was; where the note is already an element, the piece ends after the word)
_COMMA_PARTNER = re.compile(r",\s([A-Z][a-z]++)(?![\w-])")
_NOTE_CALL = re.compile(r"\s?\[\d{1,3}\]")
# (names60) a possessive right after the word (`Wilson's and Kosygin's efforts`)
_POSSESSIVE = re.compile(r"['’]s(?!\w)")


@lru_cache(maxsize=4)
def office_surnames(register: Register) -> dict[str, tuple[Entry, ...]]:
    """The register's persons by their `surname-in-office` forms."""
    def work() -> Positions[str]:
        found: dict[str, list[int]] = {}
        for position, entry in enumerate(register.listed):
            for form in entry.element.iterfind("{*}persName"):
                if form.get("subtype") == IN_OFFICE:
                    found.setdefault("".join(form.itertext()).strip(), []).append(position)
        return found

    return derived(register, "office-surnames", __file__, work)


@lru_cache(maxsize=4)
def _surname_scanner(register: Register) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The words standing alone that are surnames in office (see `office_surnames`): the
    alternation of those of a word's shape, longest first (None: there are none); it finds
    what a scan for every word of that shape, kept when one of them, would. (speed26) With
    it, the alternation alone: a text it finds nowhere holds no such word, and `re` scans
    for it by the names' first letters where the scanner's lookbehinds are tried at every
    character."""
    shaped = sorted((name for name in office_surnames(register) if _SHAPE.fullmatch(name)),
                    key=lambda name: (-len(name), name))
    names = f"(?:{'|'.join(map(re.escape, shaped))})"
    return (re.compile(names), re.compile(f"{_BEFORE_WORD}{names}{_AFTER_WORD}")) \
        if shaped else None


def office_surname_marks(piece: str, taken: Spans, ctx: Context) -> list[tuple[int, int, Entry]]:
    """The surnames in office `piece` names alone (see the module), the monograms of
    persons the document names (`MT`: `monograms`) and the sovereigns named by a title alone
    (`the Shah`: `sovereign_titles`) and the surnames set off after a title and a comma
    (`posted_titles`), each with its person; `taken` gets their spans."""
    return _in_office(piece, taken, ctx) + _titled_capitals(piece, taken, ctx) + monogram_marks(
        piece, taken, ctx) + sovereign_marks(piece, taken, ctx) + posted_surname_marks(
        piece, taken, ctx) + noted_surname_marks(piece, taken, ctx)  # (cw97) `Clark [3]`


@lru_cache(maxsize=4)
def _capitals_scanner(register: Register) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The surnames in office as a telegram in capitals writes them (`SCHMIDT`), standing
    alone, with the register's form of each."""
    forms = {name.upper(): name for name in office_surnames(register) if _SHAPE.fullmatch(name)}
    names = "|".join(map(re.escape, sorted(forms, key=lambda name: (-len(name), name))))
    return (re.compile(rf"(?<![\w'’.-])(?:{names})(?![\w'’]|-(?![A-Z]))"), forms) \
        if forms else None


_TITLE_REACH = 40  # the characters before a surname a title in front of it stands in


def _titled_capitals(piece: str, taken: Spans, ctx: Context) -> list[tuple[int, int, Entry]]:
    """(cables55) A surname in office in a telegram in capitals, right after a title in
    capitals (`CHANCELLOR SCHMIDT`, `SECRETARY ROGERS`; cables83: or a form of address,
    `MRS. MEIR`): the holder as `_holder` tells him;
    a capitals word among others is no name (`RUSH`, `FORD`), nor is one after another
    word, but for (cables58) the one person of that surname the document has named,
    speaking (`SCHMIDT SAID`: `_speaking`), and (lead34) the word alone on its line, a
    cable's signature (`LOW` under an embassy's cable of 1976: the ambassador then)."""
    found = _capitals_scanner(ctx.res.register)
    if ctx.year is None or found is None or not found[0].search(piece):
        return []
    scanner, forms = found
    known = office_surnames(ctx.res.register)
    title = rules(ctx.res.patterns).title
    out = []
    for word in scanner.finditer(piece):
        start, end = word.span()
        form = forms[word.group()]
        titled = [m for m in title.finditer(piece, max(0, start - _TITLE_REACH), end)
                  if m.end() == start and m.group().strip().isupper()] or \
            _ADDRESS_BEFORE.search(piece, max(0, start - _TITLE_REACH), start)
        alone = piece.strip() == word.group()  # (lead34) a cable's signature line: `LOW`
        if taken.overlaps(start, end) or not (titled or alone or _speaking(piece, end, form,
                                                                           ctx)):
            continue
        person = _holder(form, known[form], ctx)
        if person is not None:
            taken.add(start, end)
            sex = _other_sex(piece, start, person, ctx)
            out.append((start, end, of_sex(form, sex, ctx) if sex else ctx.use(person)))
    return out


def _other_sex(piece: str, start: int, person: Entry, ctx: Context) -> str | None:
    """(cables95) The sex a form of address right before the surname tells when it is not
    the holder's (`MRS. CARTER` in a cable of 1977: the President's wife, not him), else None."""
    address = _ADDRESS_BEFORE.search(piece, max(0, start - _TITLE_REACH), start)
    told = title_sex(address.group().strip(), ctx.res.patterns) if address else None
    return told if told is not None and person.element.get("sex") not in (None, told) else None


# (cables83) a form of address in capitals right before the surname (`MRS. MEIR'S CABINET`,
# `MR. SCHMIDT`), as a title is
_ADDRESS_BEFORE = re.compile(r"(?<![\w.])(?:MRS|MR|MME|MS)\.?\s++$")

# (cables58) the word in capitals right after a surname
_CAPITALS_NEXT = re.compile(r"\s{1,4}+([A-Z]{2,20}+)(?![A-Z])")


def _speaking(piece: str, end: int, form: str, ctx: Context) -> bool:
    """Is the capitals surname ending at `end` the subject of a verb of speech (`SCHMIDT
    SAID`, table `speech-verbs`), and has the document named one person of that surname, a
    holder of it in office (`CHANCELLOR SCHMIDT` before)?"""
    after = _CAPITALS_NEXT.match(piece, end)
    named = ctx.named_by_surname(form)
    return after is not None and len(named) == 1 \
        and named[0] in office_surnames(ctx.res.register).get(form, ()) \
        and after.group(1).casefold() in ctx.res.patterns.words("speech-verbs")


def _in_office(piece: str, taken: Spans, ctx: Context) -> list[tuple[int, int, Entry]]:
    scanners = _surname_scanner(ctx.res.register)
    if scanners is None or not scanners[0].search(piece):
        return []
    years = (ctx.year,) if ctx.year is not None else named_years(ctx)
    if not years:
        return []
    scanner = scanners[1]
    known = office_surnames(ctx.res.register)
    out = []
    for word in scanner.finditer(piece):
        if taken.overlaps(word.start(), word.end()):
            continue
        held = {_holder(word.group(), known[word.group()], ctx, year) for year in years}
        person = held.pop() if len(held) == 1 else None
        tenure = person is None and _TENURE_AFTER.match(piece, word.end()) is not None
        person = _tenure_holder(word.group(), known[word.group()], ctx) if tenure else person
        outer = _pair(piece, word.start(), word.end(), ctx)
        if person is None or outer is None or (
                outer == word.span() and _joined(piece, *outer) and not tenure
                and not _opens_as_name(piece, *outer, ctx) and not _speaker_label(piece, *outer)):
            continue  # a hyphened pair is a name wherever it stands (`The Carter-Gromyko Talks`)
        taken.add(word.start(), word.end())
        sex = _other_sex(piece, word.start(), person, ctx)
        out.append((word.start(), word.end(), of_sex(word.group(), sex, ctx) if sex
                    else ctx.use(person)))
    return out


# (ocr97) the holder's years in government named after his surname (`the four Carter years`,
# `the Carter administration` in a letter of 1983): him out of office too
_TENURE_AFTER = re.compile(r"(?<!\s)\s{1,3}+(?:[Yy]ears|[Aa]dministration|[Ee]ra|[Pp]residency)\b")


def _tenure_holder(surname: str, persons: tuple[Entry, ...], ctx: Context) -> Entry | None:
    """The one register person with `surname` in office (`_TENURE_AFTER`), in any year,
    when the document names no namesake of his (see `_holder`)."""
    named = ctx.named_by_surname(surname)
    return persons[0] if len(persons) == 1 and all(p.id == persons[0].id for p in named) \
        else None


def _holder(surname: str, persons: tuple[Entry, ...], ctx: Context,
            year: int | None = None) -> Entry | None:
    """The one person of `persons` the document has named before (in full: any year), else
    the one in office in the document's year (or `year`, see `named_years`), when no other
    register person of that surname was and the document names no other of that surname."""
    named = ctx.named_by_surname(surname)
    if len(named) == 1 and named[0] in persons:
        return named[0]  # named in full before (`Cordell Hull`, then `Hull`), in any year
    year = ctx.year if year is None else year
    holders = [p for p in persons if year is not None and in_office(p, year)]
    if len(holders) > 1:  # (names94) all in office then (`Webb` in 1952): the one the context
        holders = [h for h in holders  # tells (New Zealand's minister in a Canberra telegram)
                   if _told(h, [other for other in holders if other is not h], ctx)]
    if len(holders) != 1:
        return None
    rivals = [p for p in ctx.res.register.persons_by_surname(surname)
              if year is not None and in_office(p, year) and p.id != holders[0].id]
    if any(p.id != holders[0].id for p in named):
        return None
    return holders[0] if not rivals or _told(holders[0], rivals, ctx) else None


def _told(holder: Entry, rivals: list[Entry], ctx: Context) -> bool:
    """Does the document's context (the holder's `name-context` rows) point to `holder`
    rather than to the namesakes in office with him (`Johnson` in a Hanoi cable of 1968:
    the President, not the ambassador to Japan)? (names27)"""
    if holder.id not in context_ids(ctx.res.patterns):
        return False
    shared = (holder, *dict.fromkeys(rivals))
    return in_context(ctx.text, shared, ctx.res.patterns, parties=False) == holder


def _pair(piece: str, start: int, end: int, ctx: Context) -> tuple[int, int] | None:
    """The span the word at `start`-`end` stands in: itself, or with the register person's
    surname a hyphen joins to it (`Carter-Gromyko`); None when a hyphen joins it to a word
    that is none."""
    if piece[end:end + 1] == "-":
        partner = _PARTNER_AFTER.match(piece, end)
        return (start, partner.end()) if partner and _person(partner.group(1), ctx) else None
    if piece[start - 1:start] == "-":
        partner = _PARTNER_BEFORE.search(piece, 0, start)
        return (partner.start(), end) if partner and _person(partner.group(1), ctx) else None
    return start, end


def _person(word: str, ctx: Context) -> bool:
    """Is `word` a whole name form of a register person?"""
    return any(m.start == 0 and m.end == len(word) and m.entry.kind == "person"
               for m in ctx.res.register.find(word, ("person",)))


def _joined(piece: str, start: int, end: int) -> bool:
    """Is the word at `start`-`end` not a name alone: at the start of a sentence or line
    (`Begin text`, `Young people`), after a capitalised word or initial, or an article, or
    before a capitalised word or `of`? (wcdf86) A bracket opening the line is its start
    (`(Begin: 1535 Hours)`)."""
    before = piece[max(0, start - 40):start].rstrip()
    before = "" if before in ("(", "[") else before
    if _SEE.search(before) and _POSSESSIVE.match(piece, end):
        return False  # (frus93) an editors' note's cross-reference: `See Roosevelt’s message`
    return not before or before[-1] in ".!?:;" or bool(_BEFORE.search(before + " ")) \
        or bool(_AFTER.match(piece[end:]))


def _opens_as_name(piece: str, start: int, end: int, ctx: Context) -> bool:
    """Does the word open a sentence or line as a name alone: (frus55) joined by `and` to
    a register person's surname (`Matthews and Hiss have the papers`), or (names60) as a
    possessive (`Wilson's and Kosygin's efforts`: no English word the register dates an
    office for opens a sentence so), or (cw84) with an edition's note call after it
    (`Lothian [3] who`), or right before the note's element (the piece ends after it)?
    And (cw84) a list's first surname, a comma and a register person's surname after it,
    is a name wherever it stands (`Chiefs of Staff Pound, Dill and Portal`)."""
    listed = _COMMA_PARTNER.match(piece, end)
    if listed is not None and (_person(listed.group(1), ctx)
                               or listed.group(1) in office_surnames(ctx.res.register)):
        return True  # (cw84) a list of surnames, wherever it stands
    before = piece[max(0, start - 40):start].rstrip()
    if before and before[-1] not in ".!?:;":
        return False
    if not piece[:start].strip() and piece[end:].strip() in ("", "."):
        return True  # (frus86) alone on its line, perhaps with a stop: a telegram's signature
    if _NOTE_CALL.match(piece, end) or not piece[end:].strip():
        return True  # (cw84) the edition's note on the name (its call, or the note's element)
    if _GLOSS_AFTER.match(piece, end):
        return True  # (frus93) a UN telegram's office or country after it: `Cordier (SYG) reports`
    partner = _AND_PARTNER.match(piece, end)
    return bool(_POSSESSIVE.match(piece, end)) or (
        partner is not None and _person(partner.group(1), ctx)) or _subject(piece, end, ctx)


# (lead97) a modal or a verb of opinion right after a sentence's first word
_VERB_AFTER = re.compile(r"\s([a-z]{3,12}+)\b")
_OPINION_VERBS = frozenset({"will", "would", "thinks", "thought", "feels", "felt", "believes",
                            "believed", "hopes", "hoped", "wants", "wanted", "agrees", "agreed"})


def _subject(piece: str, end: int, ctx: Context) -> bool:
    """(lead97) Is the sentence's first word the subject of a verb of speech (table
    `speech-verbs`), a modal or a verb of opinion (`Foster will be talking to Makins`,
    `Hull thought ...`)? An English word the register dates an office for does not open a
    sentence so (`Rush`, `Battle`: `Battle lines`)."""
    verb = _VERB_AFTER.match(piece, end)
    return verb is not None and (verb.group(1) in _OPINION_VERBS
                                 or verb.group(1) in ctx.res.patterns.words("speech-verbs"))


_SEE = re.compile(r"(?:^|[.;(]\s?)See$")
# (frus93) the office or delegation a USUN telegram puts in brackets after a surname
# (`Cordier (SYG)`, `Sunde (Norway)`)
_GLOSS_AFTER = re.compile(r"\s\((?:[A-Z]{2,6}|[A-Z][a-z]{2,})\)(?=\s)")


def _speaker_label(piece: str, start: int, end: int) -> bool:
    """(frus60) Does the word open the line as a speaker's label, its colon right after it
    (a meeting's minutes or a telephone transcript: `Helms: The clashes on the Ussuri ...`)?
    Then it is a name alone; (wcdf86) not a label of the clock time after it, a transcript's
    start or end mark (`(Begin: 1535 Hours)`, the SED's stenographic records)."""
    return not piece[:start].strip() and piece[end:end + 2] == ": " \
        and not _CLOCK_AFTER.match(piece, end + 2)


_CLOCK_AFTER = re.compile(r"[012]?\d[:.][0-5]\d\b|[012]\d[0-5]\d\s++(?i:hours|hrs)\b")
