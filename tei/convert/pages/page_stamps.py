"""A scanned typescript's page turn inside its text (table `page-stamps`): the security grade
stamped at each page's foot and the next one's head (`SECRET`, `S-E-C-R-E-T`,
`CONFIDENTIAL`), a reading room's release line at both (CREST: `Approved For Release ... :
CIA-RDP...`) and the file's reference repeated in the page's margin (a line of the first
page's head again: `FO 371/118861   VR 1071/87`). A run of such lines holding a grade and a
page line (`Page 1 of 2`, `- 2 -`) or a release line is the page's turn, furniture; so is
(repost63) a grade and codeword closing the text with the head's lines repeated (an NSA
release's `TOP SECRET` / `VENONA` at its last page's foot); the first run holding a grade
is the first page's head, which stays the document's heading. (cables83) A Situation Room
relay's later page line (`PSN:051190 PAGE 02 OF 03`) is a page's turn on its own."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.pages.running import PAGE_ROWS, Rows
from tei.convert.read import Line

_MARGIN = re.compile(r".++")  # a margin line's row: the whole line
_HEAD_LINES = 3  # the first page's head lines a page's margin may repeat


def page_stamps(lines: list[Line], rows: Rows, ctx: Context) -> Rows:
    """`rows` with the lines of each page's turn inside the text given their stamp's row
    (`page-stamp`), so that they are dropped and a sentence runs on over them."""
    stamps = [None if row else ctx.res.patterns.match("page-stamps", line.text)
              for line, row in zip(lines, rows, strict=True)]
    margin = {line.text for line in lines[:_HEAD_LINES]}
    inside = [bool(row or stamp or line.text in margin)
              for line, row, stamp in zip(lines, rows, stamps, strict=True)]
    found = list(rows)
    graded, i = False, 0
    while i < len(lines):
        if not inside[i]:
            i += 1
            continue
        end = next((k for k in range(i, len(lines)) if not inside[k]), len(lines))
        run = range(i, end)
        if (graded and (_turns(run, rows, stamps) or _foot(run, lines, stamps, margin))) or \
                _relay_page(run, stamps):
            for k in run:
                found[k] = found[k] or ("page-stamp", stamps[k][1] if stamps[k] else
                                        _MARGIN.match(lines[k].text))
        graded = graded or any(stamps[k] and stamps[k][0] == "grade" for k in run)
        i = end
    return found


def _turns(run: range, rows: Rows, stamps: Rows) -> bool:
    """Whether the lines `run` hold a page's turn: a grade with a page line, a release line or
    (cables65) a cable printout's later page header."""
    names = {stamps[k][0] for k in run if stamps[k]}
    return "grade" in names and (bool(names & {"release", "printout-page"}) or any(
        rows[k] is not None and rows[k][0] in PAGE_ROWS for k in run))


def _relay_page(run: range, stamps: Rows) -> bool:
    """(cables83) Whether the lines `run` hold a Situation Room relay's later page line
    (`PSN:051190 PAGE 02 OF 03`): a page's turn with or without a grade."""
    return any(stamps[k] and stamps[k][0] == "psn-page" for k in run)


def _foot(run: range, lines: list[Line], stamps: Rows, margin: set[str]) -> bool:
    """(repost63) Whether the lines `run` are the last page's foot: they close the text, hold
    a grade and a codeword (`VENONA` on its line or after the grade: `TOP SECRET UMBRA`;
    a typescript's grade alone there stays its foot) and each repeats a line of the first
    page's head."""
    return run.stop == len(lines) and all(lines[k].text in margin for k in run) and any(
        stamps[k] and stamps[k][0] == "grade" for k in run) and any(
        _CODEWORD.search(lines[k].text) for k in run)


_CODEWORD = re.compile(r"\b(?:VENONA|UMBRA|DINAR|TRINE)$")
