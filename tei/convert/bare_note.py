"""(memcon79) A ministry's note under the one word of its form, a head or a heading line alone
(`NOTE` over `pour le Ministre`, an Indian ministry's file noting's `NOTE` over its subject):
a memorandum, or the record of a conversation when the line under it names one (`NOTE` /
`on the conversation between ...`). Asked only when no type word was found elsewhere.

(wcdb84) The form an archive's title quotes after an embassy's report (`Report from the GDR
Embassy in the DPRK, “Note concerning a Conversation in Moscow on 12 May, 1976, with ...”`):
the report is the note the quotation names, so the quotation's form (a note on a
conversation, a memorandum) is read before the title's own `Report`; a quotation that names
no other form (`Report from Etre Sándor, 'Information from the leader ...'`) leaves it."""

from __future__ import annotations

import re
from itertools import pairwise

from tei.convert.context import Context
from tei.convert.model import Message, RegistryLine, text_of
from tei.convert.segment import doc_type_in

# the word alone, perhaps letter-spaced (`N O T E`) or stopped; not `Note:` (an editor's)
_BARE_NOTE = re.compile(r"(?i)^(?:note|n\s++o\s++t\s++e)\.?$")
_HEADING_KINDS = frozenset({"other", "document-type"})
# (cw80) a file note's form in words, which names no subject of its own (`NOTE FOR THE
# RECORD`, `Memorandum for the Record`, `NOTE FOR FILE`): a subject head under it is the title
_RECORD_NOTE = re.compile(
    r"(?i)^(?:note|memorandum|minute)\s++for\s++(?:the\s++)?(?:record|files?)\.?$")


def bare_note_type(heading: list[RegistryLine], message: Message, ctx: Context) -> str:
    """`memorandum` or `record-of-conversation` for a `NOTE` alone heading the text (the
    heading's lines, then the text's heads), '' when there is none."""
    lines = [" ".join(text_of(line.content).split()) for line in heading
             if line.subtype in _HEADING_KINDS]
    lines += [" ".join(text_of(head).split()) for head in message.heads[:3]]
    for at, line in enumerate(lines):
        if not _BARE_NOTE.match(line):
            continue
        following = lines[at + 1] if at + 1 < len(lines) else ""
        joined = doc_type_in(f"Note {following}", ctx, at_start=True) if following else None
        return "record-of-conversation" if joined == "record-of-conversation" else "memorandum"
    return ""


# a subject set as the note's second head: a capital, three words or more, no closing stop
_SUBJECT = re.compile(r"^(?=(?:\S++\s++){2,24}\S++$)[A-Z][^.:;\[\]]{10,200}+$")


def note_subject_title(heading: list[RegistryLine], message: Message, ctx: Context) -> str:
    """(memcon79) The subject set under a `NOTE` alone as the text's next head (an Indian file
    noting's `NOTE` / `Meeting of the Foreign Secretary with the Chinese Chargé d'Affaires`),
    or (cw80) under a file note's form (`NOTE FOR THE RECORD` / `PRIME MINISTER'S MEETING WITH
    THE TAOISEACH`): the title, when it names no form of its own; else ''."""
    heads = [" ".join(text_of(head).split()) for head in message.heads[:3]]
    if heading and heading[-1].subtype in _HEADING_KINDS:
        heads = [" ".join(text_of(heading[-1].content).split()), *heads]
    for form, subject in pairwise(heads):
        if _BARE_NOTE.match(form) or _RECORD_NOTE.match(form):
            return subject if _SUBJECT.match(subject) and not doc_type_in(
                subject, ctx, at_start=True) else ""
    return ""


# (wcdb84) a title opened by `Report`, a quotation closing it after a comma
_QUOTING_REPORT = re.compile(
    r"^Report\b[^“”\"‘’]{3,200}?,\s++[“\"‘'](?P<inner>[^“”\"]{8,300})[”\"’']\.?$")


def report_quoted_form(title: str, ctx: Context) -> list[tuple[str, str]]:
    """A candidate (where, text) for the form a report's title quotes, else none."""
    found = _QUOTING_REPORT.match(title)
    if found is None:
        return []
    inner = found["inner"]
    kind = doc_type_in(inner, ctx, at_start=True)
    return [("title's quoted form", inner)] if kind not in (None, "report") else []
