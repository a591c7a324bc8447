"""An archive's summary of several lines under a Hungarian telegram's close (wc40), or
over the archive editors' note (wc41), or under a ciphergram's list of readers (wcdb84).

A telegram closed by its number between dashes (`– 213 – T. –`, `-- 118 --`) ends there:
the prose lines the page sets under it, up to its foot, are the archive's summary, even
when it runs over two lines (a mirror's summary repeating the telegram's last paragraphs).
A page whose text ends in the editors' caution (`Editor's note: Because of the unique
provenance of this document, ...`) has its summary in the prose line right above it.
A Polish ciphergram closed by the readers it went to (`Received by:` over `Comrades Kania,
Pinkowski, ...`) ends there too: a prose line under the list, over the page's foot, is the
archive's summary (wcdb84).
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.footnotes import footnote_number
from tei.convert.parts import numbered_close
from tei.convert.processing_lines import last_block
from tei.convert.read import Line

_DASHED = re.compile(r"^[–—-]|[–—-]$")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b")
_PROSE_WORDS = 6
_MOST_LINES = 3  # summary lines under the close
_TEXT_WORDS = 12  # (wcdb84) a sentence of the text above a readers' list


# (wc41) the archive editors' caution under a page's summary, over its foot
_EDITORS_NOTE = re.compile(r"^Editor[’']s\s++note:\s")
_PROSE_END = re.compile(r"[.!?][\"”’')\]]?$")


def summary_apart(lines: list[Line], ctx: Context) -> tuple[Line, list[Line]] | None:
    """(the summary, the lines left) of a page's text whose summary stands under a dashed
    close or over the editors' note, else None."""
    close = summary_under_close(lines, ctx)  # over two lines under a telegram's close
    if close is not None:
        return joined(lines[close + 1:]), lines[:close + 1]
    if len(lines) > 2 and _EDITORS_NOTE.match(lines[-1].text) and _prose(lines[-2], ctx) \
            and _PROSE_END.search(lines[-2].text):
        return lines[-2], [*lines[:-2], lines[-1]]
    if len(lines) > 2 and _prose(lines[-1], ctx) and _PROSE_END.search(lines[-1].text) \
            and _under_readers(lines[:-1], ctx):  # (wcdb84) under the readers' list
        return lines[-1], lines[:-1]
    return None


def _under_readers(lines: list[Line], ctx: Context) -> bool:
    """(wcdb84) Whether `lines` end in a list of readers under a text of sentences (not a
    heading's distribution list over the text, `Copy Nº 1 – DISTRIBUTION LIST`: wc47)."""
    start = last_block(lines, ctx)
    return start is not None and any(len(line.text.split()) >= _TEXT_WORDS
                                     for line in lines[:start])


def summary_under_close(lines: list[Line], ctx: Context) -> int | None:
    """The index of the dashed close when two or three prose lines under it end the page's
    text (they are the summary), else None."""
    for k in range(len(lines) - 3, max(-1, len(lines) - 2 - _MOST_LINES), -1):
        if _dashed_close(lines[k].text, ctx):
            return k if all(_prose(line, ctx) for line in lines[k + 1:]) else None
    return None


def joined(lines: list[Line]) -> Line:
    """The summary's lines read as one."""
    return Line(lines[0].no, " ".join(line.text for line in lines))


def _dashed_close(text: str, ctx: Context) -> bool:
    return _DASHED.search(text) is not None and (
        numbered_close(text, ctx) is not None
        or ctx.res.patterns.match("outgoing-number", text) is not None)


def _prose(line: Line, ctx: Context) -> bool:
    text = line.text
    return (len(text.split()) >= _PROSE_WORDS and text[:1].isupper()
            and not footnote_number(line, ctx) and not _FIRST_PERSON.search(text))
