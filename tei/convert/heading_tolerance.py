"""Lines no heading table knows that may still stand inside a cable form's heading
(`segment.heading_length`): a short line, a bracketed stamp, a long first line (an archive's
citation over the form), a diary keeper under its `from the diary of`, a Japanese cable's
subject over its number line, a decrypt release's caption, a British letter's printed reply
instruction, a record's own title over its fields."""

from __future__ import annotations

import re
from collections.abc import Callable

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.register import Entry
from tei.convert.release_title import is_caption
from tei.convert.roles import is_role
from tei.convert.states import is_country, located_in

Kind = Callable[[str, Context], "str | None"]


# (cables91) a cable's first paragraph, numbered and marked with its classification
# (`1. (S-ENTIRE TEXT)`, `1. (C) SUMMARY: ...`, `2. (U) ...`): the text has begun, so the
# page break's repeated classification and `PAGE 02` lines under it never carry the heading on
_MARKED_PARAGRAPH = re.compile(
    r"^\d{1,2}\.\s*+\((?:TS|S|C|U|LOU|SBU|FOUO|S/NF|C/NF|S/REL|U/FOUO)"
    r"(?:\)|\s*+-\s*+ENTIRE\s++TEXT)")


def tolerated(lines: list[Line], i: int, ctx: Context, kind: Kind) -> bool:
    """Whether line `i`, which no heading table knows, may stand inside the heading (`kind`
    gives a heading line's kind); never a cable's classified first paragraph."""
    if _MARKED_PARAGRAPH.match(lines[i].text.strip()):
        return False
    return (_tolerable(lines[i], ctx, i == 0) or _diary_keeper(lines, i, ctx, kind)
            or _subject_over_number(lines, i, ctx, kind) or _release_title(lines, i, ctx, kind)
            or _record_title(lines, i, ctx, kind) or _channel_between(lines, i, ctx, kind)
            or _form_complement(lines, i, ctx, kind))


_COMPLEMENT = re.compile(r"^(?:of|on|about|concerning|between)\s")
_COMPLEMENT_WORDS = 30
# a record's labelled field under the complement (`Place: ...`, `Date: ...`, `Time: ...`); a
# bare dateline there is the record's own line, read by the text's rules (wcda63)
_LABELLED_BELOW = re.compile(r"^[A-Z][a-z]{1,15}(?: [a-z]{1,12})?:\s")


def _form_complement(lines: list[Line], i: int, ctx: Context, kind: Kind) -> bool:
    """(wcda81) The rest of a record's heading under its form's word in capitals, opened in
    small letters and over a labelled heading line (`MINUTES` / `of the conversation of
    Comrade Yu. Tsedenbal with Ambassador of the USSR V. M. Molotov` / `Place: ...`)."""
    text = lines[i].text.strip()
    return 0 < i < len(lines) - 1 and bool(_COMPLEMENT.match(text)) \
        and len(text.split()) <= _COMPLEMENT_WORDS and not re.search(r"[.!?:]$", text) \
        and _form_word(bare(lines[i - 1].text), text, ctx, kind) \
        and bool(_LABELLED_BELOW.match(lines[i + 1].text)) \
        and kind(bare(lines[i + 1].text), ctx) is not None


def _form_word(above: str, text: str, ctx: Context, kind: Kind) -> bool:
    """A heading's form word: a `document-type` line, or a word alone in capitals that opens
    a form the type table knows with the complement under it (`RECORD` / `of the conversation
    of ...`, `NOTE` / `on a conversation with ...`)."""
    return kind(above, ctx) == "document-type" or (
        above.isupper() and len(above.split()) <= 2 and any(
            start == 0 for start, _, _ in ctx.res.patterns.phrases("doc-types", f"{above} {text}")))


def _channel_between(lines: list[Line], i: int, ctx: Context, kind: Kind) -> bool:
    """(cables65) A channel line in capitals between two heading lines (a military message's
    `PERSONAL FOR GENERAL SCHWARZKOPF FROM GENERAL POWELL` under its classification, over
    `MSGID/GENADMIN/CJCS//`): the heading goes on past it; table `routing-line` names its
    parties."""
    text = lines[i].text
    return (0 < i < len(lines) - 1 and text.isupper()
            and ctx.res.patterns.match("routing-line", text) is not None
            and kind(bare(lines[i - 1].text), ctx) is not None
            and kind(bare(lines[i + 1].text), ctx) is not None)


_RECORD_TITLE_WORDS = 30
_RECORDS = frozenset({"record-of-conversation"})


def _record_title(lines: list[Line], i: int, ctx: Context, kind: Kind) -> bool:
    """(wcda58) A record's own title line naming its form, capitalised, no stop closing it,
    between two heading lines (a Chinese memcon's `Top Secret` / `Minutes of Conversation
    between Premier Zhou Enlai and ...` / `Time: 5 May 1963, 4:00 p.m.`)."""
    text = lines[i].text
    forms = {form for start, _, form in ctx.res.patterns.phrases("doc-types", text) if start == 0}
    return (0 < i < len(lines) - 1 and text[:1].isupper() and bool(forms & _RECORDS)
            and len(text.split()) <= _RECORD_TITLE_WORDS and not re.search(r"[.!?:]$", text)
            and kind(bare(lines[i - 1].text), ctx) is not None
            and kind(bare(lines[i + 1].text), ctx) is not None)


_STRAY_CLOSE = re.compile(r"\]\s*$")
# (lang50) a word of a line's count has a letter or digit: the dashes parting a series line's
# parts are none (`Arquivo Histórico do Itamaraty — Telegramas expedidos — Washington — 1942`)
_WORDLIKE = re.compile(r"\w")


_CLOSING = ("bracketed-stamp", "bracketed-grade")  # lines that close a heading, open none
# (bloc66) the address line an office may go on under: `To Comrade Karlo Lukanov` (read as an
# addressee or, as a copies list reads `To Cde. X`, a distribution line)
_ADDRESSED = re.compile(r"(?i)^to\s")
_ADDRESS_KINDS = frozenset({"addressee", "distribution"})
# (bloc77) the names (two or more) an address line ending in a comma runs on to, the CC's
# distribution of an extract (`To Comrades Khrushchev, Bulganin,` / `Molotov, Zhukov — all.`)
_NAME = r"[A-Z][\w'’.-]*+(?:\s[A-Z][\w'’.-]*+){0,2}"
NAMES_RUN_ON = re.compile(
    rf"^{_NAME}(?:,\s*+{_NAME}){{1,12}}(?:\s*+[—–-]\s*+(?:to\s++)?all)?[.,]?$")
PLACE_FIELD = re.compile(r"(?i)^(?:place|location)\s*+:")  # a record's place field


def closes_heading(lines: list[Line], i: int, ctx: Context, kind: Kind) -> bool:
    """Whether line `i`, which no heading table knows, closes the heading under its last
    line: a handwritten minute or a grade in brackets (wc42), (frus65) the register's town
    a place field runs on to (`PLACE: Hotel Amigo` / `Brussels, Belgium`), or (bloc66) the
    office under the addressee's name (`To Comrade Karlo Lukanov` / `Minister of Foreign
    Affairs`: an East-bloc cipher's address over its text)."""
    text = bare(lines[i].text)
    if any(ctx.res.patterns.match(table, text) for table in _CLOSING):
        return True
    above = bare(lines[i - 1].text) if i else ""
    if _ADDRESSED.match(above) and kind(above, ctx) in _ADDRESS_KINDS \
            and (is_role(text, ctx.res.patterns)
                 or (above.endswith(",") and NAMES_RUN_ON.match(text) is not None)):
        return True
    if not i or not PLACE_FIELD.match(bare(lines[i - 1].text)):
        return False  # the register is asked only under a place field
    entry = ctx.res.register.lookup(text.split(",")[0].strip(" ."))
    return entry is not None and entry.kind == "place"


def place_run_on(line: Line, lines: list[Line], kinds: list[str | None],
                  ctx: Context) -> Entry | None:
    """(frus65) The register's town opening the unlabelled line a place field runs on to
    (`PLACE: Conference Hall, Okeanskaya Sanatorium` / `Vladivostok, USSR`): the town, not
    the building the field's own line names; (memcon72) or closing it after the building
    (`PLACE: Secretary's Suite` / `Waldorf Towers, New York`)."""
    i = lines.index(line) + 1
    parts = lines[i].text.strip().split(",") if i < len(lines) and kinds[i] is None \
        and PLACE_FIELD.match(bare(line.text)) else []
    for town in (parts[0], parts[-1]) if len(parts) > 1 else parts:
        entry = ctx.res.register.lookup(town.strip(" ."))
        if entry and entry.kind == "place" and not is_country(entry):
            return ctx.use(entry)
    return None


def bare(text: str) -> str:
    """Line text without a stray closing bracket at its end (left from a stamp block)."""
    if text.count("]") > text.count("[") and _STRAY_CLOSE.search(text):
        return _STRAY_CLOSE.sub("", text)
    return text


_SUBJECT_WORDS = 24


def _subject_over_number(lines: list[Line], i: int, ctx: Context, kind: Kind) -> bool:
    """A Japanese cable's subject set between its address line and its number line
    (`Prime Minister Visit to China (Foreign Ministers’ Discussion – Relations with the US)`
    / `Number 1340 Top Secret Top Urgent Q36RA`): a longer line no table knows, no sentence,
    right over the cable's number row."""
    text = lines[i].text
    return (i + 1 < len(lines) and len(text.split()) <= _SUBJECT_WORDS
            and not re.search(r"[.!?:]$", text)
            and kind(bare(lines[i + 1].text), ctx) == "cable-number")


def _release_title(lines: list[Line], i: int, ctx: Context, kind: Kind) -> bool:
    """A decrypt release's caption in capitals right over its `From:` line or its number
    line, or over the caption's second line (`release_title.is_caption`; other18, other32)."""
    below = [bare(line.text) for line in lines[i + 1:i + 3]]
    under = [kind(text, ctx) for text in below[:1]]
    return is_caption(lines[i].text) and bool(below) and (
        (under == ["sender"] and below[0][:5].casefold() == "from:")
        or under == ["cable-number"]
        or (is_caption(below[0]) and len(below) > 1
            and kind(below[1], ctx) in ("sender", "cable-number")))


_INVERTED_NAME = re.compile(r"^[A-Z][\w'’-]++,\s*+(?:[A-Z][a-z]?\.\s?){1,3}$")


def _diary_keeper(lines: list[Line], i: int, ctx: Context, kind: Kind) -> bool:
    """(wc29) A diary's keeper, surname first, under its `from the diary of` line (`from
    the diary of` / `Darusenkov, O. T.`): a heading line despite its initials' stop."""
    above = bare(lines[i - 1].text) if i else ""
    return (above.casefold().endswith(" of") and kind(above, ctx) == "provenance"
            and bool(_INVERTED_NAME.match(lines[i].text.strip())))


def _tolerable(line: Line, ctx: Context, first: bool = False) -> bool:
    """A short line, or a bracketed stamp line, that may stand inside a heading without a
    table knowing it; first, a longer one no stop closes (an archive's citation, lead26)."""
    text = line.text
    patterns = ctx.res.patterns
    if patterns.match("salutation", text) or patterns.match("address", text):
        return False
    if patterns.match("bracketed-stamp", text):
        return True  # `[stamp and handwriting] Cabinet of the Minister CM No. 2114/55 - 10 X`
    if _BRACKETED_NOTE.match(text):
        return True  # (lead69) a reader's or editor's note over the heading, of any length
    # an omission's dots, or (ocr43) an OCR speck with no letter or digit (`:`, `·`)
    omission = text.strip("[]. …") == "" or not re.search(r"\w", text)
    long_first = first and not any(d.day for d in ctx.res.dates.find(text))  # no dateline
    words = [word for word in text.split() if _WORDLIKE.search(word)]  # (lang50) no dash
    return omission or (len(words) <= (30 if long_first else 10)
                        and not re.search(r"[.!?:]$", text)) or _seat_alone(text, ctx) \
        or (len(words) <= 10 and file_mark(text))


def file_mark(text: str) -> bool:
    """(ocr87) A file copy's registry mark among a heading's lines, no unknown line of it (its
    stop kept): a folio's number (`4.`), a registry file's reference with a clerk's initials
    (`FEC 3/548/8 Enter. R.E.`, a British department's letters and its file's numbers)."""
    return _FILE_MARK.match(text.strip()) is not None


_FILE_MARK = re.compile(r"^(?:\d{1,3}\.|[A-Z]{2,4}\s?\d{1,3}/\d{1,4}/\d{1,4}\b.*+)$")


# (lead69) a line wholly in square brackets, no bracket inside (`[translated for HIST 342, Week 9
# reading pack - not for circulation]`): an editor's note, no line of the text
_BRACKETED_NOTE = re.compile(r"^\[[^\[\]]{2,300}+\]$")

# (ocr64) a State form's routing symbol alone on its line (`SS`, `G`, `S/S`, `INR`), and the
# routing label over the heading's lines before it (`Info`, `Info SS G`, `Origin NEA`)
_OFFICE_SYMBOL = re.compile(r"^[A-Z]{1,4}(?:[/-][A-Z0-9]{1,4})?$")
_ROUTING_LABEL = re.compile(r"^(?:Action|ACTION|Info|INFO|Origin|ORIGIN)(?:\s++[A-Z/-]{1,6})*+$")
_ROUTING_REACH = 12  # lines back from a symbol to its label


def office_symbol(lines: list[Line], i: int) -> bool:
    """(ocr64) Line `i` a State telegram form's office symbol alone on its line under a
    routing label, as an OCR sets the routing column's symbols between the address block's
    cells (`Info   INFO: Amembassy BANGKOK   2051` / `SS   Amembassy SAIGON   1547` /
    `G   CINCPAC`): a heading may hold any number of them among its lines; (ocr87) so may
    a file copy's registry marks (`file_mark`)."""
    if file_mark(lines[i].text):
        return True
    return _OFFICE_SYMBOL.match(lines[i].text) is not None and any(
        _ROUTING_LABEL.match(line.text) for line in lines[max(0, i - _ROUTING_REACH):i])


def _seat_alone(text: str, ctx: Context) -> bool:
    """(cw60) A city the register knows alone on its line, closed by a stop, as a ministry's
    address sets its seat under the letterhead (`South Block,` / `New Delhi.`); not a seat of
    government in a city (`Whitehall.` under `10 Downing Street,`: the letter's address)."""
    entry = ctx.res.register.lookup(text.strip(" .,")) if text.rstrip().endswith(".") else None
    return entry is not None and entry.kind == "place" and not located_in(entry)



_REPLY_REACH = 6  # lines from a reply instruction's first line to its last


def reply_instruction(lines: list[Line], i: int, ctx: Context) -> int:
    """(ocr43) Lines of the printed reply instruction a British department's letter opens
    with on line `i` (`Any further communication on this subject should be addressed to—` /
    `The Secretary.` / `War Office,` / `London, S.W.` / `and the following number quoted.`,
    table `reply-instruction`), 0 when none opens there: they stand in its heading."""
    patterns = ctx.res.patterns
    found = patterns.match("reply-instruction", bare(lines[i].text))
    if not found or found[0] != "open":
        return 0
    for j in range(i + 1, min(len(lines), i + _REPLY_REACH + 1)):
        row = patterns.match("reply-instruction", lines[j].text)
        if row and row[0] == "close":
            return j - i + 1
    return 1


# (repost82) an editors' heading naming the form and its addressee (`TELEGRAM TO THE
# REVOLUTIONARY MILITARY COUNCIL OF THE EASTERN FRONT`, Lenin's Collected Works as the Marxists
# Internet Archive reposts them) is no letterhead: the place under it is where it went
_ADDRESSED_FORM = re.compile(r"^(?:TELEGRAM|CABLE|LETTER|NOTE|MESSAGE|RADIOGRAM|TELEPHONOGRAM)"
                             r"\s++TO\s++\S")


def seat_kinds(lines: list[Line], kinds: list[str | None]) -> list[str | None]:
    """The heading lines' kinds, an editors' heading naming the form and its addressee taken
    for a letterhead read as no heading line (`heading_places._letterhead_place`)."""
    return [None if kind == "letterhead" and _ADDRESSED_FORM.match(line.text.strip()) else kind
            for kind, line in zip(kinds, lines, strict=True)]
