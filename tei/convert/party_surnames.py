"""(cw97) A title's party named by a surname the register gives its person only in office.

The DFAT volumes head a cablegram by the parties' surnames (`Officer to Department of
External Affairs`, `Department of External Affairs to Officer`). A surname that is also a
common word is a register form only in office (`surname-in-office`: `Officer`, Keith
Officer, in his dated posts); standing alone as a whole party of the heading, it names the
one register person whose dated office covers the document's year (in running text the rules
of `office_surnames` apply). A monogram alone is read first (`monograms.monogram_party`).
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.lifespan import in_office
from tei.convert.monograms import monogram_party
from tei.convert.office_surnames import office_surnames
from tei.convert.register import Entry

_SURNAME_ALONE = re.compile(r"[A-Z][a-z'’-]++")


def named_party(text: str, ctx: Context) -> Entry | None:
    """The person a party part names by a monogram or by a surname in office alone."""
    monogram = monogram_party(text, ctx)
    if monogram is not None:
        return monogram
    word = text.strip(" ,.;:")
    if not _SURNAME_ALONE.fullmatch(word) or not ctx.year:
        return None
    fitting = [entry for entry in office_surnames(ctx.res.register).get(word, ())
               if in_office(entry, ctx.year)]
    return ctx.use(fitting[0]) if len(fitting) == 1 else None
