"""(repost67) A newsletter, blog post or e-mail quoting a whole document as a Markdown or
mail blockquote (`> O 141230Z FEB 79` / `> FM AMEMBASSY KABUL` ... `> AMSTUTZ`), with no
board's post line over it: the longest run of quoted lines holding a heading row (its
dateline, its `FM` line ...), under the writer's own lines
(the issue's head, the introduction), is the document; the lines over and under it are the
page's (`Segments.board`). Read by `pages/board.py`."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.read import Line

_MIN_RUN = 4  # a quoted document's lines (heading, dateline, text, signature), not a sentence


def quoted_run(lines: list[Line], ctx: Context) -> set[int]:
    """The indices of the lines over and under the longest run of blockquoted lines (at least
    `_MIN_RUN`, one of them a form's heading row, with some of the page's own lines over
    it), else an empty set."""
    source = ctx.text.splitlines()
    quoted = [0 < line.no <= len(source) and source[line.no - 1].lstrip().startswith(">")
              for line in lines]
    best, start = (0, 0), None
    for i, marked in enumerate([*quoted, False]):
        if marked and start is None:
            start = i
        elif not marked and start is not None:
            best = max(best, (i - start, start))
            start = None
    size, first = best
    if size < _MIN_RUN or first == 0 or not any(
            ctx.res.patterns.match("heading", line.text) for line in lines[first:first + size]):
        return set()
    return set(range(first)) | set(range(first + size, len(lines)))
