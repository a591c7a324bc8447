"""(bloc70) A printed edition's regest between a document's dateline and its cable heading.

East-bloc document editions in translation (the Yugoslav, Polish and Hungarian
diplomatic-document volumes) set the editors' one-sentence summary of a telegram under its
dateline and over the cable's own heading lines (`Washington, 23 October 1962` / `Mićunović
reports on his conversation with Under Secretary Ball ...` / `(Received 24 October 1962 at
02.20)` / `Strictly confidential No. 1187`). A third-person sentence closed by its stop that
stands there, with a receipt, number or classification line right under it, is the
editors' summary; the dateline and the heading then read as one heading.
"""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.dateline_parts import place_date
from tei.convert.pages.summary import _FIRST_PERSON, PROSE_END
from tei.convert.read import Line
from tei.convert.segment import bare, heading_kind
from tei.convert.zones import Segments

# the heading lines that may stand under a regest: a receipt, a number, a classification
_HEADING_UNDER = frozenset({"transmission", "cable-number", "classification"})
_MIN_WORDS, _MAX_WORDS = 6, 60  # one sentence of the editors', no heading nor paragraph


def regest_under_dateline(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The document's lines without an edition's regest set between its dateline and its
    cable heading; the regest becomes the summary when the page gives none."""
    if len(lines) < 3 or "summary" in seg.fields or seg.summary is not None:
        return lines
    dateline, regest, under = lines[0], lines[1], lines[2]
    words = regest.text.split()
    if not (_MIN_WORDS <= len(words) <= _MAX_WORDS and regest.text[:1].isupper()
            and PROSE_END.search(regest.text) and not _FIRST_PERSON.search(regest.text)):
        return lines
    if heading_kind(bare(under.text), ctx) not in _HEADING_UNDER \
            or heading_kind(bare(regest.text), ctx) is not None \
            or not place_date(dateline.text, ctx):
        return lines
    seg.fields["summary"] = [regest]
    return [dateline, *lines[2:]]
