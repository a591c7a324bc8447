"""(leftover23) A telegram's telegraphic address block in capitals at its head, the office and
its seat on one line (`SECRETARY-GENERAL LEAGUE OF NATIONS GENEVA`, `FOREIGN SECRETARY
LONDON`, `AMBASSADOR AMERICAN EMBASSY MOSCOW`): the addressee and the destination. The seat
is a register place closing the line; every word before it is a title, an office's word, a
country's adjective, a function word, a word of the `telegraphic-address-words` table or part
of a register name, and one of them is a title or an office's word."""

from __future__ import annotations

import re
from functools import lru_cache

from tei.convert.context import Context
from tei.convert.patterns import Patterns

_PLACE_WORDS = 3  # the longest seat's words (`RIO DE JANEIRO`)
_FUNCTION = frozenset({"of", "the", "and", "for", "in", "at", "to"})
_WORD = re.compile(r"[A-Z][A-Z'’.-]*+")


def addressed(text: str, found: tuple[str, dict[str, str]] | None, ctx: Context
              ) -> tuple[str, dict[str, str]] | None:
    """A heading line's kind and groups with its telegraphic address read: a line no row
    reads, or a `letterhead` row's line opening with a title (a letterhead names a body, an
    address a person's office: `AMBASSADOR AMERICAN EMBASSY MOSCOW`), is an address; an
    address row's office with its seat (`ETAT FOREIGN SECRETARY LONDON`) is cut from it."""
    if found is None or (found[0] == "letterhead" and _titled(text, ctx)):
        address = telegraphic_address(text, ctx)
        return ("addressee", address) if address else found
    kind, groups = found
    address = telegraphic_address(groups["addressee"], ctx) if kind == "addressee" and \
        "destination" not in groups and groups.get("addressee") else None
    # a cable's post of one word before its seat stays whole (`SECSTATE WASHDC`, `AMEMBASSY
    # KABUL`: the State Department's own address of a post)
    return (kind, {**groups, **address}) if address and " " in address["addressee"] else found


@lru_cache(maxsize=4)
def _vocabulary(patterns: Patterns) -> tuple[frozenset[str], frozenset[str]]:
    """The titles (`honorifics` without their stops) and the office words an address's
    office is made of, worked out once for the loaded tables."""
    titles = frozenset(w.rstrip(".") for w in patterns.words("honorifics"))
    offices = frozenset({*patterns.words("office-words"),
                         *patterns.words("telegraphic-address-words")})
    return titles, offices


def _titled(text: str, ctx: Context) -> bool:
    first = text.split()[0].casefold().rstrip(".") if text.split() else ""
    return first in _vocabulary(ctx.res.patterns)[0]


def telegraphic_address(text: str, ctx: Context) -> dict[str, str] | None:
    """The `addressee` and `destination` groups of a telegraphic address line, or None."""
    words = text.split()
    if not text.isupper() or not 2 <= len(words) <= 10 or not all(map(_WORD.fullmatch, words)):
        return None
    for size in range(min(_PLACE_WORDS, len(words) - 1), 0, -1):
        entry = ctx.res.register.lookup(" ".join(words[-size:]))
        if entry is not None and entry.kind == "place":
            office = " ".join(words[:-size])
            return {"addressee": office, "destination": " ".join(words[-size:])} \
                if _an_office(office, ctx) and _a_seat(text, size, ctx) else None
    return None


def _a_seat(text: str, size: int, ctx: Context) -> bool:
    """The place closing the line stands apart from the office: not after a function word
    (`STATE OF ISRAEL`, `GOVERNMENT OF THE UNION OF BURMA`: the body's own name) nor inside
    a register body's name (`MFA USSR`)."""
    words = text.split()
    start = len(" ".join(words[:-size])) + 1
    return words[-size - 1].casefold() not in _FUNCTION and not any(
        m.start < start and m.end > start for m in ctx.res.register.find(text)
        if m.entry.kind != "place")


def _an_office(office: str, ctx: Context) -> bool:
    """Every word an office's, a title, a country's, a function word or a register name's
    (not a place's), and one a title or an office's word."""
    patterns = ctx.res.patterns
    titles, offices = _vocabulary(patterns)
    named = [(m.start, m.end) for m in ctx.res.register.find(office) if m.entry.kind != "place"]
    kinds = []
    for word in re.finditer(r"\S++", office):
        parts = word.group().casefold().split("-")
        if any(a <= word.start() and word.end() <= b for a, b in named):
            kinds.append("name")
        elif all(p in titles or p in offices for p in parts):
            kinds.append("office")
        elif word.group().casefold() in _FUNCTION or word.group().casefold() in patterns.words(
                "country-adjectives"):
            kinds.append("other")
        else:
            return False
    return "office" in kinds
