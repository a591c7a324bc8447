"""Paragraphs numbered from the second on: British, Irish and Dominion despatches, letters and
telegrams leave their first paragraph unnumbered and number the others (`2.`, `3.`, the
DFAT Markdown's `2\\.`). That is paragraph numbering, not a list: such points become
paragraphs `p[@n]`, while real lists (`1.`-`3.` from one, `(a)`-`(c)`) stay points."""

from __future__ import annotations

import re

from tei.convert.model import Block, Item, NumberedList, Paragraph, text_of

_FIRST_POINT = re.compile(r"(?:^|\s)\(?1[.)]\s")  # a first point run on in the paragraph


def numbered_paragraphs(blocks: list[Block]) -> list[Block]:
    """The blocks with an arabic run that opens at `2` after an unnumbered paragraph, and
    the runs that carry its numbering on (`2.`, `(a)`, `(b)`, `3.`), as numbered paragraphs."""
    start = _first_arabic(blocks)
    paragraphs = [b for b in blocks[:start or 0] if isinstance(b, Paragraph) and b.tag == "p"]
    if start is None or blocks[start].items[0].n != "2" or not paragraphs or _FIRST_POINT.search(
            text_of(paragraphs[-1].content)):  # `... as follows: 1. ...`: point 2 of a list
        return blocks
    out: list[Block] = list(blocks[:start])
    expected = "2"
    for block in blocks[start:]:
        if _arabic(block) and block.items[0].n == _run_on(expected, out):
            out += [p for item in block.items for p in _paragraphs(item)]
            expected = str(int(block.items[-1].n) + 1)
        else:
            out.append(block)
    return out


def _run_on(expected: str, out: list[Block]) -> str:
    """(cw85) The number the next numbered paragraph bears: `expected`, or the one after it
    when the paragraph above holds `expected` run on inside it (the DFAT web edition's
    `... interest.' 4. We should ...` over `5. Please advise ...`)."""
    last = out[-1] if out else None
    if isinstance(last, Paragraph) and last.tag == "p" and re.search(
            rf"[.!?'’\"”]\s{expected}\.\s[A-Z]", text_of(last.content)):
        return str(int(expected) + 1)
    return expected


def _first_arabic(blocks: list[Block]) -> int | None:
    return next((i for i, b in enumerate(blocks) if _arabic(b)), None)


def _arabic(block: Block) -> bool:
    return isinstance(block, NumberedList) and block.items[0].n.isdigit()


def _paragraphs(item: Item) -> list[Paragraph]:
    first, *rest = item.paragraphs
    return [Paragraph(first, n=item.n), *(Paragraph(p) for p in rest)]
