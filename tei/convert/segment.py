"""Segment stage: logical lines to zones.

A source is read as, top to bottom: the archive page's header (date and title lines,
labelled fields), the cable form's heading (registry lines and stamp blocks), the message,
its footnotes, the trailing processing lines, the archive's summary, and the page footer
(empty labels). Boilerplate (funding line, reuse statement) may stand anywhere. Every zone
is optional; the message is what is left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tei.convert.context import Context
from tei.convert.read import Line

CLOSE_QUOTES = "\"”»“"
_PROSE_END = re.compile(r"[.!?][\"”’')\]]?$")
_STRAY_CLOSE = re.compile(r"\]\s*$")
_CONTINUATION = re.compile(
    r"(?i)\[signature\]|\([A-Z][\w'’ .-]+\)|^(?:col(?:onel)?|lt\.?|lieutenant|major|general"
    r"|captain|chief|section|deputy|head)\b")
_WEAK_HEADING = ("distribution", "name", "dateline")
FIELD_VALUE_LINES = {"summary": 1, "credits": 1, "original-language": 1, "rights": 1}


@dataclass
class Segments:
    """The zones of one source text."""

    page_date: Line | None = None
    page_title: Line | None = None
    fields: dict[str, list[Line]] = field(default_factory=dict)
    keywords: dict[str, list[Line]] = field(default_factory=dict)
    funder: str = ""
    licence: list[Line] = field(default_factory=list)
    heading: list[Line] = field(default_factory=list)
    message: list[Line] = field(default_factory=list)
    footnotes: list[Line] = field(default_factory=list)
    processing: list[Line] = field(default_factory=list)
    summary: Line | None = None

    @property
    def is_page(self) -> bool:
        """True for an archive page dump (it has a page title or labelled fields)."""
        return bool(self.page_title or self.fields or self.keywords)


def bare(text: str) -> str:
    """Line text without a stray closing bracket at its end (left from a stamp block)."""
    if text.count("]") > text.count("[") and _STRAY_CLOSE.search(text):
        return _STRAY_CLOSE.sub("", text)
    return text


def segment(lines: list[Line], ctx: Context) -> Segments:
    """Split logical lines into zones."""
    seg = Segments()
    lines = _boilerplate(lines, seg, ctx)
    start = _page_header(lines, seg, ctx)
    start = _fields(lines, start, seg.fields, seg.keywords, ctx)
    end = _footer(lines, start, seg, ctx)
    middle = lines[start:end]
    heading = _heading_length(middle, ctx)
    seg.heading, rest = middle[:heading], middle[heading:]
    rest = _summary(rest, seg, ctx)
    rest, seg.processing = _processing(rest, ctx)
    if seg.summary and not (seg.processing or _ends_document(rest, ctx)):
        rest, seg.summary = [*rest, seg.summary], None
    seg.message, seg.footnotes = _footnotes(rest, ctx)
    return seg


def _boilerplate(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    kept = []
    for line in lines:
        found = ctx.res.patterns.match("boilerplate", line.text)
        if not found:
            kept.append(line)
        elif found[0] == "funder":
            seg.funder = found[1].group("funder").strip()
        else:
            seg.licence.append(line)
    return kept


def _page_header(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """Page date line and page title line at the top; returns the index after them."""
    i = 0
    if lines and ctx.res.dates.whole(lines[0].text):
        seg.page_date, i = lines[0], 1
    if i < len(lines) and _is_title(lines[i], ctx, after_date=seg.page_date is not None):
        seg.page_title, i = lines[i], i + 1
    if (seg.page_date is None and seg.page_title and i < len(lines)
            and ctx.res.dates.whole(lines[i].text)):
        seg.page_date, i = lines[i], i + 1
    return i


def _is_title(line: Line, ctx: Context, after_date: bool) -> bool:
    text = line.text
    patterns = ctx.res.patterns
    if _label_of(text, ctx) or patterns.match("heading", bare(text)):
        return False
    if patterns.match("salutation", text) or patterns.match("address", text):
        return False
    if after_date:
        return len(text.split()) <= 40
    starts_with_type = doc_type_in(text, ctx, at_start=True) is not None
    return starts_with_type and bool(patterns.match("title-shapes", text))


def doc_type_in(text: str, ctx: Context, at_start: bool = False) -> str | None:
    """Document type named in `text` (the `doc-types` table), optionally only at its start."""
    found = [(start, -len(label), kind)
             for start, label, kind in ctx.res.patterns.phrases("doc-types", text)
             if not at_start or start == 0]
    return min(found)[2] if found else None


def _label_of(text: str, ctx: Context) -> tuple[str, str, str] | None:
    """(table, field name, inline value) when `text` is a page field label."""
    label, _, value = text.partition(":")
    for table in ("page-fields", "page-keyword-fields"):
        name = ctx.res.patterns.label(table, label)
        if name and (value.strip() or text.rstrip().endswith(":") or ":" not in text):
            return table, name, value.strip()
    return None


def _fields(lines: list[Line], i: int, fields: dict[str, list[Line]],
            keywords: dict[str, list[Line]], ctx: Context) -> int:
    """Labelled fields from index `i` on; returns the index after the last field."""
    while i < len(lines):
        found = _label_of(lines[i].text, ctx)
        if not found:
            return i
        table, name, value = found
        target = fields if table == "page-fields" else keywords
        values = target.setdefault(name, [])
        if value:
            values.append(Line(lines[i].no, value))
        i += 1
        while i < len(lines) and not value and _is_value(lines[i], name, table, values, ctx):
            values.append(lines[i])
            i += 1
    return i


def _is_value(line: Line, name: str, table: str, values: list[Line], ctx: Context) -> bool:
    if _label_of(line.text, ctx):
        return False
    patterns = ctx.res.patterns
    if name == "contents":
        return bool(patterns.match("contents-items", line.text))
    if name == "citation":
        return not values or line.text.startswith(("http://", "https://"))
    if table == "page-keyword-fields" or name in ("original-archive", "source"):
        return len(line.text.split()) <= 10 and not _PROSE_END.search(line.text)
    return len(values) < FIELD_VALUE_LINES.get(name, 1)


def _footer(lines: list[Line], start: int, seg: Segments, ctx: Context) -> int:
    """Index where the page footer (a block of labelled fields after the text) begins."""
    for i in range(start + 1, len(lines)):
        found = _label_of(lines[i].text, ctx)
        if found and found[0] == "page-keyword-fields":
            end = _fields(lines, i, seg.fields, seg.keywords, ctx)
            for line in lines[end:]:
                ctx.warn(line.no, f"text after the page footer dropped: {line.text[:60]!r}",
                         "page-footer")
            return i
    return len(lines)


def _heading_length(lines: list[Line], ctx: Context) -> int:
    """Number of lines at the start that form a cable form's heading."""
    patterns = ctx.res.patterns
    i, strong = 0, False
    while i < len(lines):
        text = bare(lines[i].text)
        if patterns.match("stamp-open", text):
            i = block_end(lines, i) + 1
            strong = True
            continue
        kind = heading_kind(text, ctx)
        if kind == "distribution" and (not strong or _salutation_follows(lines, i, ctx)):
            break
        if kind is None or (kind in _WEAK_HEADING and not strong):
            break
        strong = strong or kind not in _WEAK_HEADING
        i += 1
    return i if strong else 0


def heading_kind(text: str, ctx: Context) -> str | None:
    """Kind of a cable heading line: a `heading` table row, or a bare place or person name."""
    found = ctx.res.patterns.match("heading", text)
    if found:
        return found[0]
    entry = ctx.res.register.lookup(text)
    if entry and entry.kind == "place" and text.isupper():
        return "destination"
    return "name" if entry and entry.kind == "person" else None


def _salutation_follows(lines: list[Line], i: int, ctx: Context) -> bool:
    return i + 1 < len(lines) and bool(ctx.res.patterns.match("salutation", lines[i + 1].text))


def block_end(lines: list[Line], i: int) -> int:
    """Index of the line closing the bracket opened on line `i` (at most 12 lines on); `i`
    itself when no line closes it."""
    depth = 0
    for j in range(i, min(len(lines), i + 12)):
        depth += lines[j].text.count("[") - lines[j].text.count("]")
        if depth <= 0:
            return j
    return i


def _summary(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """An unlabelled summary: the last prose line of a page dump (confirmed later)."""
    if not seg.is_page or "summary" in seg.fields or not lines:
        return lines
    last = lines[-1]
    if len(last.text.split()) >= 6 and _PROSE_END.search(last.text) \
            and not ctx.res.patterns.match("processing", last.text):
        seg.summary = last
        return lines[:-1]
    return lines


def _processing(lines: list[Line], ctx: Context) -> tuple[list[Line], list[Line]]:
    """Split off the trailing processing lines (and the short lines continuing them)."""
    start = None
    for i in range(len(lines) - 1, -1, -1):
        if ctx.res.patterns.match("processing", lines[i].text):
            start = i
        elif not _is_continuation(lines[i].text):
            break
    if start is None:
        return lines, []
    return lines[:start], lines[start:]


def _is_continuation(text: str) -> bool:
    """A short line that finishes a processing line: a rank, a signature, a name in brackets."""
    return len(text.split()) <= 8 and bool(_CONTINUATION.search(text))


def _ends_document(lines: list[Line], ctx: Context) -> bool:
    """True when the last line closes a document: a date, a signature, a closing quote."""
    if not lines:
        return False
    text = lines[-1].text
    return (text[-1:] in CLOSE_QUOTES or bool(ctx.res.dates.whole(text))
            or bool(ctx.res.patterns.match("outgoing-number", text))
            or (len(text.split()) <= 4 and all(w[:1].isupper() for w in text.split())))


def _footnotes(lines: list[Line], ctx: Context) -> tuple[list[Line], list[Line]]:
    """Split off a trailing block of footnotes whose markers occur in the text above."""
    start = len(lines)
    while start > 0 and footnote_number(lines[start - 1], ctx):
        start -= 1
    if start == len(lines):
        return lines, []
    heading = start > 0 and ctx.res.patterns.match("footnotes", lines[start - 1].text)
    body = lines[:start - 1] if heading else lines[:start]
    notes = lines[start:]
    if not any(_marker_used(note, body, ctx) for note in notes):
        return lines, []
    return body, notes


def footnote_number(line: Line, ctx: Context) -> tuple[str, str] | None:
    """(marker, text) of a footnote line."""
    found = ctx.res.patterns.match("footnotes", line.text)
    if not found or found[0] != "footnote":
        return None
    match = found[1]
    marker = next(match.group(g) for g in ("n1", "n2", "n3", "n4") if match.group(g))
    return marker.translate(str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")), match.group("text")


def _marker_used(note: Line, body: list[Line], ctx: Context) -> bool:
    found = footnote_number(note, ctx)
    if not found:
        return False
    marker = found[0]
    sup = marker.translate(str.maketrans("1234567890", "¹²³⁴⁵⁶⁷⁸⁹⁰"))
    forms = (f"[{marker}]", f"^{marker}", sup)
    return any(form in line.text for line in body for form in forms)
