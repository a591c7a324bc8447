"""A catalogue record's top lines over its first labelled field: the archive's or the
portal's name and the record's reference, one a line (JACAR's English page: `Japan Center for
Asian Historical Records (JACAR)` / `National Archives of Japan` / `Ref. B02030726100` over
`Title: ...`; a catalogue's `Bundesarchiv` over `Bestand:`), and (sites59) a record's short
lines between them and its `Title:` field (the Digital National Security Archive's publisher
and collection, the Bundesarchiv's search tool and trail: the page's text) when a `Title:` field
or (lead36) an id's (`Item Number:`) stands among its first fields; (wcda57) a page's fields at its
top over its date line (a copy with the Document Information block first)."""

from __future__ import annotations

import re

from tei.convert.action_dates import YEAR_ONLY
from tei.convert.context import Context
from tei.convert.pages import titles
from tei.convert.pages.fields import field_names, fields
from tei.convert.pages.reader_heading import wrapped_numbered_heading
from tei.convert.pages.summary import PROSE_END
from tei.convert.read import Line
from tei.convert.segment import bare, doc_type_in, heading_kind, label_of
from tei.convert.zones import Segments

_TOP_LINES = 3  # the portal's name, the archive's, the reference
_RECORD_LINES = 2  # (sites59) the database's publisher, the collection (`ProQuest`, `Kissinger
# Transcripts, 1969-1977`) between the archive's name and a record's `Title:` field
_TITLE_REACH = 6  # a record's title field among its first fields
_RECORD_WORDS = 12  # a record page's short line over its title
_TITLE_MIN_WORDS = 3  # (cables80) a record's untitled title line: more than a publisher's name
_FORM_LABEL_KINDS = frozenset({"sender", "addressee", "destination"})
# a record's fields one of which stands among the first under its short lines: its title,
# or (lead36) its id (the Digital National Security Archive's `Item Number: KA10921` over
# the document itself)
_RECORD_FIELDS = frozenset({"title", "record-id"})


def archive_lines_over_fields(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """How many of the first lines are archives' names or archival references over a
    labelled field (0: none, or no field under them): the first name is the repository
    (`original-archive`), the references the record's; they are read into `seg`."""
    patterns = ctx.res.patterns
    top = 0
    # (global74) a labelled reference is the record's first field, not a line over them
    # (CPDOC's `Classificação: AAS mre pr 1974.03.15` under the centre's and the archive's names)
    while top < min(_TOP_LINES, len(lines) - 1) and (
            patterns.match("archive-name", lines[top].text)
            or patterns.match("archival-reference", lines[top].text)) and not (
            top and label_of(lines[top].text, ctx)):
        top += 1
    if not top:
        return 0
    named = top
    while top < named + _RECORD_LINES and top < len(lines) - 1 and not label_of(
            lines[top].text, ctx) and record_line(lines[top], ctx):
        top += 1
    if not label_of(lines[top].text, ctx) or (top > named and not _RECORD_FIELDS.intersection(
            field_names(lines, top, _TITLE_REACH, ctx))):
        return 0
    if top > named and _untitled_record_title(lines, named, top, ctx):
        seg.page_title = lines[top - 1]
        top -= 1
    seg.fields.setdefault("page-text", []).extend(lines[named:top])
    for line in lines[:named]:
        reference = patterns.match("archival-reference", line.text)
        if reference:
            seg.add_reference(reference[1])
        else:  # the first name is the repository, another (the portal's holder) the page's
            field = "page-text" if "original-archive" in seg.fields else "original-archive"
            seg.fields.setdefault(field, []).append(line)
    return top


def _untitled_record_title(lines: list[Line], named: int, top: int, ctx: Context) -> bool:
    """(cables80) Whether the record line right over the first field is the record's title:
    the fields have an id (`Item Number: SA00731`) but no `Title:` field, and the line is no
    series' span (`Kissinger Transcripts, 1969-1977`) and has the words of a title (the
    Digital National Security Archive's record page: its name, then the title alone on its
    line, then `Item Number:`, `Collection:`, `Date:`, `Origin:`, `Type: Cable`)."""
    names = field_names(lines, top, _TITLE_REACH, ctx)
    line = lines[top - 1]
    return ("title" not in names and "record-id" in names and "collections" in names
            and len(line.text.split()) >= _TITLE_MIN_WORDS
            and not titles.series_span(line.text))


def head_fields(lines: list[Line], i: int, reach: int, seg: Segments,
                ctx: Context) -> tuple[int, int]:
    """The fields from index `i` read into `seg`: the index after them and how far the
    page's head reaches (`reach` lines from the top), further when a whole date stands
    right under them and the page has no title or date line yet (a copy with its `Document
    Information` block over the date line, the title and the summary): as far from that
    date line as from the top."""
    end = fields(lines, i, seg, ctx)
    if end < len(lines) and seg.page_date is None and seg.page_title is None \
            and ctx.res.dates.whole(lines[end].text):
        return end, max(reach, end + reach)
    return end, reach


def record_line(line: Line, ctx: Context) -> bool:
    """A record page's short line over its title (a collection's or series' name, a document
    number): no sentence, label or date, nor a cable form's labelled heading (`FROM:
    AMEMBASSY, TEHRAN`, `SENT TO: ...`); (cw58) nor a line closed by a full date, a
    telegram's dateline with its classification over the document's subject (`Secret.
    Immediate. Ottawa, August 3, 1956` over `SUEZ CANAL CONFERENCE` / `Reference: ...`)."""
    text = line.text
    return (len(text.split()) <= _RECORD_WORDS and not PROSE_END.search(text)
            and not label_of(text, ctx) and not ctx.res.dates.whole(text)
            and not YEAR_ONLY.fullmatch(text)  # (wcda59) the date line `c. 1966`, (wcda71)
            and not ctx.res.dates.date_line(text)  # `1957`, `c. March 1975`, a range
            and not (":" in text and heading_kind(bare(text), ctx) in _FORM_LABEL_KINDS)
            and not _closed_by_date(text, ctx))


def _closed_by_date(text: str, ctx: Context) -> bool:
    """Whether `text` ends with a date that has its day and year (a dateline's)."""
    found = ctx.res.dates.find(text)
    last = found[-1] if found else None
    return last is not None and bool(last.day and last.year) \
        and not text[last.end:].strip(" .,")


def record_lines(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """Short lines of a record page (a collection's or series' name, a document number)
    standing above a title that labelled fields follow: kept in the header as record
    lines; returns the index of the title. Not a form's heading lines over its `DATE:`
    (`FROM: AMEMBASSY, TEHRAN`, `SENT TO: AMEMBASSY BELGRADE 412`): those are the
    document's. Archives' names and references alone over the first label (`Bundesarchiv`
    over `Bestand:`) are the repository and the record's reference (`record_top`)."""
    top = wrapped_numbered_heading(lines, seg, ctx) or archive_lines_over_fields(lines, seg, ctx)
    if top:  # (wcds93) a reader's numbered heading wrapped over lines, over its `Source:`
        return top
    for k in range(1, min(4, len(lines) - 1)):
        above = lines[:k]
        if (label_of(lines[k + 1].text, ctx) and not label_of(lines[k].text, ctx)
                and not ctx.res.dates.whole(lines[k].text)  # (lead34) the date under a title
                and (titles.is_title(lines[k], ctx, False, lines, k)
                     or ctx.res.patterns.match("page-title", lines[k].text))
                and all(record_line(line, ctx) for line in above)):
            if _parties_over_title(above[-1]):  # (repost85) `Khrushchev to Kennedy:` over
                lines[k] = Line(above[-1].no, f"{above[-1].text} {lines[k].text}")  # its rest
                above = above[:-1]
            for n, line in enumerate(above):
                seg.fields.setdefault(top_line_field(line, n, ctx), []).append(line)
            return k
    return 0


_PARTIES_COLON = re.compile(r"^[A-Z][\w.'’-]*+(?:\s[A-Z][\w.'’-]*+){0,2}\s++to\s++"
                            r"[A-Z][\w.'’-]*+(?:\s[A-Z][\w.'’-]*+){0,2}:$")


def _parties_over_title(line: Line) -> bool:
    """(repost85) A title's first line naming its parties and closed by a colon, its rest on
    the next line (the Marxists Internet Archive's Khrushchev archive: `Khrushchev to
    Kennedy:` / `In Response to U.S. threats of war over Cuban armaments`): one title."""
    return _PARTIES_COLON.match(line.text) is not None


def top_line_field(line: Line, index: int, ctx: Context) -> str:
    """`original-archive` for an archive's name alone on the page's first line (the
    repository), else `page-text`."""
    named = index == 0 and ctx.res.patterns.match("archive-name", line.text)
    return "original-archive" if named else "page-text"



_RECORD_FIELD_KINDS = frozenset({"time", "place", "participants"})


def record_heading_field(lines: list[Line], i: int, seg: Segments, ctx: Context) -> bool:
    """(memcon72) A record's own heading field under the record's title (`Minutes of Premier
    Zhou Enlai's Conversation with ...` / `Date: 6 June 1966` / `Time: ...` / `Location: ...`):
    the record's hours, place or participants, or its date over one of them; not the page's
    fields (a catalogue's `Date:` over `Signature:` and `Author:`)."""
    title = seg.page_title
    if title is None or doc_type_in(title.text, ctx, at_start=True) != "record-of-conversation":
        return False
    kind = heading_kind(bare(lines[i].text), ctx)
    return kind in _RECORD_FIELD_KINDS or (kind == "date" and i + 1 < len(lines) and heading_kind(
        bare(lines[i + 1].text), ctx) in _RECORD_FIELD_KINDS)
