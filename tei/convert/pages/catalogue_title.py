"""A catalogue record's description as the page's title (cw58).

A catalogue's one-line description is the document's title when it opens with a document
type (`Despatch No. 112 from Sir William Hayter, Moscow: ...`) or when the page is an
archive's catalogue record: its reference and its holding archive labelled over the
document (the UK National Archives' Discovery: `Reference: PREM 11/1098`, `Description:
Suez Canal: Prime Minister's personal minutes to the Foreign Secretary`, `Held by: The
National Archives, Kew`), where the description is the record's title whatever its words.
Such a title describes the file (`... personal minutes to ...`): it names no parties (a
subject title) and the document's own form line tells its type before it (`doc_types.py`).
"""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.pages.titles import names_a_document
from tei.convert.read import Line
from tei.convert.zones import Segments

_TITLE_WORDS = 60  # a catalogue's title line, not a scope note's paragraph
CATALOGUE_TITLE = "catalogue description"  # the `subject-title` fact such a title sets


def described_title(seg: Segments, ctx: Context) -> Line | None:
    """The description field's one line when it is the page's title, else None."""
    described = seg.fields.get("summary", [])
    if len(described) != 1:
        return None
    line = described[0]
    if names_a_document(line, ctx):
        return line
    catalogued = bool(seg.fields.get("source")) and bool(seg.fields.get("original-archive"))
    if not catalogued or len(line.text.split()) > _TITLE_WORDS:
        return None
    seg.facts.setdefault("subject-title", CATALOGUE_TITLE)
    return line
