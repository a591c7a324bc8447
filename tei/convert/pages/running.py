"""A PDF's running head or foot: the lines set beside its page marks on every page."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from tei.convert.read import Line

if TYPE_CHECKING:
    from tei.convert.context import Context
    from tei.convert.zones import Segments

Rows = list[tuple[str, re.Match[str]] | None]  # each line's furniture row, if any
# (ocr60) `page-stamp`: a grade, release line or margin line at a page's turn (`page_stamps`)
PAGE_ROWS = frozenset({"page-mark", "page-count", "running-head", "browser-print", "page-banner",
                       "page-stamp"})
SENTENCE_MARK = re.compile(r"[.!?:;,]$")
_RUNNING_WORDS = 8


def running_references(lines: list[Line], rows: Rows, seg: Segments, ctx: Context,
                       head_top: bool = True) -> set[int]:
    """The running lines (`running_lines`); (cw83) one that is an archival reference (table
    `archival-reference`: a file copy's department file at each page's head beside its
    counter, `PM 111/5/2` / `Page 1 of 2`) is the document's reference, when none was
    read before it."""
    found = running_lines(lines, rows, head_top)
    for i in sorted(found):
        ref = ctx.res.patterns.match("archival-reference", lines[i].text.strip())
        if ref is not None and not seg.references:
            seg.add_reference(ref[1])
    return found


def running_lines(lines: list[Line], rows: Rows, head_top: bool = True) -> set[int]:
    """A PDF's running head or foot (an archive's name, a volume's title): a line set
    beside a page line (a page mark, a banner) on every page of two or more, or a short
    one without a sentence mark between two page lines. Returns the indices of its lines."""
    beside = [i for i in range(len(lines)) if not rows[i] and (
        page_row(rows, i - 1) or page_row(rows, i + 1) or (i == 0 and any(rows) and head_top))]
    # (repost83) the paste's first line is the first page's head, no page mark over it (not
    # the grade a print repeats at each page's head: the document's own first)
    totals = Counter(line.text for line in lines)
    near = Counter(lines[i].text for i in beside)
    found = {i for i in beside if _every_page(lines[i].text, near, totals) or (
        page_row(rows, i - 1) and page_row(rows, i + 1)
        and len(lines[i].text.split()) <= _RUNNING_WORDS
        and not SENTENCE_MARK.search(lines[i].text))}
    # (wcda58) a foot of two lines under the page mark (the program's and the Center's names
    # under `Page 1 of 2`): the line beside a running line, on every page too
    outer = [i for i in range(len(lines)) if not rows[i] and i not in found
             and (i - 1 in found or i + 1 in found)]
    further = Counter(lines[i].text for i in outer)
    return found | {i for i in outer if _every_page(lines[i].text, further, totals)} | \
        book_head(lines, rows)


_FOLIO = re.compile(r"^\d{1,4}$")
# (repost81) the folio and the running head on one line, the folio at either end
_FOLIO_HEAD = re.compile(r"^(?:\d{1,4}\s++(?P<after>[^\d\s].*+)|(?P<before>.*?\S)\s++\d{1,4})$")

_NUMBER_LABEL = re.compile(r"\b(?:NO|NR|NUMBER|NUM|N[º°O])\.?$|[#№]$")


def _running_head(text: str) -> bool:
    """A running head in capitals: a few words, no sentence's stop."""
    return text.isupper() and not SENTENCE_MARK.search(text) and \
        len(text.split()) <= _RUNNING_WORDS


def _folio_head(text: str) -> bool:
    """A line of the folio and a running head in capitals of two words or more (`THE CANAL
    AND THE EMBASSY 227`), never a form's name and its number (`SZYFROGRAM NR 8417`)."""
    found = _FOLIO_HEAD.match(text)
    head = (found.group("after") or found.group("before")) if found else ""
    return len(head.split()) > 1 and _running_head(head) and not _NUMBER_LABEL.search(head)


def book_head(lines: list[Line], rows: Rows) -> set[int]:
    """(repost81) A printed book's page head opening a paste of its text (pdftotext, an
    e-book): the folio alone and the chapter's running head in capitals, in either order
    (`227` / `THE CANAL AND THE EMBASSY`), or both on one line (`THE CANAL AND THE EMBASSY
    227`), when the page's text under them opens inside a sentence run over from the page
    before (in lower case) or the paste closes on the next page's folio (with its running
    head perhaps, which goes too). Returns the head's lines' indices."""
    if len(lines) < 4 or rows[0] or rows[1]:
        return set()
    first, second = lines[0].text, lines[1].text
    if _folio_head(first):
        head = {0}
    elif (_FOLIO.match(first) and _running_head(second)) or (
            _FOLIO.match(second) and _running_head(first)):
        head = {0, 1}
    else:
        return set()
    last = lines[-1].text
    closing = {len(lines) - 1} if _FOLIO.match(last) or _folio_head(last) else set()
    return head | closing if closing or lines[len(head)].text[:1].islower() else set()


def _every_page(text: str, near: Counter[str], totals: Counter[str]) -> bool:
    """Whether `text` stands two or more times at the lines counted in `near` and nowhere
    else (`totals`: how often each text stands on the page)."""
    return near[text] >= 2 and near[text] == totals[text]


def graded_top(lines: list[Line], ctx: Context) -> bool:
    """(repost83) Whether the paste opens with a grade (`NATO COSMIC TOP SECRET`, a heading
    row's classification), the document's own, however often a print repeats it."""
    row = ctx.res.patterns.match("heading", lines[0].text) if lines else None
    return row is not None and row[0] == "classification"


def page_row(rows: Rows, i: int) -> bool:
    """Whether line `i` is a page line (a page mark or count, a running head, a banner)."""
    row = rows[i] if 0 <= i < len(rows) else None
    return row is not None and row[0] in PAGE_ROWS
