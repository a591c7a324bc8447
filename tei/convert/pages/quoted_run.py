"""(repost67) A newsletter, blog post or e-mail quoting a whole document as a Markdown or
mail blockquote (`> O 141230Z FEB 79` / `> FM AMEMBASSY KABUL` ... `> AMSTUTZ`), with no
board's post line over it: the longest run of quoted lines holding a heading row (its
dateline, its `FM` line ...), under the writer's own lines (the issue's head, the
introduction; repost75: maybe already taken as the page's, a Q&A site's question title, so
that the run opens the lines left), is the document; the lines over and under it are the
page's (`Segments.board`). Read by `pages/board.py`."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.pages.quoted_marks import source_run
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
    marked = source_run(lines, ctx) if size < _MIN_RUN else None
    if marked is not None:  # (repost83) a document quoted in quotation marks
        return set(range(marked[0])) | set(range(marked[1] + 1, len(lines)))
    if size < _MIN_RUN or not _page_over(lines, first, source) or not any(
            ctx.res.patterns.match("heading", line.text) for line in lines[first:first + size]):
        return set()
    return set(range(first)) | set(range(first + size, len(lines)))


def _page_over(lines: list[Line], first: int, source: list[str]) -> bool:
    """Whether the page's own lines stand over the run: lines left over it, or (repost75)
    unquoted words in the source over its first line that an earlier stage took as the
    page's (History Stack Exchange's question title and `Asked`, `Viewed 2k times`)."""
    if first > 0:
        return True
    above = source[:max(lines[first].no - 1, 0)]
    return any(text.strip() and not text.lstrip().startswith(">") for text in above)


def cited_under(lines: list[Line], board: set[int], dropped: set[int],
                ctx: Context) -> Line | None:
    """(repost75) The page's line right under the reposted document when it cites it, in
    brackets or not (`(AVP RF, f. 0100, op. 55, ..., ll. 44-45. Translated by Nikolai
    Orlov.)`, `来源: PRC FMA ...` is a label's): an archival reference opens it. The line
    without its brackets, for the source field, else None."""
    kept = [i for i in range(len(lines)) if i not in board and i not in dropped]
    under = kept[-1] + 1 if kept else -1
    if under not in board:
        return None
    text = lines[under].text.strip()
    if text[:1] in "([" and text[-1:] == {"(": ")", "[": "]"}[text[:1]]:
        text = text[1:-1].strip()
    found = ctx.res.patterns.match("archival-reference", text)
    return Line(lines[under].no, text) if found else None
