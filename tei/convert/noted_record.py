"""(wcdm90) A note's form word standing alone under its dateline (the Chancellery's
letter-spaced `V e r m e r k` under `Bonn, den 18. März 1991`) is a memorandum's, unless the
page's title or the paragraph under the word names the talk it records (`The Chancellor's
[Helmut Kohl's] Meeting with ...`, `über das Gespräch des Herrn Bundeskanzlers mit ...`,
`Betr.: Frühstück des Herrn Bundeskanzlers mit ...`: table `meeting-titles`): the record of
the conversation."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.model import Message, Paragraph, text_of
from tei.convert.zones import Segments


def noted_record(seg: Segments, message: Message, ctx: Context) -> tuple[str, ...] | None:
    """The `meeting-titles` row naming a record that the page's title or the text's second
    paragraph (the first is the form word) matches, else None."""
    texts = [seg.page_title.text] if seg.page_title else []
    second = message.blocks[1] if len(message.blocks) > 1 else None
    if isinstance(second, Paragraph):
        texts.append(text_of(second.content).strip())
    for text in texts:
        found = ctx.res.patterns.match("meeting-titles", text)
        if found and found[0] == "record-of-conversation":
            return found
    return None
