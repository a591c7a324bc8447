"""Page reader for a president's document on the American Presidency Project
(presidency.ucsb.edu) copied as text: the site's menu, the president's name over his term
line (`35th President of the United States: 1961 ‐ 1963`; until 2018 `XXXIV President of
...`), the document's title line (until 2018 after its number in the Public Papers: `55 -
Letter to ...`) and date line (`October 28, 1961`, `March 01, 1956`), the text, then the
project's citation (`John F. Kennedy, <title>. Online by Gerhard Peters and John T. Woolley,
The American Presidency Project <address>`; until 2018 `Citation: <president>: "<title>,"
<date>. Online by ...`) and the page's foot (`Filed Under`, `Categories` and the category
names, `Simple Search of Our Archives`, sharing links, copyright). The menu is the site's;
the name and the term line are the page's text, the name the edition's author (the sender of
a letter that names none itself); the title and date lines are the page's; the citation
gives the page's address, the category names are index terms, the copyright line the
licence (the project's note over the citation, `Note: The text of this message was released
...`, is the document's note: table `footnotes`). Rows: `presidency-page`.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 30  # the term line stands under the site's menu
_NUMBERED = re.compile(r"^\d{1,4}\s[-–]\s(?=[A-Z])")
_DATE = re.compile(r"^[A-Z][a-z]{2,8}\s\d{1,2},\s\d{4}$")


def _kind(line: Line, ctx: Context) -> tuple[str, re.Match[str] | None]:
    found = ctx.res.patterns.match("presidency-page", line.text)
    return (found[0], found[1]) if found else ("", None)


def _term(lines: list[Line], ctx: Context) -> int | None:
    """The index of the term line under the president's name near the top, else None."""
    return next((i for i in range(1, min(len(lines), _REACH))
                 if _kind(lines[i], ctx)[0] == "term"), None)


def _citation(lines: list[Line], ctx: Context) -> int | None:
    """The index of the project's citation line (the last one), else None."""
    return next((i for i in range(len(lines) - 1, -1, -1)
                 if _kind(lines[i], ctx)[0] == "citation"), None)


# the page readers' gate (`gate.py`): the term line or the citation
NEEDS = (("presidency-page", ("term", "citation")),)


def evidence(lines: list[Line], ctx: Context) -> int:
    """2 for the term line under a name or the project's citation."""
    return 2 if _term(lines, ctx) is not None or _citation(lines, ctx) is not None else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The menu dropped; name, term, title and date lines to the page; the citation and the
    foot to the header; the text between them returned."""
    end = _citation(lines, ctx)
    if end is not None:
        _foot(lines[end:], seg, ctx)
        lines = lines[:end]
    k = _term(lines, ctx)
    if k is None:
        return lines
    page_text = seg.fields.setdefault("page-text", [])
    page_text.extend(lines[k - 1:k + 1])
    seg.facts["edition-author"] = lines[k - 1].text
    start = k + 1
    if start < len(lines) and not _DATE.match(lines[start].text):
        title = lines[start]  # the older layout's number in the volume: `55 - Letter to ...`
        seg.page_title = seg.page_title or Line(title.no, _NUMBERED.sub("", title.text))
        start += 1
    if start < len(lines) and _DATE.match(lines[start].text):
        seg.page_date = seg.page_date or lines[start]
        start += 1
    return lines[start:]


def _foot(lines: list[Line], seg: Segments, ctx: Context) -> None:
    """The citation (its address the page's), the category names and the copyright line."""
    kind, found = _kind(lines[0], ctx)
    seg.fields.setdefault("page-text", []).append(lines[0])
    if found is not None and found.group("url"):
        seg.fields.setdefault("url", []).append(Line(lines[0].no, found.group("url")))
    for line in lines[1:]:
        kind = _kind(line, ctx)[0]
        if kind == "copyright":
            seg.licence.append(line)
        elif not kind:
            seg.keywords.setdefault("topics", []).append(line)
