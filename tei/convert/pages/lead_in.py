"""(repost64) A document quoted whole under a repost's lead-in: a blogger's, list member's,
journalist's or thesis author's own lines (`Here is the text:`, `The text of the cable
follows:`, `... deserves quotation in full.23`, a translator's credit) over the quoted
form's heading, further down than `preamble` reaches or opened by a heading line it does
not take as an opening (a classification, a transmission line `FROM PEKING TO FOREIGN
OFFICE`, a form's name with its kind `Telegram – encrypted`). Read by `pages/generic.py`."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.pages.summary import PROSE_END
from tei.convert.read import Line
from tei.convert.segment import doc_type_in

_REACH = 48  # a mail digest's headers and query stand above a member's quoted telegram
_RUN = 3  # heading lines in a row under the lead-in
_COLON_WORDS = 3
_SENTENCE_WORDS = 8
_FORM_WORDS = 4
# a thesis's or article's footnote anchor run on after the sentence (`literature.23`, which
# the reader gives as `literature.[23]`)
_ANCHOR_TAIL = re.compile(r"(?<=[.!?])(?:\d{1,3}|\[\d{1,3}\])$")


def _heading_run(lines: list[Line], k: int, ctx: Context) -> bool:
    """Whether the `_RUN` lines from `k` are all heading rows."""
    run = lines[k:k + _RUN]
    return len(run) == _RUN and all(ctx.res.patterns.match("heading", line.text) for line in run)


def _leads_in(text: str) -> bool:
    """A line handing over to a quoted document: a colon ending a clause of some words
    (`Here is the text:`), or a prose sentence's end (a footnote anchor after it)."""
    words = len(text.split())
    if text.endswith(":"):
        return words >= _COLON_WORDS
    return words >= _SENTENCE_WORDS and PROSE_END.search(_ANCHOR_TAIL.sub("", text)) is not None


def _form_line(line: Line, ctx: Context) -> bool:
    """A short line naming the document's form over its heading (`Telegram – encrypted`)."""
    return len(line.text.split()) <= _FORM_WORDS and doc_type_in(line.text, ctx, True) is not None


def lead_in(lines: list[Line], start: int, ctx: Context) -> int | None:
    """The index where a quoted document's heading starts under a lead-in line, on a page
    not opening with a heading of its own; None when there is none."""
    if _heading_run(lines, start, ctx):
        return None
    for k in range(start + 1, min(len(lines) - _RUN, start + _REACH)):
        if _leads_in(lines[k - 1].text) and _heading_run(
                lines, k + 1 if _form_line(lines[k], ctx) else k, ctx):
            return k
    return None
