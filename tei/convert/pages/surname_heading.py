"""(dfat57) A printed DAFP volume's heading of both parties' surnames in capitals (`SPENDER
TO MAKIN`, `BURTON TO HODGSON`) is the document's title where the editors' form line stands
under it: the cablegram's line with its label (`Cablegram 133 CANBERRA, 3 March 1950`) or a
form of table `dateline-forms` before the place in capitals (`Letter CANBERRA, 12 May
1949`, `Minute CANBERRA, ...`). Never a head `... TO THE` (a colonial print's
`CORRESPONDENCE RELATING TO THE`). (dfat71) The web edition sets the surnames in title case
(`Casey to Menzies` over `Cablegram 52 WASHINGTON, 3 March 1941, 7.15 p.m.`). (cw81) A copy
that runs the volume's number into the heading (`254 CASEY TO SPENDER`) is split into the
number and the heading, as the volume sets them."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line

_SURNAMES_TO = re.compile(r"^[A-Z][A-Z'’-]++(?:\s[A-Z][A-Z'’-]++)?\sTO\s(?!THE\b)"
                          r"[A-Z][A-Z'’-]++(?:\s[A-Z][A-Z'’-]++)?$")
# (dfat71) the web edition's heading in title case (`Casey to Menzies`, `McEwen to Page`)
# (cw87) and an apostrophe's (`D'Alton`, `O'Brien`)
_SURNAME = r"[A-Z](?:[a-z]*+['’]?+[A-Z])?[a-z'’-]++"  # `Casey`, `McEwen`, `MacDonald`
_CASED_SURNAMES_TO = re.compile(rf"^{_SURNAME}(?:\s{_SURNAME})?\sto\s{_SURNAME}(?:\s{_SURNAME})?$")
# the form's words before the dateline's place in capitals (`Letter CANBERRA, ...`)
# (cw87) maybe with the post's number and the editors' `(extracts)` (`Dispatch 44/1/1 (extracts)
# WELLINGTON, ...`), or the place in the editors' brackets (`Letter [LONDON], ...`; doc_types.py)
FORM_BEFORE_PLACE = re.compile(r"^([A-Z][a-z]++(?:\s[a-z]++){0,2})\s++"
                               r"(?:(?:No\.\s*+)?\d[\w/]{0,12}+\s++)?(?:\((?:extracts?|paraphrase|copy)\)\s++)?(?=[A-Z]{2,}|\[[A-Z])")
_NUMBERED = re.compile(r"^(\d{1,4})\s++(\S.*+)$")  # (cw81) `254 CASEY TO SPENDER`
_NUMBERED_REACH = 4  # the heading among the page's first lines


def split_numbered(lines: list[Line], ctx: Context) -> list[Line]:
    """`lines`, a volume's number run into the surnames heading over its form line (`254
    CASEY TO SPENDER` / `Cablegram O.4567 CANBERRA, ...`) split into the number's line and
    the heading's: every word kept, in order; not a heading the page-title rows read whole
    (dfat.gov.au's `41 Cranborne to Commonwealth Government`)."""
    for i, line in enumerate(lines[:_NUMBERED_REACH]):
        found = _NUMBERED.match(line.text)
        if not found or ctx.res.patterns.match("page-title", line.text):
            continue
        heading = Line(line.no, found.group(2))
        if surnames_heading(heading.text, [heading, *lines[i + 1:i + 2]], 0, ctx):
            return [*lines[:i], Line(line.no, found.group(1), line.blank_before,
                                     line.rule_before, line.bullet),
                    heading, *lines[i + 1:]]
    return lines


def surnames_heading(text: str, lines: list[Line] | None, i: int, ctx: Context) -> bool:
    """Whether `text`, line `i` of `lines`, is the surnames heading over its form line."""
    if not (_SURNAMES_TO.match(text) or _CASED_SURNAMES_TO.match(text)) or not lines \
            or i + 1 >= len(lines):
        return False
    below = lines[i + 1].text
    cable = ctx.res.patterns.match("heading", below)
    if cable and cable[1].groupdict().get("label"):
        return True
    form = FORM_BEFORE_PLACE.match(below)
    return bool(form and ctx.res.patterns.label("dateline-forms", form.group(1)))
