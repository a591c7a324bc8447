"""(cw68) An edition site's bar of its partner institutions at the page's top, their names
parted by `|` into cells (`Royal Irish Academy | Department of Foreign Affairs | National
Archives of Ireland`, the older DIFP pages' masthead): furniture like a bar of links, though
its names are longer than links; every cell a name in title case, one of them an archive's
(table `archive-name`)."""

from __future__ import annotations

import re
from collections import defaultdict

from tei.convert.context import Context
from tei.convert.pages.linkbar import address_cells, link_bar_cells
from tei.convert.pages.running import Rows
from tei.convert.read import Line

_REACH = 6  # the page's first source lines
_PARTNERS = 3  # a bar's cells, at least
_WORD = r"(?:[A-Z][\w'’.&-]*+|of|and|the|for|on|in|de|du)"
_NAME = re.compile(rf"^{_WORD}(?:\s++{_WORD}){{1,7}}$")


def bar_cells(lines: list[Line], rows: Rows, ctx: Context) -> set[int]:
    """The cells of the page's link bars (`link_bar_cells`) and partner bars, but a cell that
    gives the page's address."""
    bars = link_bar_cells(lines, [bool(row) for row in rows]) | _partner_cells(lines, ctx)
    return bars - address_cells(lines, ctx)


def _partner_cells(lines: list[Line], ctx: Context) -> set[int]:
    """The cells of a partner bar among the page's first source lines."""
    groups: dict[int, list[int]] = defaultdict(list)
    for index, line in enumerate(lines):
        groups[line.no].append(index)
    found: set[int] = set()
    for indices in list(groups.values())[:_REACH]:
        texts = [lines[i].text.strip() for i in indices]
        if len(texts) >= _PARTNERS and all(_NAME.match(text) for text in texts) and any(
                ctx.res.patterns.match("archive-name", text) for text in texts):
            found.update(indices)
    return found
