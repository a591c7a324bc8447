"""(wcdl90) The editors of a printed collection a page's source line cites (`APRF: F. 39,
Op. 1, D. 31, L. 25. Reprinted in Andrei Ledovskii, Raisa Mirovitskaia and Vladimir
Miasnikov, Sovetsko-Kitaiskie Otnosheniia, Vol. 5, ...`): persons the page names, marked in
the header's `bibl type="source"` as the text's persons are (`header.title_names`). Only
the editors' span is read (table `cited-editors`): a collection's title in transliteration
(`Pamiatniki Istoricheskoi Mysli`) is no one's name. (cw94) A source line that names the
editors alone (dodis.ch's record page: `Jean-François Bergier et al. (ed.)` over the
volume's title) is read whole (row `line`)."""

from __future__ import annotations

import re

from tei.convert.header import title_names
from tei.convert.inline import InlineReader
from tei.convert.model import Header, merge, text_of

_CUE = re.compile(r"\b(?:[Rr]eprinted|[Pp]ublished|[Rr]eproduced)\s+in\s")


def cited_editor_names(header: Header, inline: InlineReader) -> None:
    """Mark the persons among the editors a source line's `Reprinted in` names."""
    patterns = inline.ctx.res.patterns
    for text in header.sources:
        if text in header.sources_marked:
            continue
        whole = patterns.match("cited-editors", text.strip())
        if whole is not None and whole[0] == "line":  # (cw94) the line names the editors alone
            _mark(header, text, text.index(text.strip()) + whole[1].start("editors"),
                  text.index(text.strip()) + whole[1].end("editors"), inline)
            continue
        for cue in _CUE.finditer(text):
            found = patterns.match("cited-editors", text[cue.end():])
            if found is None:
                continue
            start, end = (cue.end() + k for k in found[1].span("editors"))
            _mark(header, text, start, end, inline)
            break


def _mark(header: Header, text: str, start: int, end: int, inline: InlineReader) -> None:
    """Mark the persons of `text[start:end]`, the editors' span, in the source line."""
    names = [item if isinstance(item, str) or item.tag == "persName"
             else text_of([item]) for item in title_names([text[start:end]], 1, inline)]
    if any(not isinstance(item, str) for item in names):
        header.sources_marked[text] = merge([text[:start], *names, text[end:]])
