"""Recognise stage: zones to the document model (registry lines, message, header facts)."""

from __future__ import annotations

import re
from functools import partial

from tei.convert.authorship import catalogue_parties, catalogue_venue, edition_author
from tei.convert.bare_note import note_subject_title
from tei.convert.brackets import block_end, owned_stamp, title_inlines
from tei.convert.capitals_heading import monsieur_heading
from tei.convert.context import Context
from tei.convert.context_years import context_year
from tei.convert.correspondence import correspondence
from tei.convert.doc_types import document_type
from tei.convert.drafting_lines import drafter_sender
from tei.convert.fbis_correspondent import correspondent_place
from tei.convert.footnotes import footnote_number
from tei.convert.form_titles import (
    built_title,
    head_title,
    heading_title,
    report_head_title,
    report_title,
    situation_room_title,
    subject_head_title,
)
from tei.convert.head_lines import names_interlocutor
from tei.convert.head_place import head_place
from tei.convert.header import credit_heads, page_header, title_names
from tei.convert.heading_language import heading_language
from tei.convert.inline import InlineReader
from tei.convert.intelligence_titles import intelligence_head_title, publication_item_title
from tei.convert.label_members import block_members, member_content, member_line, reader_run
from tei.convert.meeting_dates import meeting_date
from tei.convert.memo_addressees import memo_list_member
from tei.convert.model import (
    Document,
    Inlines,
    Mark,
    Message,
    Paragraph,
    Part,
    RegistryLine,
    Section,
    text_of,
)
from tei.convert.named_parties import BARE_POST
from tei.convert.occasion_lines import occasion_dateline
from tei.convert.pages.meeting_heading import meeting_title
from tei.convert.parties import parties, title_parties
from tei.convert.press_names import writer_names
from tei.convert.processing_lines import is_continuation, list_runs_on
from tei.convert.pronoun_author import pronoun_author
from tei.convert.read import Line
from tei.convert.registry_content import registry_content, registry_line
from tei.convert.release_title import release_title
from tei.convert.report import report_missing
from tei.convert.seats import opening_venue
from tei.convert.segment import (
    bare,
    doc_type_in,
    heading_members,
    label_alone,
    stamp_opening,
)
from tei.convert.structure import MessageReader
from tei.convert.summary_author import summary_addressee, summary_author
from tei.convert.summary_lead import brief_title, series_title
from tei.convert.zones import Segments

# a form line's party after its form's name (`TELEGRAM FROM THE ETHIOPIAN GOVERNMENT.`)
_NOT_CABLES = frozenset({"letter", "record-of-conversation", "memorandum", "report"})
_CABLES = frozenset({"telegram", "cable"})
_DISPATCH_NUMBER = re.compile(r"(?i)^(?:desp\.|despatch|dispatch)\s++no\b")
_ONE_COMRADE = re.compile(r"(?i)^(?:cde|comrade|tov)\.?\s++(?-i:[A-Z])")  # one reader, no list
# (cw67) an envoy by his style and name in brackets (`(Sir A. Snelling)`, `(Mr. Shone)`)
_BRACKETED_ENVOY = re.compile(r"^\((?:Mr|Sir|Lord)\.?\s")


def _dispatch_numbered(heading: list[Line]) -> bool:
    """Whether a heading line gives the document's dispatch number (`Dispatch No. 1108`)."""
    return any(_DISPATCH_NUMBER.match(line.text) for line in heading)


# (memcon74) a record's title naming the two sides of its talk (`Minutes of the Conversation
# between Prime Minister Pham Van Dong and Soviet Ambassador I. S. Shcherbakov`)
_TALK_BETWEEN = re.compile(r"(?i)^[^,:]{0,60}?\b(?:conversation|talks?|meeting)\s++between\s")
_DIARY_TITLE = re.compile(r"(?i)from\s++the\s++(?:diary|journal)\s++of\s")


def recognise(seg: Segments, stem: str, ctx: Context) -> Document:
    """Build the document model from the segmented source."""
    repeated = _read_footnotes(seg.footnotes, ctx, seg.facts.get("title-note", ""))
    ctx.year = context_year(seg, ctx)  # (cw85) after the notes: a marker glued to the year
    inline = InlineReader(ctx)
    _meet_title_parties(seg, ctx)
    heading = _heading(seg.heading, ctx, inline)
    message, attachments = MessageReader(ctx, inline).read(seg.message)
    processing = _processing(seg.processing, ctx, inline)
    _add_notes(message, _unplaced_notes(ctx, inline, repeated))
    header = page_header(seg, ctx, inline)
    heading_language(header, seg, ctx)
    title_source = _title_source(seg)
    heads = [text_of(head) for head in message.heads]
    if not header.title and (titled := series_title(
            [*(text_of(line.content) for line in heading), *heads], heads)):
        header.title, title_source = titled, "the Diplomatic Report's subject in its heads"
    if not header.title and (titled := brief_title([  # (cw80) under an opener too
            *(text_of(line.content) for line in heading), *heads, *(text_of(block.content)
            for block in message.blocks[:3] if isinstance(block, Paragraph))])):
        header.title, title_source = titled, "the brief's subject under its number"  # (cw80)
    if not header.title and (headed := heading_title(heading, message, ctx)):
        header.title, title_source = headed, "the heading (the form's line and the line under it)"
        if _TALK_BETWEEN.search(headed) and doc_type_in(headed, ctx, at_start=True) == (
                "record-of-conversation"):
            seg.facts["subject-title"] = "1"  # (memcon74) the talk's parties: no sender
    if not header.title and (headed := head_title(heading, message, ctx)):
        header.title, title_source = headed, "the text's heads (the form and the conversation)"
        seg.facts["subject-title"] = "1"  # (memcon74) the talk's parties, no sender or addressee
    if not header.title and (noted := note_subject_title(heading, message, ctx)):
        header.title, title_source = noted, "the subject under the form's one word `NOTE`"
    if not header.title and (caption := release_title(heading)):
        header.title, title_source = caption, "the release's caption in the heading"
        seg.facts["subject-title"] = "1"  # a subject (`PROPOSAL TO TRANSFER "LEO" TO ...`)
    if not header.title and (serial := publication_item_title(heading, message, ctx, seg.facts)):
        header.title, title_source = serial, "the publication's name in the heading"
    if not header.title and (titled := report_title(heading, ctx)):
        header.title, title_source = titled, "the report's title under its form's name"
    if not header.title and (titled := report_head_title(message, ctx)):
        header.title, title_source = titled, "the report's form and subject in its first head"
    if not header.title and (titled := intelligence_head_title(heading, message, ctx)):
        header.title, title_source = titled, "the paper's title in capitals under its heading"
    if not header.title and (subject := subject_head_title(heading, message, ctx)):
        header.title, title_source = subject, "the subject in capitals under the inside address"
    if not header.title and (subject := situation_room_title(heading)):
        header.title, title_source = subject, "the Situation Room message's subject"
    if not header.title and (meeting := meeting_title(seg)):
        header.title, title_source = meeting, "the meeting's heading sentence"  # (cw80)
    if header.title:
        header.found("title", title_source)
        marked = title_inlines(header.title, ctx.res.patterns, partial(_names_someone, ctx))
        header.title_marked = title_names(marked or [header.title],
                                          seg.page_title.no if seg.page_title else 1, inline)
    writer_names(header, seg, inline)  # (news89) a newspaper writer's lines, names marked
    doc_type, form_source = document_type(seg, message, heading, header.title, ctx)
    header.found("form", form_source, "found" if form_source else "missing")
    correspondence(header, seg, message, heading, ctx)
    correspondent_place(header, message, seg.layouts, ctx)  # (intel81)
    head_place(header, message, heading, ctx)  # (intel81)
    credit_heads(header, message.heads, ctx)
    if doc_type in ("record-of-conversation", "memorandum"):
        meeting_date(header, message, ctx, heads_only=doc_type == "memorandum", heading=heading)
        drafter_sender(header, message, ctx)
        opening_venue(header, message, ctx)  # (cw80)
    edition_author(header, seg, ctx, doc_type)  # (repost97) or a wiki's `Author(s) | X |`
    catalogue_venue(header, seg, ctx)
    catalogue_parties(header, seg, ctx)
    pronoun_author(header, seg.message, ctx)
    if doc_type not in ("record-of-conversation", "memorandum"):
        summary_author(header, ctx)
    if doc_type in ("letter", "telegram", "cable"):
        summary_addressee(header, ctx)  # (wcda71)
    if doc_type in _NOT_CABLES and header.telegram and not header.outgoing:
        # a despatch's, a journal's or a report's own number (`Nº 112` under an embassy's name;
        # `Nr. 543/67` on a Stasi information report)
        header.outgoing, header.telegram = header.telegram, ""
    elif (doc_type in _CABLES and header.outgoing and not header.telegram
          and _dispatch_numbered(seg.heading)):
        # a cable's dispatch number in its sender's series (`Dispatch No. 1108` on a Chinese
        # ministry's outgoing form) is the cable's number; a registry's `Outgoing No.` is not
        header.telegram, header.outgoing = header.outgoing, ""
    if not header.title:
        header.title = built_title(doc_type, header, heading, ctx)
        header.found("title", "built from the document's type, number and parties", "built")
    report_missing(header, ctx)
    entries = list(ctx.used.values())
    return Document(stem, doc_type, header, message, heading, attachments, processing, entries)


def _read_footnotes(lines: list[Line], ctx: Context, titled: str) -> list[tuple[str, int, str]]:
    """Record the footnotes by marker (`titled`: the title's), an unnumbered line run on to
    the note above it; return those whose marker an earlier note has."""
    repeated, last = [], ""
    for line in lines:
        found = footnote_number(line, ctx, titled)
        if found and found[0] in ctx.footnotes:
            repeated.append((found[0], line.no, found[1]))
        elif found:
            ctx.footnotes[found[0]] = (line.no, found[1])
            last = found[0]
        elif last and line.text.strip():  # (intel78) a decrypt's comment under its notes
            no, text = ctx.footnotes[last]  # (`Comments:` / `"DUCK": ...`): the last note's
            ctx.footnotes[last] = (no, f"{text} {line.text.strip()}")
    return repeated


def _add_notes(message: Message, notes: list[Paragraph]) -> None:
    """The unplaced notes under the closer, as in the source (misses37: a FRUS memcon's
    title note under `C[ordell] H[ull]`), else after the last block (inside a last section)."""
    if message.closer and message.blocks:
        message.closer += [Part("note", note.content) for note in notes]
        return
    blocks = message.blocks
    while blocks and isinstance(blocks[-1], Section):
        blocks = blocks[-1].blocks
    blocks += notes


def _unplaced_notes(ctx: Context, inline: InlineReader,
                    repeated: list[tuple[str, int, str]]) -> list[Paragraph]:
    """Footnotes of the trailing block whose marker the text lacks (a marker lost in the
    source) or an earlier note has: each is kept, as a footnote at the end of the message."""
    notes = [(marker, line, text) for marker, (line, text) in ctx.footnotes.items()
             if marker not in ctx.placed_notes]
    return [Paragraph([Mark("note", {"place": "foot", "n": marker},
                            inline.note_content(text, line))])
            for marker, line, text in sorted(notes + repeated, key=lambda note: note[1])]


def _meet_title_parties(seg: Segments, ctx: Context) -> None:
    """Meet the title's parties first, so that a signature `CASEY` is the title's
    `R.G. Casey` and not a stranger; their words are the parties' evidence for a shared
    name (`the Chinese Embassy in Cuba`: its `Ministry of Foreign Affairs` is China's)."""
    split = title_parties(seg.page_title.text, ctx) if seg.page_title and not seg.facts.get(
        "subject-title") else None
    ctx.title_parties = "\n".join(part for part in split or () if part)
    ctx.monsieur = bool(split) and monsieur_heading(*split)
    for part in split or ():
        if part:
            parties(part, ctx, seg.page_title.no)
    # (wc29) a diary's title names the keeper's partner in full (`From the Diary of X, Record
    # of a Conversation with ... Ernesto Guevara`): the text's `Guevara` is he
    for found in ctx.res.register.find(seg.page_title.text, ("person",)) if (
            split and _DIARY_TITLE.match(seg.page_title.text)) else ():
        ctx.use_form(found.entry, found.form, living=True)


# -- registry furniture


# (cables58) a cable's passing line for an officer, perhaps after its handling caption
_FOR_LINE = re.compile(r"^(?:(?:NODIS|EXDIS|LIMDIS|STADIS|PERSONAL|EYES ONLY)\s++)?FOR\s")
# (cables58) the action posts' line naming their chiefs (`CAIRO FOR AMBASSADOR EILTS, TEL AVIV
# FOR AMBASSADOR LEWIS`), not an information copy's (`PANAMA ALSO FOR DCM HARTLEY`)
_POST_FOR = re.compile(r"^[A-Z]{3,}(?: [A-Z]{3,})? FOR (?:AMBASSADOR|CHARGE) [A-Z]")


def _heading(lines: list[Line], ctx: Context, inline: InlineReader) -> list[RegistryLine]:
    """Registry lines of the heading; a sole `To Comrade X` line among them is the address
    (not one that names its sender too: `To Prime Minister X from Ambassador Y`); (cables58)
    a cable's `FOR AMBASSADOR X` line is, beside its `TO AMEMBASSY ...` line."""
    out: list[RegistryLine] = []
    to_lines = [line for i, line in enumerate(lines) if ctx.res.patterns.match("address", line.text)
                and (found := ctx.res.patterns.match("heading", line.text))
                and found[0] not in ("transmission", "letterhead")
                and not (i and names_interlocutor(lines[i - 1].text, line.text))]
    passing = [line for line in lines if _POST_FOR.match(line.text)
               or (line in to_lines and _FOR_LINE.match(line.text))]
    to_lines = passing if len(passing) == 1 else to_lines  # not `TO AMEMBASSY MOSCOW` beside it
    addressed = to_lines if len(to_lines) == 1 else _comrades_addressed(lines, to_lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        stamp = stamp_opening(lines, i, ctx)
        if stamp:
            end = block_end(lines, i)
            out.append(_stamp_block(lines[i:end + 1], stamp, ctx, inline))
            i = end + 1
            continue
        registry = registry_line(line, "heading", ctx, inline)
        if (line in addressed or _continues_to_list(registry, line, out, ctx)
                or memo_list_member(registry, line, out)):
            registry.subtype = "addressee"
        out.append(registry)
        i += 1
        if registry.subtype in ("sender", "addressee"):  # (wc42) the readers listed under it
            for member in lines[i:i + reader_run(lines, i, ctx)]:
                out.append(member_line("distribution", member, ctx, inline))
                i += 1
        if label_alone(line.text, ctx):
            for member in lines[i:i + heading_members(lines, i, ctx, label_alone(line.text, ctx))]:
                out.append(member_line(registry.subtype, member, ctx, inline))
                i += 1
    _enclosure_label(out)
    occasion_dateline(out, ctx)
    return out


# (memcon75) an enclosure's label over the enclosed paper (`Enclosure No. 1` / `Despatch No.
# 1187` / `From Amembassy, TOKYO`): the despatch it went with, and that despatch's sender
_ENCLOSURE = re.compile(r"(?i)^enclosure\s++(?:no\.?\s*+)?\d{1,3}\b")
_ENCLOSURE_LINES = 3


def _enclosure_label(out: list[RegistryLine]) -> None:
    """(memcon75) The sender line of an enclosure's label names the covering despatch's
    sender, not the enclosed paper's: it becomes a line of the label."""
    first = next((n for n, line in enumerate(out[:_ENCLOSURE_LINES])
                  if _ENCLOSURE.match(text_of(line.content).strip())), None)
    if first is None:
        return
    for line in out[first + 1:first + _ENCLOSURE_LINES]:
        if line.subtype == "sender":
            line.subtype = "other"


# (lead80) a cipher telegram addressed to two or three leaders, a line each (`To Comrade
# Todor Zhivkov` / `To Comrade Karlo Lukanov`)
_TO_COMRADE = re.compile(r"^To\s++Comrade\s++(?-i:[A-Z])")
_COMRADES_ADDRESSED = 3


def _comrades_addressed(lines: list[Line], to_lines: list[Line]) -> list[Line]:
    """The address lines when they are two or three `To Comrade X` lines one under the other
    (the leaders a telegram is addressed to, not a copies list)."""
    if not 1 < len(to_lines) <= _COMRADES_ADDRESSED or not all(
            _TO_COMRADE.match(line.text) for line in to_lines):
        return []
    first = lines.index(to_lines[0])
    return to_lines if lines[first:first + len(to_lines)] == to_lines else []


def _continues_to_list(registry: RegistryLine, line: Line, out: list[RegistryLine],
                       ctx: Context) -> bool:
    """(frus34) A bare post under a cable's `TO` line (`TO AMEMBASSY BONN` / `AMEMBASSY
    BRUSSELS` / ... / `INFO AMEMBASSY CANBERRA`) is one more addressee, as far as the `INFO`
    line; (misses49) so is one comrade named under the office addressed (`TO THE MINISTER OF
    FOREIGN AFFAIRS` / `COMRADE IVAN BASHEV`), no distribution list's reader; (cw67) so is
    the envoy's name in brackets under the office addressed (`TO: U.K. HIGH COMMISSIONER IN
    GHANA` / `(Sir A. Snelling)`), no sender as under a `FROM:` line; (cw68) not under a
    London office's, which has no envoy (table `home-offices`)."""
    if not out or out[-1].subtype != "addressee":
        return False
    return (registry.subtype == "info" and BARE_POST.match(line.text) is not None) or (
        registry.subtype == "distribution" and _ONE_COMRADE.match(line.text) is not None) or (
        registry.subtype == "sender" and _BRACKETED_ENVOY.match(line.text) is not None
        and not ctx.res.patterns.match("home-offices", text_of(out[-1].content)))


def _stamp_block(lines: list[Line], opening: tuple[str, re.Match[str], int], ctx: Context,
                 inline: InlineReader) -> RegistryLine:
    """A stamp block as one registry line; a notation block (`[handwriting: ...]`) keeps
    its words as they stand, with no stamp element."""
    row, match, size = opening
    first = lines[size - 1]
    if row != "stamp":
        content: Inlines = []
        for k, line in enumerate(lines):
            text = line.text.lstrip("[") if k == 0 else line.text
            text = text[:-1].rstrip() if line is lines[-1] and text.endswith("]") else text
            content += [*([Mark("lb")] if content else []), *inline.annotate(text, line.no)]
        return RegistryLine("other", content)
    legend = match.group("stamp").rstrip("]").strip()
    if size > 1:  # the words of the wrapped label stay with it: `[USSR MFA` / `Far East ...`
        label = re.sub(r"(?i)(?<=:).*$", "", bare(first.text)).strip()
        content = [*inline.annotate(bare(lines[0].text).lstrip("["), lines[0].no), Mark("lb"),
                   *inline.annotate(label + " ", first.no),
                   Mark("stamp", {}, inline.annotate(legend, first.no))]
    else:
        content = owned_stamp(first.text, legend, inline.annotate, first.no)
    rest: Inlines = []
    for line in lines[size:]:
        text = line.text
        if line is lines[-1] and text.endswith("]"):
            text = text[:-1].rstrip()
        rest += [Mark("lb"), *registry_content(Line(line.no, text), "heading", ctx, inline)[1]]
    if size == 1 and not legend and rest:  # `[CPSU CC stamp:` over the stamp's own lines
        label = bare(lines[0].text).lstrip("[").strip()
        return RegistryLine("stamp", [*inline.annotate(label + " ", first.no),
                                      Mark("stamp", {}, rest[1:])])
    content += rest
    if lines[0].text.rstrip().endswith("]") and len(lines) == 1 == size:
        content = owned_stamp(first.text, legend, inline.annotate, first.no)
    return RegistryLine("stamp", content)


def _processing(lines: list[Line], ctx: Context, inline: InlineReader) -> list[RegistryLine]:
    out: list[RegistryLine] = []
    block_end_at = 0
    for i, line in enumerate(lines):
        if i < block_end_at:  # a line of the distribution block above
            out.append(RegistryLine("distribution", member_content(line, inline)))
            continue
        subtype, content = registry_content(line, "processing", ctx, inline)
        if label_alone(line.text, ctx) == "distribution":
            subtype, block_end_at = "distribution", i + 1 + block_members(lines, i + 1)
        bracketed = _WHOLLY_BRACKETED.match(line.text.strip()) if subtype == "distribution" \
            else None
        if bracketed:  # the office's own brackets, not an editors' insertion
            out.append(RegistryLine(subtype, inline.annotate(bracketed["inner"], line.no)))
        elif subtype == "other" and out and (is_continuation(line.text)
                                             or list_runs_on(lines, i)):
            out[-1].content += [Mark("lb"), *content]
        else:
            out.append(RegistryLine(subtype, content))
    return out


# (dfat55) a distribution line wholly in square brackets under a telegram's text, as the
# Foreign Office and the Commonwealth offices typed it (`[Copies sent to No. 10 Downing
# Street]`): its brackets are the office's, no editors' `supplied`; the line's words are kept
_WHOLLY_BRACKETED = re.compile(r"^\[(?P<inner>[^\[\]]++)\]\.?$")


# -- header facts


def _title_source(seg: Segments) -> str:
    cited = seg.page_title is not None and any(
        line.no == seg.page_title.no for line in seg.fields.get("citation", []))
    if seg.page_title is not None and not cited:
        return f"the page's title line (line {seg.page_title.no})"
    return "the archive's citation"


def _names_someone(ctx: Context, text: str) -> bool:
    """Whether `text` opens with a name of the register (`Helmut Kohl's`, `Stalin`)."""
    return any(found.start == 0 for found in ctx.res.register.find(text))
