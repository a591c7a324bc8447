"""(lead55) A transcriber's preface over the document: a researcher's or volunteer's notes
opening a plain-text transcription (`Transcription notes - Kennan telegrams, spring 1952`,
`Transcribed by M. Keller, 14 March 2019, from the original at Archives II`, `Source: NARA,
RG 59, ..., 611.61/5-2652, Box 2879`, the conventions followed), closed by a rule (a line of
dashes or stars) with the document under it. The preface is the page's: its labelled fields
(`Source:`) are read as a page's fields, its other lines kept as the page's text; the
document starts under the rule. Rows: `transcriber-preface`.
"""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.pages.fields import fields
from tei.convert.read import Line
from tei.convert.segment import label_of
from tei.convert.zones import Segments

_REACH = 12  # the preface's lines, the rule closing it among them

# the page readers' gate (`gate.py`): the transcriber's credit, without which `evidence` is 0
NEEDS = (("transcriber-preface", ("credit",)),)


def _rule(lines: list[Line], ctx: Context) -> int | None:
    """The index of the first line under a rule among the first lines, when a transcriber's
    credit stands above the rule, and some line follows it."""
    end = next((k for k in range(1, min(len(lines), _REACH + 1)) if lines[k].rule_before), None)
    if end is None or not any(ctx.res.patterns.match("transcriber-preface", line.text)
                              for line in lines[:end]):
        return None
    return end


def evidence(lines: list[Line], ctx: Context) -> int:
    """2 for a transcriber's preface closed by a rule at the top of the text."""
    return 2 if _rule(lines, ctx) is not None else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The preface into `seg` (its fields, the rest as the page's text); the lines under
    its rule returned."""
    end = _rule(lines, ctx)
    if end is None:
        return lines
    i = 0
    while i < end:
        if label_of(lines[i].text, ctx):
            i = min(max(fields(lines[:end], i, seg, ctx), i + 1), end)
        else:
            seg.fields.setdefault("page-text", []).append(lines[i])
            i += 1
    return lines[end:]
