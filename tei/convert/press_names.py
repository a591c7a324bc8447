"""(news89) The names in a newspaper writer's lines around the message it prints: the
reporter's sentences over and under an introduced quotation (`pages/introduced_quote.py`:
`Mr Chamberlain read ... The British and French Ambassadors in Berlin have been instructed
to hand the German Government a joint Note as follows:`) are the page's text, kept in the
header's `bibl type="source"`; the persons and places they name are marked there as the
text's are (`header.title_names`), so that a page that is mostly the reporter's words still
names its persons and places (lead88: the grammar's `bibl` takes `persName`). (cw90) So are
the names of a documents database's record lines kept there (dodis.ch's `Printed in` /
`Jacques Freymond, Oscar Gauye (ed.)` / ... / `Bern 1979`: the edition's editors and seat)."""

from __future__ import annotations

from tei.convert.cited_editors import cited_editor_names
from tei.convert.header import title_names
from tei.convert.inline import InlineReader
from tei.convert.model import Header, merge, text_of
from tei.convert.zones import Segments

_LAYOUTS = ("introduced-quote", "press-heading", "dodis-record")
_NAMES = frozenset({"persName", "placeName"})


def writer_names(header: Header, seg: Segments, inline: InlineReader) -> None:
    """Mark the names of the writer's lines that stand in the header's sources; (wcdl90)
    on any page, the editors of a collection a source line cites (`cited_editors.py`)."""
    cited_editor_names(header, inline)
    # (repost92) and a repost's lead-in over the document it quotes (`pages/lead_in.py`)
    if not any(layout in seg.layouts for layout in _LAYOUTS) and not seg.facts.get("lead-in"):
        return
    for line in seg.fields.get("page-text", []):
        if line.text == seg.facts.get("press-citation"):
            continue  # the archive's citation of the issue (`..., Page 7`): no one's names
        if line.text in header.sources and line.text not in header.sources_marked:
            marked = title_names([line.text], line.no, inline)
            header.sources_marked[line.text] = merge([  # a bibl holds persons and places
                item if isinstance(item, str) or item.tag in _NAMES else text_of([item])
                for item in marked])
