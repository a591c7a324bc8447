"""A message's opening dateline set over two lines, made one line again (`WARDHA,` / `August
12, 1942`), and the dates that open a message over its salutation, inside address or first
field (`structure.py`), and a place's dateline that says the document is undated."""

from __future__ import annotations

from itertools import pairwise

from tei.convert.context import Context
from tei.convert.inside_address import MAX_LINES, inside_address_end
from tei.convert.parts import civil_date_pairs, opening_dateline, place_date
from tei.convert.read import Line

LEAD_REACH = 8  # a despatch's docket lines over its dateline: how many
_UNDATED_REACH = 3  # the lines of a message over which an undated dateline may stand
_FIELD_REACH = 14  # an official letter's letterhead and file lines over its date and subject


def joined_datelines(lines: list[Line], ctx: Context, opening: set[str]) -> list[Line]:
    """A dateline set over two lines, the place (closed by its comma, a register place,
    or any place opening the message) and the date under it (`WARDHA,` / `August 12,
    1942`; `New Delhi` / `14 March 1949`; `Sevagram` / ...), made one line again; a date
    alone over the salutation (`22/X. 1919` / `Comrade Trotsky,`), perhaps under the
    writer's address (`10 Downing Street,` / `Whitehall.` / `12th March, 1957.`), or
    over an official letter's first field (`18 Apr 1947` / `Subject: ...`, table
    `date-over-field`) is the opening dateline, as is another calendar's date over its
    civil one in brackets; (wc48) so is a date over a styled inside address (`19 лютого
    1993 р.` / `Першому заступнику` / ... over `Шановний Василю Васильовичу,`). The
    opening datelines' texts are added to `opening` (those of the message's quoted
    documents too: the set a reader keeps)."""
    lines, civil = civil_date_pairs(lines, ctx, LEAD_REACH)
    opening.update(civil)
    opening.update(line.text for line in lines[:_UNDATED_REACH]  # (frus59) `Washington, undated.`
                   if ctx.res.patterns.match("undated-dateline", line.text))
    texts = [line.text for line in lines[:LEAD_REACH + MAX_LINES + 2]]
    for index, (date, following) in enumerate(pairwise(lines[:_FIELD_REACH + 1])):
        # (speed20) the line under first: a long line's date scan only over a salutation
        if ((index < LEAD_REACH and (ctx.res.patterns.match("salutation", following.text)
                                      or inside_address_end(texts, index + 1, ctx)))
                or ctx.res.patterns.match("date-over-field", following.text)) \
                and ctx.res.dates.whole(date.text):
            opening.add(date.text)
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        joined = f"{prev.text} {line.text}" if prev is not None else ""
        if prev is not None and len(out) == 1 and opening_dateline(prev, line, ctx):
            opening.add(joined)
        if (prev is not None and not line.blank_before and len(prev.text.split()) <= 3
                and ctx.res.dates.whole(line.text) and (
                    place_date(joined, ctx) or joined in opening)):
            out[-1] = Line(prev.no, joined, prev.blank_before, prev.rule_before, prev.bullet)
        else:
            out.append(line)
    return out
