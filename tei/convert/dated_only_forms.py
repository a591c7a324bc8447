"""The form of an untitled, unsigned text under a dateline alone (an edition's page that
lost its heading: DIFP's `No. 440 NAI DFA/6/417/128/1` over `Dublin, 20 August 1956`),
read from its paragraphs: a telegram when its first paragraph refers to the telegrams of
its exchange (table `telegram-opening`, other10), a letter when a sentence addresses its
reader about the reader's own papers or asks the reader to act (table `reader-address`,
cw84); else none (the caller's memorandum)."""
from __future__ import annotations

from tei.convert.context import Context
from tei.convert.model import Message, Paragraph, text_of


def dated_only_form(message: Message, ctx: Context) -> tuple[str, str] | None:
    """(type, reason) for the text under a bare dateline, or None."""
    first = next((b for b in message.blocks[:1] if isinstance(b, Paragraph)), None)
    if first is not None and ctx.res.patterns.match("telegram-opening", text_of(first.content)):
        return "telegram", "the first paragraph's reference to its exchange's telegrams"
    paragraphs = (b for b in message.blocks if isinstance(b, Paragraph))
    if any(ctx.res.patterns.match("reader-address", text_of(p.content)) for p in paragraphs):
        return "letter", "a sentence addressing the reader about their papers (cw84)"
    return None
