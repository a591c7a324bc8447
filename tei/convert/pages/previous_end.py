"""A scanned edition's page that opens inside the previous document (a Google Books or
digital library page of FRUS and its kind): the end of that document's text, its abbreviated
courtesy closing (`I am, etc.,`, `Respectfully, yours,`, `I avail, etc.,`) and signature,
then this page's first whole document under the edition's heading (`No. 1672.]` / `Mr.
White to Mr. Hay.`, a subject line in capitals over them); (frus64) or the end of that
document's text alone, its first line going on with a sentence of the page before (`given
to the Spanish minister of the colonies ...`), over the heading. The previous document's end and
the volume's subject line go to the page text, not the document's; a signature of it the
two columns set after the new document's number (`No. 18.]` / `F. SANCHEZ ROMAN.` /
`Minister Graves to ...`) goes with it. Rows: `reposted-page` (`closing-formula`), `frus`."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.pages.frus import edition_line
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 16  # the lines at the top where the previous document's closing is looked for
_HEADING_REACH = 8  # the lines under the closing where the next heading is looked for
_SUBJECT = re.compile(r"^[A-Z][A-Z'’,;()-]*+(?:\s++[A-Z][A-Z'’,;()-]*+){2,20}\.$")
_PROSE_WORDS = 4  # a line of the text run on from the page before, not a label or a link
_CAPITALS_NAME = re.compile(r"^(?:[A-Z]\.\s?){0,3}[A-Z][A-Z'’-]++(?:\s[A-Z][A-Z'’-]++){0,3}[.,]?$")


def strip_previous_end(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The page's lines from the first document the page holds whole, when the page opens
    inside the previous one (no edition heading above its closing formula, or its first
    line going on with a sentence)."""
    if _runs_on(lines[0] if lines else None):
        cut = _next_heading(lines, 1, ctx)
        if cut is not None:
            seg.fields.setdefault("page-text", []).extend(lines[:cut])
            return lines[cut:]
    for k, line in enumerate(lines[:_REACH]):
        if edition_line(line.text, ctx):
            return lines  # the page opens with a heading of its own
        found = ctx.res.patterns.match("reposted-page", line.text)
        if found is None or found[0] != "closing-formula":
            continue
        cut = _next_heading(lines, k + 1, ctx)
        if cut is None:
            return lines
        cut += 1 if _SUBJECT.match(lines[cut].text) else 0  # the volume's subject line
        seg.fields.setdefault("page-text", []).extend(lines[:cut])
        return _without_displaced_signature(lines[cut:], seg, ctx)
    return lines


def _runs_on(line: Line | None) -> bool:
    """A line of prose that begins in a small letter: a sentence begun on the page before."""
    return line is not None and line.text[:1].islower() and \
        len(line.text.split()) >= _PROSE_WORDS and "/" not in line.text


def _next_heading(lines: list[Line], start: int, ctx: Context) -> int | None:
    """The index of the next document's first heading line (its subject line in capitals,
    number or editors' heading) under a closing, when an editors' heading follows."""
    for j in range(start, min(start + _HEADING_REACH, len(lines))):
        if not edition_line(lines[j].text, ctx) and not _SUBJECT.match(lines[j].text):
            continue
        titled = any(edition_line(line.text, ctx) == "heading" for line in lines[j:j + 4])
        return j if titled else None
    return None


def _without_displaced_signature(lines: list[Line], seg: Segments,
                                 ctx: Context) -> list[Line]:
    """A name in capitals between the new document's number and its heading: the previous
    document's signature, set there when the page's two columns were read as one."""
    for i in range(min(3, len(lines) - 1)):
        if edition_line(lines[i].text, ctx) in ("despatch-number", "document-number") \
                and _CAPITALS_NAME.match(lines[i + 1].text) and i + 2 < len(lines) \
                and edition_line(lines[i + 2].text, ctx) == "heading":
            seg.fields.setdefault("page-text", []).append(lines[i + 1])
            return [*lines[:i + 1], *lines[i + 2:]]
    return lines
