"""(cw65) The head the Foreign Office's confidential print sets over each document: the
property notice (`THIS DOCUMENT IS THE PROPERTY OF HIS BRITANNIC MAJESTY'S GOVERNMENT.`), the
series' country in capitals (`CHINA.`), the classification (`CONFIDENTIAL.`) and the
registry's file number in brackets (`[F 1083/2/10]`), rows of the `print-head` table. Over
the edition's number and its heading they are no evidence against the heading: a reader
that looks for the heading among a page's first lines looks under them."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.read import Line

_REACH = 6  # the head's lines stand at the top of the page


def past_print_head(lines: list[Line], ctx: Context) -> list[Line]:
    """The lines under the print's head lines at the top of `lines` (all of them without)."""
    i = 0
    while i < min(len(lines), _REACH) and ctx.res.patterns.match("print-head", lines[i].text):
        i += 1
    return lines[i:]
