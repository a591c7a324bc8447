"""(repost66) An encyclopedia's article quoting a telegram (Wikipedia and other MediaWiki
sites): a copy of the page keeps each section heading's edit link (`Aftermath[edit]`,
`References[edit]`). The first such heading under the quoted document's start ends the
document: it and the lines after it (the article's further sections, its references) are
the page's text. (repost78) When no line above the first such heading names a document's form
and a section's line further down opens with one (an article quoting `Telegram of the Central
Military Commission to Deng Hua ...` in its `Prelude[edit]` section), the document starts
there: the article's lines above it are the page's. Read by `pages/generic.py`."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.segment import doc_type_in
from tei.convert.zones import Segments

# (repost67) the edit links of the German, French, Spanish and Italian skins too
# (`Vorgeschichte[Bearbeiten | Quelltext bearbeiten]`, `Contexte[modifier | modifier le code]`,
# `Antecedentes[editar]`, `Contesto[modifica | modifica wikitesto]`)
_SECTION = re.compile(r"^[^\s\[\]][^\[\]]{0,80}+\[(?:edit(?: source)?|Bearbeiten(?: \| Quelltext "
                      r"bearbeiten)?|modifier(?: \| modifier le code)?|editar(?: \| editar código)?"
                      r"|modifica(?: \| modifica wikitesto)?)\]$")

_PARTIES = re.compile(r"\s(?:from|to)\s[A-Z]")


def wiki_section_end(lines: list[Line], start: int, end: int, seg: Segments) -> int:
    """The document's end: the first wiki section heading between `start` and `end`, its
    lines from there to `end` given to the page's text; else `end`."""
    k = next((k for k in range(start + 1, end) if _SECTION.match(lines[k].text)), None)
    if k is None:
        return end
    seg.fields.setdefault("page-text", []).extend(lines[k:end])
    return k


def wiki_section_start(lines: list[Line], start: int, end: int, seg: Segments,
                       ctx: Context) -> int:
    """(repost78) The document's start: `start`, unless the article's sections begin before
    any line naming a form and a section's line opens with one (its lines above the page's)."""
    first = next((k for k in range(start, end) if _SECTION.match(lines[k].text)), None)
    if first is None or any(doc_type_in(lines[k].text, ctx, at_start=True)
                            for k in range(start, first)):
        return start
    form = next((k for k in range(first + 1, end) if not _SECTION.match(lines[k].text)
                 and len(lines[k].text.split()) >= 4
                 and doc_type_in(lines[k].text, ctx, at_start=True)), None)
    if form is None:
        return start
    seg.fields.setdefault("page-text", []).extend(lines[start:form])
    if _PARTIES.search(lines[form].text):  # the quoted document's heading names its parties:
        if seg.page_title is not None:  # the title, the article's name the page's text
            seg.fields.setdefault("page-text", []).insert(0, seg.page_title)
        seg.page_title = lines[form]
    return form
