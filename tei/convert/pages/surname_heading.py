"""(dfat57) A printed DAFP volume's heading of both parties' surnames in capitals (`SPENDER
TO MAKIN`, `BURTON TO HODGSON`) is the document's title where the editors' form line stands
under it: the cablegram's line with its label (`Cablegram 133 CANBERRA, 3 March 1950`) or a
form of table `dateline-forms` before the place in capitals (`Letter CANBERRA, 12 May
1949`, `Minute CANBERRA, ...`). Never a head `... TO THE` (a colonial print's
`CORRESPONDENCE RELATING TO THE`). (dfat71) The web edition sets the surnames in title case
(`Casey to Menzies` over `Cablegram 52 WASHINGTON, 3 March 1941, 7.15 p.m.`)."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line

_SURNAMES_TO = re.compile(r"^[A-Z][A-Z'’-]++(?:\s[A-Z][A-Z'’-]++)?\sTO\s(?!THE\b)"
                          r"[A-Z][A-Z'’-]++(?:\s[A-Z][A-Z'’-]++)?$")
# (dfat71) the web edition's heading in title case (`Casey to Menzies`, `McEwen to Page`)
_SURNAME = r"[A-Z](?:[a-z]++[A-Z])?[a-z'’-]++"  # `Casey`, `McEwen`, `MacDonald`
_CASED_SURNAMES_TO = re.compile(rf"^{_SURNAME}(?:\s{_SURNAME})?\sto\s{_SURNAME}(?:\s{_SURNAME})?$")
# the form's words before the dateline's place in capitals (`Letter CANBERRA, ...`)
_FORM_BEFORE_PLACE = re.compile(r"^([A-Z][a-z]++(?:\s[a-z]++){0,2})\s++(?=[A-Z]{2,})")


def surnames_heading(text: str, lines: list[Line] | None, i: int, ctx: Context) -> bool:
    """Whether `text`, line `i` of `lines`, is the surnames heading over its form line."""
    if not (_SURNAMES_TO.match(text) or _CASED_SURNAMES_TO.match(text)) or not lines \
            or i + 1 >= len(lines):
        return False
    below = lines[i + 1].text
    cable = ctx.res.patterns.match("heading", below)
    if cable and cable[1].groupdict().get("label"):
        return True
    form = _FORM_BEFORE_PLACE.match(below)
    return bool(form and ctx.res.patterns.label("dateline-forms", form.group(1)))
