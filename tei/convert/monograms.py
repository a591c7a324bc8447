"""A person's monogram (leftover22): the initials of the given name and surname written as
one capitals word (`MT` for Margaret Thatcher on the Thatcher Foundation's pages, `RR` for
Ronald Reagan in No. 10's notes). Such a word names many things besides (`MT` a mountain, a
state, a tonne), so the register marks it `monogram` and it is matched only where the
document names the person by the surname too (`Thatcher`), standing alone: no capitals
word or initial right before or after it, no article before it (`the MT of fuel`; a
possessive `'s` may follow)."""

from __future__ import annotations

import re
from functools import lru_cache

from tei.convert.context import Context
from tei.convert.name_index import MONOGRAM
from tei.convert.register import Entry, Register
from tei.convert.register_derived import Positions, derived
from tei.convert.spans import Spans

_MIN_LETTERS = 2


@lru_cache(maxsize=4)
def _monograms(register: Register) -> dict[str, tuple[Entry, ...]]:
    """The register's persons by their `monogram` forms."""
    def work() -> Positions[str]:
        found: dict[str, list[int]] = {}
        for position, entry in enumerate(register.listed):
            for form in entry.element.iterfind("{*}persName"):
                text = "".join(form.itertext()).strip()
                if form.get("subtype") == MONOGRAM and len(text) >= _MIN_LETTERS:
                    found.setdefault(text, []).append(position)
        return found

    return derived(register, "monograms", __file__, work)


@lru_cache(maxsize=4)
def _scanner(register: Register) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The monograms standing alone, longest first (None: the register has none); (speed26)
    with their alternation alone: a text it finds nowhere holds none, and `re` scans for it
    by the monograms' first letters where the lookbehinds are tried at every character."""
    names = sorted(_monograms(register), key=lambda name: (-len(name), name))
    alternation = f"(?:{'|'.join(map(re.escape, names))})"
    return (re.compile(alternation), re.compile(
        rf"(?<![\w.'’-])(?<![A-Z][.\s])(?<!\b[Tt]he\s)(?<!\b[Aa]\s)(?<!\b[Aa]n\s){alternation}"
        r"(?![\w-]|\.\w|\s[A-Z]\b)")) if names else None


@lru_cache(maxsize=16)  # asked for each piece of a document, the same each time
def _named(text: str, surname: str) -> bool:
    """Does the document's `text` name the person's surname as a whole word?"""
    return re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text) is not None


def monogram_marks(piece: str, taken: Spans, ctx: Context) -> list[tuple[int, int, Entry]]:
    """The monograms `piece` holds of persons the document names by surname, each with its
    person; `taken` gets their spans."""
    scanners = _scanner(ctx.res.register)
    if scanners is None or not scanners[0].search(piece):
        return []
    scanner = scanners[1]
    out = []
    for word in scanner.finditer(piece):
        persons = [p for p in _monograms(ctx.res.register)[word.group()]
                   if _named(ctx.text, p.reg.split()[-1])]
        if len(persons) != 1 or taken.overlaps(word.start(), word.end()):
            continue
        taken.add(word.start(), word.end())
        out.append((word.start(), word.end(), ctx.use(persons[0])))
    return out


def monogram_party(text: str, ctx: Context) -> Entry | None:
    """(misses33) The person a party part names by a monogram alone (`MT` in a catalogue
    title's `MT draft letter to Reagan`), when the document names that person's surname too."""
    persons = [p for p in _monograms(ctx.res.register).get(text.strip(" ,.;:"), ())
               if _named(ctx.text, p.reg.split()[-1])]
    return ctx.use(persons[0]) if len(persons) == 1 else None
