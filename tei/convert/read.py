"""Read stage: source text to logical lines (cells of columns and tables: `read_cells`).

Cleans what HTML and Markdown left (tags, entities, `¶` anchors, `##` heading marks, `**bold**`,
`_italic_`, links, escapes, bullets, a word processor's `o` and tab, table pipes, `---` rules,
space-only lines, non-breaking spaces), rejoins hard-wrapped paragraphs (also OCR text with a
blank line after every line: only longer blank runs part paragraphs) and words hyphenated at a
line end (the hyphen perhaps repeated); keeps each logical line's source line number. Only
markup is removed, never words."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise

from tei.convert.column_blocks import side_by_side
from tei.convert.csvrecord import field_lines
from tei.convert.glued_opening import glued_opening
from tei.convert.markup import normalise, strip_markup
from tei.convert.message_sets import SET_START, remarks_sets
from tei.convert.month_names import MONTH_NAMES
from tei.convert.narrow_heading import heading_runs_on
from tei.convert.note_lines import BACK_LINK, BULLET_MARKS, bare_note_bullets, notes_start
from tei.convert.parted_datelines import parted_datelines
from tei.convert.party_runs import repeated_party_labels
from tei.convert.read_cells import BOX_RULE, cells, tables
from tei.convert.read_widths import TELLING_LINES, paged, paragraph_gap, wrap_width
from tei.convert.rewrap import (
    PARAGRAPH_END,
    capitals_run_on,
    case_break,
    cut_inside_a_name,
    cut_inside_heading,
    cut_short,
    date_runs_on,
    finishes_a_name,
    in_bracket,
    round_note_open,
    runs_on_from_furniture,
    starts_apart,
)
from tei.convert.routing_codes import routing_codes
from tei.convert.seal_debris import seal_debris
from tei.convert.stacked_labels import day_runs_on, form_fields, subject_runs_on
from tei.convert.star_calls import star_notes
from tei.convert.title_apart import title_apart

# (frus40) five or more spaced asterisks alone (four once the first is read as a bullet) are
# an edition's omission (`obfuscations` row `omitted`: a gap), not a rule; a typescript's
# rule of dashes of any width (`——————` over its notes) is one
_RULE = re.compile(r"^(?!\*(?:\s\*){3,}$)"
                   r"(?:#{1,6}|[-*_=—]{3,}|[-–—―‒]{4,}|-{3,}(?:\s-{2,})+|[-*_=](?:\s[-*_=]){2,}|[_|]+"
                   r"|[-|: ]*\|[-|: ]*|" + BOX_RULE + ")$")
# a bracket or quote closes a sentence only after its stop (`in Hanoi.)`), else a name or an
# aside (`to Warsaw (Spasowski)`); a FRUS note's back link `↩` ends its note; (misses33) a file's
# name and size (`...-5.pdf137.37 KB`); (frus63) a note's call after the stop (`morning.3`);
# (repost82) a stop with its writer's name after a dash (`Comments are welcome. -- A. Name`)
_SENTENCE_END = re.compile(r"(?:[.!?:;↩]|…[)\]])[\"”’'»)\]]*+"
                           r"(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\*{1,3}|†{1,2}|‡)?$"
                           r"|(?<=[a-z]{2}[.!?])[\"”’]?\d{1,2}$"
                           r"|\.(?:pdf|docx?|jpe?g|tiff?)\s?\d[\d.,]*+\s?[KMG]B$"
                           r"|[.!?]\s(?:--|[–—])\s?[A-Z][\w.’'-]*+(?:\s[A-Z][\w’'-]*+){0,2}$")
# one to three initials end the line, not the sentence (`to Lt Col W.R.` / `Hodgson, ...`)
_INITIAL_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){1,3}$")
# so does a title's abbreviation before the name on the next line (`... told Mr.` / `Kibinge`)
_TITLE_END = re.compile(r"(?<![\w.])(?i:Rep|Sen|Amb|Gen|Mr|Mrs|Dr|Col|Adm|Gov)\.$")
# a line no line above runs on into: a point's or a note's number (frus58: an OCR'd print's
# superscript one, `² Printed from ...`), a quote, a cable's heading lines, a classification,
# (crest61) an intelligence cable's espionage notice under the agencies it went to
_NEW_BLOCK = re.compile(r"^(?:\d{1,3}[.)]\s|\(\w{1,3}\)\s(?!(?:and|or|to) \()|[IVX]+\.\s"
                        r"|\[\d+\](?![,;:]|\s[a-z])|\^\d|[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]?\s|[\"“«„](?![^\"“”«»„\n]{1,40}[\"”»])|¶"
                        r"|DE [A-Z]{2,7} #\d|(?:TAGS|SUBJECT|SUBJ|REF|REFS) *+:\s|E\.[O0]\. \d{5}\b"
                        # (cables77) an intelligence information report's fields
                        r"|(?:SERIAL|PASS|COUNTRY|DOI|REQS|SOURCE|SUMMARY|TEXT|COMMENTS|PROJ"
                        r"|COLL|INSTR|PREP|ACQ|DISSEM|WARNING): \(?[A-Z\d]"
                        r"|THIS MATERIAL CONTAINS INFORMATION AFFECTING\b"  # (crest61) CIA notice
                        r"|(?:BT|NNNN)$"  # (cables72) the message's break and end marks
                        r"|(?:[ZOPR] ){1,2}\d{6}Z [A-Z]{3} \d{2}\b"
                        r"|R[A-Z]{3,6}/[A-Z]|(?:[A-Z0] ){5,}[A-Z](?: |$)"
                        r"|(?:UNCLASSIFIED|CONFIDENTIAL|(?:TOP |STRICTLY |MOST )?SECRET"
                        r"|(?:Top |Strictly |Most )?Secret|LIMITED OFFICIAL USE)$"
                        r"|(?:FOR|(?:(?:DEPT|DEPARTMENT) )?(?:PLEASE )?PASS TO)"
                        r" [A-Z][A-Z.'’-]{1,30}(?: [A-Z][A-Z.'’-]{1,30}){0,3}"
                        r" FROM [A-Z][A-Z.'’-]{1,30}(?: [A-Z][A-Z.'’-]{1,30}){0,3}\.?$"
                        r"|FROM [A-Z][A-Z'’-]{3,20}+$|" + SET_START + ")")
# (a quote opens a block, not a quoted phrase closing within the line's first words that a
# hard-wrapped sentence goes on with: `... but wanted` / `"clarity" on the ...`, cables55;
# a point's label, not one a sentence cites, `(1) and (2) of`, wrap20; a routing line `DE
# RUEHMD #2632`, labelled heading lines, `RUEKJCS/SECDEF WASHDC`, a classification spaced
# or alone on its line, a channel line `FOR SHINN FROM GARRISON`, other27, or a passing line
# `PASS TO AMBASSADOR BYROADE FROM ATHERTON` under the references, cables71; a precedence and
# date-time group `O 182057Z MAR 03` under a news site's headline, cables40; the E.O. line
# under a channel line ending in a surname, cables58; the break `BT` or end mark `NNNN` alone
# under a last paragraph ending in the signer's surname, cables72; `FROM KEATING`, cables97)
# a classification with its section, post and number (`C O N F I D E N T I A L SECTION 01 OF
# 02 MOSCOW 30030`, other27; `CONFIDENTIAL SECTION 01 OF 04 KIGALI 03188`, cables40) ends its
# line (its O perhaps read as a zero, cables58): nothing runs on from it; nor from the White
# House Situation Room printout's foot (`PSN:041733 PAGE 01 OF 01 TOR:058/19:49Z DTG:271945Z
# FEB 73`, cables55)
_CLOSED = re.compile(r"^(?:(?:[A-Z0] ){5,}[A-Z](?: SECTION \d{1,2} OF \d{1,2})?"
                     r"|(?:CONFIDENTIAL|SECRET|UNCLASSIFIED|UNCLAS) SECTION \d{1,2} OF \d{1,2})"
                     r"(?: [A-Z]{2,12}(?: [A-Z]{2,12}){0,2} \d{2,6})?$"
                     r"|^PSN:?\s?\d{4,7}\s.{0,120}$")
# a form's party label alone on its line, its value on the next (an OCR of a printed
# telegram form: `From: -` / `C. in C. Hong Kong.`, `FROM:` / `The Canadian Ambassador,
# Washington, D. C.`): one line, the label's dash dropped (other27); a point's label (other29);
# (print61) the Government of Canada page's foot (`Date modified:` / `2021-03-04`, furniture)
_BARE_LABEL = re.compile(r"^(?:(?i:from|to)\s?:\s?-?|\((?:\d{1,2}|[a-h])\)|Date modified:)$")
# (ocr77) a point's label joins its text on the next line only, not over a blank line: a
# scanned form's folio in brackets (`(39)`) stands apart from the route line under it
_BARE_POINT = re.compile(r"^\((?:\d{1,2}|[a-h])\)$")
# (bloc73) an inside address's `Comrade` alone over the name (a Polish or GDR party letter
# in translation: `Comrade` / `Stanisław KANIA` / `First Secretary of the CC PUWP`): one line
_BARE_COMRADE = re.compile(r"^(?:To\s)?(?:Comrade|Cde\.|Towarzysz|Tow\.|Genosse|Soudruh)$")
# a dateline alone on its line, or broken after its month or day (`Nanking, February` / `23,
# 1947—2 p.m.`; `Moscow, 14 March 1953`; its stop after the year or the hour's word:
# `Chungking, January 14, 1945—noon.`; the editors' receipt run on in a printed volume's OCR:
# `BERLIN, March 5, 1934—2 p. m. [Received March 5—11 : 20 a. m.]`): a new block, never the
# wrapped end of the line above
_DATELINE = re.compile(rf"^[A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+){{0,2}}, (?:(?:{MONTH_NAMES})"
                       rf"(?: \d{{1,2}}(?:,(?: \d{{4}}[^\s.]*+(?: \S++){{0,2}}\.?)?)?)?"
                       rf"|\d{{1,2}} (?:{MONTH_NAMES})(?: \d{{4}}[^\s.]*+(?: \S++){{0,2}})?\.?)"
                       r"(?: \[Received [^\]]{1,40}+\])?$")
# a FRUS page's notes: each a bulleted line ending in its back link; a note's lines run on
# up to it, wherever they were broken (`... POL 7 POL-US.` / `Confidential; Priority.`)
_HYPHEN_END = re.compile(r"(?<=[^\W\d_])[-\u00ad]$")
_BULLET = re.compile(r"^(?:[•▪●◦‣∙*]|-(?=\s))\s+(?=\S)")
# a word processor's bullet as its plain-text export writes it, the mark and a tab: `o`
# (second level), and (repost64) `•`, `–` or `-` (Word's and Google Docs' first level)
_LETTER_BULLET = re.compile(r"^[ \t]*+[o•▪●◦–-]\t++(?=\S)")
# (other43) the small letters of the Latin, Greek and Cyrillic alphabets, accented too: a
# wrapped line runs on into `önskar`, `été`, `что` as into `wished`
_SMALL = "abcdefghijklmnopqrstuvwxyz" + "".join(
    c for c in map(chr, range(0xDF, 0x530)) if c.islower())
_LOWER_START = re.compile(f"^[{_SMALL}]")
_MID_SENTENCE, _LONG, _SPACED_GAP = frozenset(_SMALL + ","), 35, 2
_WRAPPED_LINE = 50  # a shorter line stopping mid-sentence may be a heading's or a list's
_OPENS_ITEM_OR_FIELD = re.compile(r"^(?:[a-z]{1,3}[.)]\s|\S+:)")  # `a) 300 million`, `cc: Rome`
# (cw59) a catalogue's labelled field with its value (`Description: Suez: ...`, `Held by: The
# National Archives, Kew`): one field never runs on into the next (`Date: 1956`)
_FIELD_LINE = re.compile(r"^[A-Z][\w()/]*+(?: [\w()/]++){0,4}: \S")  # (cables67) `/ESDN (CREST):`
# (lead37) a catalogue's fields in a row on one line, three or more, each value one word
# (`Classification Number: 722.12US Registration Number: 1523 Roll: C-0011`): its own line
_FIELDS_ROW = re.compile(r"^(?:[A-Z][\w()]*+(?: [A-Z][\w()]*+){0,2}: \S++ ){2,}"
                         r"[A-Z][\w()]*+(?: [A-Z][\w()]*+){0,2}: \S")
_FILLED = 0.75  # a wrapped line fills this much of the wrap width at least
_TELLING_ENDS = 3  # paragraph ends it takes to tell how paragraphs are parted
_PARTED_SHARE = 0.9  # of the paragraph ends with a blank line after them, where blank lines part
_OVER_WIDTH = 1.25  # a line this much longer than the wrap width was not wrapped at it
LINE_LIMIT = 5000


@dataclass(frozen=True, slots=True)
class Line:
    """One logical line: cleaned text and where it starts in the source."""

    no: int
    text: str
    blank_before: bool = False
    rule_before: bool = False
    bullet: bool = False


def _physical(text: str) -> list[tuple[int, str, bool]]:
    """Numbered, cleaned lines with a flag for a list bullet that was removed."""
    out = []
    text = repeated_party_labels(normalise(text))
    raws = field_lines(text) or parted_datelines(side_by_side(tables(seal_debris(text))))
    starred = star_notes(text)
    for number, raw in enumerate(raws, start=1):
        if "\t" in raw:
            raw = _LETTER_BULLET.sub("• ", raw)
        for part in cells(raw):
            clean = strip_markup(part)
            # an asterism (`* * *`) is a rule, not a bullet over two stars
            bullet = (clean[:1] in BULLET_MARKS and bool(_BULLET.match(clean))
                      and not _RULE.match(clean) and not (starred and clean[:1] == "*"))
            out.append((number, _BULLET.sub("", clean) if bullet else clean, bullet))
    return out


def _double_spaced(physical: list[tuple[int, str, bool]]) -> bool:
    """OCR text with a blank line after every line: its blank lines separate nothing.

    Told by nearly every line being followed by a blank one and by several lines that end
    mid-sentence while the next text line goes on in lower case."""
    texts = [content for _, content, _ in physical]
    filled = [i for i, content in enumerate(texts) if content]
    if len(filled) < 10:
        return False
    spaced = sum(1 for i in filled[:-1] if not texts[i + 1])
    runs_on = sum(1 for a, b in pairwise(filled)
                  if (len(texts[a]) >= _LONG and texts[a][-1] in _MID_SENTENCE
                      and _LOWER_START.match(texts[b])) or _capitals_run_on(texts[a], texts[b]))
    return spaced >= 0.85 * (len(filled) - 1) and runs_on >= 3


def _capitals_run_on(physical: str, following: str) -> bool:
    """(lead70) A long line of a text in capitals (a cable's teletype copy) that stops
    mid-sentence, on a letter or a comma, runs on into a line of capitals opening with a
    word (`... THE AMBASSADOR WOULD SEE THE` / `MINISTER LATER TODAY.`), not a label's
    (`REF: ...`), a point's or a bracket's."""
    return len(physical) >= _WRAPPED_LINE and physical.isupper() and following.isupper() \
        and (physical[-1].isalpha() or physical[-1] == ",") and following[:1].isalpha() \
        and not _OPENS_ITEM_OR_FIELD.match(following)


_LABEL_WORDS = 3  # (lead70) at most, a label alone over its value (`Saved from`, `Funded by`)


def logical_lines(text: str, standalone: Callable[[str], bool] = lambda text: False,
                  finishes: Callable[[str, str], bool] = lambda physical, text: False,
                  ) -> list[Line]:
    """Split normalised text into logical lines (blank lines and rules recorded, not kept);
    a line that `standalone` accepts (a page's furniture) is never joined to its neighbours,
    unless it was wrapped before its end (`cut_short`, or the next line goes on in lower
    case: `... Carnegie Corporation` / `of New York`), or it `finishes` the full line above
    it (a title's `Ministry` or year)."""
    physical = remarks_sets(routing_codes(form_fields(_physical(text))))
    # the width the text was wrapped at: furniture and a table row's cells are set apart
    counts = Counter(number for number, _, _ in physical)
    telling = [content for number, content, _ in physical
               if len(content) >= 20 and not standalone(content) and counts[number] == 1]
    lengths = [len(content) for content in telling]
    width = wrap_width(lengths, paged([content for _, content, _ in physical]),
                       [bool(_SENTENCE_END.search(content)) for content in telling])
    too_few = len(lengths) < TELLING_LINES
    spaced = _double_spaced(physical)
    gap = 1 if spaced else paragraph_gap(physical)
    paragraphs_parted = not spaced and width is not None and _blank_parted(physical, width,
                                                                           standalone)
    notes_from = notes_start(physical)
    physical = bare_note_bullets(physical, notes_from)
    heading_goes_on = heading_runs_on([content for _, content, _ in physical])
    lines: list[Line] = []
    pieces: list[list[str]] = []
    blank = rule = note_open = False
    previous_open = furniture_open = cut_furniture = False
    last = ""
    blanks = 0
    for index, (number, content, bullet) in enumerate(physical):
        if not content:
            blanks += 1
            parted = blanks >= (_SPACED_GAP if spaced else gap)  # (cw97) two in double spacing
            blank = blank or parted
            previous_open, furniture_open = previous_open and not parted, \
                furniture_open and not parted
            cut_furniture = False
            continue
        blanks = 0
        if _RULE.match(content):
            rule, previous_open, furniture_open, cut_furniture = True, False, False, False
            continue
        alone = standalone(content) and not (previous_open and finishes(last, content)) \
            and not (pieces and not blank and round_note_open(pieces[-1]))
        previous_open = previous_open or (furniture_open and (
            runs_on_from_furniture(last, content) or finishes_a_name(content)))
        if lines and len(pieces[-1]) == 1 and ((_BARE_LABEL.match(last) and not (
                blank and _BARE_POINT.match(last))) or (
                not blank and _BARE_COMRADE.match(last))):
            pieces[-1][0] = pieces[-1][0].rstrip(" -")
            _join(pieces[-1], content)
        elif cut_furniture and finishes_a_name(content):  # (lead70) `... support from The` /
            _join(pieces[-1], content)  # `Woodrow ... Scholars` (not a label over its value)
        elif not alone and not _FIELDS_ROW.match(content) and not (len(lines) == 2 and title_apart(
                lines[0].text, last, len(pieces[-1]), content)) and ((
                previous_open and not _NEW_BLOCK.match(content)
                           and not _DATELINE.match(content)
                           and not case_break(last, content)
                           and not starts_apart(last, content)
                           and not _next_field(pieces[-1][0], content)) or (
                spaced and lines and not blank and _runs_on(last, _tail(pieces[-1]), content)) or (
                lines and not blank and not rule and (
                    (note_open and not bullet) or index in heading_goes_on
                    or _broken_word(last, content) or date_runs_on(last, content)
                    or subject_runs_on(last, content) or day_runs_on(last, content)
                    or _clause_runs_on(last, content, width)
                    or in_bracket(pieces[-1], width, content)
                    or ((too_few or capitals_run_on(last, content))
                        and _breaks_a_sentence(last, content))))):
            _join(pieces[-1], content)
        else:
            lines.append(Line(number, content, blank, rule, bullet))
            pieces.append([content])
            blank = rule = False
        filled = (not _CLOSED.match(content)
                  and _continues(content, _tail(pieces[-1]), width)) or (
            paragraphs_parted and width is not None and bool(PARAGRAPH_END.search(content))
            and _fills(content, width))
        note_open = index >= notes_from and (bullet or note_open) \
            and not content.endswith(BACK_LINK)
        previous_open = (not alone or cut_short(content)) and filled
        furniture_open = alone and filled
        cut_furniture = alone and cut_short(content) and len(content.split()) > _LABEL_WORDS
        last = content
    return [window for line, parts in zip(lines, pieces, strict=True)
            for window in _windows(replace(line, text="".join(parts)) if len(parts) > 1
                                   else line)]


def _blank_parted(physical: list[tuple[int, str, bool]], width: int,
                  standalone: Callable[[str], bool]) -> bool:
    """Whether blank lines part the paragraphs of a hard-wrapped text: nearly every short
    line ending a sentence (a paragraph's last) has a blank line or the text's end after it;
    a full line ending a sentence then runs on when no blank line follows. A paragraph
    whose next line is the page's furniture or opens a new block (a citation's quoted
    title under the archive's summary) tells nothing."""
    texts = [content for _, content, _ in physical]
    ends = [i for i, content in enumerate(texts)
            if PARAGRAPH_END.search(content) and len(content) < _FILLED * width and not (
                i + 1 < len(texts) and (standalone(texts[i + 1])
                                        or _NEW_BLOCK.match(texts[i + 1])))]
    followed = sum(1 for i in ends if i + 1 == len(texts) or not texts[i + 1])
    return len(ends) >= _TELLING_ENDS and followed >= _PARTED_SHARE * len(ends)


def _fills(physical: str, width: int) -> bool:
    """Whether a physical line fills most of the wrap width (no more than wrapping allows)."""
    return _FILLED * width <= len(physical) <= _OVER_WIDTH * width


def _windows(line: Line) -> list[Line]:
    """A logical line longer than LINE_LIMIT characters as several lines of at most that
    many, cut at a space in the second half of each window (else at the limit, inside a
    word too long to fit): later stages never see an unbounded line, and no word is lost."""
    if len(line.text) <= LINE_LIMIT:
        return [line]
    windows, start, text = [], 0, line.text
    while len(text) - start > LINE_LIMIT:
        cut = text.rfind(" ", start + LINE_LIMIT // 2, start + LINE_LIMIT + 1)
        end = cut if cut > start else start + LINE_LIMIT
        windows.append(text[start:end])
        start = end + 1 if cut > start else end
    windows.append(text[start:])
    return [replace(line, text=window) if i == 0 else Line(line.no, window)
            for i, window in enumerate(windows)]


def _next_field(first: str, following: str) -> bool:
    """Whether a labelled field's line (`first`, its first piece) stands over another."""
    return bool(_FIELD_LINE.match(first)) and bool(_FIELD_LINE.match(following))


def _tail(parts: list[str]) -> str:
    """The last characters of a logical line kept as pieces (all its end's tests read)."""
    return "".join(parts[-3:])[-5:]


def _runs_on(physical: str, text: str, following: str) -> bool:
    """In double-spaced OCR a line runs on into a following line that starts in lower case,
    or after a comma into a date (`Downing Street,` / `26 July, 1938.`); in capitals, as
    `_capitals_run_on` tells."""
    if len(following.split()) <= 3 and following.endswith((",", ":", "!")):
        return False
    long_line = len(physical) >= _LONG and physical[-1] in _MID_SENTENCE
    return (long_line and bool(_LOWER_START.match(following))) or (text.endswith(",")
                                                     and following[:1].isdigit()) \
        or _capitals_run_on(physical, following)


_SMALL_BROKEN = re.compile(r"\s[a-z]{2,}-$")
_PROSE_WORDS = 3
# (ocr72) a capitalised word, a name's or a title's, broken at a short line's end
# (`Mr. Boris N. Kuz-` / `min, Counselor`, `Mr. Whit-` / `comb replied`, `Ambas-` /
# `sador Kuz-` / `min`)
_NAME_BROKEN = re.compile(r"(?:^|\s)[A-Z][a-z]+-$")
# (lead73) a word in capitals broken at the end of a short line of a telegram in capitals
# (`... BY VICE PRESIDENT KARDE-` / `LJ TO EXPRESS ...`)
_CAPITALS_BROKEN = re.compile(r"\s[A-Z]{2,}-$")
_CAPITALS_START = re.compile(r"^[A-Z]{2,}\b")


def _broken_word(physical: str, following: str) -> bool:
    """A line ending in a broken word runs on into one repeating the hyphen (`Govern-` / `-ment`),
    a long one into a line in lower case whatever the wrap width (an OCR'd page too uneven),
    a line in capitals into one opening in capitals (lead73: `KARDE-` / `LJ TO EXPRESS`)."""
    repeated = following[:1] == "-" and following[1:2].islower()
    lower = bool(_LOWER_START.match(following)) and not _OPENS_ITEM_OR_FIELD.match(following)
    # (ocr69) or a short line of prose broken in a small word's middle (a paragraph's line
    # that OCR ended early: `though the shelling con-` / `tinues at about ...`)
    prose = (len(physical.split()) >= _PROSE_WORDS and bool(_SMALL_BROKEN.search(physical))) \
        or bool(_NAME_BROKEN.search(physical))
    capitals = len(physical.split()) >= _PROSE_WORDS and physical.isupper() \
        and bool(_CAPITALS_BROKEN.search(physical)) and bool(_CAPITALS_START.match(following))
    return bool(_HYPHEN_END.search(physical)) and (repeated or capitals or (
        (len(physical) >= _WRAPPED_LINE or prose) and lower))


def _clause_runs_on(physical: str, following: str, width: int | None) -> bool:
    """A full hard-wrapped line ending a clause at a semicolon runs on into a following line
    in lower case (`... Drafted by Henderson;` / `cleared in USIA ...`); a list's items
    ending so open in capitals or with their marks."""
    return width is not None and physical.endswith(";") and _fills(physical, width) \
        and bool(_LOWER_START.match(following)) and not _OPENS_ITEM_OR_FIELD.match(following)


def _breaks_a_sentence(physical: str, following: str) -> bool:
    """In a text too short to tell its wrap width, a long line stopping mid-sentence, on a
    comma or a word no sentence or heading ends with, runs on into a line in lower case
    (`... a statement on the` / `nationalisation of ...`, `... copy memorandum` / `submitted
    by ...`), a small word also into a name (`... at the` / `United Nations.`); not into a
    FRUS marking (`... the Embassy in the Philippines` / `secret`: `rewrap.starts_apart`),
    a label or a lettered point (`from: ...`, `a) ...`)."""
    if len(physical) < _WRAPPED_LINE or _OPENS_ITEM_OR_FIELD.match(following) \
            or _SENTENCE_END.search(physical) or _NEW_BLOCK.match(following):
        return False  # never into a classification alone, a routing or labelled line
    if not _LOWER_START.match(following):
        return cut_inside_heading(physical, following) or capitals_run_on(physical, following) \
            or cut_inside_a_name(physical, following)
    return not starts_apart(physical, following) and not glued_opening(following)  # (wcdb84)


def _continues(physical: str, text: str, width: int | None) -> bool:
    """A hard-wrapped line runs on when its last physical line fills most of the width and
    it ends mid-sentence."""
    if not width:
        return False
    if _HYPHEN_END.search(text):
        return len(physical) >= 0.5 * width
    return _fills(physical, width) and (
        not _SENTENCE_END.search(text) or bool(_INITIAL_END.search(text))
        or bool(_TITLE_END.search(text)))


def _join(parts: list[str], content: str) -> None:
    """Add a physical line to a logical line's pieces: after a broken word (its hyphen perhaps
    repeated: `-ment`) without the hyphen before a small letter; else after a space."""
    if _HYPHEN_END.search(_tail(parts)):
        content = content[1:] if content[:1] == "-" and content[1:2].isalpha() else content
        if content[:1].islower():
            parts[-1] = parts[-1][:-1]
        parts.append(content)
    else:
        parts += [" ", content]
