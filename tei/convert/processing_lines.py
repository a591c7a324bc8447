"""The processing lines that close a document: lines of the `processing` table and the short
lines going on with them, distribution blocks (`Distribution:` over one reader a line), and
the registry furniture no table names under a signature (`Communiqué à ...`)."""

from __future__ import annotations

import re

from tei.convert.brackets import block_end
from tei.convert.context import Context
from tei.convert.footnotes import footnote_number
from tei.convert.label_members import MEMBER_WORDS, block_members, label_alone_match
from tei.convert.namerules import name_spans
from tei.convert.numbering import lettered_point
from tei.convert.parts import SLASHED_NAME, parenthesised_name
from tei.convert.quoted import signed_close
from tei.convert.read import Line
from tei.convert.release_lines import sentence_tail
from tei.convert.roles import is_role
from tei.convert.segment import heading_groups, label_alone
from tei.convert.signature_shape import signature_like
from tei.convert.signer_lines import mark_name, sender_initials

_CONTINUATION = re.compile(
    r"(?i)\[signature\]|\([A-Z][\w'’ .-]+\)|^(?:col(?:onel)?|lt\.?|lieutenant|major|general"
    r"|captain|chief|section|deputy|head)\b")
_TRAILER_REACH = 7
_OFFICE_WORDS = 4  # the signer's office under a copied signature (`Comptroller-General.`)
_MINUTE_REACH = 12  # a file copy's signature, its office and a minute of up to 8 lines
# a file copy's signature (`(Signed) Atlee Hunt,`, `(Sgd.) J. Smith`; cw94: a consul's
# `(Sd.) J. F. BRENAN. Acting Consul General.`) and a minute's initials
_COPIED_SIGNATURE = re.compile(r"^\((?:Signed|Sgd\.?|Sd\.?)\)\s++[A-Z]")
_INITIALLED = re.compile(r"^\((?:Intd|Init|Initialled|Initd)\.?\)\s*+[A-Z]")
# a numbered point of six words or more closed by a stop (`1. The regime is firmly
# established on the mainland.`): prose, no registry line
_NUMBERED_SENTENCE = re.compile(r"^\d{1,2}\.\s++(?:\S++\s++){5,}+\S*?[.!?]$")
_BLOCK_REACH = 25  # a closing distribution block's label and up to 24 entries (wc14)
# a sentence's closing stop, perhaps with its note's anchor after it (`above.[2]`, `above.2`)
_SENTENCE_END = re.compile(r"[.!?](?:\[\d{1,3}\]|\d{1,2})?$")
_PROSE_WORDS = 10  # (wc48) a sentence of this many words, most in lower case, is the text's


def split_processing(lines: list[Line], ctx: Context) -> tuple[list[Line], list[Line]]:
    """Split off the trailing processing lines (and the short lines continuing them)."""
    start = _trailing_block(lines, ctx)
    start = _foot_description(lines, ctx) if start is None else start
    for i in range((len(lines) if start is None else start) - 1, -1, -1):
        if sender_initials(lines[i].text, ctx):
            break  # (frus72) the sender's initials sign (`RMK`), no typist's
        if ctx.res.patterns.match("processing", lines[i].text) or _control_number(lines, i, start):
            start = i
        elif not is_continuation(lines[i].text) and not list_runs_on(lines, i) \
                and not _copy_number(lines, i):
            break
    start = _typist_mark(lines, ctx) if start is None else start  # (wcda84) `Zab` alone
    if start is not None and (block := _trailing_block(lines[:start], ctx)) is not None:
        start = block  # a reader list over the processing lines (`Received by:` ... `Decoded on`)
    end = start if start is not None else len(lines)
    trailer = _trailer_start(lines[:end], ctx)
    trailer = _minute_under_copy(lines[:end], ctx) if trailer is None else trailer
    start = trailer if trailer is not None else start
    if trailer is not None and (block := _trailing_block(lines[:trailer], ctx)) is not None:
        start = block  # (cw72) a distribution list over the minutes (`DISTRIBUTED TO:`)
    if start is None:
        return lines, []
    return lines[:start], lines[start:]


# (wcda84) a typist's mark of a few letters (`Zab`, `sk`) alone under the paper's outgoing
# number (`No. 25-C-2236`), the last line of a Soviet CC department's memorandum
_TYPIST = re.compile(r"^[A-Za-z][a-z]{1,3}+\.?$")


def _typist_mark(lines: list[Line], ctx: Context) -> int | None:
    """Index of a typist's mark closing the text under its outgoing number, or None (a
    register name is the signer's, never a mark)."""
    if len(lines) < 2 or not _TYPIST.match(lines[-1].text.strip()) \
            or not ctx.res.patterns.match("outgoing-number", lines[-2].text.strip()) \
            or ctx.res.register.lookup(lines[-1].text.strip(" .")) is not None:
        return None
    return len(lines) - 1


# (ocr65) a message form's copy label alone, its number in a cell of its own under it
_COPY_LABEL = re.compile(r"^(?i:copy)\s++No\.?$")
_NUMBER_ALONE = re.compile(r"^\d{1,3}$")


def _copy_number(lines: list[Line], i: int) -> bool:
    """(ocr65) A number alone under a `COPY No.` label alone: the copy's number (the War
    Department message form's foot as OCR reads its cells apart)."""
    return i > 0 and bool(_NUMBER_ALONE.match(lines[i].text.strip())) \
        and bool(_COPY_LABEL.match(lines[i - 1].text.strip()))


# (wcdd85) a decoding office's control number alone (`510599`) over the typist's initials
_CONTROL_NUMBER = re.compile(r"^\d{5,8}$")


def _control_number(lines: list[Line], i: int, start: int | None) -> bool:
    """(wcdd85) A number of five to eight figures alone right over the processing lines (a
    Mexican decoded telegram's `DEL RIO` / `510599` / `fb`): the registry's, no text."""
    return start == i + 1 and _CONTROL_NUMBER.match(lines[i].text.strip()) is not None


def _foot_description(lines: list[Line], ctx: Context) -> int | None:
    """Start of an editors' bracket describing a page's foot over the lines under it
    (`[transmission and receipt blocks at the bottom:`, table `foot-description`) that the
    text's last line closes, or that the copy leaves open (cut inside it)."""
    for i in range(len(lines) - 1, max(-1, len(lines) - _BLOCK_REACH), -1):
        if ctx.res.patterns.match("foot-description", lines[i].text.strip()):
            closed = block_end(lines, i)
            return i if closed in (i, len(lines) - 1) else None
    return None


def list_runs_on(lines: list[Line], i: int) -> bool:
    """A short line going on with the list the line above it leaves open on a comma
    (`Copies: Stalin (2), Malenkov, Beria,` / `Bulganin, Mikoyan, Khrushchev, File of 8th`)."""
    return (i > 0 and not lines[i].blank_before and lines[i - 1].text.rstrip().endswith(",")
            and len(lines[i].text.split()) <= MEMBER_WORDS)


def _trailing_block(lines: list[Line], ctx: Context) -> int | None:
    """Start of the distribution blocks closing the text (`Distribution:` or `FCO/WHITEHALL
    DISTRIBUTION` alone on its line, then one addressee per line), one after another (`To be
    seen by` over one reader, `Seen by` over two)."""
    start = None
    while (found := last_block(lines[:start], ctx)) is not None:
        start = found
    return start


def last_block(lines: list[Line], ctx: Context) -> int | None:
    """Start of the distribution block that ends `lines`, or None."""
    for i in range(len(lines) - 1, max(-1, len(lines) - _BLOCK_REACH), -1):
        processing = ctx.res.patterns.match("processing", lines[i].text)
        rest = lines[i + 1:]
        if (label_alone(lines[i].text, ctx) == "distribution"
                or (processing and processing[0] == "distribution")) and (
                block_members(lines, i + 1) == len(rest)
                or (rest and all(_member(line) for line in rest))):
            return i
        if rest and _first_on_label(lines[i].text, ctx) and all(
                _member(line) and not line.blank_before for line in rest):
            return i  # (invent19) `CC:  MR. ASPLUND` over `COL. HAVERKAMP`: no signature
    return None


def _first_on_label(text: str, ctx: Context) -> bool:
    """A distribution label with its first entry on its line (`CC:  MR. ASPLUND`)."""
    found = heading_groups(text, ctx)
    return found is not None and found[0] == "distribution" and ":" in text


def _member(line: Line) -> bool:
    """A short line that may be one entry of a distribution list set with blank lines
    between its entries (a page that sets every line apart)."""
    return len(line.text.split()) <= MEMBER_WORDS and not label_alone_match(line.text)


def _trailer_start(lines: list[Line], ctx: Context) -> int | None:
    """Index of the first line after a signature when every line after it is registry
    furniture no table names (`Communiqué à ...`, `Diramato a: ...`, `<< END >>`)."""
    for k in range(len(lines) - 2, max(0, len(lines) - _TRAILER_REACH), -1):  # not the first line
        if _signature_at(lines[k].text, ctx) and not _addressed_name(lines, k, ctx) \
                and not _label_value(lines, k, ctx) \
                and not sentence_tail(lines[k].text, lines[k - 1].text) \
                and not lettered_point(ctx.res.patterns, lines[k].text, lines[k - 1].text) and all(
                _trailer_like(line.text, ctx) for line in lines[k + 1:]):
            return k + 1
    return None


def _label_value(lines: list[Line], k: int, ctx: Context) -> bool:
    """(frus80) A heading label alone on its line or the value under it (a FRUS memorandum's
    `SUBJECT` / `Airlift` over a one-sentence text): no signature, so the text under it is no
    trailer."""
    return any(label_alone(lines[j].text, ctx) or ctx.res.patterns.match(
        "frus-block-label", lines[j].text) for j in range(max(0, k - 1), k + 1))


def _addressed_name(lines: list[Line], k: int, ctx: Context) -> bool:
    """(letters76) The addressee's name inside a foot address, under its style or office
    (`His Excellency Dwight D. Eisenhower` / ..., `The President of the United States of
    America` / `Dwight D. Eisenhower`): no signature, so the seat under it (`Washington,
    D.C.`) is the address's, not a trailer."""
    return any(ctx.res.patterns.match("foot-address", lines[j].text)
               for j in range(max(0, k - 2), k + 1))


def _minute_under_copy(lines: list[Line], ctx: Context) -> int | None:
    """(ocr36) Index of the first line of a minute written under a letter's file copy: the
    copy's signature marked as copied (`(Signed) Atlee Hunt,`) and its signer's office, then
    an officer addressed (`Naval Secretary:`), the instruction and the writer's initials
    marked as initialled (`(Intd) S.A.F.`) with his office and a short date."""
    for k in range(len(lines) - 2, max(0, len(lines) - _MINUTE_REACH), -1):
        if not _COPIED_SIGNATURE.match(lines[k].text):
            continue
        start = k + 1  # the signer's office under the signature stays the closing's
        while start < min(k + 3, len(lines)) and not _minute_line(lines[start].text) and (
                is_role(lines[start].text, ctx.res.patterns)
                or len(lines[start].text.split()) <= _OFFICE_WORDS):
            start += 1
        rest = lines[start:]
        if rest and any(_INITIALLED.match(line.text) for line in rest):
            return start
        return None
    return None


def _minute_line(text: str) -> bool:
    """A minute's first line, the officer addressed (`Naval Secretary:`), or its initials."""
    return text.rstrip().endswith(":") or bool(_INITIALLED.match(text))


def _signature_at(text: str, ctx: Context) -> bool:
    """A signature the trailer may follow; a foot address (`The Honorable`) is none: the
    short lines under it are its own."""
    patterns = ctx.res.patterns
    if patterns.match("heading", text) or patterns.match("processing", text) \
            or patterns.match("foot-address", text):
        return False
    return signature_like(text) or bool(re.search(r"/[A-Z][\w.' -]{1,40}/$", text)) \
        or signed_close(text)  # (cables77) `... TABLING. MOYNIHAN UNQUOTE KISSINGER`


def _trailer_like(text: str, ctx: Context) -> bool:
    """A line that cannot close a letter (no date, valediction, foot address, postscript,
    number) and is short, or a labelled registry line (`Sent: 12.6.1963, 21.00`); never an
    attachment's heading (print61: the print's `Enclosure in No. 17.` over a short note),
    but a label listing them is (`Enclosures:` / `As stated.`)."""
    patterns, dates = ctx.res.patterns, ctx.res.dates
    if patterns.match("attachment", text) and not text.rstrip().endswith(":"):
        return False
    labelled = heading_groups(text, ctx)
    if labelled and labelled[0] == "destination" and is_role(text, patterns):
        return False  # (names24) `HAY` / `MINISTER FOREIGN AFFAIRS`: the signer's office
    if (labelled and labelled[0] != "dateline") or patterns.match("processing", text):
        return True
    if any(d.day for d in dates.find(text)) or patterns.match("valediction", text):
        return False
    if patterns.match("foot-address", text) or patterns.match("postscript", text):
        return False
    if patterns.match("outgoing-number", text) or footnote_number(Line(0, text), ctx):
        return False
    if is_role(text, patterns):  # the signer's title under his name (`Foreign Secretary.`)
        return False
    if _COPIED_SIGNATURE.match(text):  # (cw94) the copy's signature under a foot address
        return False
    if _NUMBERED_SENTENCE.match(text) or _prose(text):  # a point of the text, a sentence
        return False
    # (bloc68) a file copy's typed name between slashes (or after the mark where the
    # signature stands) under its signer's office in mixed case (`Ambassador of the USSR in
    # the DPRK` / `/V. Ivanov/`, `/signature/ V. Ivanov`) is the signature's own
    # (bloc81) or typed in brackets under it (`Minister of Foreign Affairs` / `(Iv. Bashev)`)
    return len(text.split()) <= 20 and not signature_like(text) and not SLASHED_NAME.search(
        text) and not mark_name(text, patterns) and not parenthesised_name(text, patterns)


def _prose(text: str) -> bool:
    """(wc48) A sentence of the text, never registry furniture: ten words or more closed by
    a stop, most of them in lower case (an embassy's report going on under the signature of
    the message it quotes: `In closing, Comrade Mengistu asked to inform him ...`); (frus60)
    its note's anchor may follow the stop (a FRUS memorandum's recommendation under its
    unstopped label: `Recommendation` / `That you authorize us ... along the lines above.[2]`)."""
    words = text.split()
    return (len(words) >= _PROSE_WORDS and _SENTENCE_END.search(text) is not None
            and 2 * sum(word[:1].islower() for word in words) >= len(words))


def is_continuation(text: str) -> bool:
    """A short line that finishes a processing line: a rank, a signature, a name in brackets."""
    return len(text.split()) <= 8 and bool(_CONTINUATION.search(text))


def clerk_spans(found: re.Match[str]) -> list[tuple[int, int]]:
    """The names a processing line's `persons` group holds (`Deciphered by Piecuch, checked
    by Fiutowski`: the clerks who deciphered and checked it)."""
    if "persons" not in found.re.groupindex or not found.group("persons"):
        return []
    return name_spans(found.string, *found.span("persons"))
