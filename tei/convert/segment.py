"""The kinds of line the segment stage (`tei.convert.zoning`) tells apart: a cable form's
heading lines (rows, fields), stamps, labels over members, signature lines."""

from __future__ import annotations

import re
from functools import lru_cache

from tei.convert.brackets import block_end
from tei.convert.context import Context
from tei.convert.date_eras import arabic_number, calendar_paired
from tei.convert.glued_labels import glued_label
from tei.convert.heading_tolerance import (
    bare,
    closes_heading,
    office_symbol,
    reply_instruction,
    tolerated,
)
from tei.convert.inside_address import MAX_LINES, inside_address_end
from tei.convert.label_members import (
    LABEL_ALONE,
    block_members,
    label_alone_match,
    participant_members,
    reader_run,
)
from tei.convert.memo_addressees import memo_list_run
from tei.convert.minutes import minute_officer
from tei.convert.ocr_label import semicolon_label
from tei.convert.patterns import Patterns, label_key
from tei.convert.read import Line
from tei.convert.recall import recall
from tei.convert.spaced_lines import misread_form
from tei.convert.telegraphic_address import addressed

CLOSE_QUOTES = "\"”»“"
_WEAK_HEADING = ("distribution", "name", "dateline", "destination")
_MISREAD_REACH = 80  # (ocr79) a text short enough to be asked again, its form's name repaired
# (cw69) a file copy's bare mark (`Copy.`, `(Copy)`) over a form or a letter: no form by itself
_BARE_COPY = re.compile(r"^\(?(?i:copy)\.?\)?\.?$")


@lru_cache(maxsize=4)
def _qualified(patterns: Patterns) -> re.Pattern[str]:
    """The handling words a documents volume's heading sets in lower case before the form it
    names (table `form-qualifiers`; DIFP: `Personal code telegram from ...`, `Secret and
    personal letter from ...`)."""
    words = "|".join(re.escape(w).replace(r"\ ", r"\s++")
                     for w in sorted(patterns.words("form-qualifiers"), key=len, reverse=True))
    return re.compile(rf"^(?i:(?:{words})(?:\s++and\s++(?:{words}))?)\s++(?=[a-z])")


def doc_type_in(text: str, ctx: Context, at_start: bool = False) -> str | None:
    """Document type named in `text` (the `doc-types` table), optionally only at its start
    (after a lower-case form's handling words: `Personal code telegram from ...`)."""
    qualified = _qualified(ctx.res.patterns).match(text)
    starts = {0, qualified.end()} if qualified else {0}
    found = [(start, -len(label), kind)
             for start, label, kind in ctx.res.patterns.phrases("doc-types", text)
             if not at_start or start in starts]
    if not found and len(text) < _MISREAD_REACH:  # (ocr79) the OCR's `Telegrarn`, `AIRGRAN`
        fixed = misread_form(text)
        return doc_type_in(fixed, ctx, at_start) if fixed else None
    return min(found)[2] if found else None


_TYPE_WORDS = 4  # a form's name (`Ciphered telegram`, `Record of conversation`), not a heading


def label_of(text: str, ctx: Context) -> tuple[str, str, str] | None:
    """(table, field name, inline value) when `text` is a page field label; (lang49) a CJK
    page's full-width colon parts them too (JACAR's `言語：日本語`); (lead32) a date's label
    before a value without a date is none (`Written: in three copies`, a copy note)."""
    label, colon, value = text.replace("：", ":", 1).partition(":")
    key, value = label_key(label), value.strip()
    for table in ("page-fields", "page-keyword-fields"):
        name = ctx.res.patterns.words(table).get(key)
        if name and (value or text.rstrip().endswith((":", "：")) or not colon):
            if name == "document-information" and value and len(value.split()) <= _TYPE_WORDS \
                    and doc_type_in(value, ctx, at_start=True):
                return table, "type", value  # (repost80) a table's `Document | Ciphered telegram`
            return None if name == "date" and value and not ctx.res.dates.find(value) \
                else (table, name, value)
    return glued_label(text, ctx)


def _dated_field(text: str, ctx: Context) -> bool:
    """(bloc81) Whether `text` is a form's date field, labelled (`Dated: 12 Asvina 1887
    (Saka)`): a line of the heading, no letter's dateline."""
    found = ctx.res.patterns.match("heading", text)
    return found is not None and found[0] == "date"


def heading_length(lines: list[Line], ctx: Context) -> int:
    """Number of lines at the start that form a cable form's heading.

    A heading needs one strong line (a number, a classification, a transmission line, a
    stamp, two address lines in capitals); weak lines (a dateline, a name, a distribution
    line, one place in capitals) and up to three short
    lines no table knows may stand among its lines, so one unknown or reordered line does
    not lose the heading. It ends after its last recognised line, and before a dateline in
    another calendar (table `other-calendar-date`), which opens a letter or memorandum."""
    i, end, strong, unknown, destinations = 0, 0, False, 0, 0
    if minute_officer(ctx):
        return 0  # `Mr. Calder` over a minute's text heads no cable (other32)
    while i < len(lines):
        text = bare(lines[i].text)
        if stamp_opening(lines, i, ctx) or reply_instruction(lines, i, ctx):
            i = max(block_end(lines, i) + 1, i + reply_instruction(lines, i, ctx))
            end, strong, unknown = i, True, 0
            continue
        if (not strong and ctx.res.patterns.match("frus-block-label", text)
                and not label_alone(text, ctx)):
            break  # a memorandum's `PARTICIPANTS` list (`Mr. Tyler`, ...) heads no cable
        if inside_address_end([line.text for line in lines[i:i + MAX_LINES + 2]], 0, ctx):
            break  # `Mr. Dean Rusk` / `Secretary of State` over `Dear Mr. Secretary:`
        if ctx.res.patterns.match("other-calendar-date", text) and not _dated_field(text, ctx):
            break  # (misses40) `Shillong, the 12th Asvina, 1885 Saka`: a letter's dateline
        if i == end and i and heading_kind(bare(lines[i - 1].text), ctx) in (
                "sender", "addressee") and (readers := reader_run(lines, i, ctx)
                                            or memo_list_run(lines, i)):
            i = end = i + readers  # (wc42) the readers listed under a ciphergram's `From:`
            continue
        kind = heading_kind(text, ctx)
        if kind == "distribution" and (_salutation_follows(lines, i, ctx)
                                       or text.rstrip().endswith("!")):
            break
        if kind is not None and label_alone(text, ctx):
            members = heading_members(lines, i + 1, ctx, label_alone(text, ctx))
            i += 1 + members
            end, strong, unknown = i, True, 0
            continue
        if kind is None and i == end and strong and closes_heading(lines, i, ctx, heading_kind):
            i = end = i + 1  # (wc42) a handwritten minute or a grade in brackets under it
            continue
        if kind is None:
            unknown += not office_symbol(lines, i)
            if unknown > 3 or not tolerated(lines, i, ctx, heading_kind):
                break
            i += 1
            continue
        destinations += kind == "destination"
        strong = strong or (kind not in _WEAK_HEADING and not _BARE_COPY.match(text)) \
            or destinations >= 2
        i += 1
        end, unknown = i, 0
    return end if strong else 0


def label_alone(text: str, ctx: Context) -> str | None:
    """The fact of a heading label standing alone on its line (`PARTICIPANTS:`,
    `Distribution:`, `Copies to:-`), or of a participants label with the first of them on its
    line (`PARTICIPANTS: The President` over `Secretary Rusk`): the lines under it are its
    values; not of one whose line lists them all, closed by a full stop (`Also present: Cdes.
    M. A. Suslov, A. A. Gromyko.`)."""
    found = label_alone_match(text) or _LABELLED.match(text)
    fact = label_fact(found.group("label"), ctx) if found else None
    listed = fact == "participants" and not ("," in text and _LIST_END.search(text))
    return fact if found is None or found.re is LABEL_ALONE or listed else None


def label_fact(label: str, ctx: Context) -> str | None:
    """The fact of a heading label (`heading-labels`), a participants label qualified by its
    side included (`Chinese attendees`, `Soviet participants`: those of `Attendees`)."""
    side, _, rest = label.partition(" ")
    found = ctx.res.patterns.label("heading-labels", rest) if side.istitle() and rest else None
    return ctx.res.patterns.label("heading-labels", label) or (
        found if found == "participants" else None) or _bilingual_fact(label, ctx) or (
        _glossed_fact(label, ctx))


_GLOSSED = re.compile(r"^(?P<own>[^\[\]]{1,40}?)\s*+\[(?P<gloss>[^\[\]]{1,30})\]$")


def _glossed_fact(label: str, ctx: Context) -> str | None:
    """The fact of a label kept in the form's language with the translator's gloss in
    brackets after it (`Εκ [From]`, `Αριθ. [No.]`, `Примљено [Received]`): the label's own
    fact, else the gloss's."""
    found = _GLOSSED.match(label.strip())
    if not found:
        return None
    own = ctx.res.patterns.label("heading-labels", found.group("own").rstrip("."))
    return own or ctx.res.patterns.label("heading-labels", found.group("gloss").rstrip("."))


def _bilingual_fact(label: str, ctx: Context) -> str | None:
    """The fact of a bilingual form's label, its languages joined by a slash (`VAN/FROM`,
    `DATUM/DATE`, `AAN/TO`): the one fact its known parts agree on."""
    if "/" not in label:
        return None
    facts = {ctx.res.patterns.label("heading-labels", part.strip()) for part in label.split("/")}
    facts.discard(None)
    return facts.pop() if len(facts) == 1 else None


def heading_members(lines: list[Line], i: int, ctx: Context, fact: str | None = None) -> int:
    """`block_members` of a label alone (its `fact`; a participants label's own: see
    `participant_members`) in a cable heading, up to a number line or a labelled line."""
    listed = fact == "participants" and participant_members(lines, i, ctx)
    count = listed or block_members(lines, i)
    return next((n for n in range(count) if _own_field(bare(lines[i + n].text), ctx)), count)


def _own_field(text: str, ctx: Context) -> bool:
    """A heading line that is a field of its own, never a value listed under a label: a
    number line (`No. 435762`) or a labelled line (`Date: 3.XI 1962`)."""
    found = heading_groups(text, ctx)
    return found is not None and (found[0] == "cable-number" or bool(_LABELLED.match(text)))


_LABEL_KINDS = {"sender": "sender", "addressee": "addressee", "sent": "date",
                "received": "transmission", "number": "cable-number", "subject": "subject",
                "reference": "reference", "distribution": "distribution",
                "classification": "classification", "participants": "participants",
                "place": "place", "time": "time", "language": "language", "recorded": "date"}
_LABEL_GROUPS = {"sender": "sender", "addressee": "addressee", "sent": "sent",
                 "received": "received", "number": "telegram", "place": "sender",
                 "language": "language", "recorded": "recorded", "time": "time"}
# a list of names closed on its line ends with a stop after a word's small letters
_LIST_END = re.compile(r"[a-z]{4}\.$")
# (invent29) or the full-width colon of CJK forms; (ocr60) OCR's nought for O (`FR0M:`, `T0:`)
_LABELLED = re.compile(r"^(?P<label>(?:[^:：\d]|(?<=[A-Za-z])0){1,40}?)\s*+\.?\s*+[:：]"
                       r"\s*(?P<value>\S.*)$")
# a number with its series letters before it (`MESSAGE NR: SH 2217`, lead34 `UNFICYP 417`)
# (cables70) the series' number perhaps closed by the comma before its date (`SECTO 45,
# March 14, 11 p.m.`)
# (wcda73) or a Chinese cable's year in brackets before it (`Number: (60) 0412`)
_SERIES_NUMBER = re.compile(r"^(?:[A-Z]{1,10}|\(\d{2,4}\))\s\d[\w/-]*+(?=[\s,;]|$)")
# (other35) the number sign a labelled number's value repeats before its digits (`Nr. 2361`);
# (cables42) or the series a UN code cable's number belongs to, labelled in its turn
# (`NUMBER: UNAMIR: 100`: the hundredth cable to the mission)
_NUMBER_SIGN = re.compile(r"^(?:Nr|No|N°|Nº|[A-Z]{2,10}\s?:)\.?\s*+(?=\d)")


def heading_groups(text: str, ctx: Context) -> tuple[str, dict[str, str]] | None:
    """(kind, facts) of a heading line: a `heading` table row's named groups, or a labelled
    line (`heading-labels`: `Dispatched: Moscow, 1957. III. 25.`); worked out once a
    document (the facts are the caller's copy)."""
    found = recall(ctx, "heading-groups", text, _heading_groups)
    return (found[0], dict(found[1])) if found else None


def _heading_groups(text: str, ctx: Context) -> tuple[str, dict[str, str]] | None:
    found = _own_groups(text, ctx)
    glossed = (_GLOSS_FIRST.match(text) or _GLOSS_ALONE.match(text)
               ) if found is None and "[" in text else None
    found = _own_groups(glossed.group("gloss") + glossed.group("rest"), ctx) if glossed else found
    found = addressed(text, found, ctx) or _unclosed_note_tail(text, ctx) or semicolon_label(
        text, ctx, _own_groups)
    return _sender_dated(found, ctx) if found else None


# (misses45) a translator's note on a form's handwriting opened and never closed, so the typed
# field it stands beside runs on in its line (`[handwritten: 136 37 Copy no. WASHINGTON 54607 9`)
_UNCLOSED_NOTE = re.compile(r"^\[(?i:handwritten|handwriting|stamp)\b")
_CAPITALS_WORD = re.compile(r"(?<=\s)(?=[A-Z]{3,}\b)")
_TAIL_KINDS = ("transmission", "cable-number")


def unclosed_note(text: str) -> bool:
    """Whether `text` opens a note on the form's handwriting or stamp that no bracket closes."""
    return bool(_UNCLOSED_NOTE.match(text)) and text.count("[") > text.count("]")


def _unclosed_note_tail(text: str, ctx: Context) -> tuple[str, dict[str, str]] | None:
    """(kind, facts) of the typed field a never-closed note on the form's handwriting runs
    on into: a transmission row or cable number read from a word in capitals to the line's
    end; the note's own numbers and marks before it are not read."""
    if not unclosed_note(text):
        return None
    for start in _CAPITALS_WORD.finditer(text):
        found = _own_groups(text[start.start():], ctx)
        if found and found[0] in _TAIL_KINDS:
            return found
    return None


def _sender_dated(found: tuple[str, dict[str, str]], ctx: Context
                  ) -> tuple[str, dict[str, str]]:
    """A sender's line that goes on with the sending date after a comma (`From Cairo,
    22.II.1958. у 21.00 час.`, `From: Embassy Moscow, 12 May 1960`): the two facts apart."""
    kind, groups = found
    place, _, when = groups.get("sender", "").partition(",")
    if kind == "sender" and "sent" not in groups and _full_date(when.strip(), ctx):
        groups = {**groups, "sender": place, "sent": when.strip()}
    return kind, groups


# A heading line opened in the form's language with the translator's gloss after it, going on
# after the gloss (`Из Каира [From Cairo], 22.II.1958.`): read as the gloss would be
_GLOSS_FIRST = re.compile(r"^[^\[\]\d:]{1,40}?\s*+\[(?P<gloss>[^\[\]\d]{1,40})\](?P<rest>.+)$")
# (invent14) a number line in another script glossed whole (`第 214 号 [No. 214]`): its gloss
_GLOSS_ALONE = re.compile(r"^(?=[^\[\]]{0,40}?[^\W\d_A-Za-z])[^\[\]A-Za-z]{0,20}?\d"
                          r"[^\[\]A-Za-z]{0,20}?\s*+\[(?P<gloss>[^\[\]]{1,40})\]?(?P<rest>)$")


# (global70) a record's heading fields numbered one a line (a Korean or Japanese ministry's
# record of a conversation: `1. Date and time: 1975. 4. 30. (Wed.) 15:00-15:50`, `2. Place:`,
# `3. Participants:`, `5. Contents of the conversation:`): the field's, when its label is one
_NUMBERED_FIELD = re.compile(r"^[1-9]\.\s++(?=[A-Z][^:\d]{1,40}:)")
_NUMBERED_FACTS = frozenset({"sent", "time", "place", "participants", "subject"})
_DATE_AND_TIME = re.compile(r"(?i)^date\s++and\s++time$")
# (memcon74) a record's hours before its day in its time field (`from 9:00 to 10:40, 3 March
# 1966`, `10.00-11.30 hrs, 14 May 1971`): the day after them is the meeting's
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*+(?i:[ap]\.\s?m\.?|hrs?\.?|hours))?"
_CLOCK_SPAN = re.compile(rf"^(?i:from\s++)?{_CLOCK}"
                         rf"(?:\s*+(?:[-–—]|(?i:to|until|till))\s*+{_CLOCK})?\s*+[,;]\s*+")


def _own_groups(text: str, ctx: Context) -> tuple[str, dict[str, str]] | None:
    found = ctx.res.patterns.match("heading", text)
    sent = found[1].group("sent") if found and found[0] == "dateline" else ""
    if sent and ctx.res.patterns.match("calendar-day-dates", sent):  # (global78) `Jerusalem,
        return found[0], {k: v for k, v in found[1].groupdict().items()  # 12 Tevet 5722`: the
                          if v and k != "sent"}  # place; the civil date on its own line
    if found and (not sent or _full_date(sent, ctx) or ctx.res.dates.month_year(sent)):
        groups = {k: arabic_number(v) if k == "telegram" else v  # `第八三六号`
                  for k, v in found[1].groupdict().items() if v}
        if "post" in groups:  # (series74) `11904-11906/612-614`: the first of each series
            groups["telegram"] = f"{groups.get('telegram', '')}/{groups.pop('post')}"
        return found[0], groups
    numbered = _NUMBERED_FIELD.match(text) if text[:1].isdigit() else None
    text = text[numbered.end():] if numbered else text
    labelled = (_LABELLED.match(text) or label_alone_match(text)) if ":" in text else (
        _LABELLED.match(text) if "：" in text else None)
    fact = label_fact(labelled.group("label"), ctx) if labelled else None
    if numbered and not fact and labelled and _DATE_AND_TIME.match(labelled.group("label")):
        fact = "sent"  # (memcon77) `1. Date and time: June 4, 1969, 10:00 a.m. - 12:10 p.m.`
    if not fact or (numbered and fact not in _NUMBERED_FACTS):
        return None
    value = labelled.groupdict().get("value", "").strip()
    if not value:
        return _LABEL_KINDS[fact], {}
    groups = {_LABEL_GROUPS[fact]: value} if fact in _LABEL_GROUPS else {}
    if fact == "sent" and "," in value:
        groups["sender"] = value.split(",")[0]
    if fact == "time" and _full_date(value, ctx):
        groups["sent"] = value  # a record's `Time: 17 July 1960, 4:00 p.m. to 5:30 p.m.`
    elif fact == "time" and (span := _CLOCK_SPAN.match(value)) and _full_date(
            value[span.end():], ctx):
        groups["sent"] = value[span.end():]  # (memcon74) `Time: from 9:00 to 10:40, 3 March 1966`
    if fact == "number" and groups.pop("telegram") and value[:1] != "[":  # (wcdp92) `[blacked out]`
        value = _NUMBER_SIGN.sub("", value)  # `Laufende Botschafts-Nummer: Nr. 2361`
        series = _SERIES_NUMBER.match(value)
        groups["telegram"] = series.group() if series else value.split()[0].rstrip(".,;")
        rest = value[len(groups["telegram"]):].lstrip(" ,;")
        if rest and any(d.day and d.start == 0 for d in ctx.res.dates.find(rest)):
            groups["sent"] = rest  # a form's `NO: 1203, March 3, 8 p.m.`: the sending date
    return _LABEL_KINDS[fact], groups


def _full_date(text: str, ctx: Context) -> bool:
    """True when `text` opens with a full date, perhaps after a short word (`le 25 octobre
    1962`, `dnia 3.IV.1957 r.`), or ends with one in brackets: the editors' civil date after
    one in a calendar the tables do not read (`12 Teşrinievvel 1330 [25 October 1914]`);
    (invent22) or is another calendar's date with the civil one after a dash or slash."""
    return any(d.day and d.year and (d.start <= _DATE_WORD_ROOM or _glossed(text, d.start, d.end)
                                     or _weekday_before(text[:d.start], ctx))
               for d in ctx.res.dates.find(text)) or calendar_paired(text, ctx.res.dates.whole)


def weekday_dated(text: str, ctx: Context) -> bool:
    """(ocr69) A whole date after its weekday (`Wednesday, March 6, 1968`)."""
    head, comma, rest = text.partition(",")
    return bool(comma) and _weekday_before(head, ctx) and bool(ctx.res.dates.whole(rest.strip()))


def _weekday_before(head: str, ctx: Context) -> bool:
    """(ocr69) Whether `head`, the words before a date, is the weekday a White House
    memorandum's dateline opens with (`Wednesday, March 6, 1968`, over its hour line)."""
    return head.strip(" ,").casefold() in ctx.res.patterns.words("weekdays")


def _glossed(text: str, start: int, end: int) -> bool:
    """Whether the date from `start` to `end` is the bracketed gloss that closes `text`."""
    return text[:start].rstrip()[-1:] in ("[", "(") and text[end:].strip(" .") in ("", "]", ")")


_DATE_WORD_ROOM = 5  # `dnia ` (Polish: on the day), `le `, `am `


_NOTE_CALL_END = re.compile(r"(?<=\d)(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]?)$")


# (intel80) a clock's time zone closing a dated line (the Situation Room's `October 14, 1973
# -- 0700 EDT`)
_ZONE_END = re.compile(r"(?<=\d)\s*+(?:[ECMP][DS]T|GMT|UTC|Z)$")


def date_alone(text: str, ctx: Context) -> str:
    """The date a heading line gives alone, perhaps with a note's call glued to its year
    (`13 August 1970[1]`, the AAPD's date beside its file line: lead73; memcon80: the call
    in superscript as the edition's page gives it, `14. April 1975¹`) or (intel80) a time
    zone after its clock (`October 14, 1973 -- 0700 EDT`); or ``."""
    text = _NOTE_CALL_END.sub("", text) if text[-1:] in "]¹²³⁴⁵⁶⁷⁸⁹⁰" else text
    if ctx.res.dates.whole(text):
        return text
    zoned = _ZONE_END.sub("", text) if text[-1:] in ("T", "C", "Z") else text
    return zoned if zoned != text and ctx.res.dates.whole(zoned) else ""


def heading_kind(text: str, ctx: Context) -> str | None:
    """Kind of a cable heading line: a `heading` table row or label, or a bare place or
    person name, a date, a language (worked out once a document)."""
    return recall(ctx, "heading-kind", text, _heading_kind)


def _heading_kind(text: str, ctx: Context) -> str | None:
    found = heading_groups(text, ctx)
    if found:
        return found[0]
    if date_alone(text, ctx):
        return "dateline"
    if ctx.res.patterns.label("languages", text):
        return "language"
    city = _POSTAL_DISTRICT.sub("", text)  # `LONDON, W.C.2.`; (lead35) `CANBERRA, A.C.T.`
    entry = ctx.res.register.lookup(city.rstrip("-–—., "))
    if entry and entry.kind == "place" and text.isupper():
        return "destination"
    return "name" if entry and entry.kind == "person" else None


def _salutation_follows(lines: list[Line], i: int, ctx: Context) -> bool:
    return i + 1 < len(lines) and bool(ctx.res.patterns.match("salutation", lines[i + 1].text))


# a London or Canberra postal district after a city (`LONDON, W.C.2.`, `CANBERRA, A.C.T.`)
_POSTAL_DISTRICT = re.compile(r",\s*+(?:(?:[NSEWC]\.?\s?){1,2}\d{1,2}\.?|(?:[A-Z]\.\s?){2,3})$")


_WRAP_WORDS = 4  # `[MFA Far East` over `Department stamp:`: the words before a wrapped label


def stamp_opening(lines: list[Line], i: int, ctx: Context) -> tuple[str, re.Match[str], int] | None:
    """(row, match, lines of the opening) of a bracketed stamp or notation block opened on
    line `i`; its label may wrap onto the next line (`[MFA Far East` / `Department
    stamp:`), when the first line opens a bracket it does not close."""
    text = bare(lines[i].text)
    found = ctx.res.patterns.match("stamp-open", text)
    if found:
        return found[0], found[1], 1
    if (i + 1 < len(lines) and text.startswith("[") and "]" not in text
            and len(text.split()) <= _WRAP_WORDS):
        found = ctx.res.patterns.match("stamp-open", f"{text} {bare(lines[i + 1].text)}")
        if found:
            return found[0], found[1], 2
    return None
