"""British and Commonwealth telegrams and cablegrams.

Foreign Office and Dominions Office telegrams (`D. 6.40 p.m. 3rd October, 1950.` /
`R. 1.15 a.m. ...`, `Mr. Hutchison`, `Cypher/OTP`) and the Australian Department of
External Affairs' cablegrams (`Cablegram 344 LONDON, 22 August 1939`, `O.JA8135`). Besides
its rows, the form shows in `Repeated to ...` and `Following from/for ...` lines.
(repost80) A print's parties line opening the heading (`Sir W. Hayter to Foreign Office`,
the editions' parties row reading it; or its two lines, `Sir S. Cripps (Moscow)` / `to Foreign
Office`) is the document's title when the page gives none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tei.convert.context import Context
from tei.convert.forms import Form
from tei.convert.read import Line

if TYPE_CHECKING:  # zones imports the forms
    from tei.convert.zones import Segments

_ROUTING = re.compile(r"(?i)^(?:repeated to|following (?:from|for|is)|addressed to)\b")


def _routing(lines: list[Line], ctx: Context) -> int:
    return sum(1 for line in lines if _ROUTING.match(line.text))


_PARTIES = {"sender", "addressee"}
_TITLE_REACH = 2  # the parties line opens the print's heading
_POST = re.compile(r"(?<!\s)\s*+\([A-Z][^()]{1,40}\)")  # from a run of spaces\' start: linear


def _parties_title(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """(repost80) The print's parties line among the heading's first lines, read by the
    editions' parties row, as the title when the page gives none."""
    if seg.page_title is not None:
        return lines
    for i, line in enumerate(lines[:_TITLE_REACH]):
        text = line.text
        if i + 1 < len(lines) and lines[i + 1].text.startswith("to "):  # `Sir S. Cripps
            text = f"{text.rstrip('.')} {lines[i + 1].text.rstrip('.')}"  # (Moscow)` / `to ...`
        found = ctx.res.patterns.match("heading-edition", _POST.sub("", text))  # the post
        # in brackets after the envoy (`Sir S. Cripps (Moscow) to ...`) is no part of the row
        if found and found[1].groupdict().keys() >= _PARTIES:
            seg.page_title = Line(line.no, text)
            break
    return lines


FORM = Form("commonwealth", "British or Commonwealth telegram", "telegram", _routing,
            opening=_parties_title)
