"""(wcda55) A page's index terms (`page-keyword-fields`): the persons and places an archive
files the document under (the Wilson Center's `Associated People & Organizations`,
`Associated Places`) are names of the header. A heading in the Library of Congress's form
(table `index-headings`: `Kim, Il-song, 1912-1994`, `Korea (North)`) names its register
entry as a whole (a person unknown to the register is a local one, given names first);
other terms are tagged as the summary is; topics and record ids stay plain."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.eastasian import family_first
from tei.convert.inline import InlineReader
from tei.convert.model import Inlines, Mark
from tei.convert.read import Line
from tei.convert.register import Entry

_NAMED = frozenset({"people", "places"})
_TAGS = {"person": "persName", "place": "placeName", "org": "orgName"}


def index_terms(keywords: dict[str, list[Line]], inline: InlineReader,
                ctx: Context) -> dict[str, list[Inlines]]:
    """Each keyword field's terms as inline content: names tagged in the fields of persons
    and places."""
    return {name: [_term(line, inline, ctx) if name in _NAMED else [line.text]
                   for line in values]
            for name, values in keywords.items() if values}


def _term(line: Line, inline: InlineReader, ctx: Context) -> Inlines:
    """A person's or place's index term, or (wcda65) the terms a printed page runs onto one
    line parted by semicolons (`Castro, Fidel, 1926-2016; Roa, Raúl, 1907-1982`) when one
    of them is a heading: each read on its own, the semicolons kept between."""
    parts = line.text.split("; ")
    if len(parts) < 2 or not any(
            ctx.res.patterns.match("index-headings", _plain_letters(part)) for part in parts):
        return _one_term(line, inline, ctx)
    out: Inlines = []
    for i, part in enumerate(parts):
        out.extend((["; "] if i else []) + _one_term(Line(line.no, part), inline, ctx))
    return out


def _one_term(line: Line, inline: InlineReader, ctx: Context) -> Inlines:
    """A person's or place's index term: its heading's entry around the whole term, else
    the names the term holds."""
    entry = _heading_entry(line, ctx)
    if entry is None:
        return inline.annotate(line.text, line.no)
    return [Mark(_TAGS[entry.kind], {"ref": f"#{entry.id}"}, [line.text])]


def _heading_entry(line: Line, ctx: Context) -> Entry | None:
    """The entry a Library of Congress heading names: a register person under either order
    of the inverted name (`Kim, Il-song`: family name first; `Nehru, Jawaharlal`), or the
    one of its surname and first initial (`Vyshinsky, Andrey Yanuarevich`), else a local
    person; a corporate body's heading (`Mongol Ardyn Khuvsgalt Nam. Tov Khoroo`) the
    register's body of that name or a local one; a royal person's name before the title of
    the realm (`Hussein, King of Jordan`); a register place with its quarter first
    (`Korea (North)`) or its state's form
    (`Vietnam (Democratic Republic)`: the Democratic Republic of Vietnam)."""
    found = ctx.res.patterns.match("index-headings", _plain_letters(line.text))
    if found is None:
        return None
    kind, match = found
    if kind == "org":  # (wcda57) a body's heading: the body, no person of its words; but
        # a heading the register knows no whole body of that names one of its bodies (`...
        # partiia. Politburo`) is read as text, its body linked (lead32)
        if ctx.res.register.lookup(line.text) is None and any(
                named.entry.kind == "org" for named in ctx.res.register.find(line.text)):
            return None
        return ctx.entry("org", line.text, line.no)
    register = ctx.res.register
    if kind == "titled":  # (wcda64) `Ashraf Pahlavi, Princess of Iran`: no person `Princess`
        entry = register.lookup(match.group("name"))
        return ctx.use(entry) if entry is not None and entry.kind == "person" \
            else ctx.person(match.group("name"), line.no)
    if kind in ("place", "place-form"):  # `North Korea`, `Democratic Republic of Vietnam`
        entry = register.lookup(f"{match.group('quarter')} {match.group('name')}"
                                if kind == "place" else
                                f"{match.group('form')} of {match.group('name')}")
        return ctx.use(entry) if entry is not None and entry.kind == "place" else None
    surname, given = match.group("surname"), match.group("given")
    forms = (f"{surname} {given}", f"{given} {surname}")
    for form in forms:
        entry = register.lookup(form)
        if entry is not None and entry.kind == "person":
            return ctx.use(entry)
    spellings = _surname_spellings(surname)
    initialled = {entry.id: entry for spelling in spellings
                  for entry in register.persons_by_surname(spelling)
                  if entry.reg.split()[0][:1] == given[:1]}
    if len(initialled) == 1:  # `Vyshinsky, Andrey Yanuarevich`: Andrei Vyshinsky
        return ctx.use(next(iter(initialled.values())))
    # (wcda57) or the document's one local person of that surname and initial (`Solov'ev,
    # Leonid Ivanovich`: the text's `L. I. Solovyov`)
    local = {entry.id: entry for spelling in spellings for entry in ctx.local_persons(spelling)
             if entry.reg[:1] == given[:1]}
    if len(local) == 1:
        return next(iter(local.values()))
    return ctx.person(forms[0] if family_first(forms[0], ctx.res.patterns) else forms[1],
                      line.no)


# the Library of Congress's romanization of Russian: the short i with its breve (`Andreĭ`) and
# the tie over two letters for one (`Vi͡acheslav`)
_LC_MARKS = str.maketrans({"ĭ": "i", "Ĭ": "I", "\u0361": None, "\ufe20": None, "\ufe21": None})
_LC_ENDING = re.compile(r"(?:ii|iy|yi)$")  # `Moskovskii`: Moskovsky
_SOFT_E = re.compile(r"['’]e")  # the soft sign before `e` (`Solov'ev`, `Vasil'ev`)
_LC_INITIAL = re.compile(r"^(?:E|Ia|Iu)(?=[a-z])")  # Е, Я, Ю opening a surname
_LC_INITIALS = {"E": "Ye", "Ia": "Ya", "Iu": "Yu"}


def _plain_letters(text: str) -> str:
    """A heading without the romanization's marks (`Gromyko, Andreĭ Andreevich`)."""
    return text.translate(_LC_MARKS)


def _surname_spellings(surname: str) -> tuple[str, ...]:
    """A surname and, for the romanization's ending of a Russian adjectival surname
    (`Moskovskii`), the register's usual ones (`Moskovsky`, `Moskovski`); (wcda57) for its
    soft sign before `e` (`Solov'ev`), the usual `ye`, `yo` and `e` (`Solovyev`, `Solovyov`,
    `Solovev`); (wcda77) for its initial `E`, `Ia` and `Iu` (Е, Я, Ю: `Epishev`, `Iakovlev`,
    `Iudin`), the usual `Ye`, `Ya` and `Yu` (`Yepishev`, `Yakovlev`, `Yudin`)."""
    forms = [surname] + ([_SOFT_E.sub(vowel, surname) for vowel in ("ye", "yo", "e")]
                         if _SOFT_E.search(surname) else [])
    initial = _LC_INITIAL.match(surname)
    if initial:
        forms.append(_LC_INITIALS[initial.group()] + surname[initial.end():])
    if not _LC_ENDING.search(surname):
        return tuple(forms)
    return (*forms, _LC_ENDING.sub("y", surname), _LC_ENDING.sub("i", surname))
