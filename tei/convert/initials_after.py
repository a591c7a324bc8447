"""(wc54) Names written surname first with their initials after them and no comma between,
as the minutes of the Eastern bloc's party bodies set their attendance (`Present: Zhivkov
T., Todorov S., Zhivkov Zh.`, `Attended by Comrades Aliev G.A., Vorotnikov V.I.`) and their
chair (`Chaired by Comrade GORBACHEV M.S.`): each is one person, the register's one whose
given name the initials fit (`Zhivkov T.` is Todor Zhivkov, `Zhivkov Zh.` is not), else a
local one named initials first (`S. Todorov`); the initials may fit a variant's given name
only (`Aliev G.A.`: Heydar Aliyev, also written Geidar Aliev). A piece holds such names
when two at least stand in it, or one after `Comrade`, `Cde.`, `Chaired by` or a chair's or
attendance's label (`Chairman: Zhivkov T.`); the surname no common word, office, part of a
document (`Annex A.`: table `document-parts`) or register place (`Washington D.C.`). A
speaker's label opening a line of the minutes, initials before the surname in capitals and
a colon (`S. TODOROV: I support ...`, also `BREZHNEV L.I.: ...`), names the same way the
person the attendance named (`S. Todorov`), though no second initial stands in it."""

from __future__ import annotations

import re

from lxml import etree

from tei.convert.attendance_names import listed_names, surname_stop
from tei.convert.context import Context
from tei.convert.inverted_given import inverted_given_names
from tei.convert.model import Mark
from tei.convert.namerules import DIGRAPH_INITIAL
from tei.convert.register import Entry, NameMatch
from tei.convert.spans import Spans
from tei.xmlio import TEI_NS

# (a capital of Latin-1 or Latin Extended-A: `Černík O., Štrougal L.`)
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-Ž"
_NAME = re.compile(
    rf"(?<![\w'’.-])(?P<surname>[{_CAPITAL}][a-zß-öø-ÿā-ž][\w'’-]++|[{_CAPITAL}]{{2}}[{_CAPITAL}'’-]++)"
    rf"\s(?P<initials>(?:(?:{DIGRAPH_INITIAL}|[{_CAPITAL}])\.\s?){{1,3}}?)"
    r"(?=[,;]|\s*+$|\s(?:and|i)\s)")
_SPEAKER = re.compile(
    rf"^(?!P\.\s?S\.|N\.\s?B\.)(?P<initials>(?:(?:{DIGRAPH_INITIAL}|{DIGRAPH_INITIAL.upper()}|[A-Z])"
    r"\.\s?){1,3})"
    r"(?P<surname>[A-Z]{3,}+(?:-[A-Z]{2,}+)?)(?=:\s)")
# (wc54) or written surname first with the initials after (`BREZHNEV L.I.: Comrades, ...`)
_SPEAKER_AFTER = re.compile(
    rf"^(?P<surname>[A-Z][a-z][\w'’-]++|[A-Z]{{2}}[A-Z'’-]++)\s(?P<initials>(?:(?:{DIGRAPH_INITIAL}"
    rf"|{DIGRAPH_INITIAL.upper()}|[A-Z])\.\s?){{1,3}}?)(?=:\s)")
# what a single name follows: `Comrade`, the chair's, keeper's or attendance's `by`, or such
# a label's colon (`Chairman: Zhivkov T.`, `Chaired by GORBACHEV M.S.`)
_COMRADE_BEFORE = re.compile(
    r"(?:\b(?:Comrades?|Cdes?\.|Tov\.)|(?i:\b(?:chaired|presided(?:\s++over)?|attended|recorded)"
    r"\s++by)|(?i:\b(?:chairman|chair|chairperson|presiding|secretary|present|absent|attended"
    r"|participants?|rapporteur|recorder|invited|also\s++present)\s*+:))\s*+$")
_CAPITAL_DIGRAPH = re.compile(r"([A-Z])([A-Z])(?=\.)")
_LIST_LEAST = 2  # names in a piece that make it a list (one alone needs `Comrade` before it)


def initials_after(piece: str, ctx: Context) -> list[tuple[int, int, str]]:
    """The spans of `piece`'s names written `Surname I.I.` with each name written initials
    first (`S. Todorov`, `M.S. Gorbachev`), as the module says, after the names an attendance
    line lists and a speaker's surname in capitals (`attendance_names`) and those written
    `Surname, Given` (`inverted_given`)."""
    listed = listed_names(piece, ctx) if ":" in piece else []
    listed += inverted_given_names(piece, ctx)  # (lead34) `Kohl, Helmut`: one person
    if ". " not in piece and not piece.endswith("."):
        return listed
    stop = surname_stop(ctx.res.patterns)
    found = [m for m in _NAME.finditer(piece) if m.group("surname").casefold() not in stop
             and not _place(m.group("surname"), ctx)]
    if len(found) < _LIST_LEAST:
        found = [m for m in found if _COMRADE_BEFORE.search(piece, 0, m.start())]
    speaker = _SPEAKER.match(piece) or _SPEAKER_AFTER.match(piece)
    found += [speaker] if speaker and speaker.group("surname").casefold() not in stop \
        and speaker not in found else []
    return listed + [(m.start(), m.start() + len(m.group().rstrip()),
                      f"{_initials(m.group('initials'))} {_surname(m.group('surname'))}")
                     for m in found]


def _initials(initials: str) -> str:
    """The initials as a name writes them (`ZH.`: `Zh.`)."""
    return _CAPITAL_DIGRAPH.sub(lambda pair: pair[1] + pair[2].lower(), initials.strip())


def _surname(word: str) -> str:
    """The surname as a name is written (`GORBACHEV`: `Gorbachev`)."""
    return word.title() if word.isupper() else word


def _place(word: str, ctx: Context) -> bool:
    """Whether the register knows the word as a place or a body, not as a person."""
    entry = ctx.res.register.lookup(_surname(word))
    return entry is not None and entry.kind != "person"


def within(match: NameMatch, spans: list[tuple[int, int, str]]) -> bool:
    """Whether a register match lies inside one of the names `initials_after` found."""
    return any(a <= match.start and match.end <= b for a, b, _ in spans)


def initials_after_marks(piece: str, spans: list[tuple[int, int, str]], taken: Spans,
                         ctx: Context, line: int) -> list[tuple[int, int, Mark]]:
    """A person's mark for each name `initials_after` found that no mark has taken."""
    marks = []
    for start, end, name in spans:
        if not taken.overlaps(start, end):
            taken.add(start, end)
            entry = _spelled_otherwise(name, ctx) or ctx.person(name, line)
            marks.append((start, end, Mark("persName", {"ref": f"#{entry.id}"},
                                           [piece[start:end]])))
    return marks


def _spelled_otherwise(name: str, ctx: Context) -> Entry | None:
    """The one register person of the surname of `name` whose variant, a given name and a
    surname, opens with its first initial (`G.A. Aliev`: `Geidar Aliev`), else none."""
    if "." not in name:  # a listed or spoken name, no initials to fit
        return None
    initials, surname = name.rsplit(" ", 1)
    first = initials.split(".")[0]
    fits = [e for e in ctx.res.register.persons_by_surname(surname)
            if any(_opens_with(variant, first, surname)
                   for variant in e.element.iter(f"{{{TEI_NS}}}persName"))]
    return ctx.use(fits[0]) if len(fits) == 1 else None


def _opens_with(variant: etree._Element, initial: str, surname: str) -> bool:
    """Whether a name of an entry is a given name opening with `initial` and a surname."""
    words = "".join(variant.itertext()).split()
    return len(words) > 1 and words[0].startswith(initial) and words[0] != surname \
        and not words[0].endswith(",")
