"""(repost83) A news article or a blog post quoting a whole document in quotation marks, a
paragraph a line: the opening mark on the document's first line (`"Sir M. Peterson (Angora)
to Foreign Office.`), perhaps again at each paragraph's start (the English way of quoting
several paragraphs), the closing mark only at its last line's end (`... on their own."`).
Such a run of lines, four at least with a form's heading row among them and the writer's own
lines over it, is the document (`quoted_run`, as a blockquote's run is); its marks are the
writer's, not the document's: they are taken off its lines (`unquote`), every word kept."""

from __future__ import annotations

from dataclasses import replace

from tei.convert.context import Context
from tei.convert.read import Line

_OPENS = ('"', "“")
_CLOSES = ('"', "”")
_MIN_RUN = 4
_HEADING_WORDS = 16  # a longer line is the writer's prose, whatever row it matches


def _closes(text: str) -> bool:
    return text.rstrip().endswith(_CLOSES)


def quote_run(lines: list[Line], ctx: Context) -> tuple[int, int] | None:
    """The first and last index of the longest run of lines in one quotation: a line opening
    with a mark that no mark closes, the lines under it none closing with a mark (each may
    open with one), the last closing with a mark; at least `_MIN_RUN` lines, a heading row
    among them, a line of the page over them. Else None."""
    best: tuple[int, int] | None = None
    i = 1
    while i < len(lines):
        text = lines[i].text
        if not text.lstrip().startswith(_OPENS) or _closes(text):
            i += 1
            continue
        k = i + 1
        while k < len(lines) and not _closes(lines[k].text):
            k += 1
        longer = best is None or k - i > best[1] - best[0]
        if k < len(lines) and k - i + 1 >= _MIN_RUN and longer \
                and _first_heading(lines, i, k, ctx):
            best = (i, k)
        i = k + 1
    return best


def _first_heading(lines: list[Line], i: int, k: int, ctx: Context) -> bool:
    """Whether the page's first heading row (a line of a few words) stands in the run
    `i`..`k`, no editors' heading over it (a document quoting a statement or a letter over its
    paragraphs has its own heading over the quotation: FRUS's `The Minister ... (Molotov) to
    the American Ambassador ... (Smith)` over Stalin's letter)."""
    first = next((j for j, line in enumerate(lines[:k + 1])
                  if len(line.text.split()) <= _HEADING_WORDS
                  and ctx.res.patterns.match("heading", _bare(line.text))), None)
    return first is not None and first >= i and not any(
        (row := ctx.res.patterns.match("frus", line.text)) and row[0] == "heading"
        for line in lines[:i])


def source_run(lines: list[Line], ctx: Context) -> tuple[int, int] | None:
    """`quote_run` over the lines as the source gives them (their marks perhaps taken off)."""
    source = ctx.text.splitlines()
    return quote_run([replace(line, text=source[line.no - 1]) if 0 < line.no <= len(source)
                      else line for line in lines], ctx)


def _bare(text: str) -> str:
    text = text.strip()
    text = text[1:] if text.startswith(_OPENS) else text
    return text[:-1] if text.endswith(_CLOSES) else text


def unquote(lines: list[Line], ctx: Context) -> list[Line]:
    """The lines with the quotation marks around a quoted document's run taken off: the
    opening mark of each of its lines, the closing mark of its last."""
    run = quote_run(lines, ctx)
    if run is None:
        return lines
    first, last = run
    out = list(lines)
    for k in range(first, last + 1):
        text = out[k].text.strip()
        if text.startswith(_OPENS):
            text = text[1:]
        if k == last:
            text = text[:-1]
        out[k] = replace(out[k], text=text.strip())
    return out
