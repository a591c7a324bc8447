"""Names with something glued to them or standing before them that is not theirs: a footnote
marker glued to a mixed-case name's last word (`Gaitskell4`, `Molotov3a`), a place whose name
is a given name before a surname (`Milan Stojadinovic`) or a surname after a given name and
an initial (`Roy M. Melbourne`) or an honorific (`Mr. Holland`), a note marker glued to a
dateline's year (`4 November 19561`), a register person's name that is another's given name
(`Marshall S. Carter`) or part of a compound surname (`Capt. Castro Madero`), a person's name
naming a collection (`Dulles Papers`) or a capitals word's noun (`EXPORT LEVY`); two of one
person's forms side by side are one name. The given names and initials before a register
surname are `given_runs`'."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from tei.convert.given_runs import full_forms
from tei.convert.lifespan import living_in
from tei.convert.namerules import CAPITAL
from tei.convert.romanised import fold
from tei.convert.routing_codes import office_symbol
from tei.convert.ship_names import after_ship_prefix
from tei.xmlio import TEI_NS

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
# (wc49) its small letters perhaps accented (`Comrade Kádár László`: a Hungarian distribution
# list's name in its own order, László Kádár, not the register's János Kádár)
_HYPHENED_AFTER = re.compile(r"-([A-Z][^\W\dA-Z_]++)(?![\w'’-])")
# (bloc79) an accented capital opens it too (`Milan Šijaković`)
_SURNAME_AFTER = re.compile(rf" ({CAPITAL}[^\W\dA-Z_]{{2,}}[\w'’-]*)(?![\w'’-])")
# the word right before a name, one space between (`Mr. ` of `Mr. Holland`)
# (frus72) a surname's particles may stand between (`Mr. von Bergen`, `Herr van der Meer`)
_WORD_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][a-zñé]{0,11}+\.?) "
                          r"(?:(?:von|van|de|du|der|den|ter|da|di|del|della|dos|das) ){0,2}$")
# (misses50) one person's honorific and the initials after it right before a name (`Mr C.W. `
# of `Mr C.W. Jordan`, `Mr. A. B. `), or a letter's salutation (`My dear `, `Dear `)
_HONORIFIC_INITIALS = re.compile(r"(?<![\w.'’-])([A-Z][a-z]{0,8}+\.?) (?:[A-Z]\.\s?){1,3}$")
_DEAR_BEFORE = re.compile(r"(?<![\w'’-])(?:[Mm]y )?(?:[Dd]ear|DEAR) $")
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


# a year with a note marker glued to it, after a word (`November 19561`, `October, 19643`);
# (other37) a printed edition's further markers after it, a space before each (`Juli 19142 3`)
_GLUED_YEAR = re.compile(
    r"(?:(?<=[A-Za-z]\s)|(?<=[A-Za-z],\s))(?:1[6-9]\d\d|20\d\d)(\d{1,2})((?: \d{1,2})*+)(?![\w-])")


def unglued_years(piece: str, ctx: Context) -> str:
    """`piece` with the note marker glued to a year after a month's name blanked out (DIFP's
    `New York, 9.38pm, 4 November 19561`: note 1 on the year), so that the date reads whole
    and ends where the marker starts; only a marker the document has a note for."""
    if not ctx.footnotes:
        return piece
    months = ctx.res.patterns.words("months")
    for found in _GLUED_YEAR.finditer(piece):
        word = piece[:found.start()].rstrip(", ").rsplit(maxsplit=1)[-1:]
        markers = [found.group(1), *found.group(2).split()]
        if word and word[0].casefold() in months and all(
                marker in ctx.footnotes and marker not in ctx.placed_notes for marker in markers):
            piece = piece[:found.start(1)] + " " * (found.end() - found.start(1)) \
                + piece[found.end():]
    return piece


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
    preposition before it, is the given name of a person, not the place; a place's name
    after one person's honorific (`surname-honorifics`: `Mr. Holland`) is a surname."""
    if match.entry.kind != "place":
        return False
    honorific = _WORD_BEFORE.search(piece, max(0, match.start - 22), match.start)
    kind = ctx.res.patterns.words("surname-honorifics").get(
        honorific.group(1).casefold(), "") if honorific else ""
    if kind == "person" or (kind == "rank" and _ranked(piece, honorific.start(1), match, ctx)):
        return True
    if _addressed(piece, match, ctx):
        return True
    if _given_name_before(piece, match, ctx, rules):
        return True
    if match.form.casefold() not in rules.given_places:
        return False
    after = _SURNAME_AFTER.match(piece, match.end)
    before = piece[:match.start].split()[-1:]
    return bool(after) and not (before and before[0].casefold() in _PLACE_PREPOSITIONS) \
        and after.group(1).casefold() not in rules.not_names \
        and not ctx.res.register.find(after.group(1))


def _addressed(piece: str, match: NameMatch, ctx: Context) -> bool:
    """(misses50) A place's name after one person's honorific and initials (`Mr C.W. Jordan`,
    a DFAT heading's addressee) or in a letter's salutation before its comma (`My dear
    Jordan,`) is a surname."""
    initials = _HONORIFIC_INITIALS.search(piece, max(0, match.start - 24), match.start)
    if initials and ctx.res.patterns.words("surname-honorifics").get(
            initials.group(1).casefold(), "") == "person":
        return True
    return bool(_DEAR_BEFORE.search(piece, max(0, match.start - 9), match.start)) \
        and piece[match.end:match.end + 1] == ","


# (leftover23) the one capitalised word right before a place's name, one space between
_GIVEN_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][a-z]{2,}+) $")


def _given_name_before(piece: str, match: NameMatch, ctx: Context, rules: Rules) -> bool:
    """(leftover23) `Mary Paris`, `Francis Washington`: a place's name right after a given
    name of the register's persons (no function word, title or register name itself) is a
    surname, in a mixed-case text."""
    if match.form.isupper():
        return False
    given = _GIVEN_BEFORE.search(piece, max(0, match.start - 24), match.start)
    word = given.group(1) if given else ""
    return bool(word) and fold(word) in ctx.res.register.given_names \
        and word.casefold() not in rules.not_names and word.casefold() not in rules.leading_words \
        and not ctx.res.register.find(word) and not ctx.res.dates.find(word)


# (leftover23) a capitalised word right before a rank: an office's (`Consul General Istanbul`)
_OFFICE_BEFORE_RANK = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*+)\s++$")


def _ranked(piece: str, rank: int, match: NameMatch, ctx: Context) -> bool:
    """(leftover23) A rank before a place's name (`General Washington`) makes it a surname
    in a mixed-case text, unless an office's word stands before the rank; (lead75) a common
    word opening the sentence is none (`Today Counsellor Keijo Korhonen`)."""
    if match.form.isupper():
        return False
    office = _OFFICE_BEFORE_RANK.search(piece, max(0, rank - 30), rank)
    return not office or office.group(1).casefold() in ctx.res.patterns.words(
        "capitals-common-words")


# a surname's particle (`DEL RIO`, `Pedro del Valle`, `DE LEON`) right before a place's name
_PARTICLE_BEFORE = re.compile(r"(?i)(?<![\w'’-])(?:del|de|da|di|dos|das|van|von)\s++$")


def particle_surname(piece: str, match: NameMatch, names: list[tuple[int, int]]) -> bool:
    """`DEL RIO` under a telegram: a place's name after a particle, inside a name position
    (a signature's name), is the end of a surname, not the place."""
    return match.entry.kind == "place" and any(
        a <= match.start and match.end <= b and _PARTICLE_BEFORE.search(piece, a, match.start)
        for a, b in names)


# a given name and a middle initial right before a place's name (`Roy M. Melbourne`)
_GIVEN_AND_INITIAL = re.compile(r"(?<![\w.'’-])[A-Z][a-z]{1,15}+\s[A-Z]\.\s$")


def initialled_surname(piece: str, match: NameMatch, names: list[tuple[int, int]]) -> bool:
    """`Roy M. Melbourne` signing a despatch: a place's name after a given name and a middle
    initial, inside a name position (a signature's name), is the surname, not the place."""
    return match.entry.kind == "place" and any(
        a <= match.start and match.end <= b
        and _GIVEN_AND_INITIAL.search(piece, max(a, match.start - 20), match.start)
        for a, b in names)


# one middle initial and a surname right after a name (`Marshall S. Carter`); two initials
# after a surname are its person's own, in the Russian order (`Gromyko A. A.`)
_MIDDLE_INITIAL_AFTER = re.compile(r" [A-Z]\. [A-Z][a-z]{2,}+")


def given_name_of_other(piece: str, match: NameMatch) -> bool:
    """`General Marshall S. Carter`: a person's name right before a middle initial and a
    surname is someone else's given name, not the person; not after an initial of its own
    (`A. Mikoyan M. Suslov`: a list of names)."""
    return match.entry.kind == "person" and bool(_MIDDLE_INITIAL_AFTER.match(
        piece, match.end)) and not _INITIAL_BEFORE.search(piece[:match.start].rstrip())


def glued_on(text: str, match: NameMatch, ctx: Context) -> bool:
    """A register person's name in a party that is part of another person's (`hyphened_on`:
    `Sir Archibald Nye-Tennant`; wcdj88: a surname alone inside a Portuguese or Spanish full
    name, `Castro` of `Luiz Augusto de Castro Neves`)."""
    if " " in match.form.strip():
        return hyphened_on(text, match, ctx)
    from tei.convert.given_first import inside_iberian_name  # (it imports the register)
    return inside_iberian_name(text, match.start, match.end, ctx.res.patterns, ctx.res.register)


def compound_surname(piece: str, match: NameMatch, ctx: Context, rules: Rules) -> bool:
    """`Capt. Castro Madero`: a register person's surname alone after a title, right before
    a capitalised word neither the register nor the function words know, opens another
    person's compound surname; not when the word is among the person's names (`Münnich
    Ferenc`) or the person's names are also written surname first (`Anami Korechika`);
    (lead32) nor is one glued by a hyphen to a capitalised word that is no register surname
    (`Bienvenu-Martin`; `Carter-Gromyko` pairs two persons; frus58: not `Anti-Castro`);
    a word the register knows only as a person not living in the document's year is the
    compound's (`Madero` in 1976 is no Francisco Madero: repost66); (cw72) a register name
    with its given name or initials glued by a hyphen to a capitalised word that is no
    register surname is another person's (`K. C. O. Shann-Tilby`, `Sir Archibald
    Nye-Tennant`), and so is a surname glued to any capitalised word after one person's
    honorific (`Mr. Shann-Tilby`, `Mr. Elbrick-Dawes`: both its parts; a surname alone may
    pair two persons: `Eden-Molotov talks`)."""
    if match.entry.kind != "person":
        return False
    if " " in match.form.strip():
        return hyphened_on(piece, match, ctx)
    if glued_on(piece, match, ctx):
        return True  # (wcdj88) `Castro` of `Luiz Augusto de Castro Neves`
    after = _HYPHENED_AFTER.match(piece, match.end)
    if after and (_person_honorific_before(piece, match.start, ctx) or (
            f"{piece[match.start:match.end]}-{after.group(1)}" in ctx.local_surnames)):
        return True  # (cw72) `Mr. Shann-Tilby`, `Mr. Elbrick-Dawes`, then `Elbrick-Dawes`
    if piece[match.start - 1:match.start] == " " and _word_before(piece, match.start - 1) and any(
            other.end == match.start - 1 and compound_surname(piece, other, ctx, rules)
            for other in ctx.res.register.find(piece)):
        return True  # `Madero` of `Castro Madero`
    joined = piece[match.start - 1:match.start] == "-" and _word_before(piece, match.start - 1)
    if joined and (_person_honorific_before(piece, match.start - 1 - len(joined), ctx)
                   or f"{joined}-{piece[match.start:match.end]}" in ctx.local_surnames):
        return True  # (cw72) `Dawes` of `Mr. Elbrick-Dawes`
    if joined and joined.casefold() not in ctx.res.patterns.words("name-prefixes"):
        return not ctx.res.register.persons_by_surname(joined)
    title = piece[:match.start].split()[-1:]
    after = _SURNAME_AFTER.match(piece, match.end)
    if not (title and title[0].rstrip(".").casefold() in rules.titles and after) \
            or after.group(1).casefold() in rules.not_names:
        return False
    forms = full_forms(match.entry)
    known = [found.entry for found in ctx.res.register.find(after.group(1))]
    short = _short_form(match)  # (wcdh87) `Comrade Mengistu Gemechu`: no Mengistu Haile Mariam
    return not any((form.startswith(f"{match.form} ") and not short)
                   or after.group(1) in form.split() for form in forms) and all(
        # (repost66) or a person dead by the year
        entry.kind == "person" and not living_in(entry, ctx.year) for entry in known)


def _short_form(match: NameMatch) -> bool:
    """(wcdh87) Whether the register gives the matched form as the person's short name, the
    first word of the full one used alone (`Mengistu` of Mengistu Haile Mariam): a word after
    it that is none of the person's (`Comrade Mengistu Gemechu`) makes another person."""
    return any(name.get("subtype") == "short" and " ".join("".join(name.itertext()).split())
               == match.form.strip() for name in match.entry.element.iter(f"{{{TEI_NS}}}persName"))


def _person_honorific_before(piece: str, start: int, ctx: Context) -> bool:
    """Does one person's honorific (`surname-honorifics`: `Mr.`, `Sir`) stand right before
    `start`?"""
    honorific = _WORD_BEFORE.search(piece, max(0, start - 12), start)
    return bool(honorific) and ctx.res.patterns.words("surname-honorifics").get(
        honorific.group(1).casefold(), "") == "person"


def hyphened_on(piece: str, match: NameMatch, ctx: Context) -> bool:
    """(cw72) Does a hyphen glue a capitalised word that is no register surname to the end
    of `match` (`Shann-Tilby` after `K. C. O. Shann`)?"""
    glued_after = _HYPHENED_AFTER.match(piece, match.end)
    return bool(glued_after) and not ctx.res.register.persons_by_surname(glued_after.group(1))


_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z]\.$")
_INITIAL_FIRST = re.compile(r"[A-Z]\.")
# (frus34) a warship's prefix goes on after the name's initials (`U. S. S. Maine`, `U.S.S. Panay`)
_SHIP_INITIAL_AFTER = re.compile(r"(?:\.\s?)?S\.\s[A-Z]")


# (leftover22) one capital and a hyphen glued before an initialism make a longer one (`K-CIA`,
# the Korean agency, not the US one)
_LETTER_HYPHEN_BEFORE = re.compile(r"(?<![\w.-])[A-Z]-$")
# (misses23) a case number after an initialism and a hyphen (`NLF-MR 98-12`, `NLC-126-12-3`)
_CASE_NUMBER_AFTER = re.compile(r"-(?:[A-Z]{1,3}\s?+)?\d{2,4}[-–]\d")
_FILE_NUMBER_AFTER = re.compile(r"/\d")  # (cw96) `M.19/4`; not a post's `JAKARTA/1182`
_INITIALISM = re.compile(r"[A-Z][A-Z\d.-]{0,4}")
# (lead96) a reference code's syllables joined by hyphens up to its number after a name's
# form (`Pu-Yi-Ya-Tzu-0412`, a Chinese note's number: no Puyi)
_CODE_AFTER = re.compile(r"(?:-[A-Za-z]{1,5}+){1,4}+-\d")
def inside_initialism(piece: str, match: NameMatch) -> bool:
    """`P.U.S.` (the Permanent Under-Secretary): a name written in initials (`U.S.`) glued
    after another initial is part of a longer initialism, not the name; nor is one in
    capitals that opens a case number by a hyphen (`NLF-MR 98-12`: the Ford Library's
    declassification case, not the National Liberation Front; misses23) or a file number
    by a slash (DIFP's `(M.19/4)`: no M-19 movement; cw96; a post's name before its
    cable's number is no initialism, `FM: JAKARTA/1182`), or follows one
    capital and a hyphen (`K-CIA`: leftover22), nor a place's initialism in capitals
    before a telegram's distribution count (`RSR 01,`, `RSR-01`: an office; cables55);
    nor a form a reference code's hyphened syllables and number follow (`Pu-Yi-Ya-Tzu-0412`:
    lead96); nor `U. S.` before
    the `S.` of a warship's prefix (`U. S. S. Maine`: frus34); nor a person's name after a
    ship's prefix or kind (`the steamer Kaiser Wilhelm`: the ship; leftover22)."""
    if (match.form.isupper() and (_CASE_NUMBER_AFTER.match(piece, match.end)
                                  or (_FILE_NUMBER_AFTER.match(piece, match.end)
                                      and _INITIALISM.fullmatch(match.form))
                                  or _LETTER_HYPHEN_BEFORE.search(piece, 0, match.start)
                                  or (match.entry.kind == "place"
                                      and office_symbol(piece, match.start, match.end)))) or (
            match.entry.kind == "person" and after_ship_prefix(piece, match.start)) or (
            _CODE_AFTER.match(piece, match.end)):
        return True
    return bool(_INITIAL_FIRST.match(match.form)) and bool(
        _INITIAL_BEFORE.search(piece, 0, match.start)
        or _SHIP_INITIAL_AFTER.match(piece, match.end))


@lru_cache(maxsize=4096)
def _word_before(piece: str, end: int) -> str:
    """The capitalised word of letters ending at `end` (`Bienvenu` of `Bienvenu-Martin`)."""
    start = end
    while start > 0 and (piece[start - 1].isalpha() or piece[start - 1] in "'’"):
        start -= 1
    word = piece[start:end]
    return word if word[:1].isupper() and (start == 0 or piece[start - 1].isspace()) else ""


def eponym(piece: str, match: NameMatch, patterns: Patterns) -> bool:
    """`Dulles Papers`, `Eisenhower Library`, in capitals `NIXON PRESIDENTIAL MATERIALS`
    (cables58): a person's name before a `collection-words` word names a collection;
    (lead92) a place's before a `street-words` word names a street (`Massachusetts Avenue`)."""
    if match.entry.kind == "place":  # not in capitals: `EAST OF CAEN ROAD` is Caen's road
        street = _NEXT_WORD.match(piece, match.end)
        return bool(street) and street.group(1)[1:].islower() and street.group(
            1).casefold() in patterns.words("street-words")
    if match.entry.kind != "person":
        return False
    after = _NEXT_WORD.match(piece, match.end)
    collection = bool(after) and after.group(1).casefold() in patterns.words(
        "collection-words") and (after.group(1)[1:].islower()
                                 or piece[match.start:match.end].isupper())
    return collection or _libraries(piece, match) or bool(_DOCTRINE.match(piece, match.end))


_NEXT_WORD = re.compile(r"(?<![ \t])[ \t]++([A-Z][a-z]++|[A-Z]{4,}+)\b")
# (wcdx96) a policy named after its author in small letters (`the Brezhnev doctrine`)
_DOCTRINE = re.compile(r"(?<![ \t])(?:[’']s)?+[ \t]++doctrines?+\b")
# (ocr88) presidents' names sharing the plural `libraries` after them (`the Truman and
# Eisenhower libraries`) or listed in brackets after it (`four presidential libraries
# (Hoover, Roosevelt, Truman, and Eisenhower)`): the libraries, no persons
_NAMES_RUN = r"(?:,?[ \t](?:and[ \t])?[A-Z][a-z]{1,20}){0,5}+"
_LIBRARIES_AFTER = re.compile(rf"{_NAMES_RUN}[ \t](?:[Pp]residential[ \t])?[Ll]ibraries\b")
_LIBRARIES_BEFORE = re.compile(r"[Ll]ibraries[ \t]?\((?:[A-Z][a-z]{1,20},?[ \t](?:and[ \t])?)"
                               r"{0,5}+$")
_LIBRARIES_REACH = 120


def _libraries(piece: str, match: NameMatch) -> bool:
    """Whether the name is one of presidents' names that the plural `libraries` follows
    or heads in brackets (the Truman and Eisenhower libraries)."""
    return bool(_LIBRARIES_AFTER.match(piece, match.end)) or bool(_LIBRARIES_BEFORE.search(
        piece, max(0, match.start - _LIBRARIES_REACH), match.start))


def modified_noun(piece: str, match: NameMatch, patterns: Patterns) -> bool:
    """(misses36) `EXPORT LEVY`, `IMPORT BURNS`: in capitals, a register surname alone right
    after a word of the `capitals-noun-modifiers` table is the noun that word qualifies,
    not the person."""
    if match.entry.kind != "person" or " " in match.form:
        return False
    name = piece[match.start:match.end]
    before = _CAPITALS_WORD_BEFORE.search(piece, max(0, match.start - 40), match.start)
    return name.isupper() and before is not None \
        and before.group(1).casefold() in patterns.words("capitals-noun-modifiers")


# the capitals word right before a name, one space between (`EXPORT ` of `EXPORT LEVY`)
_CAPITALS_WORD_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z]{2,}) $")


def joined_parts(piece: str, found: list[NameMatch]) -> list[NameMatch]:
    """Matches of one person's forms set side by side, name and patronymic then surname
    (`Andrei Andreyevich Gromyko`, `Leonid Ilyich Brezhnev`), as one match (the first
    form's, which tells the person better than a surname)."""
    joined: list[NameMatch] = []
    for match in found:
        last = joined[-1] if joined else None
        if (last is not None and last.entry.kind == "person" and last.entry.id == match.entry.id
                and piece[last.end:match.start] == " "):
            joined[-1] = replace(last, end=match.end)
        else:
            joined.append(match)
    return joined
