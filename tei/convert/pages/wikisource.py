"""Page reader for a printed edition's document on a Wikisource (fr.wikisource.org's
Documents diplomatiques français, the Yellow Books): the page's name, the wiki's tagline (a
`mediawiki` furniture row), the editors' analysis of the document in a sentence or two, and
the header template's citation of the book (`<work>, Texte établi par <editor> (<body>),
<publisher> (p. <n>).`) over the edition's number and heading. The name and the citation stay
in the header as the page's text, the analysis is the summary; the document's lines are
left to the generic reader, which takes the edition's heading for the title. Rows:
`wikisource`.

(other41) A translated edition's template names the translator on a line of its own
(`Traduction par Camille Jordan.`) over the publisher and the book's pages (`Alfred Costes
(3p. 27-28).`): the translator is the header's, the publisher's line page text, and the
line between the page's name and the translator (the wiki's title of the work) the summary.

(lead36) English Wikisource's template sets the work's title with its year (`... (1968)`)
over its author (`by Jacob D. Beam`, perhaps read as one line with it): the title is the
page's text, the author's line the document's head.

(repost66) A collection's subpage is named by its path (`Collected Diplomatic Documents ...
/British Diplomatic Correspondence/No. 41`); the header template under it repeats the
path's parts, one a line, with the links to the previous and next subpages (`← No. 40`,
`No. 42 →`) and the printed page's number glued to the work's title (`71Collected ...`):
those lines are the page's text, the document opens under them, read by the FRUS reader
when an edition's heading opens it (`No. 41.` / `Sir M. de Bunsen to Sir Edward Grey.`).
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.pages import frus
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 6  # the citation stands within the page's first lines
_SUBPAGE_REACH = 12  # the header template's lines under a subpage's path
_PATH = re.compile(r"^[^/\n]{2,200}+(?:/[^/\n]{1,120}+){1,4}$")
_ARROWS = "←→ \t"
_LINKED_SPAN = 4  # the lines from the previous page's link to the next's at most
_DATED_TITLE = re.compile(r"\((?:\d{1,2}\s++[A-Z][a-z]{2,8}\s++)?\d{4}\)$")
_AUTHORED_TITLE = re.compile(r"\((?:\d{1,2}\s++[A-Z][a-z]{2,8}\s++)?\d{4}\)\s++(?P<by>by\s++[A-Z]"
                             r"[^\n,;()]{2,80}+)$")


def _row(line: Line, ctx: Context) -> str:
    found = ctx.res.patterns.match("wikisource", line.text)
    return found[0] if found else ""


def _citation(lines: list[Line], ctx: Context) -> int | None:
    """The index of the header template's citation line near the top, or of a translation's
    translator line over the publisher's, else None."""
    for i in range(min(len(lines), _REACH)):
        row = _row(lines[i], ctx)
        if row == "citation" or (row == "translation" and i + 1 < len(lines)
                                 and _row(lines[i + 1], ctx) == "publisher"):
            return i
    return None


def _author(lines: list[Line], ctx: Context) -> int | None:
    """The index of English Wikisource's author line (`by Jacob D. Beam`) under the work's
    title with its year, or of the two read as one line (`... (1968) by Jacob D. Beam`),
    near the top, else None."""
    return next((i for i in range(1, min(len(lines), _REACH))
                 if (_row(lines[i], ctx) == "author"
                     and _DATED_TITLE.search(lines[i - 1].text.rstrip()))
                 or _AUTHORED_TITLE.search(lines[i].text)), None)


def _subpage(lines: list[Line], ctx: Context) -> int | None:
    """The index under a subpage's path and the header template's lines repeating its parts
    (the links to the previous and next subpages, a page's number glued to the work's title),
    two of them at least, else None."""
    if not lines or " " not in lines[0].text or not _PATH.match(lines[0].text):
        return None
    parts = [part.strip() for part in lines[0].text.split("/")]
    k = 1
    while k < min(len(lines), _SUBPAGE_REACH) and (
            lines[k].text.strip(_ARROWS) in parts or lines[k].text.startswith("←")
            or lines[k].text.endswith("→")
            or lines[k].text.lstrip("0123456789").startswith(parts[0])):
        k += 1
    return k if k > 2 else _template_publisher(lines, ctx)


def _template_publisher(lines: list[Line], ctx: Context) -> int | None:
    """(repost67) The index under the header template's publisher line with the book's page
    (`Imprimerie nationale, 1914 (p. 121).`) over a document's number (`N° 118.`), the
    template's author and work above it: fr.wikisource's subpage once its skin's lines are
    dropped; else None."""
    return next((i + 1 for i in range(2, min(len(lines) - 1, _REACH))
                 if _row(lines[i], ctx) == "publisher"
                 and ctx.res.patterns.match("edition-document-number", lines[i + 1].text)), None)


def _linked_name(lines: list[Line]) -> int | None:
    """(repost83) The index under the header template of a page in a series (English
    Wikisource's Venona decrypts): the page's name, then the link to the previous page
    (`← Venona 405`), the name again, the template's author (`National Security Agency`) and
    the link to the next page (`Venona 419 →`), a copy setting the template's cells one a
    line; else None."""
    if not lines:
        return None
    name = lines[0].text.strip()
    links = [k for k in range(1, min(len(lines), _REACH))
             if lines[k].text.startswith("←") or lines[k].text.endswith("→")]
    if not links or links[-1] - links[0] > _LINKED_SPAN:
        return None
    again = any(line.text.strip(_ARROWS) == name for line in lines[links[0]:links[-1] + 2])
    return links[-1] + 1 if again else None


def evidence(lines: list[Line], ctx: Context) -> int:
    """2 for the header template's citation of a book or its author line near the top, or
    for a subpage's path (or a series page's name) over the template's lines."""
    return 2 if (_citation(lines, ctx) is not None or _author(lines, ctx) is not None
                 or _subpage(lines, ctx) is not None or _linked_name(lines) is not None) else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The page's name and the citation to the page's text, the analysis between them to
    the summary; the lines under the citation left. The template's title line (over its
    author's line, which stays) to the page's text."""
    i = _citation(lines, ctx)
    if i is None and (k := _subpage(lines, ctx)) is not None:
        seg.fields.setdefault("page-text", []).extend(lines[:k])
        if not frus.evidence(lines[k:], ctx):
            return lines[k:]
        seg.layouts.append("frus")  # an edition's heading under the template: FRUS's reader
        return frus.unwrap(lines[k:], seg, ctx)
    if i is None and _author(lines, ctx) is None and (k := _linked_name(lines)) is not None:
        seg.page_title = seg.page_title or lines[0]  # (repost83) the series page's name
        seg.fields.setdefault("page-text", []).extend(lines[1:k])
        return lines[k:]
    if i is None:
        return _unwrap_author(lines, seg, ctx)
    above = lines[:i]
    name = above[:1] if len(above) > 1 else []
    page_text = seg.fields.setdefault("page-text", [])
    page_text.extend(name)
    found = ctx.res.patterns.match("wikisource", lines[i].text)
    if found and found[0] == "translation":
        seg.fields.setdefault("translator", []).append(
            Line(lines[i].no, found[1].group("translator")))
        i += 1  # the publisher's line under it
    page_text.append(lines[i])
    if above[len(name):]:
        seg.fields.setdefault("summary", []).extend(above[len(name):])
    rest = lines[i + 1:]
    if len(rest) > 1 and ctx.res.patterns.match("edition-document-number", rest[0].text):
        page_text.append(rest[0])  # (other41) the edition's `N° 491` over its heading
        rest = rest[1:]
    return rest


def _unwrap_author(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    i = _author(lines, ctx)
    if i is None:
        return lines
    joined = _AUTHORED_TITLE.search(lines[i].text)
    if joined is None:
        seg.fields.setdefault("page-text", []).append(lines[i - 1])
        return [*lines[:i - 1], *lines[i:]]
    cut = joined.start("by")
    seg.fields.setdefault("page-text", []).append(Line(lines[i].no, lines[i].text[:cut].rstrip()))
    return [*lines[:i], Line(lines[i].no, lines[i].text[cut:]), *lines[i + 1:]]
