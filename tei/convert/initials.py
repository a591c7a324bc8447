"""Initials before a surname (`W. G. Hayter`, `A. Ya. Pel'she`, `J.A. Lyons`) and whether
they fit a person's name: the register's or a local entry's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tei.convert.name_index import without_suffix
from tei.convert.namerules import DIGRAPH_INITIAL

if TYPE_CHECKING:
    from tei.convert.register import Entry, NameMatch

# an initial of two letters (`A. Ya. Pel'she`, `Yu. V. Andropov`, `Gy. Marosán`)
_DIGRAPH_INITIAL = re.compile(DIGRAPH_INITIAL)
# (dfat55) two to four single-letter initials written together (`J.A.`, `W.R.`)
_JOINED_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")


def initials_and_surname(name: str) -> tuple[list[str], str | None]:
    """(`['W', 'G']`, `Hayter`) for `W. G. Hayter`, (`['A', 'Ya']`, `Pel'she`) for `A. Ya.
    Pel'she`, ([], `Ball`) for `Ball`, else no surname."""
    words = name.split()
    initials = [i for w in words[:-1] for i in _joined(w)]
    if not all((len(i) == 1 and i.isupper()) or _DIGRAPH_INITIAL.fullmatch(i) for i in initials):
        return [], None
    return initials, words[-1]


def _joined(word: str) -> list[str]:
    """(dfat55) The initials of one word: `J.A.` written together (as Commonwealth
    documents write them: `Mr J.A. Lyons`, `Dr J.W. Burton`) are two, `J.` or `Ya.` one."""
    return word.rstrip(".").split(".") if _JOINED_INITIALS.fullmatch(word) else [word.rstrip(".")]


def initials_fit(initials: list[str], reg: str | Entry, honorific: set[str]) -> bool:
    """Initials fit a name when the first opens its first name (`N.` or, misses49, the
    digraph `Yu.` of Yuri), or when they are an honorific written as an initial (`M.` for
    Monsieur) and do not; (wcdc85) and, for a register entry, when two initials or more agree
    with the initials its variants give (`V.E. Kuznetsov`, a general of 1978, is not Vasily
    Kuznetsov, `V.V. Kuznetsov`), capitals a misreading confuses counted as one (`R. C.
    CASEY` is R. G. Casey)."""
    entry = None if isinstance(reg, str) else reg
    name = entry.reg if entry else str(reg)
    fits = not initials or name.startswith(initials[0]) or (
        len(initials) == 1 and initials[0].casefold() in honorific)
    if not fits and len(initials) > 1 and initials[0] == "M":  # (repost87) `M. N. Pashitch`:
        return initials_fit(initials[1:], reg, set())  # Monsieur, then the initial of his name
    return fits and not (entry and len(initials) > 1 and _initials_clash(initials, entry))


def _initials_clash(initials: list[str], entry: Entry) -> bool:
    """Whether the register gives `entry` initials (a variant of subtype `initials`) that
    open as `initials` do and none of them goes on as they do (wcdc85: `V.E. Kuznetsov` is
    not `V.V. Kuznetsov`; a digraph opens as its letter: `Y. M.` is `Yu. M.`); (lead86)
    else whether its regularised name has two given names or more (`William H. Sullivan`)
    and a later one that the initial of its place does not open (`W. C. Sullivan` is
    another). Initials opening otherwise than the register's (`E. A. Shuckburgh` beside
    `C. A. E. Shuckburgh`) write the name the person went by: they are not compared."""
    known = [initials_and_surname(text)[0] for text in entry.element.xpath(
        ".//*[local-name()='persName'][@subtype='initials']/text()")]
    known = [k for k in known if len(k) > 1 and _opens(k[0], initials[0])]
    if known:
        return not any(len(k) >= len(initials) and all(map(_opens, k, initials))
                       for k in known)
    given = _given_names(entry.reg)
    return len(given) > 1 and not all(map(_opens, given[1:], initials[1:]))


def _given_names(name: str) -> list[str]:
    """The given names of a full name (`William H. Sullivan`: William, H.), none when a
    word before the surname is not capitalised or is an initial glued to another."""
    given = without_suffix(name.split())[:-1]
    return given if all(w[:1].isupper() and w.count(".") < 2 for w in given) else []


def _opens(name: str, initial: str) -> bool:
    """Does `initial` open `name` (a given name or another initial), or the other way
    round, capitals a misreading confuses counted as one?"""
    a, b = _misread([name.upper(), initial.upper()])
    return a.startswith(b) or b.startswith(a)


# (lead84) capitals a typist's or an OCR's misreading confuses (`R. C. CASEY` for R. G. Casey)
_MISREAD = str.maketrans("GQDJLF", "COOIIE")


def _misread(initials: list[str]) -> list[str]:
    """`initials` with the capitals a misreading confuses made one."""
    return [initial.translate(_MISREAD) for initial in initials]


def within_match(text: str, name: str, found: Sequence[NameMatch]) -> bool:
    """(cw96) Whether `name`, as it first stands in `text`, is cut short inside a register
    person's name found there (`W. L. Mackenzie` in `Mr W. L. Mackenzie King`, `King` read as
    a title): a piece of the known name, no second person; a longer name holding a register
    surname (`Luiz Augusto de Castro Neves`) is no piece."""
    at, end = text.find(name), text.find(name) + len(name)
    return at >= 0 and any(m.entry.kind == "person" and m.start < end < m.end for m in found)
