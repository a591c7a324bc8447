"""Lines the segment stage reads as one: a date or a dateline's place broken over two lines,
a heading label whose value wraps onto the next line."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from tei.convert.context import Context
from tei.convert.date_eras import other_calendar_year
from tei.convert.read import Line

Reader = Callable[[str, Context], bool]  # True when a text reads as a heading line
_CALL = re.compile(r"\s\d{1,2}$")  # a note call ending a heading's last line


def _joined(lines: list[Line], runs_on: Callable[[Line, Line], bool]) -> list[Line]:
    """The lines with each one that `runs_on` its (joined) predecessor put after it."""
    out: list[Line] = []
    for line in lines:
        if out and runs_on(out[-1], line):
            rest = _CALL.sub("", line.text) if runs_on is _broken_heading else line.text
            out[-1] = replace(out[-1], text=f"{out[-1].text} {rest}")
        else:
            out.append(line)
    return out


def join_split_dates(lines: list[Line], ctx: Context) -> list[Line]:
    """`Chungking, December 7,` / `1945—11 a.m.`: a date broken over two lines is one line."""
    def split_date(previous: Line, line: Line) -> bool:
        cut = len(previous.text)
        return previous.text.endswith(",") and line.text[:1].isdigit() and any(
            d.start < cut < d.end for d in ctx.res.dates.find(f"{previous.text} {line.text}"))
    return _joined(lines, split_date)


def join_broken_places(lines: list[Line], ctx: Context) -> list[Line]:
    """A dateline broken inside its place's name (`broken_place`) or after its month
    (`broken_month`) is one line, before the page readers look for it."""
    joined = _joined(lines, lambda previous, line: not line.blank_before and (
        broken_place(previous, line, ctx) or broken_month(previous, line, ctx)
        or broken_day(previous, line, ctx) or broken_cardinal_day(previous, line, ctx)
        or civil_date_under(previous, line, ctx)))
    return join_lone_first_words(join_title_breaks(_joined(joined, _broken_heading)))


# (cw97) a paragraph broken after a courtesy title, the name opening the next block (the
# older dfat.gov.au pages' hard-wrapped text: `... welcome the opportunity for Mr.` / `` /
# `McIntosh, Secretary of ...`): a title's abbreviation ends no paragraph, so a sentence's
# line of three words or more ending in it runs on into the capitalised word after the blank
_TITLE_END = re.compile(r"\S\s(?:Mr|Mrs|Messrs|Dr|Mme|Mlle|Mgr|Herr|M)\.$")
_NAME_OPENS = re.compile(r"^(?!No\.)(?:[A-Z]\.\s?)*+(?:Mc|Mac|O['’]|D['’]|de\s|van\s|von\s)?"
                         r"[A-Z][a-z'’-]++(?![:\w])")
_TITLE_LINE_WORDS = 3


def join_title_breaks(lines: list[Line]) -> list[Line]:
    """A line ending in a courtesy title joined to the name that opens the next line over a
    blank line (a wrapped line's break with none between is the read stage's: `Mr. Plumb to
    Mr.` / `No. 40.]`, a heading that lost its addressee, stays a line apart)."""
    return _joined(lines, lambda previous, line: line.blank_before
                   and len(previous.text.split()) >= _TITLE_LINE_WORDS
                   and _TITLE_END.search(previous.text) is not None
                   and _NAME_OPENS.match(line.text) is not None)


# (cables41) a page that sets each paragraph's first word apart on a line of its own (the
# Pearl Harbor hearings' intercepts on ibiblio: `We` / `are of the opinion ...`, `As` /
# `I pointed out ...`): a lone capitalised word over a line that goes on in lower-case words
# (not a file name under a record label: `Files` / `kekkonen_1961_11_20.pdf`)
_LONE_WORD = re.compile(r"^[A-Z][a-z]{0,11}$")
_GOES_ON = re.compile(r"^(?:[a-z]++[,;]?\s|I\s[a-z])")


def join_lone_first_words(lines: list[Line]) -> list[Line]:
    """Each lone first word joined to the line it begins, when the page does so twice or
    more (the layout, not a heading word over a line that happens to go on in lower case)."""
    def lone(previous: Line, line: Line) -> bool:
        return (not line.blank_before and _LONE_WORD.match(previous.text) is not None
                and _GOES_ON.match(line.text) is not None)
    if sum(lone(a, b) for a, b in pairwise(lines)) < 2:
        return lines
    return _joined(lines, lone)


# (other35) a heading broken after its last preposition (`... à la Légation de Suisse à` /
# `Paris 1`): the place or name that ends it, a note call after it whose note is the page's
_OPEN_END = re.compile(r"^[A-ZÉÄÖÜ][^:;]{10,}\s(?:à|au|aux|an|to)$")
_HEADING_END = re.compile(r"^[A-ZÉÄÖÜ][\w'’.-]++(?:\s[A-ZÉÄÖÜ][\w'’.-]++){0,2}(?:\s\d{1,2})?$")


# (series70) an editors' heading by the writer's office broken before its `of the` (the
# Swiss edition's `Notice of the Head of the Division of Foreign Affairs` / `of the Political
# Department, A. Zehnder`; `Memorandum by the Head of the Legal Division` / `of the ...`)
_OFFICE_HEAD = re.compile(r"^(?:Notice|Memorandum|Minute|Note|Record)\s(?:by|of)\s(?:the\s)?"
                          r"[A-Z][\w'’-]*+(?:\s(?:[A-Z][\w'’-]*+|of|the|for|and|in)){1,10}$")
_OFFICE_GOES_ON = re.compile(r"^of\sthe\s[A-Z]")


# (memcon79) a file copy's heading in capitals naming its form and writer by his office,
# broken before the addressee's (`TEXT OF A PERSONAL MESSAGE FROM THE PRIME MINISTER OF INDIA`
# / `TO THE PRESIDENT OF THE UNITED STATES`)
_CAPITALS_FROM = re.compile(r"^(?=[^a-z]{20,}$)[A-Z][A-Z'’ ,.-]*?\b(?:MESSAGE|LETTER|NOTE|"
                            r"MEMORANDUM|TELEGRAM|CABLE)\sFROM\sTHE\s[^a-z]+$")
_CAPITALS_TO = re.compile(r"^TO\sTHE\s(?=[^a-z]{6,}$)[A-Z][A-Z'’ ,.-]+$")
# (lead80) or broken after its preposition, as a printed volume's narrow measure sets it
# (`TELEGRAM OF THE SOVIET AMBASSADOR IN CAIRO TO THE` / `MINISTRY OF FOREIGN AFFAIRS OF THE
# USSR`)
_CAPITALS_OPEN = re.compile(r"^[A-Z'’ ,.-]{20,}$")
_FORM_WORD = re.compile(r"\b(?:MESSAGE|LETTER|NOTE|MEMORANDUM|TELEGRAM|CABLE|RECORD|REPORT|"
                        r"MINUTES)\b")
_OPEN_END_WORD = re.compile(r"\s(?:TO|OF|FROM|AND|WITH|IN|AT|ON|FOR|BY)(?:\sTHE)?$")
_CAPITALS_END = re.compile(r"^(?=[^a-z\d]{6,}$)[A-Z][A-Z'’ ,.()-]+$")


def _broken_heading(previous: Line, line: Line) -> bool:
    """A heading line ending in its preposition over the words that end it; or an office's
    heading going on with `of the` on the next line; or one in capitals naming its writer's
    office, its addressee's on the next line."""
    if line.blank_before:
        return False
    if _CAPITALS_TO.match(line.text) and _CAPITALS_FROM.match(previous.text) \
            and " TO THE " not in previous.text:
        return True
    if _CAPITALS_OPEN.match(previous.text) and _FORM_WORD.search(previous.text) \
            and _OPEN_END_WORD.search(previous.text) and _CAPITALS_END.match(line.text):
        return True
    return (_OPEN_END.match(previous.text) is not None
            and _HEADING_END.match(line.text) is not None) or (
        _OFFICE_GOES_ON.match(line.text) is not None
        and _OFFICE_HEAD.match(previous.text) is not None)


def broken_place(first: Line, rest: Line, ctx: Context) -> bool:
    """A dateline broken inside its place's name (a narrow column's `New` / `York, November
    21, 1955—6`): one capitalised word that is no register name, whose register place the
    next line finishes, a comma and a dated day after it."""
    word, following = first.text, rest.text.split(maxsplit=1)
    if not (word.isalpha() and word[:1].isupper() and len(following) == 2
            and following[0].endswith(",")) or ctx.res.register.lookup(word) is not None:
        return False
    entry = ctx.res.register.lookup(f"{word} {following[0][:-1]}")
    return entry is not None and entry.kind == "place" and any(
        value.start == 0 and value.year and value.day for value in ctx.res.dates.find(following[1]))


def _whole_date_across(text: str, rest: Line, ctx: Context) -> bool:
    """Whether `text` and the next line make a whole date (day and year) across the break."""
    cut = len(text)
    return any(d.start < cut < d.end and d.day and d.year
               for d in ctx.res.dates.find(f"{text} {rest.text}"))


_MAX_DATELINE_WORDS = 4


def broken_month(first: Line, rest: Line, ctx: Context) -> bool:
    """A short dateline broken after its month, written out or cut (`Nanking, February` /
    `23, 1947—2 p.m.`, `Tokyo, Apr.` / `9, 1952`): the two lines make a whole date (day and
    year) running across the break."""
    text = first.text
    if not ((text[-1:].isalpha() or text.endswith(".")) and rest.text[:1].isdigit()
            and len(text.split()) <= _MAX_DATELINE_WORDS):
        return False
    return _whole_date_across(text, rest, ctx)


def civil_date_under(first: Line, rest: Line, ctx: Context) -> bool:
    """A dateline in another calendar over its civil date in brackets on the next line (a
    note's foot: `Cairo, 9 Rabi' al-Awwal 1376` / `(14 October 1956)`): one dateline; a
    Solar Hijri date the tables read too (`Tehran, 25 Mordad 1332`) is still another
    calendar's, its year below the civil years."""
    place, comma, own = first.text.partition(", ")
    return bool(comma and place[:1].isupper() and rest.text[:1] in "([") and \
        ctx.res.dates.whole(f"{own} {rest.text}") is not None and (
            not ctx.res.dates.find(own) or other_calendar_year(own))


_ORDINAL_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th|d)$")
_MAX_DAY_LINE_WORDS = 8
_MAX_MONTH_LINE_WORDS = 3


def broken_day(first: Line, rest: Line, ctx: Context) -> bool:
    """A British dispatch or receipt line a narrow column broke after its ordinal day
    (`No. 2314 D. 7.15 p.m. 5th` / `November, 1956.`): the short month-and-year line makes
    a whole date across the break."""
    text = first.text
    if not (_ORDINAL_DAY.search(text) and rest.text[:1].isupper()
            and len(text.split()) <= _MAX_DAY_LINE_WORDS
            and len(rest.text.split()) <= _MAX_MONTH_LINE_WORDS):
        return False
    return _whole_date_across(text, rest, ctx)


# (misses38) a dateline's place and cardinal day, the Romance languages' `de` after it
# (`Buenos Aires, 7 de` / `julio de 1927`, `Lisboa, 3 de` / `Maio de 1951`, `Paris, le 4` /
# `juillet 1927`)
_CARDINAL_DAY = re.compile(r"^[A-ZÀ-Þ][^\d,]{1,40},\s(?:le\s)?\d{1,2}(?:\s(?:de|di))?$")


def broken_cardinal_day(first: Line, rest: Line, ctx: Context) -> bool:
    """A dateline a hard-wrapped page broke after its place and cardinal day (`Buenos
    Aires, 7 de` / `julio de 1927`): the short month-and-year line makes a whole date across
    the break."""
    text = first.text
    if not (_CARDINAL_DAY.match(text) and rest.text[:1].isalpha()
            and len(rest.text.split()) <= _MAX_MONTH_LINE_WORDS):
        return False
    return _whole_date_across(text, rest, ctx)


_WRAPPING_FACTS = ("sent", "received")
_LAST_WORD = re.compile(r"(?P<label>[^\W\d_]+)\s*:?$")
_MAX_WRAPPED_WORDS = 12


def join_wrapped_labels(lines: list[Line], ctx: Context, heading: Reader) -> list[Line]:
    """`From Pyongyang Sent 13.9.50 Received` / `13.9. 13:15`: a heading line ending in a
    label whose value stands on the next line is one line; a next line that is itself a
    heading line keeps its own line."""
    return _joined(lines, lambda previous, line: _wraps_its_value(
        previous.text, line.text, ctx, heading))


def _wraps_its_value(text: str, following: str, ctx: Context, heading: Reader) -> bool:
    """`Sent`/`Received` (table `heading-labels`) ending a short line, or alone on it, over a
    value that makes the two a heading line; `Deciphered` over a value that makes a
    `deciphered` line."""
    if not following[:1].isdigit() or len(text.split()) > _MAX_WRAPPED_WORDS:
        return False  # (tested first: the last-word search is slow on a long paragraph)
    found = _LAST_WORD.search(text)
    if not found or heading(following, ctx):
        return False
    label, patterns = found.group("label"), ctx.res.patterns
    if patterns.label("heading-labels", label) in _WRAPPING_FACTS:
        return heading(f"{text} {following}", ctx)
    read = patterns.match("processing", f"{label} {following}")
    return bool(read) and read[0] == "deciphered"


# (ocr79) a form's name a scan's narrow heading broke at its hyphen (a translation PDF's
# `CIPHERED TELE-` / `GRAM No. 2l3/1965`, `MEMO-` / `RANDUM`): a short line ending in a
# word's first letters and a hyphen, the next line opening with the rest of it in the same case
_BROKEN_WORD = re.compile(r"(?:^|\s)(?:[A-Z]{2,}|[A-Z][a-z]+)-$")
_WORD_REST = re.compile(r"^(?:[A-Z]{2,}|[a-z]{2,})\b")
_MAX_BROKEN_HEADING_WORDS = 5


def join_broken_form_names(lines: list[Line], ctx: Context, heading: Reader) -> list[Line]:
    """A heading line broken inside its form's name is one line, the hyphen dropped, when
    the joined line reads as a heading line and its first part alone does not."""
    def broken(previous: Line, line: Line) -> bool:
        text = previous.text
        if line.blank_before or len(text.split()) > _MAX_BROKEN_HEADING_WORDS:
            return False
        rest = _WORD_REST.match(line.text)
        if not rest or not _BROKEN_WORD.search(text) or (
                text[-2].isupper() != rest.group().isupper()):
            return False
        return heading(f"{text[:-1]}{line.text}", ctx) and not heading(text, ctx)
    out: list[Line] = []
    for line in lines:
        if out and broken(out[-1], line):
            out[-1] = replace(out[-1], text=f"{out[-1].text[:-1]}{line.text}")
        else:
            out.append(line)
    return out
