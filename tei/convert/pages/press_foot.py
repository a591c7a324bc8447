"""(news89) A newspaper archive's foot under an article's OCR (Papers Past's complete page):
the notice on the OCR, `Permanent link to this item` over the article's address, `Bibliographic
details` over the citation of the paper, issue, day and page (`Otago Daily Times, Issue
24792, 17 December 1941, Page 7`), `Word Count` over its number and the headline run into the
citation twice. The address is the page's (`url`), the citation its source (`page-text`), the
rest furniture; the issue's year completes the wire's dateline that has none (`WASHINGTON,
Dec. 15.`: fact `press-year`, read by `context_years`). The citation's `Page 7` is no one's
name. Row: `press-archive-foot`."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 14  # the foot's lines at the page's end


def archive_foot(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The lines without the archive's foot; its address and citation into `seg`."""
    start = max(0, len(lines) - _REACH)
    first = next((i for i in range(start, len(lines))
                  if _row(lines[i], ctx) == "notice"), None)
    if first is None:
        return lines
    kept: list[Line] = []
    dropped: set[int] = set()  # the source lines of the foot's (a headline split off its
    for i in range(first + 1, len(lines)):  # repeated citation goes with it)
        row = _row(lines[i], ctx)
        before = _row(lines[i - 1], ctx)
        if before == "link-label" and lines[i].text.startswith(("http://", "https://")):
            seg.fields.setdefault("url", []).append(lines[i])
        elif row == "citation" and before == "citation-label":
            seg.fields.setdefault("page-text", []).append(lines[i])
            seg.facts.setdefault("press-citation", lines[i].text)
            found = ctx.res.patterns.match("press-archive-foot", lines[i].text)
            year = ctx.res.dates.find(found[1].group("date")) if found else ()
            if year and year[0].year:
                seg.facts.setdefault("press-year", str(year[0].year))
        elif row is None:
            kept.append(lines[i])  # not the foot's: kept where it stands
            continue
        dropped.add(lines[i].no)
    return [*lines[:first], *(line for line in kept if line.no not in dropped)]


def _row(line: Line, ctx: Context) -> str | None:
    found = ctx.res.patterns.match("press-archive-foot", line.text.strip())
    return found[0] if found else None
