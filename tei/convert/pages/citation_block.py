"""The older Wilson Center layout's citation block hard-wrapped over several lines: the
archive's summary, then its citation (`"Title," Date, History and Public Policy Program
Digital Archive, shelfmark. Translated by ...`), set apart from the page by furniture
(`get citation`, `share document`) or blank lines. Wrapped, a line of either may end at a
sentence's end, where the read stage cannot tell a paragraph's end; the citation's quoted
title tells it here: the lines above it up to the block's start are the summary (when they
end a sentence: not a title line and the `Citation` label over it), the lines
after it up to the block's end the rest of the citation."""

from __future__ import annotations

from dataclasses import replace

from tei.convert.context import Context
from tei.convert.pages.summary import PROSE_END
from tei.convert.pages.titles import citation_title
from tei.convert.read import Line
from tei.convert.segment import label_of

_HEAD_REACH = 30  # the block stands in the page's head
_BLOCK_LINES = 12  # a summary or a citation's tail wrapped over more is no such block
_WRAPPED_WIDTH = 100  # the widest a hard-wrapped line is (`read_widths.wrap_width`'s narrow limit)


def gather_citation(lines: list[Line], ctx: Context) -> list[Line]:
    """The lines with a hard-wrapped citation block's summary and citation one line each."""
    for i, line in enumerate(lines[:_HEAD_REACH]):
        if citation_title([line], ctx) is None:
            continue
        start = _block_start(lines, i)
        if not (all(_wrapped(lines, k) for k in range(start, i))
                and PROSE_END.search(lines[i - 1].text)):
            start = i - 1 if i > 0 and not _parted(lines[i]) else i
        end = _block_end(lines, i, ctx) if _wrapped(lines, i) else i + 1
        if start >= i - 1 and end == i + 1:
            return lines
        out = lines[:start]
        if start < i:
            out.append(_joined(lines[start:i]))
        out.append(_joined(lines[i:end]))
        return out + lines[end:]
    return lines


def _block_start(lines: list[Line], i: int) -> int:
    """Index of the summary's first line: the lines run on up to a blank line or a rule
    (a furniture line dropped before it counts as one); `i` when the citation opens the
    block."""
    if _parted(lines[i]):
        return i
    start = i - 1
    while start > 0 and i - start < _BLOCK_LINES and not _parted(lines[start]):
        start -= 1
    return start if _parted(lines[start]) else i - 1


def _block_end(lines: list[Line], i: int, ctx: Context) -> int:
    """Index after the citation's last line: its lines run on up to a blank line, a rule,
    the page's address (the layout's `url` row, kept a line of its own) or (wcda63) the next
    field's label (the PDF export's text without blank lines: `Summary:`)."""
    end = i + 1
    while end < len(lines) and end - i < _BLOCK_LINES and not _closes(lines[end], ctx):
        end += 1
    return end if end == len(lines) or _closes(lines[end], ctx) else i + 1


def _closes(line: Line, ctx: Context) -> bool:
    """Whether `line` ends the block: set apart, the page's address or a field's label."""
    return _parted(line) or _address(line, ctx) or label_of(line.text, ctx) is not None


def _wrapped(lines: list[Line], k: int) -> bool:
    """Whether line `k` was hard-wrapped: no longer than a wrapped line, or read from
    several source lines (the read stage joined them)."""
    spans = k + 1 < len(lines) and not _parted(lines[k + 1]) and lines[k + 1].no - lines[k].no > 1
    return len(lines[k].text) <= _WRAPPED_WIDTH or spans


def _parted(line: Line) -> bool:
    return line.blank_before or line.rule_before


def _address(line: Line, ctx: Context) -> bool:
    found = ctx.res.patterns.match("citation", line.text)
    return found is not None and found[0] == "url"


def _joined(lines: list[Line]) -> Line:
    return replace(lines[0], text=" ".join(line.text for line in lines))
