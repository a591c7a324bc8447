"""A page's title read by the page-title rows: kept with the form it names and a footnote
number glued to it, also when a documents volume sets its number on a line of its own."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.rewrap import cut_short
from tei.convert.zones import Segments

_BARE_NUMBER = re.compile(r"^\d{1,4}$")
# the last words of a cut heading: a few capitalised words, no stop (`United Kingdom`)
_CUT_TAIL = re.compile(r"^[A-Z][\w'’.-]*+(?:\s[A-Z][\w'’.-]*+){0,3}$")


def take_page_title(line: Line, titled: re.Match[str], seg: Segments) -> None:
    """Keep a page-title row's title, the form it names and a footnote number glued to it."""
    seg.page_title = Line(line.no, titled.group("title").strip())
    seg.facts["page-form"] = titled.groupdict().get("form") or ""
    if seg.facts["page-form"]:  # (misses31) the banner's title is the cable's subject
        seg.facts["subject-title"] = "1"  # (`DEMARCHE TO AFGHANISTAN ON ...`): no parties
    if titled.groupdict().get("marker"):
        seg.facts["title-note"] = titled.group("marker")
    if titled.groupdict().get("ref"):  # (other27) a file's reference before its title
        seg.references.append(titled.group("ref").strip())
    if titled.groupdict().get("release"):  # (other36) `[declassified 2012]`: the record's
        seg.fields.setdefault("record", []).append(Line(line.no, titled.group("release")))
        seg.facts["title-theme"] = titled.groupdict().get("theme") or ""


def numbered_heading(lines: list[Line], ctx: Context) -> re.Match[str] | None:
    """`66` alone over `Cablegram from Spender to Harrison`: a documents volume's number set
    on its own line over its heading (DFAT volumes on the web), read as the one-line heading
    `66 Cablegram from ...` the page-title rows know."""
    if len(lines) < 2 or not _BARE_NUMBER.match(lines[0].text):
        return None
    titled = ctx.res.patterns.match("page-title", f"{lines[0].text} {lines[1].text}")
    return titled[1] if titled else None


def title_tail(lines: list[Line], start: int, seg: Segments, ctx: Context) -> list[Line]:
    """(other40) dfat.gov.au's earlier volumes cut a long heading at the title's width and
    set its last words on a line of their own under the form's heading line (`515 Mr John
    Curtin, ..., to Mr S. M. Bruce, High Commissioner in the` / `Cablegram 4867 [1] CANBERRA,
    3 June 1942` / `United Kingdom`): those words finish the page's title and leave the
    document's lines (`start`: its first line, the heading)."""
    title = seg.page_title
    if title is None or start + 1 >= len(lines) or not cut_short(title.text):
        return lines
    heading = ctx.res.patterns.match("heading", lines[start].text)
    if not heading or heading[0] != "cable-number" or not _CUT_TAIL.match(lines[start + 1].text):
        return lines
    seg.page_title = Line(title.no, f"{title.text} {lines[start + 1].text}")
    return lines[:start + 1] + lines[start + 2:]
