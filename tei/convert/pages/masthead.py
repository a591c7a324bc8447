"""A newspaper archive's page of an article (Papers Past, OCR'd columns reprinting a
telegram or a despatch): the paper's masthead line run into one with the issue's day and
the article's headline (`THE Wairarapa Age MORNING DAILY. FRIDAY, FEBRUARY 7, 1908. NEEDLESS
RETICENCE.`). The issue's day dates the article (the page's date line); the paper and day
go to the page text, the headline stays the text's first line; (repost63) a newspaper
database's issue line alone (`The Washington Post, January 6, 1972`) goes to the page text
whole. Row: `newspaper-masthead`."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 4  # the lines at the top where the masthead is looked for


def newspaper_masthead(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The lines with a masthead line's headline alone; its day as the page's date."""
    for i, line in enumerate(lines[:_REACH]):
        found = ctx.res.patterns.match("newspaper-masthead", line.text)
        if found is None or not ctx.res.dates.whole(found[1].group("date")):
            continue
        match = found[1]
        seg.page_date = seg.page_date or Line(line.no, match.group("date"))
        if "headline" not in match.re.groupindex:  # (repost63) the issue's line alone
            seg.fields.setdefault("page-text", []).append(line)
            return [*lines[:i], *lines[i + 1:]]
        issue = f"{match.group('paper')}. {match.group('weekday')}, {match.group('date')}."
        seg.fields.setdefault("page-text", []).append(Line(line.no, issue))
        headline = Line(line.no, match.group("headline"), line.blank_before, line.rule_before)
        return [*lines[:i], headline, *lines[i + 1:]]
    return lines
