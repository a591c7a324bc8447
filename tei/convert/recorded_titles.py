"""When a title naming a memorandum (`Memorandum of Conversation between X and Y`, the
Wilson Center's catalogue title for every record of a talk) names a record of the
conversation: a journal's or diary's entry, or (wcdc85) an envoy's record under no form of
its own."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Message, Paragraph, RegistryLine, text_of
from tei.convert.segment import doc_type_in

# (wc39) a Soviet envoy's journal or diary entry (`From the journal of "11" August 1977`,
# `From the diary of S.Y. Sinitsin`): the record it keeps is a record of conversation,
# though the archive's title calls it a `Memorandum of Conversation`
JOURNAL = re.compile(r"(?i)^(?:from\s++)?(?:the\s++)?(?:journal|diary)\s++of\b")
# (wcdc85) the heading lines of a memorandum's own form (an American memorandum of
# conversation's `Participants:` and `Subject:` blocks)
_MEMORANDUM_FORM = frozenset({"participants", "subject"})
# (wcdc85) the writer of the record in the first person, in its opening paragraphs (`[I] paid a
# visit to comrade Kim Il Sung`, `I was received by Kim Il Sung`, `visited me`)
_FIRST_PERSON = re.compile(r"(?:^|\s)(?:\[I\]|I)\s++[a-z]|\s(?:me|\[me\])[\s.,;]")
# (lead84) a transcript's speaker's turn (`Kohl: I thank you ...`): its first person is the
# speaker's, not a recorder's
_TURN = re.compile(r"(?:^|[.!?]\s)(?:[A-Z][\w'’-]++\s){0,2}[A-Z][\w'’-]++:\s")
_OPENING_PARAGRAPHS = 6  # under a heading the text keeps as paragraphs (`“13” June 1956`)


def journal_entry(heading: list[RegistryLine]) -> bool:
    """Does a heading line say the text comes from its writer's journal or diary?"""
    return any(JOURNAL.match(text_of(line.content)) for line in heading
               if line.subtype == "provenance")


def recorded_title(title: str, heading: list[RegistryLine], message: Message,
                   ctx: Context) -> bool:
    """Whether the page's title that names a memorandum stands over a record of the
    conversation: a journal's entry; or (wcdc85) a title naming the talk's parties (table
    `record-titles`: `Memorandum of Conversation between Soviet Ambassador ... and Kim Il
    Sung`) over the envoy's record in the first person (`[I] paid a visit to comrade Kim Il
    Sung ...` in its first paragraphs, not in a speaker's turn of a transcript, `Kohl: I
    thank you`) with no memorandum's form of its own (no
    `Participants:` or `Subject:` block, no heading naming a memorandum); a memorandum in the
    third person (`Samantar spoke about ...`, wc39) stays one."""
    if journal_entry(heading):
        return True
    if ctx.res.patterns.match("record-titles", title) is None:
        return False
    lines = [text_of(line.content) for line in heading] + [text_of(h) for h in message.heads]
    opening = [text_of(block.content) for block in message.blocks
               if isinstance(block, Paragraph)][:_OPENING_PARAGRAPHS]
    return any(_FIRST_PERSON.search(text) and not _TURN.search(text) for text in opening) \
        and not any(line.subtype in _MEMORANDUM_FORM for line in heading) \
        and not any(doc_type_in(text, ctx, at_start=True) == "memorandum" for text in lines)


# (wcdh87) an archive's title naming the meeting a paper reports on, not the paper's form
# (`Meeting Between the Ambassador of Iran and the East German Minister for National Defense`)
_MEETING_TITLE = re.compile(r"^(?:The\s++)?Meeting\s++(?:[Bb]etween|[Oo]f|[Ww]ith)\s")


def met_title(title: str, form_lines: list[tuple[str, str]], ctx: Context) -> bool:
    """Whether the page's title names the meeting a paper reports on while the text's own
    form line names another form (the MfS's `Information` over a minister's talks with an
    ambassador): the form line, read before the title, gives the type."""
    if not _MEETING_TITLE.match(title) or not form_lines:
        return False
    titled = doc_type_in(title, ctx, at_start=True)
    return any((form := doc_type_in(text, ctx)) is not None and form != titled
               for _, text in form_lines)
