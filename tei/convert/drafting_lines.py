"""The officers of a State cable's drafting and clearance lines (`DRAFTED BY EUR/SOV:JSMITH:LG`,
`APPROVED BY S/S-O:DFINNERTY`, `CLEARED: EUR/NE:WBUELL`): after the office symbol and its
colon each officer's initials are glued to the surname (`JSMITH` = J. Smith), then the
typist's initials. Such a word is a register person when the register has exactly one
person of the surname that follows one, two or three initials, and that person's first
name opens with the first initial (misses36); no other word of the line is a name.

(cables44) An officer the register lacks is still a person (a local entry, `C. Taylor` for
`NEA/IWG:CTAYLOR`): the fewest initials that leave a surname opening as a name can (a
vowel in its first two letters or an opening cluster such as `BR`, `SCH`), but a register
surname opening with a vowel wins (`BLATHERTON`: B. L. Atherton, not the register's A. L.
Atherton), then a surname the text names alone (`GTHALLORAN` beside `DAS HALLORAN`:
G. T. Halloran, cables72); a surname the register lacks that opens with a vowel after two
initials is read with one initial fewer (`LSEAGLEBURGER`: L. Seagleburger), nothing telling
better. The clearance lines under `APPROVED BY` carry no label (`S/S-O:WSBUTCHER`,
`AF/P:FCOOK`): a line of nothing but office symbols with a slash and their officers is one
too."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Header, Mark, Message, Paragraph, Party, text_of
from tei.convert.register import Entry
from tei.convert.spans import Spans

# a drafting or clearance line's label (`DRAFTED BY`, `APPROVED BY:`, `CLEARED:`)
# (frus72) or a memorandum's typed foot in mixed case (`Drafted by: ARA/EP:LBPezzullo:jb`)
# (cables73) or a SMART cable's trailer in title case (`Drafted By: CAIRO:POL:JMRAMSEY`,
# `Approved By: DCM:TSTROUD`, `Released By:`); (lead86) the word is a label only with its
# `BY` or its colon: CREST's release line (`Approved for Release 2011/01/11: CIA-RDP...`)
# is none, nor is the capitals title the OCR runs on after it (`GRENADA: ELECTION`)
_LABEL = re.compile(r"\b(?:DRAFTED|APPROVED|CLEARED|CLEARANCES?|Drafted|Approved"
                    r"|Cleared|Clearances?|Released(?=\sBy:))\b(?:\s(?:BY|by|By)\b\s?:?|\s?:)")
# a word right after an office symbol's colon (`:JSMITH`, `: ALATHERTON`), up to the next
# colon, comma, space, parenthesis (`KBRANCH(PHONE)`) or the line's end
_OFFICER = re.compile(r"(?<=[A-Z0-9/-]:)\s?([A-Z]{4,})(?=[:,;\s()/]|$)")
# (cables91) joint drafters parted by slashes after the first (`EUR/RPM:WTROBINSON/PCOLLINS/
# DKINNEY`, PlusD telegrams of the 1970s): each a word of five letters or more right after
# the slash that closes the officer before it
_SLASHED = re.compile(r"/([A-Z]{5,})(?=[:,;\s()/]|$)")
# (frus72) the mixed-case officer: initials glued to a surname in small letters
# (`:LBPezzullo`, `:RJMcCloskey`), then the typist's in small letters (`:jb`)
_MIXED_OFFICER = re.compile(r"(?<=[A-Z0-9/-]:)\s?(?P<initials>[A-Z]{1,3}?)"
                            r"(?P<surname>(?:Mc|Mac|O['’])?[A-Z][a-z]{2,}+)(?=[:,;\s()]|$)")
# (memcon75) a drafting line without its office symbol, alone on its line: the drafter's
# initials glued to his surname, the typist's, perhaps the date (`RLSneider:mk`)
_BARE_DRAFTER = re.compile(r"^\s*+(?P<initials>[A-Z]{2,3}?)"
                           r"(?P<surname>(?:Mc|Mac|O['’])?[A-Z][a-z]{2,}+)"
                           r":[a-z]{1,4}(?:\s++\d{1,2}/\d{1,2}/\d{2,4})?\s*+$")
_MOST_INITIALS = 3
_JOINT_LETTERS = 6
_TYPIST_AFTER = re.compile(r":[A-Z]{1,4}+(?![A-Z])|\s*+$")
_SHORTEST_SURNAME = 3
# an office symbol (with its colon) right before a word: the word is its officer, not the
# typist's initials after the officer (`CTAYLOR:VAN`); (cables73) a SMART cable's post before
# its section (`CAIRO:POL:JMRAMSEY`)
_OFFICE_BEFORE = re.compile(r"(?:^|[\s,;(])(?:[A-Z]{2,12}:)?[A-Z]{1,8}(?:/\s?[A-Z0-9-]{1,8}){0,3}"
                            r"(?::[A-Z])?\s?:\s?$")  # (cables86) `S/S:O:DLMACK`, for S/S-O
# a clearance line without its label: office symbols with a slash, each with its officer
# and perhaps the officer's remark (`(INFO)`, `(SUBS)`, `(PHONE)`)
# (cables84) or a bureau's letters alone, the Legal Adviser's or the Secretary's office
# (`L:SMSCHWEBEL`, `S:LSEAGLEBURGER`), never a memorandum's label (`TO:`, `RE:`)
_CLEARANCE = re.compile(r"^(?:(?:[A-Z]{1,8}+(?:/[A-Z0-9-]{1,8}+){1,3}+|(?!(?:TO|CC|RE|FM|BY):)"
                        r"[A-Z]{1,3}+):[A-Z]{4,}+(?::[A-Z]{1,4}+)?+"
                        r"(?:\s?\([A-Z]{2,12}\))?+(?:[\s,;]++|$))++$")
_VOWELS = frozenset("AEIOUY")
# (cables96) a Cablegate cable's passing line (`FOR WHA PDAS CSHAPIRO, WHA/AND LPETRONI`,
# `NSC FOR DFISK`, `STATE ALSO FOR ...`): its agency or post, perhaps, then `FOR`
_ROUTING = re.compile(r"^(?:[A-Z]{2,10}(?:/[A-Z]{1,8})?\s(?:ALSO\s)?)?FOR\s(?=[A-Z])")
# an item of it, up to a comma or `AND`, and a word of an item
_ROUTING_ITEM = re.compile(r"[A-Z][^,]*?(?=,|\sAND\s|$)")
_ROUTING_WORD = re.compile(r"[A-Z][A-Z0-9/-]*+")
_OFFICER_LETTERS = 4
_LONE_OFFICER = 5  # letters: an officer without an office before him (`DFISK`)
# consonant pairs that open names though no English word (`KHOURY`, `TSONGAS`, `DJEREJIAN`,
# `SZABO`); others (`MBLANCO`, `NDAVIS`, `GHARRIS`) are an initial and a surname here: a
# register name (`KHALILZAD`) is read before
_NAME_OPENINGS = frozenset({"CZ", "DJ", "DZ", "KH", "PS", "SR", "SV", "SZ", "TS", "TZ", "VL", "ZH"})
# consonants a surname may open with
_CLUSTERS = frozenset({"BL", "BR", "CH", "CL", "CR", "DR", "FL", "FR", "GL", "GR", "KL", "KN",
                       "KR", "MC", "PF", "PH", "PL", "PR", "SC", "SH", "SK", "SL", "SM", "SN",
                       "SP", "ST", "SW", "TH", "TR", "TW", "WH", "WR", "ZW"})


def drafting_marks(piece: str, taken: Spans, ctx: Context,
                   line: int) -> list[tuple[int, int, Entry]]:
    """The officers on a drafting or clearance line (of source line `line`), each with its
    person (`taken` gets their spans); none on any other line."""
    label = _LABEL.search(piece) if "BY" in piece or "CLEAR" in piece or (
        ":" in piece and ("by" in piece or "By:" in piece or "Clear" in piece)) else None
    start = label.start() if label else 0
    bare = _BARE_DRAFTER.match(piece) if label is None and ":" in piece else None
    if bare and not taken.overlaps(a := bare.start("initials"), b := bare.end("surname")):
        taken.add(a, b)  # (memcon75) `RLSneider:mk`: the drafter without his office symbol
        return [(a, b, _drafter(bare.group("initials"), bare.group("surname"), ctx, line))]
    if label is None and (":" not in piece or not _CLEARANCE.match(piece.strip())):
        return []
    out = _mixed_officers(piece, start, taken, ctx, line) if label else []
    for word in _OFFICER.finditer(piece, start):
        a, b = word.span(1)
        if taken.overlaps(a, b):
            continue
        person = _officer(word.group(1), ctx)
        if person is not None:
            person = ctx.use(person)
        elif _OFFICE_BEFORE.search(piece, start, a) or _joint_drafter(piece, a, b, out):
            person = _unknown_officer(word.group(1), ctx, line)
        if person is not None:
            taken.add(a, b)
            out.append((a, b, person))
            out.extend(_slashed_drafters(piece, b, taken, ctx, line))
    return out


def routing_marks(piece: str, taken: Spans, ctx: Context, line: int) -> list[tuple[int, int, Mark]]:
    """(cables96) The officers a Cablegate cable's passing line names (`FOR WHA PDAS CSHAPIRO,
    WHA/AND LPETRONI, INR/IAA KSMITH`, `NSC FOR DFISK`): in each item parted by commas or
    `AND`, a word after the office symbol or title with its initials glued to the surname (a
    word opening with two consonants no surname opens with; of five letters or more but as
    the item's last word, `PDAS` being a title), or such a word alone of five letters or
    more; a plain surname (`A/S SHANNON`) and an office alone (`EAP/MTS`, `POLAD`) are none.
    The office symbols and titles before an officer are no words of a name (`WHA PDAS`)."""
    out: list[tuple[int, int, Mark]] = []
    opening = _ROUTING.match(piece)
    for item in _ROUTING_ITEM.finditer(piece, opening.end()) if opening else ():
        words = list(_ROUTING_WORD.finditer(item.group()))
        office = item.start()  # where the office symbols and titles before an officer begin
        for n, word in enumerate(words):
            a, b = item.start() + word.start(), item.start() + word.end()
            text = word.group()
            last = n == len(words) - 1  # a title of four letters stands before (`PDAS`)
            if taken.overlaps(a, b) or "/" in text or len(text) < (
                    _OFFICER_LETTERS if last else _LONE_OFFICER) or not _glued_initials(text) \
                    or not (n or (last and len(text) >= _LONE_OFFICER)):
                continue
            person = _officer(text, ctx)
            person = ctx.use(person) if person is not None else _unknown_officer(text, ctx, line)
            if person is None:
                continue
            for before in _ROUTING_WORD.finditer(piece, office, a):
                if not taken.overlaps(*before.span()):  # no word of a name (`WHA PDAS`)
                    taken.add(*before.span())
            taken.add(a, b)
            out.append((a, b, Mark("persName", {"ref": f"#{person.id}"}, [text])))
            office = b
    return out + _bracketed_officers(piece, taken, ctx, line)


# (cables97) the officers a passing line names in brackets after their office's symbol
# (`DEPARTMENT FOR NEA/ARP, EEB/ESC/IEC (MONOSSON), S/CIEA (GOLDWYN, SULLIVAN)`); a PDF
# print parts the line's wraps, so a group may open its piece (`(GOLDWYN, SULLIVAN), S/SECC`)
# or be closed on the next (`S/SECC (STERN, PERSHING,` / `ROCHBERG)`)
_BRACKETED = re.compile(r"(?:(?<=[A-Z] )|^)\((?P<names>[A-Z][A-Z'’-]{3,20}+"
                        r"(?:(?:, ?+| AND )[A-Z][A-Z'’-]{3,20}+){0,5})(?:\)|,?+$)")
_BRACKETED_NAME = re.compile(r"[A-Z][A-Z'’-]{3,20}+")
_NEXT_SYMBOL = re.compile(r"\),\s?+[A-Z]{1,8}/[A-Z]")
# an office symbol alone (`EEB/ESC/IEC`), never a clearing officer after it (`AFR/DR:TWARDELL
# (SUBS)`: the bracket is his clearance's remark)
_SYMBOL = re.compile(r"[A-Z][A-Z0-9]{0,9}+(?:/[A-Z0-9-]{1,10}+){1,4}")


def _bracketed_officers(piece: str, taken: Spans, ctx: Context,
                        line: int) -> list[tuple[int, int, Mark]]:
    """(cables97) The officers in brackets after an office symbol on a Cablegate passing line
    (`EEB/ESC/IEC (MONOSSON)`, `S/SECC (STERN, PERSHING, ROCHBERG)`), or in a bracket opening
    a wrapped piece of it before the next symbol: an initial glued to the surname read as on
    the drafting lines, a plain surname a local person (the register's namesake of another
    decade is not meant); a place, an office word or a word without a vowel is none."""
    out: list[tuple[int, int, Mark]] = []
    if "(" not in piece or "/" not in piece:
        return out
    offices = ctx.res.patterns.words("office-words")
    for group in _BRACKETED.finditer(piece):
        symbol = piece[:group.start()].rsplit(maxsplit=1)[-1:]
        if not (symbol and _SYMBOL.fullmatch(symbol[0])) and not (
                group.start() == 0 and _NEXT_SYMBOL.match(piece, group.end("names"))):
            continue
        for word in _BRACKETED_NAME.finditer(piece, group.start("names"), group.end("names")):
            a, b = word.span()
            text = word.group()
            known = ctx.res.register.lookup(text)
            if taken.overlaps(a, b) or not _VOWELS & set(text) or text.lower() in offices \
                    or (known is not None and known.kind != "person"):
                continue
            glued = _glued_initials(text)
            person = _officer(text, ctx) if glued else None
            person = ctx.use(person) if person is not None else _unknown_officer(
                text, ctx, line) if glued else ctx.local_person(text.capitalize(), line)
            if person is not None:
                taken.add(a, b)
                out.append((a, b, Mark("persName", {"ref": f"#{person.id}"}, [text])))
    return out


def _glued_initials(word: str) -> bool:
    """(cables96) Whether `word` opens with an initial glued to a surname: two consonants no
    name opens with (`CSHAPIRO`, `LPETRONI`, `KSMITH`, `DFISK`), never `SHANNON`, `KHAN`."""
    pair = word[:2]
    return not _VOWELS & set(pair) and pair not in _CLUSTERS and pair not in _NAME_OPENINGS


def _slashed_drafters(piece: str, end: int, taken: Spans, ctx: Context,
                      line: int) -> list[tuple[int, int, Entry]]:
    """(cables91) The drafters joined by slashes to the officer ending at `end`
    (`:WTROBINSON/PCOLLINS/DKINNEY`): each the register's person or a local one."""
    out = []
    while (word := _SLASHED.match(piece, end)) is not None:
        a, b = word.span(1)
        if taken.overlaps(a, b):
            break
        person = _officer(word.group(1), ctx)
        person = ctx.use(person) if person is not None else _unknown_officer(
            word.group(1), ctx, line)
        if person is None:
            break
        taken.add(a, b)
        out.append((a, b, person))
        end = b
    return out


def _joint_drafter(piece: str, a: int, b: int, out: list[tuple[int, int, Entry]]) -> bool:
    """(cables86) A second drafter glued by a colon to the first (`OES:NET/RD:HDBENGELSDORF:
    JBDEVINE:LMT`): a word of six letters or more right after an officer's word and its
    colon, the typist's initials (or the line's end) after it; never the typist's own."""
    return bool(out) and out[-1][1] == a - 1 and b - a >= _JOINT_LETTERS \
        and _TYPIST_AFTER.match(piece, b) is not None


def _officer(word: str, ctx: Context) -> Entry | None:
    """The one register person `word` names as initials glued to a surname (`ALATHERTON`:
    A. L. Atherton), the longest surname first; None when none or several fit."""
    for count in range(1, _MOST_INITIALS + 1):
        surname = word[count:]
        if len(surname) < _SHORTEST_SURNAME:
            return None
        fitting = [person for person in ctx.res.register.persons_by_surname(surname)
                   if person.reg[:1] == word[0]]
        if fitting:
            return fitting[0] if len(fitting) == 1 else None
    return None


def _unknown_officer(word: str, ctx: Context, line: int) -> Entry | None:
    """A local person for an officer the register lacks (`WSBUTCHER`: W. S. Butcher): the
    split that leaves a register surname opening with a vowel (`BLATHERTON`: B. L.
    Atherton, another than the register's), else the fewest initials that leave a surname
    opening as names do, a consonant before a vowel (cables84: `RAPOOLE`, R. A. Poole);
    (cables72) else the split whose surname the text names as a word of
    its own (`GTHALLORAN` beside `DAS HALLORAN`: G. T. Halloran, not G. Thalloran); None
    when no split leaves a surname (`ZZXQ`)."""
    splits = [(word[:count], word[count:]) for count in range(1, _MOST_INITIALS + 1)
              if len(word) - count >= _SHORTEST_SURNAME and _VOWELS & set(word[count:])]
    known = [(initials, surname) for initials, surname in splits
             if surname[0] in _VOWELS and ctx.res.register.persons_by_surname(surname)]
    known = known or [(initials, surname) for initials, surname in splits
                      if _named_in_text(surname, ctx)]
    opening = [(initials, surname) for initials, surname in splits
               if surname[0] in _VOWELS or surname[1] in _VOWELS or surname[:2] in _CLUSTERS]
    # (cables84) a surname opening with a consonant before one opening with a vowel: most
    # officers type a middle initial (`RAPOOLE` beside `RDMOREY`, `DJDUNFORD`: R. A. Poole,
    # not R. Apoole), and the register's vowel surnames are read above
    opening.sort(key=lambda split: split[1][0] in _VOWELS)
    if not known and not opening:
        return None
    initials, surname = (known or opening)[0]
    surname = surname.capitalize()
    surname = f"Mc{surname[2:].capitalize()}" if surname.startswith("Mc") else surname
    return ctx.local_person(" ".join(f"{initial}." for initial in initials) + f" {surname}",
                            line)


def _named_in_text(surname: str, ctx: Context) -> bool:
    """(cables72) Does the document name `surname` as a word of its own (`DAS HALLORAN`,
    `Halloran`), not only glued to initials?"""
    return re.search(rf"(?i)(?<![\w'’]){surname}(?![\w])", ctx.text) is not None


def _mixed_officers(piece: str, start: int, taken: Spans, ctx: Context,
                    line: int) -> list[tuple[int, int, Entry]]:
    """(frus72) The officers of a drafting line typed in mixed case (`ARA/EP:LBPezzullo`):
    the register's one person of the surname whose name opens with the first initial,
    else a local person (`L. B. Pezzullo`)."""
    out = []
    for word in _MIXED_OFFICER.finditer(piece, start):
        a, b = word.span("initials")[0], word.end("surname")
        if taken.overlaps(a, b):
            continue
        taken.add(a, b)
        out.append((a, b, _drafter(word.group("initials"), word.group("surname"), ctx, line)))
    return out


def _drafter(initials: str, surname: str, ctx: Context, line: int) -> Entry:
    """The one person of the surname whose name opens with the first initial, the
    document's (memcon75: `BHMorris` is the participants' `Mr. Brewster H. Morris`) or
    else the register's, else a local person (`L. B. Pezzullo`)."""
    fitting = list({person.id: person for person in ctx.named_by_surname(surname)
                    if person.reg[:1] == initials[0]}.values()) or [
        person for person in ctx.res.register.persons_by_surname(surname)
        if person.reg[:1] == initials[0]]
    return ctx.use(fitting[0]) if len(fitting) == 1 else ctx.local_person(
        " ".join(f"{initial}." for initial in initials) + f" {surname}", line)


def drafter_sender(header: Header, message: Message, ctx: Context) -> None:
    """(memcon75) A memorandum of conversation no one signed, its drafting line at its foot
    naming one officer (`RLSneider:mk` over `Embassy Tokyo, May 5, 1960`): the drafter
    recorded the conversation and is its sender."""
    if any(p.entry is not None and p.entry.kind == "person" for p in header.sent.parties) or \
            any(part.kind == "signed" for part in message.closer):
        return
    for part in message.closer:
        officers = [item for item in part.content if isinstance(item, Mark)
                    and item.tag == "persName"] if part.subtype == "control" else []
        entry = ctx.used.get(officers[0].attrs.get("ref", "")[1:]) if len(officers) == 1 else None
        if entry is not None:
            header.sent.parties.append(Party(entry))
            header.found("sender", "the drafting line at the memorandum's foot")
            return
    for block in message.blocks[-_FOOT_BLOCKS:]:
        content = getattr(block, "content", None)
        if not isinstance(block, Paragraph) or not _PREPARED.match(text_of(content)):
            continue
        names = [item for item in content if isinstance(item, Mark) and item.tag == "persName"]
        entry = ctx.used.get(names[0].attrs.get("ref", "")[1:]) if len(names) == 1 else None
        if entry is not None and entry.kind == "person":
            header.sent.parties.append(Party(entry))
            header.found("sender", "the drafter's line at the paper's foot")
            return


# (memcon80) a paper's drafter named in full on a labelled line among its last paragraphs
# (`Prepared by: Helmut Sonnenfeldt` under unsigned talking points)
_PREPARED = re.compile(r"^(?:Prepared|Drafted|Written)\s++(?:by|By|BY)\s*+:\s*+[A-Z]")
_FOOT_BLOCKS = 4
