"""(lead39) A register person named by his title, maybe his post in a phrase, and a comma,
then his surname alone (`the Soviet Ambassador in Bonn, Smirnov, has been informed`, `the
Ambassador, Smirnov, said`): the person whose titled form the register lists (`Ambassador
Smirnov`, subtype `with-title`), where the surname alone is no form of his (a common
surname: `Smirnov`, `Popov`, `Kim`) and the titled form stands nowhere in the text."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.register import Entry
from tei.convert.spans import Spans

# one or two capitalised words (the title), the post after `in`, `at` or `to` (one or two
# capitalised words), a comma, then one capitalised word set off by a comma
_POSTED = re.compile(r"(?<![\w.'’-])(?P<title>[A-Z][a-z]++(?:\s[A-Z][a-z]++)?)"
                     r"(?:\s++(?:in|at|to)\s++[A-Z][^\W\d_]++(?:\s[A-Z][^\W\d_]++)?)?"
                     r",\s++(?P<surname>[A-Z][^\W\d_]{2,}+)(?=,)")


def posted_surname_marks(piece: str, taken: Spans, ctx: Context) -> list[tuple[int, int, Entry]]:
    """The surnames `_POSTED` finds whose titled form (the title's last word or both its
    words before the surname) is a register person's whole form; `taken` gets their spans."""
    if ", " not in piece:
        return []
    out = []
    for found in _POSTED.finditer(piece):
        start, end = found.span("surname")
        if taken.overlaps(start, end):
            continue
        words = found.group("title").split()
        entry = _titled(f"{words[-1]} {found.group('surname')}", ctx) or (
            _titled(f"{found.group('title')} {found.group('surname')}", ctx)
            if len(words) > 1 else None)
        if entry is not None:
            taken.add(start, end)
            out.append((start, end, ctx.use(entry)))
    return out


def _titled(form: str, ctx: Context) -> Entry | None:
    """The register person whose whole form `form` is, or None."""
    matches = [m for m in ctx.res.register.find(form, ("person",))
               if (m.start, m.end) == (0, len(form))]
    return matches[0].entry if len(matches) == 1 else None
