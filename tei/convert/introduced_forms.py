"""The form a text's first paragraph names: a reprint's introduction of the text under it
(`The following telegram has been sent by ...:`), or (wcdg87) an envoy's covering letter
announcing the record it encloses (`Enclosed is the copy of a record of conversation with
...`), the page's document being that record."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.model import Message, Paragraph, text_of
from tei.convert.segment import doc_type_in
from tei.convert.zones import Segments

# (wcdg87) the record enclosed stands on the page after its covering letter: lines of prose
# (more words than a covering letter's attachment, signature or date lines) after the
# announcement, beyond the letter's own paragraphs
_PROSE_WORDS = 12
_RECORD_LINES = 2


def introduced_form(message: Message, ctx: Context) -> str | None:
    """The form a reprint's first paragraph names as the text it introduces (`The following
    telegram has been sent by the Executive Committee ... to the United Communist Party of
    Germany (U.K.P.D.):—`; table `introduced-form`)."""
    first = next((b for b in message.blocks[:1] if isinstance(b, Paragraph)), None)
    found = ctx.res.patterns.match("introduced-form", text_of(first.content)) if first else None
    return doc_type_in(found[1].group("form"), ctx) if found else None


def enclosed_record(seg: Segments, message: Message, ctx: Context) -> str | None:
    """(wcdg87) A covering letter's first paragraph announcing the record of a conversation
    it encloses (`Enclosed is the copy of a record of conversation with the MPR ambassador`,
    `I am sending you the record of my conversation with ...`; table `enclosed-forms`) over
    the record itself, lines of prose after the letter's: the page's document is the record;
    a covering letter alone stays a letter."""
    paragraphs = [b for b in message.blocks if isinstance(b, Paragraph)]
    found = ctx.res.patterns.match("enclosed-forms", text_of(paragraphs[0].content)) \
        if paragraphs else None
    if not found:
        return None
    opening = " ".join(text_of(paragraphs[0].content).split()[:6])
    at = next((i for i, line in enumerate(seg.message)
               if " ".join(line.text.split()).startswith(opening)), None)
    own = sum(len(text_of(p.content).split()) > _PROSE_WORDS for p in paragraphs[1:])
    prose = [line for line in seg.message[at + 1:] if len(line.text.split()) > _PROSE_WORDS] \
        if at is not None else []
    return doc_type_in(found[1].group("form"), ctx) if len(prose) - own >= _RECORD_LINES else None
