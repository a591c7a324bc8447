"""The document's type (`telegram`, `letter`, `memorandum`, `record-of-conversation`,
`report`, ...): read from a type word in the page's fields, the title, the headings and the
source note, else told by the document's shape (a cable heading, a letterhead over a
salutation, a signature, a third-person note's opening, a telegram's opening)."""

from __future__ import annotations

import re
from itertools import islice, pairwise

from tei.convert.attended_heading import attended_heading
from tei.convert.bare_note import bare_note_type, report_quoted_form
from tei.convert.cable_text_heads import telegraph_prose, us_cable_heading
from tei.convert.context import Context
from tei.convert.correspondence_parties import signers
from tei.convert.dated_only_forms import closed_letter, dated_only_form, telegraphese_form
from tei.convert.hour_telegrams import hour_numbered
from tei.convert.introduced_forms import enclosed_record, introduced_form
from tei.convert.letter_signs import (
    addressed_letter,
    addressed_reader,
    letterhead_only,
    office_salute,
    submission_address,
)
from tei.convert.memo_labels import memo_labelled, unrelayed
from tei.convert.minutes import minute_officer, opens_minute_sheet
from tei.convert.model import Inlines, Message, Paragraph, RegistryLine, text_of
from tei.convert.notes_third_person import note_opening
from tei.convert.pages.catalogue_title import CATALOGUE_TITLE
from tei.convert.pages.surname_heading import FORM_BEFORE_PLACE as _FORM_BEFORE_PLACE
from tei.convert.pages.swb import HEADLINE as MONITOR_HEADLINE
from tei.convert.parties import title_parties
from tei.convert.possessive_forms import names_other_form
from tei.convert.printed_wire import unheaded
from tei.convert.recorded_titles import JOURNAL, met_title, recorded_title
from tei.convert.segment import doc_type_in, weekday_dated
from tei.convert.spaced_lines import spaced_readings
from tei.convert.stamped_heading import stamped_only
from tei.convert.subject_titles import subject_title
from tei.convert.zones import Segments

# (ocr37) a CREST scan's OCR damaging `MEMORANDUM FOR:`'s first letters (`IN1holi.ANDUM FOR:`)
_GARBLED_MEMO = re.compile(r"^[A-Z0-9]\S{0,9}?ANDUM(?=\s++FOR\b)")
# a title or heading naming the form `note` (not a note verbale: in the third person)
# (misses50) the words before a dateline's place in capitals or the editors' brackets
_FORM_LINE_REACH = 8  # (cw60) the text's first lines, not blank, that may name its form
_FORM_LINE_WORDS = 4  # and the words of such a line (`INWARD CABLEGRAM   I.31207`)
_FORM_HEAD_WORDS = 6  # (memcon79) a heading line opening with its form (`Notiz für den ...`)
_UNSENT = frozenset({"memorandum", "record-of-conversation"})
_FORM_SUBTYPES = ("cable-number", "document-type")
_LETTER_SPACED = re.compile(r"(?:[^\W\d_] ){3,}[^\W\d_]")  # a form word letter-spaced alone
_CONTINUED = re.compile(r"^(?:of|on|held)\s++(?:the\s++|a\s++)?[A-Z]")
_NOTE_TITLE = re.compile(r"(?i)^(?:\d{1,4}\.\s++)?note\b(?!\s++verbale)")


def document_type(seg: Segments, message: Message, heading: list[RegistryLine], title: str,
              ctx: Context) -> tuple[str, str]:
    """The document type and where it was read ('' when only a default); `title` is the
    document's title as the page or its editors give it."""
    if minute_officer(ctx):  # its text may name other forms (`the draft of a telegram`)
        return "memorandum", "a minute to an officer named alone over it, under a short date"
    # (ocr68) a form's name letter-spaced (`R E P O R T`) is read as its word
    form_lines = [("form line", _dateline_form([line], ctx) or _GARBLED_MEMO.sub(  # (cw87)
        "MEMORANDUM", _spaced_form(text_of(line.content), ctx)))
                  for line in unrelayed(heading) if line.subtype in _FORM_SUBTYPES
                  or _LETTER_SPACED.fullmatch(text_of(line.content))]  # wcdm90: `V e r m e r k`
    form_lines = _without_memo_category(form_lines, ctx)
    # (sites59) a catalogue's `Document type: Telegram` (the Thatcher Foundation, DNSA) too
    fields = [("page's type field", line.text) for name in ("type", "document-type")
              for line in seg.fields.get(name, [])]
    # (misses37) the text's own form line (`MEMORANDUM FOR:`, `TELEGRAM`) before an archive's
    # catalogue type for it (CREST's `Content Type: REPORT`)
    # (cw58) and before a catalogue's description of the file taken as the title
    first = fields or seg.facts.get("subject-title") == CATALOGUE_TITLE or met_title(  # wcdh87
        seg.page_title.text if seg.page_title else "", form_lines, ctx)
    candidates = [*(form_lines if first else []), *fields]
    # a title line that names the form (`Viewing cable ...`) repeats the subject: a type word
    # in it (`... REPORT ON ...`) is not the document's type
    # (misses36) so is a cable mirror's title that is the cable's subject line
    # (`ANNUAL TERRORISM REPORT` over `SUBJECT: ANNUAL TERRORISM REPORT`)
    subject_only = bool(seg.facts.get("page-form")) or (
        seg.page_title is not None and subject_title(seg.page_title.text, heading, message))
    # `Untitled report from X`: the archive's word for a document without a title
    untitled = seg.page_title is not None and seg.page_title.text.startswith("Untitled ")
    candidates += [*report_quoted_form(seg.page_title.text if seg.page_title else "", ctx), (
        "title", seg.page_title.text if seg.page_title and not (subject_only or untitled) else "")]
    # (misses32) a form's name letter-spaced as a heading (`I N F O R M A T I O N`);
    # (monitor61) a monitoring item's heads are the monitor's leads, naming the story's form
    # (`Text of report`, `Excerpts from telegram`), as its headline does
    heads = [] if seg.facts.get("page-form") == MONITOR_HEADLINE or us_cable_heading(
        heading) else [
        head for head in message.heads if not (form_lines and (
            names_other_form(text := text_of(head), ctx) or telegraph_prose(text)))]
    candidates += [("heading", text) for text in _head_candidates(heads)]
    candidates += [("heading", " ".join(text_of(head) for head in heads))]
    candidates += form_lines
    # (wcda55) an untitled journal's or diary's line (`From the journal of` over its writer)
    candidates += [("journal's line", text_of(line.content)) for line in heading
                   if line.subtype == "provenance" and JOURNAL.match(text_of(line.content))]
    # a heading line the tables do not know that opens with the form's name and its number
    # (`OFICIO CONFIDENCIAL N° 412/37` over `DE :` / `A :`, a Spanish-speaking ministry's)
    candidates += [("heading line", line_text) for line_text in _numbered_form_lines(heading, ctx)]
    candidates += [("dateline's form", _dateline_form(heading, ctx))]
    candidates += [("source note", seg.facts.get("form", ""))]
    # (repost81) a page's field giving the telegram's number (a course site's `:Number: 47`)
    candidates += [("page's telegram number", seg.facts.get("numbered-form", ""))]
    candidates += [("edition's note of the form", _edition_form_note(seg, ctx))]
    # a despatch's or an instruction's own number with the print's half bracket (`No. 177.]`)
    candidates += [("despatch's half-bracketed number", seg.facts.get("despatch-form", ""))]
    candidates += [("type line under the dateline", _type_line(message))]
    # (memcon79) a short heading line no table knows that opens with a memorandum's or a
    # record's name (a German ministry's `Notiz für den Herrn Minister` under its dateline)
    candidates += [("heading line naming its form", text) for line in heading
                   if line.subtype == "other" and len((text := text_of(line.content)).split())
                   <= _FORM_HEAD_WORDS and doc_type_in(text, ctx, at_start=True) in _UNSENT]
    for where, text in candidates:
        found = doc_type_in(text, ctx, at_start=where.startswith("heading line")) or (
            ctx.res.patterns.label("catalogue-doc-types", text)
            if where == "page's type field" else None)
        # a report titled so but written as a letter is a letter; one whose form line names
        # it (`POLITISCHER BERICHT Nr. 41` over `Herr Bundesrat,`; wcda83: `REPORT` under a title)
        if found == "report" and where != "form line" and any(part.kind == "salute" for part in
                message.opener) and all(doc_type_in(t, ctx) != "report" for _, t in form_lines):
            return "letter", "the salutation (a report in the form of a letter)"
        # a catalogue's type for what its letter records (the Thatcher Foundation's `minutes`
        # over a private secretary's `Dear Brian,` ... `Yours ever,`): the form is a letter
        # (wcda63) unless the text's own heading names that form (`MEMORANDUM` / `by Todor
        # Zhivkov` over `Comrades,`)
        if where == "page's type field" and found in ("record-of-conversation", "memorandum") \
                and any(part.kind == "salute" for part in message.opener) and not any(
                    doc_type_in(text_of(head), ctx) == found for head in message.heads):
            return "letter", "the salutation (a letter the catalogue types by its matter)"
        # (letters47) a note in the first person, its salutation under the heading (`Note from
        # His Majesty's Ambassador at Rome to ...` / `Your Excellency,`), is a letter
        if found == "memorandum" and _NOTE_TITLE.match(text) and any(
                part.kind == "salute" for part in message.opener):
            return "letter", f"the salutation (a note in the first person, its {where})"
        if found == "memorandum" and where == "title" and recorded_title(text, heading,
                                                                           message, ctx):
            return "record-of-conversation", "a journal's line or an envoy's record under the title"
        # (misses49) the Wilson Center's catalogue files every record of a conversation under
        # `Memorandum of Conversation`: a title naming a record of the conversation is the form
        if found == "memorandum" and where == "page's type field" and seg.page_title and \
                doc_type_in(seg.page_title.text, ctx, at_start=True) == "record-of-conversation":
            return "record-of-conversation", "the title (a record, the catalogue's memorandum)"
        # (uk74) a Cabinet conclusions' number line names its item by `Minute` (`C.C. (62)
        # 71st Conclusions, Minute 2`): the meeting's record, not a minute
        meeting = ctx.res.patterns.match("meeting-titles", text) \
            if found == "memorandum" and where == "heading" else None
        if meeting:
            return meeting[0], f"the heading naming {_NAMED.get(meeting[0], 'its form')}"
        if found:
            return found, f"the {where}"
    meeting = _meeting_or_decision(seg, message, heading, ctx)
    if meeting:
        return meeting
    submission = ctx.res.patterns.match("submission-titles", seg.page_title.text) \
        if seg.page_title else None
    if submission:
        return submission[0], "the title naming a submission to the Central Committee"
    if note_opening(message, ctx):
        return "memorandum", "a third-person note's opening (a note verbale)"
    if noted := bare_note_type(heading, message, ctx):
        return noted, "the form's one word `NOTE` heading the text (memcon79)"
    if submission_address(message, heading, ctx):
        return "memorandum", "an address to the Central Committee under marks only (a zapiska)"
    if opens_minute_sheet(ctx):
        return "memorandum", "a minute sheet's or file noting's heading"
    marked_only = all(line.subtype in ("classification", "precedence") for line in heading)
    # (ocr69) a letterhead and a date line over the salutation: a form the grade alone
    # suggested (the White House's `S E C R E T -- SENSITIVE`) is none
    lettered = any(line.subtype == "letterhead" for line in heading) and any(
        line.subtype == "dateline" or weekday_dated(text_of(line.content), ctx)
        for line in heading)
    if (seg.form is None or marked_only or lettered) and letterhead_only(message, heading):
        if office_salute(message):
            return "memorandum", "a staff memorandum's salutation of the office (`Mr. President:`)"
        return "letter", "the salutation under a letterhead"
    if addressed_letter(message, heading):
        return "letter", ("a salutation and a courtesy close under letterhead, number, date "
                          "and address lines")
    if attended_heading(heading):
        return "record-of-conversation", "those present listed under a dateline (memlet82)"
    if enclosed := enclosed_record(seg, message, ctx):  # (wcdg87) a covering letter over its record
        return enclosed, "the covering letter's first paragraph naming the record it encloses"
    cable_heading = heading and not stamped_only(heading) and not _recorded_only(
        heading, ctx) and not _letterhead_alone(heading, ctx) and not memo_labelled(heading)
    if cable_heading and seg.form is not None:
        return seg.form.doc_type, f"the cable heading ({seg.form.label})"
    if cable_heading:
        return "telegram", "the cable heading"
    if seg.form is not None and seg.facts.get("post-line"):
        return seg.form.doc_type, f"a printout's page header ({seg.form.label})"
    # a dateline alone over an unsigned text with no title or heading naming parties is a
    # memorandum's (an edition's bare `No. 268 <file>` / `Dublin, 8 April 1954`)
    dated_only = all(p.kind == "dateline" for p in message.opener) and unheaded(seg, message, title)
    if routed := _routed_unsaluted(seg, message) or hour_numbered(message, title, ctx):
        return "telegram", routed
    introduced = introduced_form(message, ctx)
    if introduced:
        return introduced, "the first paragraph introducing the text as the form sent"
    if _report_foot(message, ctx):
        return "report", "a mission's report's foot address to its ministry, unsaluted"
    if (message.opener and not dated_only) or signers(message, ctx):
        return "letter", "the opener or signature"
    if dated_only and (form := dated_only_form(message, ctx)):
        return form
    parties = title_parties(title, ctx) if title and not seg.facts.get("subject-title") else None
    if parties and parties[0] and parties[1]:  # `The Prime Minister of X to ...` unsigned,
        return addressed_reader(message, ctx) or (  # unsaluted: between governments, unless
            "telegram", "the title naming both parties over an unsigned text")  # cw96 letter
    return telegraphese_form(message, ctx) or closed_letter(message) or ("memorandum", "")




def _head_candidates(heads: list[Inlines]) -> list[str]:
    """The heads, each unspaced; (memcon80) a form's one word (`V e r m e r k`) over a head
    going on from it in small letters (`über ein Gespräch des Genossen ...`) is asked joined
    to it first, so the form the two name together (`Vermerk über ein Gespräch`: a record)
    wins over the word's alone (`Vermerk`: a memorandum)."""
    texts = [_unspaced(text_of(head)) for head in heads]
    out: list[str] = []
    for at, text in enumerate(texts):
        following = texts[at + 1] if at + 1 < len(texts) else ""
        if following[:1].islower() and len(text.split()) == 1:
            out.append(f"{text} {following}")
        out.append(text)
    return out


def _meeting_or_decision(seg: Segments, message: Message, heading: list[RegistryLine],
                         ctx: Context) -> tuple[str, str] | None:
    """(type, where) when the page title, a heading line no table knows or the text's
    heading names the minutes
    of a meeting, a body's decision or a decrypt's stations (table `meeting-titles`: `Minutes
    of Meeting No. 7`, `DECISION No. 112`, `KGB New York to Moscow, No. 482`; misses46), else
    None. (catalog61) A title that is the heading's subject line (a reading room's record
    titling a cable by its `SUBJECT: VANCE-GROMYKO TALKS`) names its matter, not its form."""
    texts = [("title", seg.page_title.text)] if seg.page_title and not subject_title(
        seg.page_title.text, heading, message) else []
    # (frus65) a body's name over `MEETING` reads as a letterhead line
    # (memcon72) and a form line no type word names (`Record of the Prime Minister's talk`)
    texts += [("heading line", text_of(line.content)) for line in heading
              if line.subtype in ("other", "letterhead", "document-type")]
    texts += [("heading lines", text) for text in _continued_form_lines(
        heading, message.heads[:1])]
    texts += [("heading", text_of(head)) for head in message.heads]
    for where, text in texts:
        found = ctx.res.patterns.match("meeting-titles", text)
        if found:
            return found[0], f"the {where} naming {_NAMED.get(found[0], 'its form')}"
    return None


_NAMED = {"record-of-conversation": "the minutes of a meeting",
          "memorandum": "a body's decision or resolution",
          "telegram": "the sending and receiving stations",
          "letter": "the letter's date, sender and addressee"}


# (invent17) the Italian `N.` too (`TELESPRESSO N. 1127/412`)
_NUMBERED = re.compile(r"(?i)\b(?:n[°ºo]\.?|n\.|nr\.?|no\.)\s*+\d")


def _dateline_form(heading: list[RegistryLine], ctx: Context) -> str:
    """(misses50) The form a documents volume sets before the place of its dateline (DFAT:
    `Minute CANBERRA, 12 May 1954`, `Record of conversation DJAKARTA, ...`) in the words of
    the doc-types table (`dateline-forms`: `Minute` is a memorandum), else ''."""
    for line in heading:
        found = _FORM_BEFORE_PLACE.match(text_of(line.content)) \
            if line.subtype in ("dateline", "cable-number") else None
        kind = ctx.res.patterns.label("dateline-forms", found.group(1)) if found else None
        if kind:
            return kind
    return ""


def _continued_form_lines(heading: list[RegistryLine], heads: list[Inlines]) -> list[str]:
    """(lead42) A form line whose title goes on in the next heading line or in the text's
    first head, which opens with a small `of`, `on` or `held` (`Protocol No. 31/63` / `of the
    Meeting of the Politburo ...`): the two as one title."""
    texts = [(line.subtype in ("cable-number", "document-type"), text_of(line.content))
             for line in heading] + [(False, text_of(head)) for head in heads]
    return [f"{text} {after}" for (form, text), (_, after) in pairwise(texts)
            if form and _CONTINUED.match(after)]


def _numbered_form_lines(heading: list[RegistryLine], ctx: Context) -> list[str]:
    """The heading's unknown lines that carry a number (`N° 412/37`, `Nr. 12`), or
    (memcon77) that are a short line in capitals naming a record's form, as it stands over
    an edition's title (`COMPTE RENDU` over `Entretien du général de Gaulle avec ...`); a
    cable form's line is the cable heading's to type."""
    return [text for text in (text_of(line.content) for line in heading
                              if line.subtype == "other")
            if _NUMBERED.search(text) or (text.isupper() and len(text.split()) <= _FORM_LINE_WORDS
                                          and doc_type_in(text, ctx) == "record-of-conversation")]


def _letterhead_alone(heading: list[RegistryLine], ctx: Context) -> bool:
    """(cw60) A heading of a ministry's letterhead and lines no table knows, none naming a
    form (`GOVERNMENT OF INDIA` / `MINISTRY OF EXTERNAL AFFAIRS`; not `TELEGRAM FROM THE
    CHINESE LEGATION, WASHINGTON`): it shows no cable form, unless a form line naming a
    telegram stands in the text's first lines, the heading cut short over it (`DEPARTMENT OF
    EXTERNAL AFFAIRS` / `WELLINGTON, N.Z.` / `INWARD CABLEGRAM`)."""
    opening = islice(filter(None, map(str.strip, ctx.text.splitlines())), _FORM_LINE_REACH)
    return any(line.subtype == "letterhead" for line in heading) and all(
        line.subtype in ("letterhead", "other") and not doc_type_in(text_of(line.content), ctx)
        for line in heading) and all(
        len(line.split()) > _FORM_LINE_WORDS or doc_type_in(line, ctx) != "telegram"
        for line in opening)


def _recorded_only(heading: list[RegistryLine], ctx: Context) -> bool:
    """(ocr42) A heading of the archive record's creation date alone (faqs.org's pages of
    CIA documents: `Created: 5/16/1954` over `OCR scan of the original document, ...`): the
    record's date is put on any paper, so it shows no cable form."""
    return all(ctx.res.patterns.label("heading-labels", text_of(line.content).partition(":")[0])
               == "recorded" for line in heading)


def _routed_unsaluted(seg: Segments, message: Message) -> str:
    """(The reason, or '':) a Commonwealth telegram's routing line (`Following for Secretary
    from Ambassador begins:`, table `routing-line`) opens an unsaluted text: an edition's page
    without its heading (`No. 472 <file>` / `Washington DC, 3 July 1950`) is a telegram's."""
    return "a routing line opening the text (`Following for X from Y`)" if seg.facts.get(
        "channel-line") and not any(part.kind == "salute" for part in message.opener) else ""


def _edition_form_note(seg: Segments, ctx: Context) -> str:
    """(repost69) `telegram` when a page's field or line over the text notes that the
    edition printed it from a telegraph form (`First Published: ...; Published according
    to the telegraph form`; table `edition-form-note`); (lead83) else `letter` for an
    edition's item its title addresses (`J. V. Stalin` / `To the Prime Minister of
    Mongolia`), else ''."""
    notes = (line.text for name in ("credits", "source", "record", "page-text")
             for line in seg.fields.get(name, []))
    if any(ctx.res.patterns.match("edition-form-note", text) for text in notes):
        return "telegram"
    addressed = seg.page_title is not None and seg.page_title.text.startswith("To ")
    return "letter" if addressed and seg.facts.get("edition-author") else ""


def _type_line(message: Message) -> str:
    """The form's name standing alone as the first paragraph under an opener, perhaps
    letter-spaced (`Bonn, den 18. März 1991` over `V e r m e r k`); '' when there is none."""
    first = next((b for b in message.blocks[:1] if isinstance(b, Paragraph)), None)
    text = text_of(first.content).strip() if first and message.opener else ""
    text = _unspaced(text)
    return text if len(text.split()) <= 3 else ""


def _spaced_form(text: str, ctx: Context) -> str:
    """A form line letter-spaced over several words (`M e m o r a n d u m   o f   C o n v e r
    s a t i o n`, its gaps between words lost): the first reading in words that names a form
    (ocr69); else the letters joined (`_unspaced`)."""
    return next((words for words in spaced_readings(text) if " " in words
                 and doc_type_in(words, ctx)), None) or _unspaced(text)


def _unspaced(text: str) -> str:
    """A letter-spaced word joined (`V e r m e r k`: `Vermerk`), also before its number
    (`P r o t o k o l l Nr. 40/61`: `Protokoll Nr. 40/61`, memo70); other text as it is."""
    if re.fullmatch(r"(?:\w ){2,}\w", text):
        return text.replace(" ", "")
    lead = _SPACED_LEAD.match(text)
    return lead.group().replace(" ", "") + text[lead.end():] if lead else text


_SPACED_LEAD = re.compile(r"^(?:\w ){3,}\w(?= \w{2})")


def named_form(words: str, ctx: Context) -> bool:
    """Whether `words` are wholly a memorandum's form of two words or more of the `doc-types`
    table (`MEMORANDUM OF CONVERSATION`, `MEMORANDUM FOR THE RECORD`): a form line a built
    title keeps, misses23."""
    return any(start == 0 and len(label) == len(words) and " " in label and kind == "memorandum"
               for start, label, kind in ctx.res.patterns.phrases("doc-types", words))


def _report_foot(message: Message, ctx: Context) -> bool:
    """(misses33) `An das Auswärtige Amt, Berlin.` at the foot of a text no salutation
    opens: a German-speaking mission's report (foot-address row report-address)."""
    if any(part.kind == "salute" for part in message.opener):
        return False
    for part in message.closer:
        found = ctx.res.patterns.match("foot-address", text_of(part.content)) \
            if part.kind == "address" else None
        if found and found[0] == "report-address":
            return True
    return False


# (intel76) the category the National Security Council's staff typed over a memorandum's
# `MEMORANDUM FOR:` (`INFORMATION`, `ACTION`, 1969-1981): no form of its own
_MEMO_CATEGORY = frozenset({"information", "action"})


def _without_memo_category(form_lines: list[tuple[str, str]], ctx: Context
                           ) -> list[tuple[str, str]]:
    """The form lines but `INFORMATION` or `ACTION` alone over a later form line naming a
    memorandum (`MEMORANDUM FOR: ...`), which is the memorandum's category."""
    if not any(text.strip().casefold() in _MEMO_CATEGORY for _, text in form_lines):
        return form_lines
    if not any(doc_type_in(text, ctx, at_start=True) == "memorandum" for _, text in form_lines):
        return form_lines
    return [(where, text) for where, text in form_lines
            if text.strip().casefold() not in _MEMO_CATEGORY]
