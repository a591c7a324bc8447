"""(wcds93) A documents reader's numbered heading wrapped over two or three lines, as a book
site gives a page of the National Security Archive's readers (Questia: `DOCUMENT No. 93:
Cable from Ambassador Stepan Chervonenko to` / `the Kremlin on His Meeting with ...,` /
`> August 19,1968`), under the site's lines (the book's title, `By ... | Go to book
overview`, `Save to active project`)."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.segment import doc_type_in
from tei.convert.zones import Segments

_REACH = 12  # the site's lines and a book's running title over the first heading
_WRAPS = 3  # the heading's lines after the number's
# a quotation mark a site's markup left before a wrapped line (`> August 19,1968`)
_QUOTED = re.compile(r"^>\s*+")
# the same mark inside a heading a reader joined into one line (`Ulbricht, > August 9,1961`)
_INNER_QUOTE = re.compile(r"(?<=,)\s++>\s++")
# the day and the year run together at a wrap (`August 19,1968`): a space after the comma
_DAY_YEAR = re.compile(r"(?<=\d),(?=\d{4}\b)")
# the title's closing date after its comma (`..., August 19, 1968`, `..., 14 March 1957`)
_CLOSING_DATE = re.compile(r",\s++(?P<date>(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},\s"
                           r"|\d{1,2}\s[A-Z][a-z]{2,8}\s)\d{4})$")


def wrapped_numbered_heading(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """The index of a numbered heading (table `numbered-document`) whose title naming the
    form runs on over the next lines, no blank line between, up to the line closing it
    with a date after a comma (or on its own line, read joined, with the site's marks in
    it); the lines join into one heading without the number, the lines above and the
    number go to the page text. 0 when there is none."""
    for k in range(1, min(_REACH, len(lines) - 1)):
        found = ctx.res.patterns.match("numbered-document", lines[k].text)
        if found is None:
            continue
        line, parts = lines[k], [found[1].group("heading")]
        for j in range(k, min(k + 1 + _WRAPS, len(lines))):
            if j > k and lines[j].blank_before:
                break
            if j > k:
                parts.append(_QUOTED.sub("", lines[j].text))
            heading = _DAY_YEAR.sub(", ", _INNER_QUOTE.sub(" ", " ".join(parts)))
            if (j == k and heading == parts[0]) or not _closes_dated(heading, ctx):
                continue  # (one line: only where the site's glitches were mended)
            seg.fields.setdefault("page-text", []).extend(
                [*lines[:k], Line(line.no, line.text[:line.text.find(parts[0])].strip()
                                  .rstrip(":. "))])
            lines[k:j + 1] = [Line(line.no, heading, line.blank_before)]
            return k
        return 0
    return 0


def _closes_dated(heading: str, ctx: Context) -> bool:
    """A title naming the document's form, closed by its date after a comma."""
    found = _CLOSING_DATE.search(heading)
    return found is not None and ctx.res.dates.whole(found.group("date")) is not None \
        and doc_type_in(heading[:found.start()], ctx) is not None
