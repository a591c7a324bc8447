"""The order of a document's dotted numeric dates: month first in US order (`10.31.1962`,
the Polish ciphergrams' English translations) or day first (`31.10.1962`). A document that
writes one unambiguously month first and none day first reads its ambiguous ones
(`11.01.1962`) so; `tei.convert.dates` asks these tests once per document. Slashed dates
are month first unless a Romance heading label dates the document (`Fecha: 01/04/1982`) or a
French `le` (`Reçu le 10/7/60`), or the written date is near them read day first (wcda75).
"""

from __future__ import annotations

import datetime as dt
import re

_YEAR_END = r"\.(?:\d{4}|\d{2})(?![\d.]*\d)"
_DOTTED_FULL = re.compile(r"(?<![\d.])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>\d{4})(?![\d.]*\d)")
_NEAR_DAYS, _FAR_DAYS = 7, 30


def day_first_near(text: str, written: dt.date) -> bool:
    """Is a dotted date of the text day first by its distance to the written date? Read
    day first it falls within a week of it, read month first a month or more away: a
    Polish ciphergram `received on 04.11.1962` under `November 03, 1962` (whose sending
    line `11.03.1962` slipped into the month-first order)."""
    for found in _DOTTED_FULL.finditer(text):
        a, b, year = int(found.group("a")), int(found.group("b")), int(found.group("y"))
        if not (1 <= a <= 12 and 1 <= b <= 12) or a == b:
            continue
        day_first = abs((dt.date(year, b, a) - written).days)
        month_first = abs((dt.date(year, a, b) - written).days)
        if day_first <= _NEAR_DAYS and month_first >= _FAR_DAYS:
            return True
    return False


MONTH_FIRST = re.compile(r"(?<![\d.])(?:0?[1-9]|1[0-2])\.(?:1[3-9]|2\d|3[01])" + _YEAR_END)
DAY_FIRST = re.compile(r"(?<![\d.])(?:1[3-9]|2\d|3[01])\.(?:0?[1-9]|1[0-2])" + _YEAR_END)
# A heading's date label in a language that writes numeric dates day first (Spanish,
# Portuguese, Italian, Romanian: `Fecha y hora: 01/04/1982 - 19:45`): the document's
# ambiguous slashed dates (`01/04/1982`) are day first, not in the US order.
# (lead46) FGV CPDOC's `Data de produção: 02/04/1974` too
ROMANCE_DATE_LABEL = re.compile(
    r"(?im)^(?:fecha(?:\s++y\s++hora)?|data(?:\s++e\s++hora|\s++și\s++ora|\s++de\s++produ[çc][ãa]o)?|em|"
    r"expedido(?:\s++em)?|"
    r"recibido|recebido(?:\s++em)?|enviado)\s*+:\s*+\d{1,2}/\d{1,2}/\d"
    # (global70) Itamaraty's telegraphic heading, its labels in capitals without colons
    # (`EM 12/03/75` under `DE BRASEMB WASHINGTON`)
    r"|^(?-i:EM|DATA)\s++\d{1,2}/\d{1,2}/\d"
    # (invent23) the Arab states' pair of a Hijri and a Gregorian date, each marked with its
    # calendar's letter (`12/9/1382 H. (6/2/1963 G.)`, `6/2/1963 G.`): both day first
    r"|\b\d{1,2}/\d{1,2}/(?:1[34]\d\d\s*+(?:A\.\s?)?H|(?:19|20)\d\d\s*+G)\."
    # (ocr67) a French form's date after `le` (`Expédié le 9/7/60 à 23.15`, `Reçu le 10/7/60`)
    r"|(?<![\w'’])(?i:le)\s++\d{1,2}/\d{1,2}/\d")
# (speed22) what both alternatives need: a text without it is told by one fast scan
_DIGIT_SLASH = re.compile(r"\d/")


# (intel80) a Venona release's date of issue, day first as the joint releases write it
# (`Issued: 15/11/1977`, `Issued: 8/8/1969`)
_RELEASE_ISSUED = re.compile(r"(?m)^[ \t]*+Issued\s*+:\s*+\d{1,2}/\d{1,2}/\d{4}[ \t]*+$")


def romance_day_first(text: str) -> bool:
    """Whether the document's slashed dates are day first (`ROMANCE_DATE_LABEL`, or a Venona
    release's `Issued:` line)."""
    return "/" in text and bool(_DIGIT_SLASH.search(text) and (
        ROMANCE_DATE_LABEL.search(text)
        or ("VENONA" in text and _RELEASE_ISSUED.search(text))))


# (wcda75) a full slashed date whose parts could each be the month (`6/8/1964`)
_SLASHED_FULL = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})(?![\d/])")


def slashes_day_first_near(text: str, named: re.Pattern[str], months: dict[str, int]) -> bool:
    """(wcda75) Whether the slashed dates are day first by the page's or the document's
    written date: a slashed date read day first falls within a week of it and read month
    first a month or more away (a Vietnamese telegram's `Sent 14.00, 6/8/1964` under
    `August 06, 1964`). Only texts with a full slashed date are searched for written ones."""
    pairs = [(int(m.group("a")), int(m.group("b")), int(m.group("y")))
             for m in _SLASHED_FULL.finditer(text)]
    pairs = [(a, b, y) for a, b, y in pairs if 1 <= a <= 12 and 1 <= b <= 12 and a != b]
    if not pairs:
        return False
    for found in named.finditer(text):
        name = (found.group("mon") or found.group("mon2")).rstrip(".").casefold()
        month, day, year = months.get(name), found.group("d") or found.group("d2"), found.group("y")
        if not (month and day and year and 1 <= int(day) <= 28):
            continue  # (a day past the 28th cannot be near two readings a month apart)
        written = dt.date(int(year), month, int(day))
        for a, b, y in pairs:
            near = abs((dt.date(y, b, a) - written).days)
            far = abs((dt.date(y, a, b) - written).days)
            if near <= _NEAR_DAYS and far >= _FAR_DAYS:
                return True
    return False


DOTTED = re.compile(r"\d\.\d+\.(?:\d\d|(?![\d.]))")  # what every dotted date holds, yearless too


def dotted(match: re.Match[str]) -> bool:
    """True for a dotted day-month-year date (`11.01.1962`)."""
    groups = match.groupdict()
    if not (groups.get("d") and groups.get("m")) or match.start("m") < match.start("d"):
        return False
    return "." in match.string[match.end("d"):match.start("m")]


def slashed_month_first(match: re.Match[str]) -> bool:
    """True for a slashed date read month first (`01/04/1982`)."""
    groups = match.groupdict()
    if not (groups.get("d") and groups.get("m")) or match.start("m") > match.start("d"):
        return False
    return "/" in match.string[match.end("m"):match.start("d")]


def month_first(text: str, named: re.Pattern[str], months: dict[str, int]) -> bool:
    """True when the document's dotted dates are month first: one is unambiguously so
    (`10.31.1962`) and none is day first, or the page's written date is dotted month
    first in the text (`November 9, 1962` over `11.09.1962`, or a Polish ciphergram's
    `03.11.` without the year, both parts two digits). Each test needs a dotted
    numeric date: a text without one is told by a single scan."""
    if not DOTTED.search(text) or DAY_FIRST.search(text):
        return False
    if MONTH_FIRST.search(text):
        return True
    for found in named.finditer(text):
        name = (found.group("mon") or found.group("mon2")).rstrip(".").casefold()
        month, day = months.get(name), int(found.group("d") or found.group("d2"))
        year = found.group("y")
        if month and month != day and re.search(
                rf"(?<![\d.])(?:0?{month}\.0?{day}\.(?:{year}|{year[2:]})(?![\d.]*\d)"
                rf"|{month:02d}\.{day:02d}\.(?![\d.]))", text) \
                and not day_first_near(text, dt.date(int(year), month, day)):
            return True
    return False


# (dates20) Hyphened numeric dates (`6-5-41`) are day first (a Pakistani file copy's `Date:
# 4-11-1962`) unless the document shows the US order: one hyphened date unambiguously month
# first (`5-14-41`) and none day first, or a US Army or Navy translation stamp (`Army 19824
# Trans. 6-5-41`, the SIS decrypts' translation date, month first).
_HYPHEN_END = r"-(?:\d{4}|\d{2})(?![\d-])"
_HYPHEN_MONTH_FIRST = re.compile(r"(?<![\d-])(?:0?[1-9]|1[0-2])-(?:1[3-9]|2\d|3[01])" + _HYPHEN_END)
_HYPHEN_DAY_FIRST = re.compile(r"(?<![\d-])(?:1[3-9]|2\d|3[01])-(?:0?[1-9]|1[0-2])" + _HYPHEN_END)
# (speed22) what all three need: a text without it is told by one fast scan (the three open
# with a lookbehind or a line start, so `re` tries them at every character)
_DIGIT_HYPHEN_DIGIT = re.compile(r"\d-\d")
_US_TRANSLATION = re.compile(r"(?m)^(?=[^\n]*\b(?:Army|Navy)\b)[^\n]*?\bTrans\.\s*+\d{1,2}-\d")
# (crest61) an FBI teletype's time, precedence and date (`440PM URGENT 4-3-68 JMC`): the Bureau
# writes the month first
_BUREAU_TELETYPE = re.compile(
    r"(?m)^\d{1,2}:?\d{2}\s?[AP]M\s++(?:URGENT|NITEL|IMMEDIATE|PRIORITY|ROUTINE|DEFERRED)\s++\d{1,2}-\d")

# (ocr77) a US declassification stamp's date after the archives' name (`By cb , NARS, Date
# 4-11-95`, `NARA, Date 3-12-02`): the National Archives write the month first
_US_STAMP = re.compile(r"\bNAR[AS]\s*+,?\s*+Date\s*+\d{1,2}-\d")

def hyphens_month_first(text: str) -> bool:
    """True when the document's hyphened numeric dates are month first (US order)."""
    if "-" not in text or not _DIGIT_HYPHEN_DIGIT.search(text) or _HYPHEN_DAY_FIRST.search(text):
        return False
    return bool(_HYPHEN_MONTH_FIRST.search(text) or _US_TRANSLATION.search(text)
                or _BUREAU_TELETYPE.search(text) or _US_STAMP.search(text))


def hyphened(match: re.Match[str]) -> bool:
    """True for a hyphened day-month-year date (`6-5-41`)."""
    groups = match.groupdict()
    if not (groups.get("d") and groups.get("m")) or match.start("m") < match.start("d"):
        return False
    return "-" in match.string[match.end("d"):match.start("m")]
