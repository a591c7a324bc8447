"""A dateline's parts: whether a line is a place and a date (`Bonn, den 18. März 1991`,
`10 May 1966, Bucharest`, `[Washington,] April 9`) or a whole date alone, and which words of
it name the place."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.date_first_places import place_after_date
from tei.convert.glued import unglued_years
from tei.convert.read import Line
from tei.convert.receipt_days import RECEIPT_AFTER
from tei.convert.states import is_country

# an editors' bracket may supply the place (`[Washington,] April 9`, `[Ottawa], June 15`); an
# edition may set the classification before it (`CONFIDENTIAL [Ottawa], June 15, 1961`), or
# say it prints extracts (`Extracts [LONDON], 30 May 1942`: Documents on Australian Foreign Policy);
# German, French, Italian and Spanish datelines put an article before the date (`Bonn, den
# 18. März 1991`); so do Indian ones (`New Delhi, the 14th March, 1959.`, letters47)
_PLACE_DATE = re.compile(
    r"^(?:(?:TOP\s)?SECRET|CONFIDENTIAL|RESTRICTED|UNCLASSIFIED|PERSONAL|Extracts?)?(?:\s(?:AND\s)?PERSONAL)?"
    r"\s*(?P<bracket>\[)?(?P<place>[A-Z][\w'’ -]{1,40})(?:\s\([A-Z][^()]{1,60}\))?"
    r"(?(bracket)(?:,\]|\],)|,)\s+"
    r"(?:(?:den|am|le|il|el|the)\s++)?(?P<date>.+)$")
# a date-first dateline (`10 May 1966, Bucharest`, `14.IV.1978, Pyongyang`): the date, a
# comma and the place, as East-bloc ministries write them
_DATE_PLACE = re.compile(r"^(?P<date>[\w. ]{4,30}?),\s+(?P<place>[A-Z][\w'’ -]{1,40}?)\.?$")
# (invent29) a place and its country or state before the date (`Tamatave, Madagascar, June 9,
# 1886.`, `Apia, Samoa, March 3, 1889`: nineteenth-century consuls' and legations' datelines)
_PLACE_REGION_DATE = re.compile(
    r"^(?P<place>[A-Z][\w'’ -]{1,40}),\s++(?P<region>[A-Z][\w'’ .-]{1,30}?),\s++(?P<date>.+)$")
_IN_PLACE = re.compile(r"^In\s++(?=[A-Z])")  # (wcda80) `In Prague, on 12 March 1968`
_LEAD_WORDS = 4  # the words before a date with no comma (`Rio de Janeiro`, `Moscow, the Kremlin`)
# a place's capitalised words (or capitals), two parts at most (`Sevagram, Wardha`)
_PLACE_WORDS = re.compile(r"^[A-Z][\w'’-]++(?:\s[A-Z][\w'’-]++){0,2}(?:,\s[A-Z][\w'’-]++)?$")
# a clock time before the date, as a Chinese cable's sender closes it under his name (`12:00
# noon, 20 August [1955]`: the year an editor's); the time is the dateline's; (wcda60) the
# hour alone before its a.m. or p.m. (`9 p.m., 13 October`: Mao's telegrams)
_TIME_DATE = re.compile(r"^(?:\d{1,2}[:.]\d{2}(?:\s*+(?:[ap]\.\s?m\.|noon|midnight|hours))?"
                        r"|\d{1,2}\s?[ap]\.\s?m\.|noon|midnight),\s++(?P<date>.+)$")
_SUPPLIED_YEAR = re.compile(r"\[(\d{4})\]")
# a printed edition's note marker after the stop closing the dateline's year (`August 1,
# 1914.2`, `.*`; not the minutes of `3 November 1956, 14.20`)
# (lead72) or a superscript call glued to the year (`Moscow, 13 August 1970¹`), as the read
# stage writes it when the note is found (`1970[1]`)
_MARKER_END = re.compile(r"(?<=(?<!\d)\d{4}\.)(?:\d{1,2}|\*{1,3}|[¹²³⁴-⁹⁰]{1,3}|\[\d{1,3}\])$"
                         r"|(?<=(?<!\d)\d{4})(?:[¹²³⁴-⁹⁰]{1,3}|\[\d{1,3}\])$")


def _marker_end_may(text: str) -> bool:
    """(speed22) Whether `_MARKER_END` may match: its last character (before a final line
    break) is a digit (perhaps a superscript), an asterisk or a bracket (its lookbehind is
    tried at every character)."""
    last = text[-2:-1] if text.endswith("\n") else text[-1:]
    return last in "*]" or last.isdigit()


_ROUND_BRACKETED = re.compile(r"^\(([^()]++)\)\.?$")


# (lead69) the British and Indian date after its article, alone on its line at a note's or
# letter's foot (`the 19th January, 1963.` under `Ministry of Foreign Affairs,` / `Karachi,`)
_ARTICLE = re.compile(r"^[Tt]he\s++(?=\d)")


def whole_date(text: str, ctx: Context) -> bool:
    """Whether `text` is nothing but a date, perhaps after the article (`the 19th January,
    1963.`), or (repost73) in parentheses (`(13 October 1950, 9 p.m.)`, a collection's date
    under the signature)."""
    if text[:1] == "(" and text.endswith(")"):
        text = text[1:-1]
    return bool(ctx.res.dates.whole(text) or (
        _ARTICLE.match(text) and ctx.res.dates.whole(_ARTICLE.sub("", text))))


def place_date(text: str, ctx: Context) -> bool:
    """`Bonn, den 18. März 1991`, `Budapest, 1972 July 1.`, `[Washington,] April 9`: a
    place (perhaps its venue in parentheses, `Beijing (The Great Hall of the People), 16 May
    1965`: wc46), a comma and a whole date; or the date first (`10 May 1966, Bucharest`); or a
    place's few words and a whole date with no comma between (`New Delhi 14 March 1949`,
    `Moscow, the Kremlin March 12, 1962`, `Sevagram, Wardha 14 March 1940`: a letter's
    place and date set on two lines; see `place_before_date`); or a clock time before the
    date (`12:00 noon, 20 August [1955]`). A note marker after its closing stop
    (`PETERHOF, PALACE, August 1, 1914.2`, `BERLIN, August 1, 1914.*`) is not the date's; nor
    is the editors' bracket round a year (`4 March [1952]` under a signature), nor one glued
    to the year (`4 November 19561`)."""
    text = RECEIPT_AFTER.sub("", unglued_years(  # (lang49) `... (Recebido em 12).`
        _MARKER_END.sub("", text) if _marker_end_may(text) else text, ctx).rstrip())
    text = _ROUND_BRACKETED.sub(r"\1", text)  # (lead35) `(Moscow, 9 May 1956)`
    addressed = ctx.res.patterns.match("address-dateline", text)
    if addressed and ctx.res.dates.whole(addressed[1].group("sent")):
        return True  # `Westminster Chambers, 13 Victoria Street, London, S.W., 7th February, 1908.`
    timed = _TIME_DATE.match(text)
    if _regional(text, ctx):
        return True
    return any(found and ctx.res.dates.whole(found.group("date"))
               for found in (_PLACE_DATE.match(text), _DATE_PLACE.match(text))
               ) or bool(place_before_date(text, ctx)) or bool(
        timed and ctx.res.dates.whole(_SUPPLIED_YEAR.sub(r"\1", timed.group("date")))) or bool(
        _SUPPLIED_YEAR.search(text) and ctx.res.dates.whole(_SUPPLIED_YEAR.sub(r"\1", text)))


def _regional(text: str, ctx: Context) -> re.Match[str] | None:
    """A dateline naming a place and its country or state before a whole date (`Tamatave,
    Madagascar, June 9, 1886.`; the region a register place: `Samoa`, `Illinois`)."""
    found = _PLACE_REGION_DATE.match(text)
    entry = ctx.res.register.lookup(found.group("region").strip(" .")) if found else None
    return found if entry is not None and entry.kind == "place" and is_country(entry) \
        and ctx.res.dates.whole(found.group("date")) else None


def place_before_date(text: str, ctx: Context, unknown: bool = False) -> str:
    """The words before a whole date (no comma between) when they name a place: a register
    place, perhaps with its seat (`Moscow, the Kremlin`), or (`unknown`: where a dateline
    is known to stand) capitalised words that name no one and nothing else (not a weekday,
    month, office, title or heading line: `Sevagram`, `Sevagram, Wardha`; not `Personal`,
    `Evening`); else ''."""
    words = text.split()
    if not words or not words[0][:1].isupper():
        return place_after_date(words, ctx) if words else ""
    for k in range(1, min(_LEAD_WORDS, len(words) - 1) + 1):
        if ctx.res.dates.whole(" ".join(words[k:])):
            lead = " ".join(words[:k])
            # (wcda80) the place after its preposition, as the Czech, Slovak and Polish
            # `V Praze dne`, `W Warszawie, dnia` are translated (`In Prague, on 12 March 1968`)
            entry = ctx.res.register.lookup(_IN_PLACE.sub("", lead.split(",")[0]))
            if entry is not None:
                return lead if entry.kind == "place" else ""
            return lead if unknown and _names_a_place(lead, ctx) else ""
    return place_after_date(words, ctx)  # (wcdi88) `November 20, 1986 Pyongyang`


def _names_a_place(lead: str, ctx: Context) -> bool:
    """Capitalised words with no register name but places among them and no word of the
    tables of things that are no place."""
    patterns = ctx.res.patterns
    stop = ("weekdays", "day-parts", "months", "office-words", "honorifics", "not-names")
    return bool(_PLACE_WORDS.match(lead)) and not any(
        word.casefold().strip(",.") in patterns.words(table)
        for word in lead.split() for table in stop) and not patterns.match(
        "heading", lead) and all(m.entry.kind == "place" for m in ctx.res.register.find(lead))


def opening_dateline(place: Line, date: Line, ctx: Context) -> bool:
    """A letter's place on its own line (one no register knows) over its date at the head
    of a message (`Sevagram, Wardha` / `14 March 1940`): one dateline."""
    return len(place.text.split()) <= 3 and not date.blank_before \
        and ctx.res.dates.whole(date.text) is not None \
        and bool(place_before_date(f"{place.text} {date.text}", ctx, unknown=True))


def town_of_country(text: str, ctx: Context) -> str:
    """(invent29) The town of a dateline that names it before its country when no register
    knows the town (`Tamatave, Madagascar, June 9, 1886.`: `Tamatave`, not the country),
    else ''."""
    found = _regional(text.strip(), ctx)
    return found.group("place") if found and not ctx.res.register.find(found.group("place")) \
        else ""


def dateline_place(text: str, ctx: Context) -> str:
    """The place part of a dateline: of a date-first one (`10 May 1966, Bucharest`:
    `Bucharest`), or the words before its date when no comma parts them (`Sevagram 14
    March 1940`), else the text itself."""
    found = _DATE_PLACE.match(text.strip())
    return town_of_country(text, ctx) or place_before_date(text, ctx, unknown=True) or (
        found.group("place") if found else text)
