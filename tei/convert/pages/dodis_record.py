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

import re
from itertools import pairwise

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


_WRAP_REACH = 4  # lines a wrapped heading may take
_WRAP_WIDTH = 90  # characters of each of its lines


def join_heading(lines: list[Line], ctx: Context) -> list[Line]:
    """(cw92) The edition's heading under the permalink that opens a transcription, wrapped
    over two to four short lines (`Der schweizerische Gesandte in` / `Rom,` / `G. Wagnière,
    an den Vorsteher des Politischen Departementes,` / `G. Motta1`), joined into one line
    when the joined text is the edition's heading (a `frus` heading row that names both
    parties) and its first line alone is none. Every word is kept, in order."""
    if len(lines) < 3 or _kind(lines[0], ctx) != "permalink" \
            or ctx.res.patterns.match("frus", lines[1].text):
        return lines
    for end in range(3, min(len(lines), _WRAP_REACH + 2) + 1):
        part = lines[1:end]
        if any(len(line.text) > _WRAP_WIDTH or line.blank_before for line in part[1:]):
            return lines
        joined = " ".join(line.text.strip() for line in part)
        found = ctx.res.patterns.match("frus", joined)
        if found and found[0] == "heading":
            first = lines[1]
            return [lines[0], Line(first.no, joined, first.blank_before, first.rule_before,
                                   first.bullet), *lines[end:]]
    return lines


_NOTES_REACH = 400  # lines: the notes stand under the document, the page short
_PERMALINK_TOP = 3  # the permalink opens a transcription's page


def source_note_form(lines: list[Line], seg: Segments, ctx: Context) -> None:
    """(cw90) A transcription's form from its first note, the edition's source note, when the
    permalink opens the page (`dodis.ch/43911` ... `1` / `Lettre (Copie): E 2200 Paris
    1/1514.`, rows `note-...`): the form the heading does not name (`Le Ministre de Suisse
    à Paris, A. Dunant, au Président de la Confédération, G. Ador`). A record page's type line
    names it before (`Letter (L)`)."""
    if not any(_kind(line, ctx) == "permalink" for line in lines[:_PERMALINK_TOP]):
        return
    for before, line in pairwise(lines[:_NOTES_REACH]):
        if before.text.strip() != "1" and not line.text.startswith("1 "):
            continue
        found = ctx.res.patterns.match("dodis-record", line.text)
        if found and found[0].startswith("note-"):
            seg.facts.setdefault("form", found[0][len("note-"):].replace("-", " "))
            return


# the text's last sentence a surname alone, perhaps double-barrelled (`Lettre suivra.
# Pilez-Golaz.`): the telegram's signature run on
_SIGNED_LAST = re.compile(r"(?<=[.!?])\s++(?P<name>[A-ZÀ-Þ][^\W\d_]++(?:-[A-ZÀ-Þ][^\W\d_]++)?)\.?$")
_HEADING_AT = 1  # the heading stands under the permalink


def split_signature(lines: list[Line], ctx: Context) -> list[Line]:
    """(cw90) A transcribed telegram's signature run on at its text's end (`... Lettre suivra.
    Pilez-Golaz.`) set on a line of its own, when the permalink opens the page and the name
    is the surname, or the surname with one letter mistyped, of a person the heading under
    the permalink names (`Le Chef du Département politique, M. Pilet-Golaz, au Ministre ...`).
    The text's last line is the one before the notes (`1` alone over the first note)."""
    if len(lines) <= _HEADING_AT or _kind(lines[0], ctx) != "permalink":
        return lines
    end = next((i for i, line in enumerate(lines) if i > _HEADING_AT
                and line.text.strip() == "1"), len(lines))
    last = lines[end - 1] if end - 1 > _HEADING_AT else None
    found = _SIGNED_LAST.search(last.text) if last is not None else None
    if found is None or not _heading_surname(found["name"], lines[_HEADING_AT].text, ctx):
        return lines
    head = Line(last.no, last.text[:found.start()].rstrip(), last.blank_before,
                last.rule_before, last.bullet)
    return [*lines[:end - 1], head, Line(last.no, found.group().strip()), *lines[end:]]


def _heading_surname(name: str, heading: str, ctx: Context) -> bool:
    """Whether `name` is the surname of a register person `heading` names, or that surname
    with one letter changed (a typing slip: `Pilez-Golaz`)."""
    for match in ctx.res.register.find(heading, ("person",)):
        surname = match.entry.reg.split()[-1]
        if len(surname) == len(name) \
                and sum(a != b for a, b in zip(surname, name, strict=True)) <= 1:
            return True
    return False
