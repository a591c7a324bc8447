"""Reposts: heading lines a repost ran together with its text (`run-on-heading`), and an
edition's heading under a repost's labelled lines.

A PDF's or a viewer's text export often sets a cable's heading and its first sentence on
one line (`M1311 Reissue From: OTTAWA To: MOSCOW No: 1963 19 December 1944 To PAL'GUNOV.
...`). A row of the table matches such a line and names its parts (groups, in order); each
part becomes a line of its own, so the form readers see the heading. Every word is kept, in
order.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.segment import doc_type_in, heading_kind
from tei.convert.zones import Segments

_REACH = 40  # a run-on heading stands among the page's first lines
_COLUMN = 60  # characters: a printed column's line
_HEADING = 160  # characters: a heading's lines joined so far
_COLUMN_LINES = 4  # lines a column-set heading runs over
_SPEAKER = re.compile(r"^[A-Z][\w'’-]{1,30}+:\s")  # a transcript's turn (`Kosygin: ...`)
_PARTIES = re.compile(r"\s(?:[Bb]etween|and|to|from|with)\s")


# (wcdo91) the labels of a WCDA PDF export's head, each alone on its line
_EXPORT_LABELS = ("Citation:", "Summary:", "Credits:", "Original Language:", "Contents:")
_EXPORT_REACH = 40  # lines from `Citation:` to `Contents:`


def _export_fields_apart(lines: list[Line], ctx: Context) -> list[Line]:
    """(wcdo91) `lines` with a WCDA PDF export's head set apart as its blank-line layout
    has it when a text layer (paperzz, a PDF's text) runs it on with no blank line: the date
    line and the title joined, each label (`Citation:`, `Summary:`, `Credits:`, `Original
    Language:`, `Contents:`) a paragraph of its own over its value's wrapped lines joined
    (`Contents:` over one line, the contents' kind: `Scan of Original Document`), and the
    text after them a paragraph, when the citation runs over two lines or more (wrapped, or
    over its link); else `lines`."""
    cite = next((i for i, line in enumerate(lines[:6]) if line.text.strip() == "Citation:"),
                None)
    if cite is None or cite < 2 or not ctx.res.dates.whole(lines[cite - 2].text):
        return lines
    labels = [i for i in range(cite, min(len(lines), cite + _EXPORT_REACH))
              if lines[i].text.strip() in _EXPORT_LABELS]
    last = labels[-1]
    wrapped = lines[cite + 1:labels[1] if len(labels) > 1 else cite + 1]  # with its link
    if lines[last].text.strip() != "Contents:" or last + 1 >= len(lines) or any(
            line.blank_before for line in lines[cite - 1:last + 2]) or len(wrapped) < 2:
        return lines  # a citation alone on one line: the page readers part the fields
    date, title = lines[cite - 2], lines[cite - 1]
    out = [*lines[:cite - 2], Line(date.no, f"{date.text.strip()} {title.text.strip()}",
                                   True, date.rule_before, date.bullet)]
    for at, after in zip(labels, [*labels[1:], last + 2], strict=True):
        value = lines[at + 1:after]
        out.append(Line(lines[at].no, lines[at].text, True))
        if value:
            out.append(Line(value[0].no, " ".join(v.text.strip() for v in value), True))
    rest = lines[last + 2:]
    if rest:
        first = rest[0]
        rest[0] = Line(first.no, first.text, True, first.rule_before, first.bullet)
    return out + rest


def split_run_on(lines: list[Line], ctx: Context) -> list[Line]:
    """`lines`, each run-on heading line among the first ones split into its parts."""
    lines = _export_fields_apart(lines, ctx)
    out: list[Line] = []
    for index, line in enumerate(lines):
        found = ctx.res.patterns.match("run-on-heading", line.text) if index < _REACH else None
        groups = found[1].groups() if found else ()
        parts = [part.strip() for part in groups if part and part.strip()]
        if len(parts) < 2:
            out.append(line)
            continue
        if found[0] == "pdf-export-paragraph":  # (wcde86) its closing and its notes
            body, *after = _closing_and_notes(parts[-1], ctx)
            parts[-1:] = [*_points(body), *after]
        out.append(Line(line.no, parts[0], line.blank_before, line.rule_before, line.bullet))
        out.extend(Line(line.no, part) for part in parts[1:])
    return out


# (wcde86) an endnote's text in a flattened PDF: its bracketed number glued to its first word,
# the number standing in the text before (`...to Yugoslavia).[1] Please ...` then `[1]The full
# text ...`)
_NOTE_TEXT = re.compile(r"(?<=\s)\[(\d{1,2})\](?=[A-Z\"“])")
_CLOSE_WORDS = 10  # words of a signature and its date after the text's last sentence


# (wcde86) a point's number inside the flattened paragraph, after a colon or a sentence's end
_POINT = re.compile(r"(?<=[.:;]\s)(?P<n>\d{1,2})\.\s(?=[A-Z])")


def _points(text: str) -> list[str]:
    """`text` cut before each of its numbered points when they run from 1 in order, two or
    more (`... are as follows: 1. They ... 2. Chairul Saleh ...`): the parts, every word kept
    in order; `[text]` when there are fewer."""
    cuts: list[int] = []
    for found in _POINT.finditer(text):
        if int(found.group("n")) == len(cuts) + 1:
            cuts.append(found.start())
    if len(cuts) < 2:
        return [text]
    return [part.strip() for part in (text[a:b] for a, b in zip(
        [0, *cuts], [*cuts, len(text)], strict=True)) if part.strip()]


def _closing_and_notes(rest: str, ctx: Context) -> list[str]:
    """The text of a WCDA PDF's flattened paragraph (`pdf-export-paragraph`) cut where its
    endnotes begin, each note a part, and the signature with its date before them a part of
    its own (`... per this draft. Mao Zedong 12:00 p.m., 7 January [1950] [1]The full text
    ...`): the parts, every word kept in order; `[rest]` when no note's text follows."""
    starts = [m.start() for m in _NOTE_TEXT.finditer(rest)
              if rest.find(m.group(), 0, m.start()) >= 0]
    if not starts:
        return [rest]
    cuts = [m.start() for m in _NOTE_TEXT.finditer(rest, starts[0])]
    notes = [rest[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(rest)], strict=True)]
    body = rest[:starts[0]].rstrip()
    end = max(body.rfind(". "), body.rfind("! "), body.rfind("? "))
    tail = body[end + 2:] if end > 0 else ""
    dates = ctx.res.dates.find(tail) if tail and len(tail.split()) <= _CLOSE_WORDS else []
    if dates:  # the signer's name and the date, each a line
        return [body[:end + 1], *(p.strip() for p in (tail[:dates[0].start], tail[
            dates[0].start:]) if p.strip()), *notes]
    return [body, *notes]


def join_column_heading(lines: list[Line], ctx: Context) -> list[Line]:
    """`lines`, a heading a printed page set in a narrow column (a CWIHP Bulletin's, as a
    copy of its PDF's text gives it) joined into one line: a line opening with the
    document's form (`Transcript of Telephone Conversation`), short lines going on with it
    (`Between Soviet Premier Alexei Kosygin`, `and Afghan Prime Minister Nur`, those the
    reader joined already as one), the last ending with the date (`Mohammed Tarki, 17 or 18
    March 1979`) and no dateline of its own; the whole names a party. Every word is kept,
    in order."""
    for i in range(min(_REACH, len(lines) - 1)):
        end = _column_heading_end(lines, i, ctx)
        if end:
            first = lines[i]
            text = " ".join(line.text for line in lines[i:end + 1])
            joined = Line(first.no, text, first.blank_before, first.rule_before, first.bullet)
            return [*lines[:i], joined, *lines[end + 1:]]
    return lines


def _column_heading_end(lines: list[Line], i: int, ctx: Context) -> int:
    """Index of the dated last line of a column-set heading opening at line `i`, or 0."""
    if not _opens_heading(lines[i].text, ctx):
        return 0
    for k in range(i + 1, min(i + 1 + _COLUMN_LINES, len(lines))):
        line = lines[k]
        if len(line.text) > _COLUMN or line.blank_before or line.rule_before \
                or _SPEAKER.match(line.text):
            return 0
        if _date_field(line.text, ctx):
            return 0  # (bloc81) a form's labelled date (`Dated 28 January 1970`) ends no column
        dated = _ends_dated(line.text, ctx)
        if dated:  # a dateline's place (`Kabul, 5 May 1979`) is no party's name
            joined = " ".join(part.text for part in lines[i:k + 1])
            return k if _PARTIES.search(joined) and not _names_place(dated, ctx) else 0
        if heading_kind(line.text, ctx) is not None or not line.text[-1:].isalpha():
            return 0
    return 0


def _date_field(text: str, ctx: Context) -> bool:
    """(bloc81) Whether `text` is a form's labelled date line (`Dated 28 January 1970`, `Sent:
    ...`: the `heading` table's `date` row) under the form's line."""
    found = ctx.res.patterns.match("heading", text)
    return found is not None and found[0] == "date"


def _names_place(words: str, ctx: Context) -> bool:
    """Whether the words before a line's date name a place of the register."""
    return any(match.entry.kind == "place" for match in ctx.res.register.find(words))


def _opens_heading(text: str, ctx: Context) -> bool:
    """A heading's first part: the form first, no date, no sentence's end."""
    return len(text) <= _HEADING and not text.isupper() and text[-1:].isalpha() \
        and not ctx.res.dates.find(text) and doc_type_in(text, ctx, at_start=True) is not None


def _ends_dated(text: str, ctx: Context) -> str:
    """The words before the date that ends `text` with its year (`Mohammed Tarki, 17 or`
    in `Mohammed Tarki, 17 or 18 March 1979`), or "" when it ends with none."""
    dates = ctx.res.dates.find(text)
    if not dates or dates[-1].year is None or dates[-1].start == 0 \
            or text[dates[-1].end:].strip(" ."):
        return ""
    return text[:dates[-1].start]


def edited_heading(line: Line, seg: Segments, ctx: Context) -> bool:
    """An edition's heading (`The minister in Constantinople (Carl Ellis Wandel) to the
    Foreign Minister (Erik Scavenius)`) under a repost's labelled fields: the title."""
    edited = ctx.res.patterns.match("frus", line.text)
    if seg.page_title is not None or not seg.fields or not edited or edited[0] != "heading":
        return False
    seg.page_title = Line(line.no, edited[1].group("title").strip())
    return True
