"""A documents database's record page over the document: the record's language, its date
with the weekday (`22.11.1939 (Wednesday)`), the edition's heading, the document type with
its code (`Memo (No)`, `Telegram (T)`), the editors' summary, then classification, `Printed
in` and `Repository` links, the permalink (`dodis.ch/46961`) and the document.

(misses33, other35) The Diplomatic Documents of Switzerland's database (dodis.ch) sets each
record so. The heading is the page's title, the date the page's date, the type line the
page's type, the line under it the summary; what stands between the summary and the
permalink is the page's text. The permalink and the document under it are read as before
(the heading again, with its note call, is the title's). Rows: `dodis-record`.
"""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 8  # the date, heading and type lines open the page
_PERMALINK_REACH = 40  # the permalink under the links


def _kind(line: Line, ctx: Context) -> str:
    found = ctx.res.patterns.match("dodis-record", line.text)
    return found[0] if found else ""


def _rows(lines: list[Line], ctx: Context) -> tuple[int, int, int] | None:
    """(date, type, permalink) indices of a record page's rows, or None."""
    top = [_kind(line, ctx) for line in lines[:_REACH]]
    if "date" not in top or "type" not in top:
        return None
    date, kind = top.index("date"), top.index("type")
    link = next((i for i, line in enumerate(lines[:_PERMALINK_REACH])
                 if i > kind and _kind(line, ctx) == "permalink"), None)
    if link is None or kind - date != 2:  # the heading between the date and the type
        return None
    return date, kind, link


def evidence(lines: list[Line], ctx: Context) -> int:
    """1 for a record's date, heading and type lines over its permalink."""
    return 1 if _rows(lines, ctx) else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """Date, title, type and summary into `seg`, the links into the page's text; the lines
    from the permalink on returned."""
    rows = _rows(lines, ctx)
    if rows is None:
        return lines
    date, kind, link = rows
    found = ctx.res.patterns.match("dodis-record", lines[date].text)
    if found:
        seg.page_date = Line(lines[date].no, found[1].group("date"))
    seg.page_title = lines[date + 1]
    seg.fields.setdefault("type", []).append(lines[kind])
    page_text = seg.fields.setdefault("page-text", [])
    page_text.extend(lines[:date])
    rest = lines[kind + 1:link]
    if rest and len(rest[0].text.split()) > 3:
        seg.fields.setdefault("summary", []).append(rest[0])
        rest = rest[1:]
    page_text.extend(rest)
    return lines[link:]
