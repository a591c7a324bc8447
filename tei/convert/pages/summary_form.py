"""(wcda84) The archive's summary that names the document by its form, as the title does
(`Telegram from the Ambassador of the USSR in the DPRK to the chairman of the Council of
Ministers of the USSR about the reaction of ...` under `Telegram from Shtykov to USSR Council
of Ministers`): over the page's foot, a long sentence opening with the title's form and its
`from`, `of` or `to` is the summary, not the document's last paragraph (a document does not
open a paragraph by naming itself so)."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.segment import doc_type_in
from tei.convert.zones import Segments

_MIN_WORDS = 12  # a summary's sentence, no heading's line
# the form's word, then the parties' preposition within the next words
_FORM_PARTIES = re.compile(r"^[A-Z][a-z]++(?:\s++[a-z]++){0,2}?\s++(?:from|of|to|by)\s++\S")
_STOP = re.compile(r"[.!?][\"”’)]?$")


def form_summary(line: Line, seg: Segments, ctx: Context, lines: list[Line] = ()) -> bool:
    """Whether `line`, over the page's foot, names the document by the title's form, or by
    the form the document's heading gives on a line of its own (wcdh87: the Stasi's
    `I N F O R M A T I O N` over its text, `Information from a source in the Iraqi Embassy
    on ...` over the current layout's `Author(s):`)."""
    title = seg.page_title.text if seg.page_title is not None else ""
    if not title or len(line.text.split()) < _MIN_WORDS or not _STOP.search(line.text) \
            or not _FORM_PARTIES.match(line.text):
        return False
    form = doc_type_in(line.text, ctx, at_start=True)
    return form is not None and (form == doc_type_in(title, ctx, at_start=True) or any(
        _form_line(head.text) and doc_type_in(_form_line(head.text), ctx) == form
        for head in lines[:_HEAD_LINES]))


_HEAD_LINES = 12  # the lines of a document's heading, above its text
# a form's name alone on its line, maybe letter-spaced (`I N F O R M A T I O N`, `Information`)
_SPACED = re.compile(r"^(?:[A-Z]\s){3,}[A-Z]$")
_ONE_WORD = re.compile(r"^[A-Z][A-Za-z]{3,}$")


def _form_line(text: str) -> str:
    """The form's word of a heading line that is that word alone (its letters spaced out
    joined), else ``."""
    text = text.strip()
    if _SPACED.match(text):
        return text.replace(" ", "").title()
    return text if _ONE_WORD.match(text) else ""


# (wcdd85) the archive's summary naming the document, its author put in apposition before
# the verb (`This memo, produced by the Argentine Ambassador in charge of ..., alerts the
# Director of ...`): the form's word, a clause between commas, then a reporting verb
_APPOSITIVE = re.compile(
    r"^(?:In\s++)?[Tt]his\s++(?:[a-z]++\s++){0,2}?(?:memo|memorandum|document|telegram|cable"
    r"|letter|report|note|record|message|dispatch|despatch)\s*+,\s*+[^,]{5,200}+,\s*+"
    r"(?P<verb>[a-z]++)\b")


def appositive_summary(line: Line, ctx: Context) -> bool:
    """Whether `line` is the archive's summary of the document in apposition (`This memo,
    produced by ..., alerts ...`): a verb of the `summary-verbs` table after the clause. A
    document does not speak of itself so, whatever stands above (a signer's office)."""
    found = _APPOSITIVE.match(line.text)
    return found is not None and found["verb"] in ctx.res.patterns.words("summary-verbs")
