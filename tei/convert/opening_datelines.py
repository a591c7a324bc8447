"""A message's opening dateline set over two lines, made one line again (`WARDHA,` / `August
12, 1942`), and the dates that open a message over its salutation, inside address or first
field (`structure.py`), and a place's dateline that says the document is undated."""

from __future__ import annotations

import re
from itertools import pairwise

from tei.convert.context import Context
from tei.convert.dateline_parts import opening_dateline, place_date, whole_date
from tei.convert.inside_address import MAX_LINES, RUN_ON_SALUTE, inside_address_end
from tei.convert.read import Line

LEAD_REACH = 8  # a despatch's docket lines over its dateline: how many
_UNDATED_REACH = 3  # the lines of a message over which an undated dateline may stand
# (repost90) an edition's date in its editor's brackets alone under the heading (DGFP's
# `[January 3, 1940]`, the document undated, the date the editors')
_EDITOR_DATE = re.compile(r"^\[([A-Z0-9][^\[\]]{5,30}?)\.?\]$")
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
    lines = _split_run_on_close(_split_run_on_salutation(_split_date_salutation(lines, ctx), ctx),
                                ctx)
    lines, civil = civil_date_pairs(lines, ctx, LEAD_REACH)
    opening.update(civil)
    opening.update(line.text for line in lines[:_UNDATED_REACH]  # (frus59) `Washington, undated.`
                   if ctx.res.patterns.match("undated-dateline", line.text))
    opening.update(line.text for line in lines[:_UNDATED_REACH]  # (repost90) `[January 3,1940]`
                   if (m := _EDITOR_DATE.match(line.text)) and ctx.res.dates.whole(m.group(1)))
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
                and whole_date(line.text, ctx) and (
                    place_date(joined, ctx) or joined in opening)):
            out[-1] = Line(prev.no, joined, prev.blank_before, prev.rule_before, prev.bullet)
        else:
            out.append(line)
    return out


# a civil date in brackets on its own line (`(July 28, 1961)`)
_BRACKETED_DATE = re.compile(r"^\((?P<date>[^()]{6,40})\)\.?$")
# the words of the other calendar's line: a date with its place; a marked one with its
# era's name and an article (`New Delhi, the 5th Bhadra, 1884 (Saka)`)
_PAIRED_WORDS, _MARKED_WORDS = 6, 8


def civil_date_pairs(lines: list[Line], ctx: Context, reach: int) -> tuple[list[Line], set[str]]:
    """A date of another calendar over its civil date in brackets at the head of a message,
    the two over the salutation (`Shrawan 12, 2018 B.S.` / `(July 28, 1961)` / `Dear Mr.
    Prime Minister,`; a Hijri, Persian or Bikram Sambat date), made one line: the opening
    dateline (its date the bracket's). (misses40) A date whose era the table
    `other-calendar-date` marks (`New Delhi, the 5th Bhadra, 1884 (Saka)`, `Kathmandu, Shrawan
    12, 2019 B.S.`) is paired with the civil date under it, bracketed or not, over any line.
    Returns the lines and the joined datelines."""
    out: list[Line] = []
    joined: set[str] = set()
    for i, line in enumerate(lines):
        prev = out[-1] if out else None
        after = lines[i + 1] if i + 1 < len(lines) else None
        found = _BRACKETED_DATE.match(line.text)
        marked = prev is not None and ctx.res.patterns.match("other-calendar-date", prev.text)
        civil = found.group("date") if found else line.text if marked else None
        if (prev is not None and i <= reach and civil and not line.blank_before and after
                and ctx.res.dates.whole(civil) is not None
                and (marked or not ctx.res.dates.find(prev.text))  # (bloc81) Saka is read
                and any(c.isdigit() for c in prev.text)
                and len(prev.text.split()) <= (_MARKED_WORDS if marked else _PAIRED_WORDS)
                and (marked or ctx.res.patterns.match("salutation", after.text))):
            out[-1] = Line(prev.no, f"{prev.text} {line.text}", prev.blank_before,
                           prev.rule_before, prev.bullet)
            joined.add(out[-1].text)
        else:
            out.append(line)
    return out, joined


def _split_date_salutation(lines: list[Line], ctx: Context) -> list[Line]:
    """(repost90) A book's letter whose date and salutation share the opening line (`July 18,
    1905 Dear Mr. Roosevelt:`): the date line and the salutation, two lines."""
    out: list[Line] = []
    for k, line in enumerate(lines):
        found = ctx.res.dates.find(line.text) if k < LEAD_REACH else None
        rest = line.text[found[0].end:].lstrip(" ,.") if found and found[0].start == 0 else ""
        if rest and ctx.res.patterns.match("salutation", rest):
            out += [Line(line.no, line.text[:found[0].end], line.blank_before, line.rule_before),
                    Line(line.no, rest)]
        else:
            out.append(line)
    return out


def _split_run_on_salutation(lines: list[Line], ctx: Context) -> list[Line]:
    """(repost94) The salutation a letter's first sentence runs on from, a line of its own over
    the text (the place before it another: the letter's place line); only in the message's
    first lines, and only a salutation the table knows."""
    out: list[Line] = []
    for k, line in enumerate(lines):
        found = RUN_ON_SALUTE.match(line.text) if k < LEAD_REACH else None
        place = found and found["place"]
        if found and ctx.res.patterns.match("salutation", found["salute"]) and (
                not place or ctx.res.register.lookup(place) is not None):
            parts = [place, found["salute"], found["rest"].lstrip("\"“")] if place else [
                found["salute"], found["rest"]]
            out += [Line(line.no, part, line.blank_before if i == 0 else False,
                         line.rule_before if i == 0 else False) for i, part in enumerate(parts)]
        else:
            out.append(line)
    return out


# (repost94) a letter's last line run on from its dating clause or last sentence into its
# courtesy close and the signature in capitals (a collected works' `Written at the City of
# Washington this first day of August, 1861. Your Good Friend, ABRAHAM LINCOLN.`)
_RUN_ON_CLOSE = re.compile(r"^(?P<head>\S.{8,}?[.!?])\s++"
                           r"(?P<close>[A-Z][a-z]++(?:\s++[A-Za-z]++){1,6},)\s++"
                           r"(?P<name>(?:[A-Z]\.\s?){0,3}[A-Z][A-Z'’-]++(?:\s++[A-Z][A-Z.'’-]*+){0,3}\.?)$")


def _split_run_on_close(lines: list[Line], ctx: Context) -> list[Line]:
    """(repost94) The courtesy close (table `valediction`) and the signature in capitals run
    on after the letter's last sentence or dating clause, lines of their own."""
    out: list[Line] = []
    for line in lines:
        found = _RUN_ON_CLOSE.match(line.text) if line.text.endswith((".", "!")) or \
            line.text[-1:].isupper() else None
        if found and ctx.res.patterns.match("valediction", found["close"]):
            out += [Line(line.no, found["head"], line.blank_before, line.rule_before),
                    Line(line.no, found["close"]), Line(line.no, found["name"])]
        else:
            out.append(line)
    return out
