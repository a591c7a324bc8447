"""The year in force in a document: the one that completes the dates its text writes
without a year (`received at 05.29 at 06:25`, `on the 8th`), read before any action's date
(`recognise`)."""

from __future__ import annotations

import re

from tei.convert.action_dates import new_year
from tei.convert.context import Context
from tei.convert.glued import unglued_years
from tei.convert.read import Line
from tei.convert.zones import Segments

_HANDLING_ROWS = frozenset({"control", "declassification"})  # heading rows of later handling
_DATELINE_WORDS = 6  # (leftover22) a line short enough to be a dateline, not a sentence


def context_year(seg: Segments, ctx: Context) -> int | None:
    """Year that completes dates written without one: the first full date of the document,
    not of a heading line about its later handling (`Issued: 14/6/1950` of a decrypt's
    release, a declassification line) nor a handling stamp's run into the text (`... Systematic
    Review 22 May 2009 Message Text ...` of a flattened PlusD page, table `handling-stamp`);
    else the edition's record of the wire (`Wired: 3 July, 1918` under `July 7, 1 a. m.`);
    an era's year alone on a dateline's short line (`Tokyo, Showa 45`) before any later
    line's date; then the page title's full date (`Text of two Telegrams sent by ... on
    November 13, 1947` over `your telegram ... dated November 10th`, commonwealth41).
    (intel73) A year in two figures the heading gave comes before a full date of the text
    and the lines under it (a decrypt's `10 Sept. 45` over its release's `14 November 1968`
    at the foot)."""
    if seg.facts.get("file-date"):
        return int(seg.facts["file-date"][:4])
    short = None
    heading = [line for line in seg.heading if not _handling_line(line, ctx)]
    wired = [line for line in seg.fields.get("record", []) if line.text.startswith("Wired")]
    ahead = (seg.page_date, *heading)
    for line in (*ahead, *seg.message, *seg.processing, *wired):
        if short and line is not None and line not in ahead:
            return short  # (intel73) a decrypt's `10 Sept. 45` over the release's issue date
        # (cw85) a note's marker glued to the year (DIFP's `WASHINGTON, 26 February 19421`)
        for value in ctx.res.dates.find(unglued_years(line.text, ctx)) if line is not None else ():
            if ctx.res.patterns.match("handling-stamp", line.text[:value.start][-40:]):
                continue  # the date of a later release, not of the document
            if line is seg.page_date and new_year(value):
                continue  # the catalogue's placeholder, when the document dates itself
            if value.year and not value.short_year:
                if line not in heading and _handling_line(line, ctx):
                    continue  # (intel71) a release stamp at the foot (`Approved for Release
                    # by NSA on 11-30-2005, ...`) under a heading's `DTG 041420Z AUG 64`
                return value.year
            short = short or _declassified_century(value.year, seg, ctx)
        if line is not None and len(line.text.split()) <= _DATELINE_WORDS:
            era = ctx.res.dates.era_year_alone(line.text)  # `Tokyo, Showa 45` (leftover22)
            if era:
                return era
    # (ocr87) the year stamp of a file's jacket; (news89) a newspaper archive's issue
    jacket = seg.facts.get("jacket-year") or seg.facts.get("press-year")
    return short or _title_year(seg, ctx) or _subject_year(seg, ctx) or (
        int(jacket) if jacket else None) or _file_year(seg, ctx) or _notes_year(seg, ctx)


def _notes_year(seg: Segments, ctx: Context) -> int | None:
    """(frus93) The one year of the full dates the editors' notes give, when the document
    itself dates nothing (a FRUS page without file number or dateline: `Roosevelt Papers:
    Telegram` whose notes cite `Roosevelt's message of November 8, 1943`); none when the
    notes' dates lie in more than one year."""
    years = {value.year for line in seg.footnotes for value in ctx.res.dates.find(line.text)
             if value.year and value.day and not value.short_year}
    return years.pop() if len(years) == 1 else None


def _file_year(seg: Segments, ctx: Context) -> int | None:
    """(frus90) The year of a file whose papers all lie in one year, the page's archive
    reference opening with it (table `file-years`: `Paris Peace Conf. 184.63/13` is 1919)."""
    for ref in seg.references:
        found = ctx.res.patterns.match("file-years", ref) if isinstance(ref, str) else None
        if found:
            return int(found[0])
    return None


# (cw88) a year alone closing a page title (`Secret telegram from the Viceroy of India ...
# commenting on ... Gandhi in 1943`, the UK National Archives' education pages)
_TITLE_YEAR_ALONE = re.compile(r"(?:\bin|,)\s+(1[89]\d\d|20[0-2]\d)\.?\s*$")


def _title_year(seg: Segments, ctx: Context) -> int | None:
    """The year of the page title's first full date; (cw88) else a year alone closing the
    title (`... commenting on Indian nationalist leader Gandhi in 1943`)."""
    found = ctx.res.dates.find(seg.page_title.text) if seg.page_title else ()
    full = next((value.year for value in found if value.year and not value.short_year), None)
    alone = _TITLE_YEAR_ALONE.search(seg.page_title.text) if seg.page_title and not full else None
    return full or (int(alone.group(1)) if alone else None)


def _subject_year(seg: Segments, ctx: Context) -> int | None:
    """(invent25) The year of a full date in the subject of the mail that carries the
    document (`Subject: Transcript: Moscow telegram of 9 March 1953`), when the document
    gives none: the mail's own `Date:` is never the document's."""
    for line in seg.fields.get("page-text", []):
        if line.text.casefold().startswith("subject:"):
            years = [v.year for v in ctx.res.dates.find(line.text) if v.year and v.day]
            if years and not any(v.short_year for v in ctx.res.dates.find(line.text)):
                return years[0]
    return None


def _handling_line(line: Line, ctx: Context) -> bool:
    found = ctx.res.patterns.match("heading", line.text)
    return found is not None and found[0] in _HANDLING_ROWS


# (cables92) the declassification date of a cable's E.O. line (`E.O. 12958: DECL:
# 07/13/2019`), four figures, ten years or so after the cable was sent
_DECL_YEAR = re.compile(r"\bDECL:?\s*+(?:\d{1,2}/\d{1,2}/)?((?:19|20)\d{2})\b")


def _declassified_century(year: int | None, seg: Segments, ctx: Context) -> int | None:
    """(cables92) A year in two figures (read as of the 1900s) put in the century of the
    heading's declassification date, at or before it (`POLITICAL WRAP-UP 07/13/09` under
    `E.O. 12958: DECL: 07/13/2019`: 2009, not 1909); `year` itself without one."""
    if year is None:
        return None
    for line in seg.heading:
        found = _DECL_YEAR.search(line.text) if _handling_line(line, ctx) else None
        if found:
            decl = int(found.group(1))
            return decl - (decl - year) % 100
    return year
