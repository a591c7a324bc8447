"""Page reader for a document's entry in a briefing book of a research archive's site (the
National Security Archive's Electronic Briefing Books), as a copy of the page gives it: the
archive's masthead (its name, its university, street and telephone lines) and the book's
number and headline, then the entry (`Document 14`, or `Document 14: Cable from ...`), the
entry's caption naming the document, its parties and its date (`Cable from U.S. Embassy San
Salvador to Secretary of State, "Meeting with ...," March 3, 1983, Confidential`), the source
line (`Source: Department of State FOIA release`), the editors' description, then the
document's own text (often OCR of its scan).

The entry's number alone is furniture (`page-furniture` row publication). Everything above
the caption is the page's text, but the archive's name (`archive-name`): its repository. The
caption (the line over the source line, else the first line under the book's number naming a
form and a full date; its number before a colon dropped) is the page's title, its last full
date the page's date. The source line is the archive's source when it holds a number (else
the page's text: `Department of State FOIA release`), and the description, a paragraph of
prose over the document's first line, its summary. Rows: `briefing-book`.
"""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.pages.summary import PROSE_END, is_credit
from tei.convert.read import Line
from tei.convert.segment import doc_type_in
from tei.convert.zones import Segments

_REACH = 40  # the entry stands under the masthead and the book's headline and editors
_SOURCE_REACH = 3  # the source line stands under the caption or under the description
_SUMMARY_WORDS = 12  # a description is a sentence or more
_HEADING_WORDS = 8  # the document's first line (classification, letterhead, form) is short
_DATELINE_WORDS = 6  # a place and a date


def _kind(line: Line, ctx: Context) -> str:
    found = ctx.res.patterns.match("briefing-book", line.text)
    return found[0] if found else ""


def _book(lines: list[Line], ctx: Context) -> int | None:
    """Index of the book's number line near the page's top."""
    return next((i for i, line in enumerate(lines[:_REACH]) if _kind(line, ctx) == "book"),
                None)


def _caption(lines: list[Line], ctx: Context) -> int | None:
    """Index of the entry's caption under the book's line: the line over the entry's source
    line, else the first line naming a document's form and a full date (not the book's
    `Posted - March 3, 2013`; the entry's number line is furniture, `page-furniture` row
    publication, gone before the readers run)."""
    k = _book(lines, ctx)
    if k is None:
        return None
    below = range(k + 1, min(len(lines) - 1, k + _REACH))
    over = next((i for i in below if _kind(lines[i + 1], ctx) == "source"
                 and _kind(lines[i], ctx) in ("", "document")), None)
    if over is not None and over - 1 > k and _prose(lines[over].text) \
            and _caption_date(lines[over - 1], ctx) and doc_type_in(lines[over - 1].text, ctx):
        return over - 1  # (lead35) the editors' description between the caption and source
    if over is not None and over - 1 > k and _dateline(lines[over], ctx) \
            and doc_type_in(lines[over - 1].text, ctx):
        return over - 1  # (memo70) the document's place and date under an undated caption
    return over or next(
        (i for i in below if _caption_date(lines[i], ctx) is not None
         and doc_type_in(lines[i].text, ctx) and not PROSE_END.search(lines[i].text)), None)


# the page readers' gate (`gate.py`): what `evidence` cannot do without, the book's number
NEEDS = (("briefing-book", ("book",)),)


def evidence(lines: list[Line], ctx: Context) -> int:
    """1 for an entry's caption under the book's number."""
    return 1 if _caption(lines, ctx) is not None else 0


def _dateline(line: Line, ctx: Context) -> bool:
    """(memo70) A short line giving a full date (`Malta, 2 December 1989`): the document's
    place and date under its caption, the document's own dateline."""
    return len(line.text.split()) <= _DATELINE_WORDS and _caption_date(line, ctx) is not None


def _caption_date(title: Line, ctx: Context) -> Line | None:
    """The caption's last date that names its day, as a line."""
    full = [d for d in ctx.res.dates.find(title.text) if d.day is not None]
    return Line(title.no, title.text[full[-1].start:full[-1].end]) if full else None


def _description(lines: list[Line], i: int, ctx: Context) -> bool:
    """Whether the line at `i` is the editors' description: prose of a sentence or more over
    a short line (the document's classification, letterhead or form), the source line or the
    end."""
    text = lines[i].text
    below = lines[i + 1].text if i + 1 < len(lines) else ""
    return _prose(text) and (not below or len(below.split()) < _HEADING_WORDS
                             or below.isupper() or _kind(lines[i + 1], ctx) == "source")


def _prose(text: str) -> bool:
    """A sentence or more, not in capitals."""
    return len(text.split()) >= _SUMMARY_WORDS and bool(PROSE_END.search(text)) \
        and not text.isupper()


def _source(source: Line, seg: Segments) -> None:
    """The source line's value: an archival reference when it holds a number (`National
    Archives, RG 59, ...`), else the page's text (`Department of State FOIA release`)."""
    named = "source" if any(c.isdigit() for c in source.text) else "page-text"
    seg.fields.setdefault(named, []).append(source)


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """Masthead and book into the page's text, caption into the page's title and date, source
    and description into the header; the document's lines returned."""
    k = _caption(lines, ctx)
    if k is None:
        return lines
    for line in lines[:k]:  # the archive's name over its masthead is the repository
        named = not seg.fields.get("original-archive") and ctx.res.patterns.match(
            "archive-name", line.text)
        seg.fields.setdefault("original-archive" if named else "page-text", []).append(line)
    found = ctx.res.patterns.match("briefing-book", lines[k].text)
    title = found[1].group("title") if found and found[0] == "document" else None
    seg.page_title = Line(lines[k].no, title) if title else lines[k]
    seg.page_date = seg.page_date or _caption_date(lines[k], ctx)
    i = k + 1
    dated = [lines[i]] if i < len(lines) and _dateline(lines[i], ctx) else []
    i += len(dated)  # (memo70) the dateline under the caption stays the document's
    end = min(len(lines), i + _SOURCE_REACH)
    while i < end:
        found = ctx.res.patterns.match("briefing-book", lines[i].text)
        if found and found[0] == "source":
            _source(Line(lines[i].no, found[1].group("source")), seg)
        elif _description(lines, i, ctx) and "summary" not in seg.fields:
            seg.fields["summary"] = [lines[i]]
        elif dated and is_credit(lines[i].text, ctx):  # (memo70) `Translated by X for ...`
            seg.fields.setdefault("credits", []).append(lines[i])
        else:
            break
        i += 1
    following = _next_entry(lines, i, ctx)
    seg.fields.setdefault("page-text", []).extend(lines[following:])
    return [*dated, *lines[i:following]]


def _next_entry(lines: list[Line], start: int, ctx: Context) -> int:
    """(repost71) Where the page's next entry begins under the document's text: its caption
    naming a form over its source line (`State Department cable 223190 to Embassy Moscow, 21
    August 1968, Secret` / `Source: ...`; its number `Document 2` gone as furniture); the
    lines from there are the page's. The end of `lines` when there is none."""
    return next((k for k in range(start + 1, len(lines) - 1)
                 if _kind(lines[k + 1], ctx) == "source"
                 and _kind(lines[k], ctx) in ("", "document")
                 and doc_type_in(lines[k].text, ctx) and _caption_date(lines[k], ctx)),
                len(lines))
