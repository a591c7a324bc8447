"""The date shapes `tei.convert.dates` reads, in the order it tries them, the value a match
gives (`DateValue`), and the checks and helpers of reading one (month names, times, validity).
The shapes themselves are listed in `tei.convert.dates`'s docstring.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from string import ascii_lowercase

from tei.convert.date_eras import CJK_NUMERAL, JA_TIME, cjk_number, era_shapes
from tei.convert.date_mixed import MIXED_SHAPES, dotted_named
from tei.convert.wordscreen import word_alternation

LETTERS = re.compile(r"[^\W\d_]+")
# A year below this is of another calendar (`21/7/1341`: the Iranian solar year 1341, AH 1380),
# never a Western date of the documents
_FIRST_YEAR = 1500
# (dates20) OCR's year of a typewritten copy, a letter `l` or `I` for 1 and `O` for 0 (`August
# 22, l941.`, `June 15, I94I`): read after a month's name and day only
_OCR_YEAR = r"(?-i:[1lI]9[\dlIO][\dlIO])(?<![\d]{4})"
_OCR_DIGITS = str.maketrans("lIO", "110")
_MONTH_CAPS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC"  # a stamp's months
_OPENING = r"(?<![\w.])"  # no date begins inside a word or number
# (dates20) a date-time group glued to the capitals word before it (`RECD031530Z MAR 56`, a
# received stamp's run-on): only with its zone letter and the month in capitals
_GLUED_START = r"(?<=(?-i:[A-Z]))(?<![\d.])"
_GLUED_DTG = (_GLUED_START + r"(?P<d>\d{{2}})(?P<th>[01]\d|2[0-3])(?P<tm>[0-5]\d)\s?(?-i:Z)\s*+"
              r"(?P<mon>(?-i:" + _MONTH_CAPS + r"))\s*+(?P<y>\d{{4}}|\d{{2}})")
_OCR_DIGIT = r"[\dlIO]"
_OCR_DTG = (rf"(?-i:(?P<d>[0-3lIO]{_OCR_DIGIT})(?P<th>[01lIO]{_OCR_DIGIT}|2[0-3lIO])"
            rf"(?P<tm>[0-5lIO]{_OCR_DIGIT})(?:Z\s*+|2\s++(?=[A-Z]{{3}}\s))"
            rf"(?P<mon>{_MONTH_CAPS})\s*+(?P<y>\d{{2}}(?:\d{{2}})?))")
_ORDINAL = r"(?:st|nd|rd|th|(?<=[23])d)"  # a day's ordinal, the older American `3d` too
_AMPM = r"\s*(?P<{0}>[ap])\.?\s?m\b\.?"
# (wc43) a time before the date may give its seconds (`Received at 12:46:44, November 10,
# 1986`, a Japanese outgoing cable's receipt): read; the value keeps the hour and minute;
# (cw70) a Canadian form's receipt in Zulu time before a comma (`Received: 0245Z, October 27,
# 1962`); (wcdanames74) the French and Vietnamese hour mark between hour and minutes (a
# Vietnamese telegram's `Received: 07h15, 10-7-1972`)
_TIME_BEFORE = (
    r"(?:(?P<hh>[01]\d|2[0-3]|\d(?=:))(?:[:.,]|h(?=[0-5]\d))?(?P<mi>[0-5]\d)(?::[0-5]\d(?!\d))?(?:\s*+(?:hrs?\.?|hours|Uhr|ч\.)|(?-i:Z)(?=,))?(?:\s*+\(?(?-i:[ECMP][DS]T|GMT|IST|UTC)\)?)?,?\s++"
    r"(?:(?:del|of|on|le|am|el|du)\s++)?"
    r"|(?P<h4>1[0-2]|0?[1-9])[.:](?P<m4>[0-5]\d)" + _AMPM.format("ampm4") + r",?\s+"
    # (ocr64) a Soviet cipher telegram's receipt in translation, hours and minutes spelt out
    # before the date (`Received at 21 hrs. 30 min. 27.10.1962`)
    # (wcda73) or in words (`Received 14 hours 35 minutes 12.XI.1959`)
    r"|(?P<h6>[01]?\d|2[0-3])\s*+(?:hrs?\.?|hours)\s++(?P<m6>[0-5]?\d)\s*+(?:min\.?|minutes),?\s++)?"
)
_TIME_AFTER = (
    # the Russian and Bulgarian year mark (`28.9.1960 г.`); a stop after a short year
    # before the time (a Yugoslav cipher office's `27.X 62. at 08.40`), or after a yearless
    # dotted date before a colon time (a Soviet receipt's `13.9. 13:15`); (invent27) the stop
    # after a Hungarian date's day before its hour in words (`1960. június 18. 22 óra 10 perc`)
    # (invent28) the Estonian year's mark (`1939. a.`, aastal)
    # (other43) the Serbo-Croatian year's word before the hour (`1943 godine u 06.04 časova`)
    # (invent30) the Turkish `saat` (hour) before the time (`13 Mart 1962, saat 09.15`) and the
    # Soviet cipher office's hour and minute marks (`12.III.1961 г. 18 ч. 40 м.`)
    # (invent31) the Lithuanian day's mark and the hour's and minute's words after it
    # (`1939 m. rugpjūčio 24 d., 18 val. 30 min.`)
    # (ocr45) the stop after a British form's year before its 24-hour clock in hours (a
    # Colonial Office receipt's `R. 21st November, 1948. 18.40 hrs.`)
    r"(?:\s?г\.|\s++d\.(?=,?\s++(?:[01]?\d|2[0-3])\s++val\.)|\.\s?(?-i:a)\.(?!\w)|\.(?=\s++(?:at|u|у)\s|\s++(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])"
    # (cw69) the stop after a British form's year before its 12-hour clock (a Dominions Office
    # copy's `Received 14th January, 1948.  3.40 p.m.`)
    r"|\s++(?:1[0-2]|0?[1-9])[.:][0-5]\d\s?[ap]\.\s?m\."
    r"|\s++(?:[01]\d|2[0-3])[.:]?[0-5]\d\s*+(?:hrs?|hours)\b"
    # (ocr74) the Polish year's mark before the hour's word (`7.XII.1962 r. godz. 01.15`, roku;
    # series76: a comma after it, `13.05.1964 r., godz. 2.40`)
    r"|\s++(?:[01]?\d|2[0-3])\s++óra\s)|\.?\s++godine(?=\s++u\s)|\s++r\.(?=,?\s++godz\.?\s))?"
    # (dfat55) British print's minutes under ten in one digit after the stop (`11.5 a.m.`:
    # 11:05, DFAT's and the Foreign Office's printed telegrams), only before `a.m.`/`p.m.`;
    # (frus55) a printed volume's OCR sets the colon apart (`[Received February 22—3 : 52 p. m.]`)
    r"(?:(?:,?\s+|\s*(?:[—–]|--?)\s*)(?:at\s+)?(?P<h2>1[0-2]|0?[1-9])"
    # (ocr60) a typewriter's OCR reads a digit of the minutes as `l` or `O` (`7:l5 a.m.`);
    # (series70) the older British prints' raised point (`1·20 P.M.`, British Documents on
    # the Origins of the War)
    # (repost89) a web copy's clock that lost its stop (`Munich, September 30, 1938, 330 a.m.`,
    # Avalon's French Yellow Book): the last two digits before `a.m.`/`p.m.` are the minutes
    r"(?:(?:[:.·]|\s?:\s|(?=[0-5]\d\s?[ap]\.\s?m\.))(?P<m2>[0-5]\d|\d(?=\s?[ap]\.\s?m\.)"
    r"|(?-i:[0-5lO][\dlO])(?<!\d\d)(?=\s?[ap]\.\s?m\.)))?"
    # (misses50) a meeting's span of hours (FRUS memoranda of conversation: `3:30–4:45 p.m.`,
    # `10:20 a.m.–2:05 p.m.`): the start is read, its half of the day its own or the end's
    r"(?:(?:\s*(?P<ampm1>[ap])\.?\s?m\b\.?)?\s?[—–-]{1,2}\s?(?P<h2e>1[0-2]|0?[1-9])(?:[:.][0-5]\d)?)?"
    + _AMPM.format("ampm") +
    r"|(?:,?\s+|\s*(?:[—–]|--?)\s*)(?:at\s+)?(?P<noon>noon|midnight)\b"
    # (cw70) a cipher office's receipt clock in brackets after the date (a Pakistani cipher
    # telegram's `Received 13th February 1958 (0830 hrs)`)
    r"|\s++\((?P<h7>[01]\d|2[0-3])[.:]?(?P<m7>[0-5]\d)\s*+(?:hrs?\.?|hours)\)"
    r"|(?:,?\s+|\s*(?:[—–]|--?)\s*)(?:at\s+|ore\s+|ora\s+|à\s+|às\s+|a\s+las\s+|alle\s+|um\s+|ab\s*+:?\s*+|kl\.?\s+|klokken\s+|klo\s+|kell\s+|plkst\.?\s*+|d?jam\s+|u\s+|у\s+|ώρα\s+|godz\.?\s*+|saat\s++|(?:hora|time|heure|ora|zeit|saat)\s*+:\s*+)?"
    # (lead79) a German form's despatch time after `ab` (`12. Mai 1955, ab 18.30 Uhr`)
    # (ocr65) the Soviet cipher office's hours and minutes spelt out after the date too, in
    # translation (`Sent 28.IX.1959 18 hrs. 20 min.`)
    # (wcda73) and in words (`3.7.51 at 06 hours 20 minutes`)
    # (wcdanames74) the hour's mark without its stop (`Received 4.III.67 at 09 hrs 30 min`)
    r"(?P<h3>[01]?\d|2[0-3])(?:[:.,]|\s?h\.?\s?|\s?hrs?\.?\s++|\s++hours\s++|時|\s?giờ\s?|\s++óra\s++|\s++ч\.\s*+|\s++val\.\s++)?"
    r"(?P<m3>[0-5]\d)\s*(?:Z|GMT|hrs?\.?|hours|Uhr|uur|час\.|ч\.|м\.|мин\.|č\.|hod\.|časova|sati|分|perc|minutes\b|min\b\.?)?(?:\s++(?-i:MEZ|MESZ|OEZ|UTC))?(?![\d/])"
    # (ocr66) the German Foreign Office's clock of 1914 in hours and minutes with the half of
    # the day (`29. Juli 1914. 6 Uhr 39 Min. Nm.`, `1 Uhr 20 Min. Vm.`, `11 Uhr abends`)
    r"|\.?\s++(?:um\s++)?(?P<hg>1[0-2]|0?[1-9])\s++Uhr(?:\s++(?P<mg>[0-5]?\d)\s++Min\.?)?\s*+"
    r"(?P<apg>Nm|Vm|nachm|vorm|abends|morgens|früh|nachts|mittags)(?!\w)\.?"
    # (lang49) the Japanese hour after the day (`午後3時30分`: `date_eras.JA_TIME`); (lead32)
    # the French editions' stop after the hour's `h` (`Londres, 28 juillet 1956, 20 h. 30.`)
    + "|" + JA_TIME + r")?"
)


ROMAN_MONTHS = {numeral: n for n, numeral in enumerate(
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), start=1)}
_OCR_ROMAN = r"(?-i:xl{1,2}|vl{1,3}|l[vx]|l{2,3})"


def roman_month(numeral: str | None) -> int | None:
    """The month of a Roman numeral in capitals, or (ocr40) of OCR's numeral in lower case
    with `l` for `i` (`xl`: XI); any other numeral in lower case is none."""
    numeral = numeral or ""
    return ROMAN_MONTHS.get(numeral.upper().replace("L", "I") if "l" in numeral else numeral)


@dataclass(frozen=True, slots=True)
class DateValue:
    """A recognised date, possibly partial, with the span of text it came from."""

    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    hour: int | None = None
    minute: int | None = None
    short_year: bool = False

    def with_year(self, year: int | None) -> DateValue:
        """Fill a missing year from the document's context, and put a two-digit year in the
        context's century (`FEB 06` in a cable of 2006)."""
        if year is None:
            return self
        if self.year is None:
            return replace(self, year=year)
        if self.short_year and abs(self.year - year) > 50:
            return replace(self, year=self.year + 100 * round((year - self.year) / 100))
        return self

    def iso(self) -> str:
        """W3C value for `@when`: `1951-07-05`, `1951-07-05T21:00:00`, `--07-05`, `1951-07`."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}" if self.day else f"--{self.month:02d}"
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        date = f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.hour is None:
            return date
        return f"{date}T{self.hour:02d}:{self.minute or 0:02d}:00"


def named_source(mon: str) -> str:
    """A full date with the month's name, the day and the year in either order (`July 5,
    1951`, `5 July 1951`): what tells a document's dotted order."""
    return (rf"\b(?:{mon}\s+(?P<d>\d{{1,2}}),?|(?P<d2>\d{{1,2}})\s+"
            rf"{mon.replace('<mon>', '<mon2>')})\s+(?P<y>\d{{4}})\b")


def shape_sources(mon: str, eras: str, solar: str, saka: str = "(?!)") -> list[tuple[bool, str]]:
    """The date shapes in the order they are tried, each with whether it needs a month's
    name, each wrapped in the times that may stand before and after it."""
    named, marked = era_shapes(mon, eras, solar, saka)
    return [(needs_month, rf"{'' if shape.startswith(_GLUED_START) else _OPENING}{_TIME_BEFORE}"
                          rf"(?:{shape}){_TIME_AFTER}(?![^\W\u3040-\u30ff\u3400-\u9fff])")
            for needs_month, shape in (*((True, s) for s in _named_shapes(mon, named)),
                                       *((False, s) for s in _numeric_shapes(marked)),
                                       *((True, s) for s in _late_named_shapes(mon)))]


def _named_shapes(mon: str, named_eras: list[str]) -> list[str]:
    """The shapes with a month's name, tried before the numeric ones."""
    return [
        # (misses30) a range across two months (`March 30-April 2, 1962`, `30 March-2 April
        # 1962`): the first day, with the range's year; tried first, so the second date
        # (`April 2, 1962`) is not taken alone before it
        rf"{mon}\s+(?P<d>\d{{1,2}})\s?[-–]\s?{_other(mon)}\s+\d{{1,2}},?\s+(?P<y>\d{{4}})",
        rf"(?P<d>\d{{1,2}})\s+{mon}\s?[-–]\s?\d{{1,2}}\s+{_other(mon)},?\s+(?P<y>\d{{4}})",
        # a date-time group; (dates20) its month glued to the zone letter and its year to the
        # month (`031530ZMAR56`), as a teleprinter's copy or OCR runs them together;
        # (misses36) OCR's `2` for the zone letter before a month in capitals (`1010172 APR 82`)
        rf"(?P<d>\d{{2}})(?P<th>[01]\d|2[0-3])(?P<tm>[0-5]\d)(?:\s?Z\s*+|\s+|2\s++(?-i:(?=[A-Z]{{3}}\s)))"
        rf"{mon}\s*+(?P<y>\d{{4}}|\d{{2}})",
        _GLUED_DTG.format(mon=mon),
        # (ocr40) OCR's letters for the group's digits, `l` or `I` for 1 and `O` for 0
        # (`2l1450Z APR 76`, `27l83OZ JAN 63`, `16O1O6Z NOV 79`): only with its zone letter
        # (or OCR's `2` for it) and the month in capitals; read as the digits
        _OCR_DTG,
        # (frus73) FRUS editors' day in brackets, after the day the copy gives when they
        # correct it (`March 3 [4], 1945`) or alone where the copy gives none or a doubtful
        # one (`March [8?], 1945`): the editors' day
        rf"{mon}\s+(?:\d{{1,2}}\s+)?\[(?P<d>\d{{1,2}})\??\],?\s+(?P<y>\d{{4}})",
        # a comma may follow the month (`August, 10th, 1914`); a typist's stop may stand for
        # the day's comma (`March 1. 1947.`), its ordinal set apart (cw86: `August 14 th, 1945.`)
        rf"{mon},?\s+(?P<d>\d{{1,2}}) ?{_ORDINAL}?(?:,\s*+|\.\s++|\s++)(?P<y>\d{{4}}|{_OCR_YEAR})",
        rf"(?P<d>\d{{1,2}})\s+{mon},?\s+[a-z]{{3,10}}\s+\d{{1,2}},?\s+\[(?P<y>\d{{4}})\]",
        *named_eras, *dotted_named(mon),
        # (invent23) Latvian: the year, `gada` (of the year), the day and the month's locative
        # (`1939. gada 18. martā`); (invent28) `gada` abridged (`1939. g. 12. oktobrī`)
        rf"(?P<y>1[89]\d{{2}}|20\d{{2}})\.?\s++(?:gada|g\.)\s*+(?P<d>\d{{1,2}})\.\s*+{mon}",
        rf"(?<=[a-z]{{3}}\s)\d{{1,2}}\s+[\[(](?P<y>\d{{4}})[\])],?\s+{mon}\s+(?P<d>\d{{1,2}})"
        rf"{_ORDINAL}?(?!\d)",
        # a telegraph stamp or military date, a short year (`3 MAR 62`, `12 Jun 64`)
        rf"(?P<d>\d{{1,2}})\s++(?P<mon>(?-i:{_MONTH_CAPS}|{_MONTH_CAPS.title()}))\s++(?P<y>\d{{2}})"
        r"(?![\d:.]|\s++(?!(?:at|in|on|by|from|to|and|hours?|hrs)\b)[a-z])",
        # (ocr64) the State Department's sending stamp on an outgoing telegram: month, day,
        # the hour and minute, and the year after an apostrophe (`JUN 14 7 23 PM '62`)
        rf"(?P<mon>(?-i:{_MONTH_CAPS}))\s++(?P<d>\d{{1,2}})\s++\d{{1,2}}\s++\d{{2}}\s++[AP]M\s++['’](?P<y>\d{{2}})(?!\d)",
        # a Canadian teletype's date (`FM WSHDC OCT24/62 CONFD`): month, day, short year
        rf"(?P<mon>(?-i:{_MONTH_CAPS}))(?P<d>\d{{1,2}})/(?P<y>\d{{2}})(?![\d/])",
        # (cables73) its later telex's date, day, month and short year run together
        # (`FM WSHDC UNGR4021 06DEC74`, `CCC/211 062015Z`'s day): the month in capitals
        rf"(?P<d>\d{{1,2}})(?P<mon>(?-i:{_MONTH_CAPS}))(?P<y>\d{{2}})(?![\d/])",
        # (dates20) a range of days in one month (`March 3-4, 1969`, `14-15 February 1965`,
        # `May 5–7, 1958`; wcdg87: a day not sure, `17 or 18 March 1979`): the first day
        rf"{mon}\s+(?P<d>\d{{1,2}})(?:\s?[-–]\s?|\s++or\s++)\d{{1,2}},?\s+(?P<y>\d{{4}})",
        rf"(?P<d>\d{{1,2}})(?:\s?[-–]\s?|\s++or\s++)\d{{1,2}}\s+{mon},?\s+(?P<y>\d{{4}})",
        # (dates20) a full month's name and a two-digit year closed by a stop (`16 July 48.`,
        # an inward telegram form's date) or (ocr64) by the line's end (`16 Sept. 44`, an
        # NSA decrypt's date under its number); the French first day's `1er` (`1er mars 1956`)
        rf"(?P<d>\d{{1,2}})\s+{mon}\s+(?P<y>\d{{2}})(?=\.|[ \t]*+(?:\n|$))",
        # the year may be glued to the month's name (`14 March1965`, a copy's lost space) or
        # to its comma (`19th July,1949`, a Foreign Office telegram's receipt on the Wilson
        # Center's page, commonwealth41)
        # (ocr60) a typewriter's OCR reads a 1 of the day as `l` before its ordinal (`2lst March,
        # l949`, `l4th July`)
        # (wcda84) the day in the typist's curly quotes too (`“15” October 1956`)
        rf"[\"«“]?(?P<d>\d{{1,2}}|(?-i:[\dl]{{2}})(?=st|nd|rd|th))"
        rf"(?: ?(?:st|nd|rd|th)|(?<=[23])d|(?<=1)er|\.|[\"»”])?\s+"
        rf"(?:of\s+|de\s+)?{mon}"
        rf"(?:(?:,?\s+(?:de\s+)?|,|(?<=[a-z]))(?P<y>\d{{4}}|{_OCR_YEAR})|,)?",
    ]


def _other(mon: str) -> str:
    """The month alternation `mon` without its group's name: a range's second month."""
    return mon.replace("(?P<mon>", "(?:", 1)


def _numeric_shapes(marked: list[str]) -> list[str]:
    """The numeric shapes (and the CJK marks'), tried after the first named ones."""
    return [
        # (ocr67) a two-digit year may follow the apostrophe of its elided century (`3-1-'49`)
        r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|['’]?\d{2})(?![\d.]*\d)",
        # (ocr40) OCR's `l` for the month's `i` in lower case (`27 xl 63`, a Soviet cipher
        # telegram's date stamp: XI)
        # (ocr66) the Portuguese ministry's year without its thousand (`16-XII-961`: 1961)
        r"(?P<d>\d{1,2})(?:[./-]\s?|\s)(?P<rm>I{1,3}|IV|VI{0,3}|IX|XI{0,2}|X|" + _OCR_ROMAN + ")"
        r"(?:[./-]\s?|\s)(?P<y>\d{4}|9\d\d(?!\d)|\d{2})",
        r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})",
        r"(?<!\d-)(?<!/)(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4}|['’]?\d{2})(?![\d-])",
        r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})",
        r"(?P<y>1[89]\d{2}|20\d{2})\.(?P<m>1[0-2]|0?[1-9])\.(?P<d>3[01]|[12]\d|0?[1-9])"
        r"(?![\d.]*\d)",
        # (cw88) no file reference's numbers after its series' capital in brackets (the DIFP's
        # `(S. 9/4/66)` under a letter's heading: file S.9, no date of 1966)
        r"(?<!\([A-Z]\.\s)(?<!\([A-Z]\.)"
        r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|['’]?\d{2})(?![\d/])",
        r"(?P<d>\d{1,2})/(?P<m>\d{1,2})-(?P<y>\d{2})",
        r"(?P<y>[4-9]\d|19\d\d|20\d\d)\.\s(?P<m>\d{1,2})\.\s(?P<d>\d{1,2})(?:\.|(?![\d.]))",
        # (bloc77) the day's stop may be left off before a comma (a Mongolian ministry's
        # `Ulaanbaatar, 1964.IX.3, 17:40`) or at the text's end (lead86: `1957. III. 25` is
        # a date wherever `1957. III. 25.` is one)
        r"(?P<y>\d{4})\.\s?(?P<rm>I{1,3}|IV|VI{0,3}|IX|XI{0,2}|X)\.\s?(?P<d>\d{1,2})(?:\.|(?=,)|$)",
        # (invent23) Vietnamese: `ngày 14 tháng 3 năm 1965` (day, month, year words before their
        # numbers), the North's and the South's documents alike
        r"(?:ngày\s++)?(?P<d>\d{1,2})\s++tháng\s++(?P<m>\d{1,2})\s++năm\s++(?P<y>\d{4})",
        # (bloc81) Mongolian: the year's, the month's and the day's words after their numbers
        # (`1964 оны 5 сарын 28`, `1964 оны 5 дугаар сарын 28-ны өдөр`, `1964 оны 5-р сарын 28`)
        r"(?P<y>1[89]\d{2}|20\d{2})\s++оны\s++(?P<m>1[0-2]|0?[1-9])(?:-р|\s++д[уү]г[аэ]{2}р)?"
        r"\s++сарын\s++(?P<d>3[01]|[12]\d|0?[1-9])(?:-(?:ны|ний|нд)(?:\s++өдөр)?)?(?!\d)",
        *marked, *MIXED_SHAPES,
    ]


def _late_named_shapes(mon: str) -> list[str]:
    """The named shapes tried last: the year first, a month and year, a yearless date."""
    return [
        # the year first; Hungarian: a stop after it, a month in lower case (`1968. május 5.`);
        # (invent23) Lithuanian: the year's mark `m.` (metai) after it (`1939 m. kovo 18 d.`)
        # (bloc73) a translation's English month in capitals after the year's stop, the
        # day closed by its own (`Moscow, 1975. April 14.`)
        # (frus81) the comma's year not a number after a word (a FRUS note's `See telegram
        # Delsec 1889, June 11`, `Embtel 1921, May 7`: the telegram's number and its date)
        rf"(?P<y>1[89]\d{{2}}|20\d{{2}})(?:(?<![A-Za-z]\s\d{{4}}),"
        rf"|\.(?=\s(?-i:[a-zá-ű])|\s(?-i:[A-Z][a-z]{{2,8}})"
        rf"\s\d{{1,2}}\.(?!\d))|\s++m\.)?\s+{mon}\s+"
        rf"(?P<d>\d{{1,2}}){_ORDINAL}?(?!\d)",
        rf"{mon},?\s+(?P<y>\d{{4}})",  # `September 1962`, the older layout's `September, 1962`
        rf"{mon}\s+(?P<d>\d{{1,2}}){_ORDINAL}?(?!\d)",
    ]


def month_alternation(months: dict[str, int]) -> str:
    """Full month names, and abbreviations (a prefix of another name) with an optional dot,
    longest first."""
    def render(name: str) -> str:
        abbreviation = len(name) <= 4 and any(other != name and other.startswith(name)
                                              for other in months)
        return re.escape(name) + (r"\.?" if abbreviation else "")

    for name in months:
        if not LETTERS.fullmatch(name):
            raise ValueError(f"month name {name!r} must be letters only")
    return word_alternation(sorted(months, key=len, reverse=True), render)


def ascii_key(name: str) -> str:
    """How an ASCII word that the regex engine matches to month `name` (ignoring case) is
    spelt in lower case: a letter that matches an ASCII one (`ı`, `ſ`) becomes it."""
    return "".join(char.lower() if char.isascii() else _ascii_twin(char) for char in name)


@lru_cache(maxsize=512)
def _ascii_twin(char: str) -> str:
    """The ASCII letter that `char` matches ignoring case, or `char` itself."""
    return next((letter for letter in ascii_lowercase
                 if re.fullmatch(re.escape(char), letter, re.IGNORECASE)), char)


def whole_words(lower: str, words: set[str]) -> list[int]:
    """Where the `words` stand as whole letter runs in the lower-case ASCII text `lower`."""
    starts = []
    for word in words:
        at = lower.find(word)
        while at >= 0:
            end = at + len(word)
            if not lower[at - 1:at].isalpha() and not lower[end:end + 1].isalpha():
                starts.append(at)
            at = lower.find(word, at + 1)
    return sorted(starts)


def int_or_none(text: str | None) -> int | None:
    """A day's, month's or time's number; (ocr40) OCR's letters for digits read (the
    shapes let them stand only where a date-time group's digits do); (invent29) a number
    in Chinese numerals (`十二`)."""
    if not text:
        return None
    return cjk_number(text) if CJK_NUMERAL.match(text) else int(text.translate(_OCR_DIGITS))


def year_of(text: str | None) -> int | None:
    """A year's number; a two-digit year and a three-digit one from 900 are of the 1900s;
    OCR's letters for digits read."""
    if not text:
        return None
    if CJK_NUMERAL.match(text):
        return cjk_number(text)
    text = text.lstrip("'’")  # (ocr67) `'49`
    year = int(text.translate(_OCR_DIGITS))
    if len(text) == 3 and text[0] == "9":  # (ocr66) `961`: 1961
        return 1000 + year
    return 1900 + year if len(text) == 2 else year


def _half_of_day(groups: dict[str, str | None], hour_key: str, ampm_key: str) -> str:
    """`a` or `p` for a 12-hour time; (misses50) a span's start without its own takes the
    end's, or the other half when it starts later on the clock (`11:30–12:15 p.m.`)."""
    given = (groups.get(ampm_key) or "").lower()
    if hour_key != "h2" or not groups.get("h2e"):
        return given
    if groups.get("ampm1"):
        return groups["ampm1"].lower()
    starts_later = int(groups["h2"] or 0) % 12 > int(groups["h2e"] or 0) % 12
    return {"a": "p", "p": "a"}.get(given, given) if starts_later else given


def time_of(groups: dict[str, str | None]) -> tuple[int | None, int | None]:
    if groups.get("th"):
        return int_or_none(groups["th"]) or 0, int_or_none(groups["tm"]) or 0
    if groups.get("hh"):
        return int(groups["hh"] or 0), int(groups["mi"] or 0)
    for hour_key, minute_key, ampm_key in (("h2", "m2", "ampm"), ("h4", "m4", "ampm4")):
        if groups.get(hour_key):
            pm = _half_of_day(groups, hour_key, ampm_key) == "p"
            return (int(groups[hour_key] or 0) % 12 + (12 if pm else 0),
                    int_or_none(groups[minute_key]) or 0)
    if groups.get("h3"):
        return int(groups["h3"] or 0), int(groups["m3"] or 0)
    if groups.get("h6"):
        return int(groups["h6"] or 0), int(groups["m6"] or 0)
    if groups.get("h7"):
        return int(groups["h7"] or 0), int(groups["m7"] or 0)
    if groups.get("hg"):  # (ocr66) `6 Uhr 39 Min. Nm.`: 18.39; `11 Uhr nachts`: 23.00
        hour, half = int(groups["hg"] or 0) % 12, (groups.get("apg") or "").lower()
        later = half.startswith(("nm", "nachm", "abend", "mittag")) or (
            half == "nachts" and hour >= 6)
        return hour + 12 * later, int_or_none(groups.get("mg")) or 0
    if groups.get("jh"):  # (lang49) `午後3時30分`: 15.30
        hour = int_or_none(groups["jh"]) or 0
        afternoon = groups.get("jap") in ("午後", "後") and hour < 12
        return hour + 12 * afternoon, int_or_none(groups.get("jmi")) or 0
    if groups.get("noon") == "noon":  # `midnight` ends the day: the date alone is kept
        return 12, 0
    return None, None


# (crest62) a US military form's date in six digits, year, month and day (`DATE OF REPORT:
# 820120`, `DOI: 831101`): read only when a form's label gave the field alone
_COMPACT = re.compile(r"(?P<y>[4-9]\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])")


def compact_date(text: str) -> DateValue | None:
    """The date a labelled field gives as six digits and nothing else (`820120`)."""
    found = _COMPACT.fullmatch(text)
    value = found and DateValue(0, len(text), year_of(found["y"]), int(found["m"]),
                                int(found["d"]), short_year=True)
    return value if value and valid(value) else None


def valid(value: DateValue) -> bool:
    if value.month is None or not 1 <= value.month <= 12:
        return False
    if value.day is None:
        return value.year is not None
    try:
        dt.date(value.year or 2000, value.month, value.day)
    except ValueError:
        return False
    return value.year is None or _FIRST_YEAR <= value.year <= 2999
