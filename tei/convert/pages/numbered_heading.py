"""A page's title read by the page-title rows: kept with the form it names and a footnote
number glued to it, also when a documents volume sets its number on a line of its own."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.rewrap import cut_short
from tei.convert.zones import Segments

# (docs37a) a printed edition's number with its stop or `No.` (`1021.`, `No. 293.`, `No. 71`)
_BARE_NUMBER = re.compile(r"^(?:No\.\s?)?(?P<number>\d{1,4})\.?$")
# a sentence's stop inside a heading (`... Secretary. He said`): no heading closed by its stop
_INNER_STOP = re.compile(r"[a-z]{3}\.\s")
_STOPPED_WORDS = 30  # a printed heading closed by its stop is one short sentence
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


def numbered_heading(lines: list[Line], ctx: Context) -> tuple[re.Match[str], int] | None:
    """`66` alone over `Cablegram from Spender to Harrison`: a documents volume's number set
    on its own line over its heading (DFAT volumes on the web), read as the one-line heading
    `66 Cablegram from ...` the page-title rows know. (docs37a) A printed edition's number
    with its stop (`1021.`, `No. 293.`) over its heading closed by its stop (`Telegram from
    the Ambassador in China to Foreign Secretary.`: Bhasin's documentary studies, the
    Pakistani, Yugoslav and British printed collections) is read the same, without the stops,
    also with a grade between them (`SECRET`). Returns the row's match and the heading's index."""
    number = _BARE_NUMBER.match(lines[0].text) if len(lines) > 1 else None
    if number is None:
        return None
    at = 2 if len(lines) > 2 and _classification(lines[1].text, ctx) else 1
    heading = lines[at].text
    if heading.endswith(".") and not heading.endswith("..") and not _INNER_STOP.search(heading) \
            and len(heading.split()) <= _STOPPED_WORDS:
        heading = heading[:-1]
    titled = ctx.res.patterns.match("page-title", f"{number['number']} {heading}")
    return (titled[1], at) if titled else None


def take_numbered(lines: list[Line], k: int, numbered: tuple[re.Match[str], int],
                  seg: Segments) -> None:
    """Keep the title of the heading `numbered` found under the number at `k`; a grade
    between them is set under the heading (in place), where the document's lines begin."""
    titled, at = numbered
    if at == 2:
        lines[k + 1], lines[k + 2] = lines[k + 2], lines[k + 1]
    take_page_title(lines[k + 1], titled, seg)


def _classification(text: str, ctx: Context) -> bool:
    """A grade alone between the number and the heading (`SECRET`: the Indian volumes)."""
    found = ctx.res.patterns.match("heading", text)
    return found is not None and found[0] == "classification"


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
