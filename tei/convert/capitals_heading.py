"""The parties' heading of a printed edition set in capitals (invent18).

The European ministries' editions in translation set the heading that names both parties in
capitals: the Documents diplomatiques français (`M. VALLERAND, AMBASSADOR OF FRANCE IN
WARSAW, TO M. DESCOMBES, MINISTER OF FOREIGN AFFAIRS.`, on one line or broken before its
`TO`), the Documenti diplomatici italiani (`THE AMBASSADOR IN MOSCOW, CASTELLANI, TO THE
MINISTER OF FOREIGN AFFAIRS, VENTURINI`), the Belgian and Swiss editions. Such a heading is
read in the title case its mixed-case twin has (the `frus` table's `heading` rows); the
title keeps the capitals as printed.

An edition that names its parties `M. X` (and `MM. X and Y`) writes `M.` for Monsieur:
when the heading opens so and its other party is not named by a bare initial (the Israeli
edition's `M. SHARETT TO A. EBAN` is Moshe Sharett), a local person's `M.` is no initial.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from tei.convert.patterns import Patterns

_LETTERS = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_][\w'’]*+")  # `(WASHINGTON)`, `PEOPLE'S`, `PILET-GOLAZ`: each part
# (lead25) an elided article before its word (`ALL'AMBASCIATORE`, `L'AMBASSADEUR`)
_ELIDED = re.compile(r"^(?P<article>[^\W\d_]{1,4}['’])(?P<rest>[^\W\d_][\w-]*+)$")
_ACRONYM_ROOM = 5  # `USSR`, `UN`: a short word the register writes in capitals stays so
# (print61) the confidential print's receipt after a heading in capitals, in small letters
# (`SIR R. STEVENS TO MR. SELWYN LLOYD. (Received March 3)`, `.—(Received April 8.)`)
_RECEIPT = re.compile(r"\((?i:received|recd\.?)\s[^()]{1,60}+\)\.?$")
_RECEIPT_SEPARATOR = " .—–-"  # between the heading and its receipt (`.—`, `. `)
# a heading opened by `M.`/`MM.` before a surname (not an initial), its other party after `to`
_FRENCH = re.compile(r"^MM?\.\s++(?:(?:de|du|d’|d')\s*+)?[A-Z][\w'’-]++(?!\.)")
_INITIAL = re.compile(r"^(?!MM?\.\s)(?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]")
_MONSIEUR = re.compile(r"^MM?\.\s++(?=[A-Z][\w'’-])")


def in_capitals(text: str) -> bool:
    """A line whose letters are capitals (at least three words)."""
    if text.isascii() and not text.isupper():  # (speed22) a small letter: told at once
        return False
    letters = _LETTERS.findall(text)
    return len(text.split()) >= 3 and len(letters) >= 8 and all(ch.isupper() for ch in letters)


def heading_match(text: str, patterns: Patterns, lookup: Callable[[str], object | None]
                  ) -> tuple[str, re.Match[str]] | None:
    """A parties' heading in capitals as a `frus` table's `heading` row reads it in title
    case: the title-cased text and the row's match; None for any other text (a subject in
    capitals, `DEMARCHE TO AFGHANISTAN ON ...`, matches no heading row). (print61) The
    receipt in brackets after it, in small letters (`SIR R. STEVENS TO MR. SELWYN LLOYD.
    (Received March 3)`), is read as it stands; (lead72) so is the `to` a print sets in
    small letters between names in capitals (`GOVERNOR SIR G. CREASY to MR. CREECH JONES.`)."""
    receipt = _RECEIPT.search(text) if text.endswith((")", ").")) else None
    head = text[:receipt.start()].rstrip(_RECEIPT_SEPARATOR) if receipt else text
    head = head.replace(" to ", " TO ", 1) if " to " in head else head
    if not in_capitals(head):
        return None
    cased = title_cased(head, patterns.words("heading-small-words"), acronyms(head, lookup))
    found = patterns.match("frus", cased + text[len(head):])
    return (cased, found[1]) if found and found[0] == "heading" else None


def title_cased(text: str, small: Container[str], keep: Container[str] = frozenset()) -> str:
    """`M. VALLERAND, AMBASSADOR OF FRANCE IN WARSAW, TO M. DESCOMBES` as `M. Vallerand,
    Ambassador of France in Warsaw, to M. Descombes`: a word in `small` (case-folded) in small
    letters, but the first, and so an elided article in it (`all'Ambasciatore`); a short word
    in `keep` (`USSR`) as it stands."""
    out = []
    for n, word in enumerate(text.split(" ")):
        core = word.strip(",.;:()[]")
        elided = _ELIDED.match(core)
        if n and core.casefold() in small:
            out.append(word.lower())
        elif elided and elided["article"].casefold().replace("’", "'") in small:
            article = elided["article"].lower() if n else elided["article"].capitalize()
            out.append(word.replace(core, article + elided["rest"].capitalize(), 1))
        elif core in keep and len(core) <= _ACRONYM_ROOM:
            out.append(word)
        else:
            out.append(_WORD.sub(lambda part: part.group().capitalize(), word))
    return " ".join(out)


def acronyms(text: str, lookup: Callable[[str], object | None]) -> set[str]:
    """The short capitals words of `text` that the register writes so (`USSR`, `UN`)."""
    words = {w.strip(",.;:()[]") for w in text.split()}
    return {w for w in words if 1 < len(w) <= _ACRONYM_ROOM and w.isupper() and w.isalpha()
            and lookup(w) is not None and lookup(w.title()) is None}


def monsieur_heading(sender: str, addressee: str) -> bool:
    """A heading (its parties in title case) naming them `M. X` as French editions do: its
    sender so, its addressee not by a bare initial."""
    return bool(_FRENCH.match(sender)) and not _INITIAL.match(addressee)


def without_monsieur(name: str) -> str:
    """`M. Kostrzewa` as `Kostrzewa` (the `M.` is Monsieur)."""
    return _MONSIEUR.sub("", name)
