"""(lead47) A newspaper's or an official bulletin's printed text of a document: under the
paper's masthead, its headline (`TEXT OF U THANT'S SECOND MESSAGE TO KHRUSHCHEV`) and credit
(`Special to The New York Times`), a lead-in names the document, its writer, its addressee
and its day (`UNITED NATIONS, N.Y., Oct. 25 — Following is the text of a message sent today
by U Thant, Acting Secretary General, to Premier Khrushchev:`; the Department of State
Bulletin's `Following is the text of President Kennedy's letter of October 27 to Chairman
Khrushchev:`). The lines over the lead-in are the page's text, the headline its title; the
lead-in opens the text, its form and parties are the document's, and its day, in the year of
a date over it, the document's date. Rows: `press-text`.
"""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 16  # the masthead, headline, byline and credit stand over the lead-in

# the page readers' gate (`gate.py`): the lead-in, without which `evidence` is 0
NEEDS = (("press-text", ("lead",)),)


def _row(text: str, ctx: Context, kind: str) -> dict[str, str] | None:
    """The named groups of the first `press-text` row `kind` found in `text` (None: none)."""
    for row in ctx.res.patterns.rows("press-text"):
        if row.name == kind and (found := row.regex.search(text)):
            return {k: v for k, v in found.groupdict().items() if v}
    return None


def _lead(lines: list[Line], ctx: Context) -> int | None:
    """Where the lead-in stands among the first lines, under the page's headline or opened
    by the wire's dateline (not a covering letter's `The following is the text of a
    telegram from Comrade Seiler`), if it does."""
    i = next((i for i, line in enumerate(lines[:_REACH])
              if (found := ctx.res.patterns.match("press-text", line.text))
              and found[0] == "lead"), None)
    if i is None or (_row(lines[i].text, ctx, "dateline") is None and _headline(lines[:i], ctx)
                     is None):
        return None
    return i


def _headline(lines: list[Line], ctx: Context) -> Line | None:
    """The page's headline (`TEXT OF INDIA'S NOTE TO CHINA`) among `lines`, if any."""
    return next((line for line in lines if _row(line.text, ctx, "headline") is not None), None)


def evidence(lines: list[Line], ctx: Context) -> int:
    """2 for a lead-in handing over to a printed document's text near the top."""
    return 2 if _lead(lines, ctx) is not None else 0


def _year(lines: list[Line], ctx: Context) -> int | None:
    """The year of the last date over the lead-in that has one (the issue's)."""
    years = [date.year for line in lines for date in ctx.res.dates.find(line.text) if date.year]
    return years[-1] if years else None


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The page's head into `seg`; the lead-in and the document's text under it returned."""
    i = _lead(lines, ctx)
    if i is None:
        return lines
    lead = lines[i]
    seg.facts["press-text"] = str(lead.no)  # the report goes on under it: no summary there
    seg.fields.setdefault("page-text", []).extend(lines[:i])
    headline = _headline(lines[:i], ctx)
    if headline is not None and seg.page_title is None:
        seg.page_title = headline
        seg.facts["subject-title"] = "1"  # the text of a note, not its parties
    form = (_row(lead.text, ctx, "lead") or {}).get("form", "")
    seg.facts.setdefault("form", "telegram" if form in ("telegram", "cable", "cablegram")
                          else "letter")
    sender = (_row(lead.text, ctx, "sender") or {}).get("sender", "")
    addressee = (_row(lead.text, ctx, "addressee") or {}).get("addressee", "")
    if sender or addressee:
        seg.facts["channel-from"], seg.facts["channel-to"] = sender, addressee
        seg.facts["channel-line"] = str(lead.no)
    dateline = _row(lead.text, ctx, "dateline") or {}
    day = (_row(lead.text, ctx, "day") or dateline).get("day")
    year = _year(lines[:i], ctx)
    if day and seg.page_date is None:
        seg.page_date = Line(lead.no, f"{day}, {year}" if year else day)
    return lines[i:]
