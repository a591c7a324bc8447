"""A record title that is the document's own subject line (`SUBJECT: ...`): a type word in it
(`... REPORT ON ...`, `CONVERSATION WITH THE SECRETARY OF STATE, 2 AUGUST 1979 (U)`) is not
the document's type. (ocr97) The subject line may stand in the text rather than the heading:
a CIA reading room record whose OCR opens with a later page's words puts the first page's
`MEMORANDUM FOR THE RECORD` / date / `SUBJECT: Conversation with the Secretary of State, 2
August 1979 (U)` after them, among the paragraphs."""

from __future__ import annotations

import re

from tei.convert.model import Message, Paragraph, RegistryLine, text_of

_SUBJECT_LABEL = re.compile(r"^SUBJ(?:ECT)?\s*+:\s*+")
_TEXT_REACH = 8  # the text's first paragraphs a subject line may stand in


def subject_title(title: str, heading: list[RegistryLine], message: Message) -> bool:
    """Whether `title` is the text of the heading's subject line, or (ocr97) of a
    `SUBJECT:` paragraph among the text's first ones."""
    words = title.casefold().split()
    lines = [text_of(line.content) for line in heading if line.subtype == "subject"]
    lines += [text for block in message.blocks[:_TEXT_REACH] if isinstance(block, Paragraph)
              and _SUBJECT_LABEL.match(text := text_of(block.content))]
    return any(_SUBJECT_LABEL.sub("", line).casefold().split() == words for line in lines)
