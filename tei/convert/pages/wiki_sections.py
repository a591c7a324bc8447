"""(repost66) An encyclopedia's article quoting a telegram (Wikipedia and other MediaWiki
sites): a copy of the page keeps each section heading's edit link (`Aftermath[edit]`,
`References[edit]`). The first such heading under the quoted document's start ends the
document: it and the lines after it (the article's further sections, its references) are
the page's text. Read by `pages/generic.py`."""

from __future__ import annotations

import re

from tei.convert.read import Line
from tei.convert.zones import Segments

# (repost67) the edit links of the German, French, Spanish and Italian skins too
# (`Vorgeschichte[Bearbeiten | Quelltext bearbeiten]`, `Contexte[modifier | modifier le code]`,
# `Antecedentes[editar]`, `Contesto[modifica | modifica wikitesto]`)
_SECTION = re.compile(r"^[^\s\[\]][^\[\]]{0,80}+\[(?:edit(?: source)?|Bearbeiten(?: \| Quelltext "
                      r"bearbeiten)?|modifier(?: \| modifier le code)?|editar(?: \| editar código)?"
                      r"|modifica(?: \| modifica wikitesto)?)\]$")


def wiki_section_end(lines: list[Line], start: int, end: int, seg: Segments) -> int:
    """The document's end: the first wiki section heading between `start` and `end`, its
    lines from there to `end` given to the page's text; else `end`."""
    k = next((k for k in range(start + 1, end) if _SECTION.match(lines[k].text)), None)
    if k is None:
        return end
    seg.fields.setdefault("page-text", []).extend(lines[k:end])
    return k
