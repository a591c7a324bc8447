"""The unlabelled summary of an archive's page: the last prose line, under the document.

A page dump often ends in the archive's summary without a label. It is told from the
document's last paragraph by what stands above it (the document is seen to end: a date, a
signature, a closing quote, an omission, registry, its notes) or, over the page's foot, by
what it says (a person of the page's title, in the third person)."""

from __future__ import annotations

import re
from itertools import pairwise

from tei.convert.brackets import GAP_KINDS, bracket_kind
from tei.convert.context import Context
from tei.convert.dateline_parts import place_date
from tei.convert.eastasian import east_asian_spans
from tei.convert.footnotes import footnote_number
from tei.convert.pages.family_subject import family_subject
from tei.convert.pages.summary_close import summary_apart
from tei.convert.pages.summary_form import appositive_summary, form_summary
from tei.convert.parts import numbered_close
from tei.convert.read import Line
from tei.convert.segment import CLOSE_QUOTES, bare, doc_type_in, heading_kind
from tei.convert.zones import Segments

# A sentence's end; a page's summary may end in a link's words, `(see also)`, or in the
# title's note of a part, `(fragments)`.
PROSE_END = re.compile(r"[.!?][\"”’')\]]?(?:\s\((?i:see also|fragments?|excerpts?)\))?$")


# a line opening in lower case, after a printed page's number run into it (NZETC: `page 154
# opinion, it is ...`), continues a sentence a note or a page break cut: no summary; nor one
# opening in an edition's page marker (frus85: `[Page 248]Reference ...` after `[Here follows ...]`)
_CONTINUED = re.compile(r"^(?:page\s\d{1,4}\s)?[a-z]|^\[(?i:page)\s\d{1,4}\]")
_BRACKETED = re.compile(r"^\[([^\[\]]++)\]\.?$")  # (lead24) the editors' note: no summary
# (wc49) the editors' label of an annotation they transcribe, its colon inside or after the
# bracket (`[Handwritten note]: Comrade Marjai's copy has been sent to Pyongyang.`,
# `[Handwritten:] To the file.`): the document's last line, no summary
_ANNOTATION = re.compile(r"^\[[^\[\]:]{2,40}+(?::\]|\]\s*+:)")
# a numbered point (`1. [We] have already informed ...`) is the document's, cut after it (wc14)
POINT = re.compile(r"^(?:\d{1,2}[.)]|\(\d{1,2}\))\s")
_QUOTED_WHOLE = re.compile(r'^["“].*["”]$')  # (repost87) a quoted document's text


def unlabelled_summary(lines: list[Line], seg: Segments, ctx: Context, foot: bool) -> list[Line]:
    """An unlabelled summary: the last prose line of a page dump, once the document above
    it is seen to end (a date, a signature, a closing quote, an omission, registry, its
    notes), or, over the page's foot, when it tells of a person of the page's title in the
    third person (a speech or record that ends without a closer). Not under a newspaper's
    printed text (`press_text`): the report's own lines go on there."""
    if not seg.is_page or "summary" in seg.fields or _cited_summary(seg) or len(lines) < 2 \
            or "press-text" in seg.facts:  # (lead54) a report's last lines under its text
        return lines
    apart = summary_apart(lines, ctx)  # under a telegram's close, over the editors' note
    if apart is not None:
        seg.summary, kept = apart
        return kept
    last = lines[-1]
    if footnote_number(last, ctx) or _CONTINUED.match(last.text) or POINT.match(last.text) \
            or _BRACKETED.match(last.text) or _ANNOTATION.match(last.text) \
            or _QUOTED_WHOLE.match(last.text) \
            or is_credit(last.text, ctx) \
            or heading_kind(last.text, ctx) == "distribution":  # (ocr67) `Copie : ...`
        return lines
    # under the page's foot, or under the document's close (a signature, a dateline: wc37)
    of_document = (_of_the_document(last, ctx) and (foot or _ends_document(lines[:-1], ctx))) \
        or appositive_summary(last, ctx)  # (wcdd85) `This memo, produced by X, alerts ...`
    if (len(last.text.split()) >= 6 and (PROSE_END.search(last.text) or _extends_title(last, seg)
                                         or of_document or (foot and _reporting(last, ctx))
                                         or _phrase_under_notes(lines, seg, ctx)
                                         or _cut_after_sentence(last.text)
                                         or _cut_report(lines, seg, ctx))
            and not ctx.res.patterns.match("processing", last.text)
            and not ctx.res.patterns.match("foot-address", last.text)  # `X, Esq., &c., &c.`
            and not _dateline(last, ctx)  # (repost73) `Geneva, 12 May 1954, 11 p.m.`: the close's
            and any(_sentence(line, ctx) for line in lines[:-1]  # not a heading's only paragraph
                    if not _repeats_title(line, seg) and not _editors_note_line(line.text))
            and not _FIRST_PERSON.search(_QUOTED.sub("", last.text))  # `We call it ...`: the text's
            and not release_line(lines[-2], ctx)  # CREST: the scan's next page goes on
            and not lines[-2].text.endswith(",")  # a foot address's office under its name
            and (_ends_document(lines[:-1], ctx) or _over_notes(lines, seg, ctx)
                 or (foot and (tells_of_title_person(last, seg, ctx)
                               or _extends_title(last, seg)))
                 or _reports_on_title(last, seg, ctx) or of_document
                 or (foot and (_pair_report(last, ctx) or form_summary(last, seg, ctx, lines)))
                 # (wcda63) over the foot, an office the title names reports (`The Ministry
                 # for State Security reports ...` under `... Report by the Ministry ...`)
                 or (foot and _reporting(last, ctx)
                     and third_person_on_title(last, seg, ctx, ("org",))))):
        seg.summary = last
        return lines[:-1]
    return lines


def _dateline(line: Line, ctx: Context) -> bool:
    """(repost73) A dateline under the signature whose clock ends in a stop (`Geneva, 12 May
    1954, 11 p.m.`): the document's close, no summary's sentence."""
    found = ctx.res.patterns.match("heading", line.text)
    return found is not None and found[0] == "dateline" \
        and len(line.text.split()) <= _DATELINE_WORDS


# the archive's summary naming the document itself as its subject (`This conversation
# focuses on ...`, `In this telegram, X informs ...`), left without a full stop (wc36); the
# form may have its adjectives (`In this coded telegram, ...`: wc37)
_OF_THE_DOCUMENT = re.compile(
    r"^(?:In\s++)?[Tt]his\s++(?:[a-z]++\s++){0,2}?(?:document|conversation|telegram|cable|letter|memo"
    r"|report|memorandum|note|record|meeting|discussion|transcript|speech|despatch|dispatch)\b")
# a reporting verb in the passive (`the Soviet Ministry is informed of ...`: wc37)
_PASSIVE_REPORT = re.compile(r"\b(?:is|are)\s++(?:informed|told|notified|briefed|advised)\b")
# (wc52) a reporting verb in the progressive (`Winkelman is describing a recent speech by ...`)
_PROGRESSIVE_REPORT = re.compile(
    r"\b(?:is|are)\s++(?:describing|discussing|reporting|summari[sz]ing|informing|outlining"
    r"|relaying|recounting|explaining|analy[sz]ing|conveying)\b")


def _of_the_document(line: Line, ctx: Context) -> bool:
    """`This conversation focuses on the delegate of the North ...` over the page's foot:
    the archive's summary, the document its subject and a reporting verb in the present
    tense (table `summary-verbs`), however it ends."""
    opening = " ".join(line.text.split()[:_VERB_REACH])
    return _OF_THE_DOCUMENT.match(line.text) is not None and (
        _reporting(line, ctx) or _PASSIVE_REPORT.search(opening) is not None)


_CUT_AFTER_SENTENCE = re.compile(r"^[A-Z][^.!?]{10,300}[.!?]\s[A-Z][^.!?]{20,}+$")


def _cut_after_sentence(text: str) -> bool:
    """A summary the store cut short: a whole sentence, then one left unfinished at the end
    of the page (`Kim Il Sung expresses his gratitude. In his telegram Gromyko informs ...
    of the People`)."""
    return _CUT_AFTER_SENTENCE.match(text) is not None


def _cut_report(lines: list[Line], seg: Segments, ctx: Context) -> bool:
    """A summary the store cut inside its only sentence, under the document's close
    (`MANOEL PIO CORRÊA` / `An official of the Brazilian Embassy in Mexico describes a
    meeting ... on the Cub`): twenty words or more reporting on the title's person or place
    in the present tense (wc31)."""
    return (len(lines[-1].text.split()) >= _DATED_SUMMARY_WORDS
            and _ends_document(lines[:-1], ctx) and _reports_on_title(lines[-1], seg, ctx))


def _phrase_under_notes(lines: list[Line], seg: Segments, ctx: Context) -> bool:
    """`Mao Zedong's comment on the preparation of vaccines ...` under the editors' notes: a
    summary the archive leaves as a phrase without a full stop, told from a note's last
    line by the note above it and by the title's person it speaks of in the third person,
    or by a verb that reports (`The Chinese Embassy in Budapest reports that ...`, the store
    cutting the rest: wc32)."""
    return footnote_number(lines[-2], ctx) is not None and (
        tells_of_title_person(lines[-1], seg, ctx) or _reporting(lines[-1], ctx))


def _reporting(line: Line, ctx: Context) -> bool:
    """A third-person line whose subject reports in the present tense (the `summary-verbs`
    table, within its first words)."""
    verbs = ctx.res.patterns.words("summary-verbs")
    opening = line.text.split()[1:_VERB_REACH]
    return not _FIRST_PERSON.search(line.text) and (
        any(word.strip(",;:").casefold() in verbs for word in opening)
        or _PROGRESSIVE_REPORT.search(" ".join(opening)) is not None)


def _editors_note_line(text: str) -> bool:
    """A line of the editors' bracketed note, whole or wrapped over lines (`[handwritten
    across the distribution list: to Cde. Dekanozov. Instructions!` / `Say that it is not
    our business ...]`, a bracket it opens or closes): no paragraph of the document, however
    long (wc47: a cable's one paragraph under such a resolution is its text, not the
    archive's summary)."""
    text = text.strip()
    return _BRACKETED.match(text) is not None or text.count("[") != text.count("]")


def _repeats_title(line: Line, seg: Segments) -> bool:
    """A line holding the page's title (an edition's `118 — The Governor of Fiji to ...`):
    no sentence of the document, however long."""
    title = seg.page_title.text if seg.page_title else ""
    return bool(title) and title in line.text


_TITLE_EXTENSION = 3  # words a summary adds to the title it restates
_DATELINE_WORDS = 8  # (repost73) a dateline with its clock, no sentence


def _extends_title(line: Line, seg: Segments) -> bool:
    """`Record of Conversation between ... and Taraki about the situation in Afghanistan`
    under that title: a summary restating the page's title and going on, which the archive
    leaves without a full stop."""
    title = seg.page_title.text if seg.page_title else ""
    rest = line.text[len(title):].split() if title and line.text.startswith(title) else []
    return len(rest) >= _TITLE_EXTENSION


def _cited_summary(seg: Segments) -> bool:
    """The older layout's citation holds the summary: a line of it neither quoted nor a
    link (so the document's last paragraph is not the summary)."""
    return any(line.text[:1] not in "\"“" and not line.text.startswith(("http://", "https://"))
               for line in seg.fields.get("citation", []))


def _sentence(line: Line, ctx: Context) -> bool:
    """A paragraph of a document above the last line (twelve words or more, or six ending a
    sentence), not a line of a cable's heading."""
    words = len(line.text.split())
    return words >= 12 or (words >= 6 and PROSE_END.search(line.text) is not None
                           and heading_kind(bare(line.text), ctx) is None)


_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b")
# a quotation inside a summary (`He says, "... we ..."`): its first person is the quoted speaker's
_QUOTED = re.compile(r"[“\"][^“”\"]*+[”\"]")


def tells_of_title_person(line: Line, seg: Segments, ctx: Context) -> bool:
    """`Gomułka speaks about ...` under `Speech by Władysław Gomułka at ...`: the line names
    a person the title names, and speaks of no `I` or `we`; (wcdl90) `Kim expresses ...`."""
    return third_person_on_title(line, seg, ctx, ("person",)) or family_subject(line, seg, ctx)


# (wc54) two persons, then the verb (`Kosygin and Mengistu discuss ...`, `Kim Il Sung and
# Puzanov exchange views ...`)
_PAIR = re.compile(r"^(?:[A-Z][\w'’.-]*+\s++){1,3}and\s++(?:[A-Z][\w'’.-]*+\s++){1,3}"
                   r"(?P<verb>[a-z]++)\b")


def _pair_report(line: Line, ctx: Context) -> bool:
    """Over the page's foot, the archive's summary of a meeting's record: two persons and a
    verb that reports in the plural present (table `summary-plural-verbs`), no `I` or `we`."""
    found = _PAIR.match(line.text)
    return found is not None and not _FIRST_PERSON.search(line.text) \
        and found["verb"] in ctx.res.patterns.words("summary-plural-verbs")


def _reports_on_title(line: Line, seg: Segments, ctx: Context) -> bool:
    """`The Embassy of Romania in Pyongyang summarizes remarks made by ...` under `Telegram
    from Pyongyang to Bucharest`: a third-person line whose subject reports in the present
    tense (the `summary-verbs` table, within its first words) and that names a person or
    place the title names."""
    return _reporting(line, ctx) and third_person_on_title(line, seg, ctx, ("person", "place"))


def third_person_on_title(line: Line, seg: Segments, ctx: Context,
                           kinds: tuple[str, ...]) -> bool:
    """Whether `line` speaks of no `I` or `we` and names a register entry (of `kinds`) that
    the page's title names."""
    if seg.page_title is None or _FIRST_PERSON.search(line.text):
        return False
    register = ctx.res.register
    titled = {found.entry.id for found in register.find(seg.page_title.text, kinds)}
    return any(found.entry.id in titled for found in register.find(line.text, kinds)) or (
        "person" in kinds and any(re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])",
                                            line.text)
                                  for name in _unregistered_title_names(seg.page_title.text, ctx)))


def _unregistered_title_names(title: str, ctx: Context) -> list[str]:
    """Names of the title the register need not know: an East Asian name (`Kim Sung-hwa`)
    and a surname after a title word (`Ambassador Ivanov`)."""
    names = [title[a:b] for a, b in east_asian_spans(title, ctx.res.patterns)]
    titles = ctx.res.patterns.words("honorifics")
    words = title.split()
    names += [word.strip(",.;:'’") for before, word in pairwise(words)
              if before.casefold() in titles and word[:1].isupper()
              and len(word.strip(",.;:'’")) >= _SURNAME_LETTERS]
    names += [found.group("name") for found in _ENVOY.finditer(title)
              if found.group("name") not in _NOT_ENVOYS]
    return names


# the envoy the archive names in brackets after his post (`Polish Embassy in Havana
# (Jeleń)`, `Brazilian Embassy in Mexico (Pio Corrêa)`; wc31), not a note on the text's kind
_ENVOY = re.compile(r"(?<=[a-z] )\((?P<name>[A-Z][\w'’-]{3,}+(?: [A-Z][\w'’-]++){0,2})\)")
_NOT_ENVOYS = frozenset({"Excerpt", "Excerpts", "Fragment", "Fragments", "Translation", "Draft",
                         "Summary", "Copy", "Original", "Abridged", "Extract", "Extracts"})


_SURNAME_LETTERS = 4

_VERB_REACH = 12  # the summary's verb follows its subject within its first words
# `... in the MPR [Signature] V. Pisarev`, (wcdy97) `... of the CC BCP: /K. Atanassov/`: signed
_SIGNATURE_MARK = re.compile(r"(?i)\[(?:handwritten\s+|illegible\s+)?signature\]\s*+\S"
                             r"|(?<=:\s)/(?-i:[A-Z])[^/\n]{1,40}+/$")


def _ends_document(lines: list[Line], ctx: Context) -> bool:
    """True when the last line closes a document."""
    text = bare(lines[-1].text)
    patterns = ctx.res.patterns
    words = text.split()
    return (text[-1:] in CLOSE_QUOTES or bool(ctx.res.dates.whole(text))
            or place_date(text, ctx)  # a closing dateline, `Budapest, 1972 July 1.`
            or bool(patterns.match("outgoing-number", text))
            or numbered_close(text, ctx) is not None
            or bool(patterns.match("processing", text))
            or text.strip("[]. …") == ""
            or _omission_line(text, ctx) or _SESSION_NOTE.match(text.strip()) is not None
            or _KEEPER.match(text) is not None
            or (len(words) <= 5 and all(w[:1].isupper() or w[:1] in "[/(" for w in words))
            or _dated_signature(text, ctx)
            or _SIGNATURE_MARK.search(text) is not None
            or _role_line(words, ctx))


# (wc54) the editors' bracketed line on the course of the meeting its minutes record
# (`[The session was interrupted at 13.30.]`, `[End of the meeting]`): the record ends there
_SESSION_NOTE = re.compile(r"(?i)^\[[^\[\]]*?\b(?:session|meeting|sitting|talks|conversation"
                           r"|recess|break)\b[^\[\]]*+\]\.?$")

# (wc54) the note-taker's line under the minutes (`Recorded by: Ferenc Karcsai`)
_KEEPER = re.compile(r"(?i)^(?:recorded|minutes\s++(?:taken|kept)|record\s++taken)\s++by\b")


def _omission_line(text: str, ctx: Context) -> bool:
    """`[Concluding remarks.]`: a line that is one bracket telling of a passage the editors
    left out (a gap of the `brackets` table), where the document's text ends (wc52)."""
    found = _BRACKETED.match(text.strip())
    return found is not None and bracket_kind(ctx.res.patterns, found.group(1)) in GAP_KINDS


def _dated_signature(text: str, ctx: Context) -> bool:
    """`4/XI-56 N. FIRIUBIN`: a Soviet cipher telegram's close, its date (day, Roman month,
    year) before the signer's name in capitals (wc37)."""
    lead = ctx.res.dates.leading(text)
    words = lead[1].split() if lead else []
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


def release_line(line: Line, ctx: Context) -> bool:
    """True for CREST's release line alone (`Approved For Release 2004/03/04 : CIA-RDP...`;
    the Kissinger papers' `No Objection to Declassification in Part ...: LOC-HAK-...`,
    cables55), set at each scanned page's head and foot: a line under it is the next
    page's (other23)."""
    text = line.text.strip()
    return any(found.end() == len(text) for row in ctx.res.patterns.rows("flattened-heading")
               if row.name == "release" and (found := row.regex.match(text)))


def _role_line(words: list[str], ctx: Context) -> bool:
    """`Chargé d'Affaires ad interim`, `Deputy Assistant Under-Secretary`: a signer's title
    under the name (a short line opened by a role word or a title, no sentence mark)."""
    patterns = ctx.res.patterns
    first = words[0].casefold() if words else ""
    return (0 < len(words) <= 6 and not PROSE_END.search(words[-1])
            and (first in patterns.words("role-openers")
                 or patterns.words("honorifics").get(first) == "title"))


_DATED_SUMMARY_WORDS = 20
# two sentences at least (a title is one phrase, however long): a word's full stop, a capital
_SENTENCES = re.compile(r"[a-z]{2}[.!?]\s++[A-Z]")


def summary_under_date(lines: list[Line], i: int, seg: Segments, ctx: Context) -> bool:
    """The older layout as a store flattens it (`January 15, 1963` / the summary / the
    document): a third-person paragraph of two sentences or more (twenty words at least)
    right under the archive's date line and before any title is the archive's summary; not a
    long title closed by a full stop (`Note by the Embassy in X on a Conversation of ...`).
    A sentence of any length is the summary when the date line stands again under it."""
    line = lines[i]
    if seg.page_title is not None or seg.page_date is None or lines[i - 1] is not seg.page_date:
        return False
    if repeats_page_date(lines, i + 1, seg):  # `September, 1962` / the summary / the date again
        return bool(PROSE_END.search(line.text)) and not _FIRST_PERSON.search(line.text)
    return (len(line.text.split()) >= _DATED_SUMMARY_WORDS and bool(PROSE_END.search(line.text))
            and _SENTENCES.search(line.text) is not None and not _FIRST_PERSON.search(line.text)
            and doc_type_in(line.text, ctx, at_start=True) is None)


def repeats_page_date(lines: list[Line], i: int, seg: Segments) -> bool:
    """Whether line `i` is the page's date line again (the older layout prints the date over
    the summary and again under it, over the title)."""
    return (seg.page_date is not None and i < len(lines) and lines[i] is not seg.page_date
            and lines[i].text.strip() == seg.page_date.text.strip())


def headnote_over_dateline(lines: list[Line], i: int, seg: Segments, ctx: Context) -> bool:
    """An edition's headnote (GHDI: `The Krüger Telegram (1896)` / `On January 3, 1896,
    Wilhelm II approved ...` / `Berlin, January 3, 1896` / the document): a third-person
    paragraph of two sentences or more right under the page's title and over the document's
    dateline (repost84: or its salutation, a textbook's letter) is the editors' summary."""
    line = lines[i]
    if seg.page_title is None or i + 1 >= len(lines) or lines[i - 1].no != seg.page_title.no:
        return False
    return (len(line.text.split()) >= _DATED_SUMMARY_WORDS and bool(PROSE_END.search(line.text))
            and _SENTENCES.search(line.text) is not None and not _FIRST_PERSON.search(line.text)
            and (place_date(lines[i + 1].text, ctx)
                 or ctx.res.patterns.match("salutation", lines[i + 1].text) is not None))


def is_credit(text: str, ctx: Context) -> bool:
    """A page's credit line, `Translated by Petr Kolář for the PHP.` (the `citation`
    table's translator row from the line's start)."""
    return any(row.name == "translator" and (found := row.regex.search(text)) is not None
               and found.start("lead") == 0
               for row in ctx.res.patterns.regexes.get("citation", ()))


def _over_notes(lines: list[Line], seg: Segments, ctx: Context) -> bool:
    """The last line stands under the document's notes: a page's summary under its text,
    never on a printed volume's page (FRUS), whose notes stand at a page's foot and whose
    text goes on after the page turns (ocr60: a memorandum's next paragraph)."""
    return "frus" not in seg.layouts and footnote_number(lines[-2], ctx) is not None
