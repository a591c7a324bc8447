"""A page's title repeated under it: the same words again (a page id or a sentence before
them, the date after a comma dropped), or with a date before them (a PDF export's)."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments


def repeats_title(text: str, title: str) -> bool:
    """A line repeating the title, a page id glued before it or set before it with a space
    (kashmiribhatta.in's date code, `13111947 Text of two Telegrams ...`, commonwealth41) or
    a sentence (`X. <title>`), or the title without its date after a comma (lead33: a
    Markdown edition's `# Letter from X to Y` under its front matter's `title: "Letter from X
    to Y, 22 October 1962"`), or (docs37a) the title closed by a printed edition's stop."""
    before = text[: len(text) - len(title)] if text.endswith(title) else None
    rest = title[len(text) + 2:] if title.startswith(f"{text}, ") else ""
    return text in (title, f"{title}.") or (before is not None and (
        before.rstrip().isdigit() or before.endswith(". "))) or (
        len(text.split()) >= _SHORT_TITLE_WORDS and len(rest.split()) <= _DATE_WORDS
        and bool(_YEAR.search(rest)))


_SHORT_TITLE_WORDS = 3
_DATE_WORDS = 4  # `22 October 1962`, `October 22, 1962`
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def dated_title_again(line: Line, seg: Segments, ctx: Context) -> bool:
    """A PDF export's date and title under its host's title line (docslib: `August 21,
    1968 Record of the Meeting ... concerning ...` under the same title in title case, or
    `October 18, 1964 Cable from the Chinese Embassy in Indonesia, 'Reactions ...'` under
    its quoted part): the export's title is the page's (the archive's own words and case),
    the host's title and a second date are kept as page text."""
    lead = ctx.res.dates.leading(line.text)
    title = seg.page_title
    if lead is None or title is None or not lead[1].casefold().endswith(title.text.casefold()):
        return False
    seg.fields.setdefault("page-text", []).append(title)
    if seg.page_date is None:
        seg.page_date = Line(line.no, lead[0])
    else:
        seg.fields["page-text"].append(Line(line.no, lead[0]))
    seg.page_title = Line(line.no, lead[1])
    return True
