"""Dates and times as telegrams write them, to ISO 8601 / W3C values for `@when`.

Shapes: `July 5, 1951`, `5 July 1951`, `19 October` and `December 7` (year from context), `3.7.51`,
`3.7.1951`, `4-11-1962`, `14-10-59` (not after a slash), `8.II.1950`, `25/X/1962`, `16-XII-1961`, `1
XII 63`, `14. VII 1957.` (Roman months), `1951-07-03`, `1962/10/24`, `1968.1.29` (a Mongolian or
Chinese record's year first), `10/14/50` (US order), `13/5-50`, `80. 10. 02.`, `80. 02. 01` and
`1976. 8. 19.` (Korean order), `1957. III. 25.` and `1968. augusztus 5.` (Hungarian order), an era
year with the Western year supplied after it (`20 May Showa 35 [1960]`) or before the month (`Showa
35 (1960) January 12`), an era year alone and the CJK marks (`date_eras`), the date-time groups
`302334Z DEC 74`, `172106 Z APR 73` and `241100 Sep 45`, a telegraph office's stamp `18 NOV 47` (the
month's abbreviation in capitals), `June 1951`, `14 March1965` (a year glued to its month), with an
optional time before (`2100 5 July 1951`, `13:55 3.7.1951`, `at 1135 19 October 1951`, `ore 03,40
del 26/X/1962`) or after (`July 12, 1951, 6 p.m.`, `June 1, 1949—noon` (`midnight` keeps the date
alone), `2118Z`, `30/10/62 Hora: 08.15`, `29.9.1960 г., 07.40 ч.`, `24.10.1962 – Saat: 22.15`, `14.
VII 1957. u 19,30 č.`, `12.10.1977 godz. 15.00`, `16 december 1959, 19.40 uur`, `14.III.1963, ora
18.40`, `12.3.1968 14.20 MEZ`). Two-digit years are read as 19xx, except in a date-time group
(`311435Z OCT 08`), whose years 00-39 are of the 2000s. A date that does not exist (30 February) is
not a date. (dates20) A range of days in one month is its first day (`March 3-4, 1969`,
`14-15 February 1965`); a two-digit year closed by a stop (`16 July 48.`); OCR's letters in a
year after a month and day (`August 22, l941.`); hyphened dates month first when the document
shows the US order (`dotted_order.hyphens_month_first`); a date-time group glued to the word
before it or to its month (`RECD031530Z MAR 56`, `031530ZMAR56`). The shapes are listed in
`date_shapes`; the month names come from the pattern table `months`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from tei.convert import date_eras, date_latin, date_numbers, date_ordinal_words, saka, solar_hijri
from tei.convert.compiled_regex import compile_cached
from tei.convert.date_eras import CJK_NUMERAL, era_alternation, era_year, paired_civil, unglossed
from tei.convert.date_shapes import _TIME_BEFORE as TIME_BEFORE
from tei.convert.date_shapes import (
    LETTERS,
    DateValue,
    ascii_key,
    int_or_none,
    month_alternation,
    named_source,
    roman_month,
    shape_sources,
    time_of,
    valid,
    whole_words,
    year_of,
)
from tei.convert.date_starts import ShapeGate
from tei.convert.dotted_order import (
    dotted,
    hyphened,
    hyphens_month_first,
    month_first,
    romance_day_first,
    slashed_month_first,
    slashes_day_first_near,
)
from tei.convert.ocr_dates import ocr_date_text
from tei.convert.spans import Spans
from tei.convert.wordscreen import ascii_words

# (cables80) the city whose name holds a month (`RIO DE JANEIRO 2175`: no January of 2175)
_RIO_DE = re.compile(r"(?i)\brio\s++de\s++$")
# (speed72) the longest text a date alone is read in (`Tuesday, the twenty-first of January,
# nineteen hundred and forty-nine, at 7.30 p.m.`, a calendar's date with the civil one after it)
_WHOLE_REACH = 160
__all__ = ["DateReader", "DateValue"]

_DIGIT = re.compile(r"\d")
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
# Where a date can begin: at a month name (a whole word of letters; any non-ASCII word is
# tried too), or at a digit or an opening quote after neither a word character nor a dot
# (the shapes' own lookbehind), written with the character set first so that the regex
# engine scans for it quickly.
_NUMBER_START = re.compile(r"[\d\"«“](?<![\w.].)")
# (dates20) a date-time group with its zone letter, glued to a word before it or to its month
# after (`RECD031530Z MAR 56`, `031530ZMAR56`): a month's name may follow with no word break
# (speed26) `\d\d{5}`, not `\d{6}`: a first digit `re` scans for (a repeat gives it none)
_DTG_START = re.compile(r"\d\d{5}\s?Z(?=\s*+[A-Za-z])")
# A number right after these words is a telegram's or despatch's number, not a time before
# the date that follows it: `Deptel 1125, October 30`, `your No. 1231, July 20`, a form's
# `NO: 1203, March 3, 8 p.m.`; the number
# may carry its post's series (`your telegram EX-1923 of October 30`); (lead32) a British
# telegram's `TELNO 1201 OF 8 APRIL`, `TELEGRAM NUMBER 1201 OF 8 APRIL`; (ocr60) a typewriter's
# OCR reads the label's O as a nought (`N0: 2231, October 24, 1 p.m.`).
_NUMBER_WORD_BEFORE = re.compile(
    r"(?i)(?:\b(?:n[o0]s?|nr|tel|telno|number|deptel|embtel|urtel|mytel|reftel|telegrams?|cables?|despatch|"
    r"dispatch|airgram|your|my|our|ref)\.?:?|#)\s*+(?:[A-Z]{1,5}-)?$")
_CACHE_SIZE = 4096
_UNSEEN = object()  # a memo's answer for a text it has not seen (None is an answer)
_RANGE_DASH = re.compile(r"(?<!\s)\s++[-–—]\s++|(?<!\s)\s*+[–—]\s*+")  # (wcda71) a range's dash
_CIRCA_MARK = re.compile(r"(?i:(?:c|ca)\.\s?+|circa\s++)(?=[A-Z\d])")  # and `c.`, `circa`
_CIVIL_AFTER = re.compile(r"(?<!\s)\s*+(?:[(\[]|[/–—=-]\s*+[(\[]?)\s*+")  # a civil date's opening
_FIRST_DTG_YEAR = 1940


class DateReader:
    """Finds dates in text; built once from the month table."""

    def __init__(self, months: dict[str, str], eras: dict[str, str] | None = None,
                 solar_months: dict[str, str] | None = None,
                 saka_months: dict[str, str] | None = None) -> None:
        self.months = {name.rstrip("."): int(number) for name, number in months.items()}
        self.eras = {name: int(offset) for name, offset in (eras or {}).items()}
        self.solar_months = {name: int(number) for name, number in (solar_months or {}).items()}
        self.saka_months = {name.casefold(): int(number)
                            for name, number in (saka_months or {}).items()}
        mon = rf"(?P<mon>{month_alternation(self.months)})"
        self._named = compile_cached(named_source(mon), re.IGNORECASE)
        table = shape_sources(mon, era_alternation(self.eras),
                              era_alternation(self.solar_months),
                              era_alternation(self.saka_months))
        self._era_alone = re.compile(date_eras.era_alone_source(era_alternation(self.eras)),
                                     re.IGNORECASE)
        self._cjk = date_eras.cjk_numeral_shape(era_alternation(self.eras))
        self._latin = date_latin.latin_shape(month_alternation(self.months))
        self._ordinal = date_ordinal_words.ordinal_shape(month_alternation(self.months))
        self._cache: dict[str, list[DateValue]] = {}
        self._wholes: dict[str, DateValue | None] = {}  # (speed79) `whole`'s answers
        self._month_names = frozenset(name.casefold() for name in self.months)
        self.month_first = False
        self.slashes_day_first = False
        self.hyphens_month_first = False
        # where a date may begin: a month's name, or (dates20) an era's (`Showa 20 August 15`)
        self._month_words = {ascii_key(name)
                             for name in (*self.months, *self.eras, *self.solar_months,
                                          *self.saka_months)}
        # (invent23) and a Vietnamese date's month word (`14 tháng 3 năm 1965`); (lang49) a
        # CJK month and day without a year (`11月27日`) and a Portuguese `2 Set 1939`
        # (bloc81) and a Mongolian date's year word (`1964 оны 5 сарын 28`)
        self._numeric = re.compile(r"\d(?:[./ -]+(?:\d|[IVX]|[xv]?l)|\s?[年년月]|\s++tháng\s"
                                   r"|\s++оны\s|\.?\s++(?:Set|Out|Ago|SET|OUT|AGO)\b)")
        needs_month = [month for month, _ in table]
        sources = [source for _, source in table]
        self._shapes = [(month, compile_cached(source, re.IGNORECASE)) for month, source in table]
        self._gate = ShapeGate([shape for _, shape in self._shapes], TIME_BEFORE)
        # The shapes in one regex, each a group: matched at a start, the group that took part
        # is the first shape that matches there (none: no date begins there); by whether the
        # text has month names and numeric dates, only the shapes `_find` tries in it.
        self._any_shape = {key: ([i for i, month in enumerate(needs_month) if key[not month]],
                                 frozenset(i for i, month in enumerate(needs_month)
                                           if key[not month]),
                                 compile_cached("|".join(
                                     f"({_NAMED_GROUP.sub('(?:', source)})" for source, month
                                     in zip(sources, needs_month, strict=True) if key[not month]),
                                     re.IGNORECASE))
                           for key in ((True, True), (True, False), (False, True))}

    def find(self, text: str) -> list[DateValue]:
        """All dates in `text`, left to right, not overlapping (memoised: recognition asks
        about the same line several times)."""
        cjk = "日" in text and CJK_NUMERAL.search(text)
        latin = ("mensis" in text or "die " in text or "MENSIS" in text
                 ) and date_latin.GATE.search(text)
        if not (cjk or latin or _DIGIT.search(text) or date_ordinal_words.worded(text)):
            return []
        cached = self._cache.get(text)
        if cached is None:
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            cached = self._cache[text] = self._find(ocr_date_text(text, self._month_names)) \
                if _DIGIT.search(text) else []
            if latin:  # (misses44) `die 12 mensis Martii anno 1962`: over the digits' shapes
                found = date_latin.latin_dates(self._latin, text, self.months)
                cached[:] = [*found, *(value for value in cached if not any(
                    value.start < other.end and other.start < value.end for other in found))]
            if date_ordinal_words.gate(text):  # (letters72) `the twelfth day of October, 1965`
                found = date_ordinal_words.ordinal_dates(self._ordinal, text, self.months)
                cached[:] = [*found, *(value for value in cached if not any(
                    value.start < other.end and other.start < value.end for other in found))]
            if cjk:  # (invent29) `一九六二年三月十二日`
                taken = Spans()
                for value in cached:
                    taken.add(value.start, value.end)
                self.keep(self._cjk.finditer(text), taken, Spans(), cached)
            cached.sort(key=lambda value: value.start)
        return list(cached)

    def forget(self, text: str = "") -> None:
        """Drop the memo (between documents, so no document profits from another), and
        learn the order of the document's dotted numeric dates from `text`."""
        self._cache.clear()
        self._wholes.clear()
        self.month_first = month_first(text, self._named, self.months)
        self.slashes_day_first = romance_day_first(text) or slashes_day_first_near(
            text, self._named, self.months)
        self.hyphens_month_first = hyphens_month_first(text)

    def _find(self, text: str) -> list[DateValue]:
        found: list[DateValue] = []
        taken, rejected = Spans(), Spans()
        months = self._month_starts(text)
        numeric = bool(self._numeric.search(text))
        groups = [m.start() for m in _DTG_START.finditer(text)]
        months = sorted({*months, *groups}) if groups else months
        starts = sorted({*months, *(m.start() for m in _NUMBER_START.finditer(text)),
                         *(m.start() for m in date_eras.ERA_INITIAL_START.finditer(text))})
        allowed = {start: self._gate.allowed(text, start) for start in starts}
        first_shapes = self._first_shapes(text, starts, bool(months), numeric, allowed)
        if not first_shapes:
            return []
        # (speed20) each shape is tried at the starts where its opening allows it
        # (`ShapeGate`) and no shape before it matches, in the order of the starts
        tried: dict[int, list[int]] = {}
        for start, first in first_shapes.items():
            for index in allowed[start]:
                if index >= first:
                    tried.setdefault(index, []).append(start)
        for index in sorted(tried):
            needs_month, shape = self._shapes[index]
            if not (months if needs_month else numeric):
                continue
            self.keep(_scan(shape, text, tried[index]), taken, rejected, found)
        return self._civil_beside_solar(
            date_eras.old_style_joined(sorted(found, key=lambda d: d.start), text), text)

    def _civil_beside_solar(self, found: list[DateValue], text: str) -> list[DateValue]:
        """(invent24) `found` without a Solar Hijri date that the civil one follows in
        brackets or after a dash or slash (`22 Hamal 1338 [11 April 1959]`): the document's
        own reckoning of the day wins over the worked-out one."""
        if not self.solar_months or len(found) < 2:
            return found
        return [date for date, after in zip(found, [*found[1:], None], strict=True)
                if after is None or not _CIVIL_AFTER.fullmatch(text[date.end:after.start])
                or not any(word.casefold() in self.solar_months
                           for word in LETTERS.findall(text[date.start:date.end]))]

    def keep(self, matches: Iterable[re.Match[str]], taken: Spans, rejected: Spans,
             found: list[DateValue]) -> None:
        """One shape's matches in turn: a date over no span already taken is found; a match
        that reads as no date keeps the later shapes off its span."""
        for match in matches:
            value = self._value(match)
            if rejected.overlaps(*match.span()):
                continue
            if value is None:
                rejected.add(*match.span())
            elif not taken.overlaps(value.start, value.end):
                taken.add(value.start, value.end)
                found.append(value)

    def _first_shapes(self, text: str, starts: list[int], months: bool = True,
                      numeric: bool = True,
                      allowed: dict[int, tuple[int, ...]] | None = None) -> dict[int, int]:
        """The starts where some shape matches, each with the index of the first such shape
        (those before it need not be tried there); only shapes `_find` tries are asked about,
        and (speed20) only those whose opening allows the start (`allowed`: by start): one
        regex of them all where every one does, else each in turn."""
        if not (months or numeric):
            return {}
        indexes, tried, any_shape = self._any_shape[months, numeric]
        found: dict[int, int] = {}
        for start in starts:
            may = allowed[start] if allowed is not None else self._gate.allowed(text, start)
            if len(may) == self._gate.count:
                match = any_shape.match(text, start)
                if match:
                    found[start] = indexes[(match.lastindex or 1) - 1]
                continue
            first = next((i for i in may if i in tried and self._shapes[i][1].match(text, start)),
                         None)
            if first is not None:
                found[start] = first
        return found

    def _may_open(self, text: str) -> bool:
        """Whether a date can begin at the start of `text` (a quick test before `find`)."""
        # (ocr69) `Ju1y l4, l965`; (ocr79) the month whole after an ordinal (`l9th Septernber`)
        text = ocr_date_text(text[:20], self._month_names)
        first = LETTERS.match(text)
        return bool(_NUMBER_START.match(text) or date_eras.ERA_INITIAL_START.match(text)
                    or date_latin.OPENING.match(text)) or (
            first is not None and (not first.group().isascii()
                                   or first.group().lower() in self._month_words))

    def _month_starts(self, text: str) -> list[int]:
        """Where a month name may stand: ASCII words spelt as one, and any other word (an
        ASCII text without one is told by a single set test)."""
        words = ascii_words(text)
        if words is not None:
            starts = whole_words(text.lower(), self._month_words.intersection(words))
            if "janeiro" in words:  # (cables80) `RIO DE JANEIRO 2175`: the city, no January
                starts = [at for at in starts if not _RIO_DE.search(text, 0, at)]
            return starts
        return [word.start() for word in LETTERS.finditer(text)
                if not word.group().isascii() or word.group().lower() in self._month_words]

    def era_year_alone(self, text: str) -> int | None:
        """The Western year of an era's year written without a month (`Tokyo, Showa 45`,
        `Meiji 38`, `the 58th year of the Republic`): no date, but the document's year."""
        found = self._era_alone.search(text) if _DIGIT.search(text) else None
        return era_year(found.groupdict(), self.eras) if found else None

    def whole(self, text: str) -> DateValue | None:
        """The date when `text` is nothing but a date (and time), else None; another
        calendar's date with the civil one in brackets (`calendar_pair`) is the civil date;
        (speed72) a text longer than any date written out is none, unread. (speed79)
        Memoised until `forget`: the segment and recognise stages ask about a line again
        (half the asks a document), and the answer is the document's (a frozen value)."""
        found = self._wholes.get(text, _UNSEEN)
        if found is _UNSEEN:
            if len(self._wholes) >= _CACHE_SIZE:
                self._wholes.clear()
            found = self._wholes[text] = self._whole(text)
        return found

    def _whole(self, text: str) -> DateValue | None:
        stripped = text.strip()
        if len(stripped) > _WHOLE_REACH:
            return None
        text = unglossed(stripped.rstrip(".,;"))
        # a stop is part of a few shapes (`16 July 48.`): then the text with its stop is asked
        tries = (text, f"{text}.") if stripped.endswith(".") else (text,)
        opens = self._may_open(text) or date_ordinal_words.gate(text)  # `the twelfth day of`
        # (wcda80) each try whole, its stop too (`1968. III. 12.`: the Hungarian year first)
        # when the date has its year (a year mark needs the year before it: `20 июня г.`)
        for value, length in ((v, len(t)) for t in tries for v in self.find(t)) if opens else ():
            if value.start == 0 and value.end == length and (
                    length == len(text) or value.year is not None):
                return value
        return paired_civil(text, self.find, self.whole)

    def date_line(self, text: str) -> DateValue | None:
        """(wcda71) The date of an archive's date line that is no bare date: a date marked
        approximate (`c. March 1975`, `Circa June 1962`) or a range of two whole dates, each
        with its year (the Wilson Center's minutes and talks: `August 3, 1961 - August 5,
        1961`, `December 29, 1978 - January 2, 1979`): the (first) date."""
        text = text.strip()
        if circa := _CIRCA_MARK.match(text):
            return self.whole(text[circa.end():])
        parts = _RANGE_DASH.split(text, maxsplit=1)
        if len(parts) != 2 or not (first := self.whole(parts[0])) or not first.year:
            return None
        last = self.whole(parts[1])
        return first if last is not None and last.year and last.year >= first.year else None

    def month_year(self, text: str) -> bool:
        """(wcda59) Whether `text` is a month and its year alone (`June 1975`): the dateline of
        a report dated by its month (`Berlin, June 1975`)."""
        value = self.whole(text)
        return value is not None and bool(value.year and value.month) and value.day is None

    def leading(self, text: str) -> tuple[str, str] | None:
        """(date, rest) when `text` opens with a full date followed by more words."""
        for value in self.find(text) if self._may_open(text) else ():
            rest = text[value.end:].strip(" ,.;:—–-/")  # repost92: `2 November 1962 / Title`
            if value.start == 0 and value.year and value.day and rest[:1].isalpha():
                return text[:value.end], rest
        return None

    def _value(self, match: re.Match[str]) -> DateValue | None:
        groups = match.groupdict()
        if groups.get("sm"):
            return self._solar_value(match, groups)
        if groups.get("ky"):  # (bloc81) `12 Asvina 1887 (Saka)`, `Kartika 5, 1888 Saka`
            month = self.saka_months.get((groups["km"] or groups["km2"]).casefold(), 0)
            found = saka.western_date(int(groups["ky"]), month,
                                      int(groups["kd"] or groups["kd2"]))
            return DateValue(match.start(), match.end(), *found, *time_of(groups), False) \
                if found else None
        name = (groups.get("mon") or "").rstrip(".").casefold()
        month = self.months.get(name) or int_or_none(groups.get("m")) or roman_month(
            groups.get("rm")) or date_eras.PORTUGUESE_MONTHS.get(
            (groups.get("pm") or "").casefold())
        year = year_of(groups.get("y")) or era_year(groups, self.eras, month)
        day = int_or_none(groups.get("d"))
        hour, minute = time_of(groups)
        swap = month and day and day <= 12 and (
            (month > 12 and not groups.get("mon")) or (self.month_first and dotted(match))
            or (self.slashes_day_first and slashed_month_first(match))
            or (self.hyphens_month_first and hyphened(match)))
        if swap:
            month, day = day, month
        short = len(groups.get("y") or "") == 2
        if short and groups.get("th") and year is not None and year < _FIRST_DTG_YEAR:
            year += 100  # `OCT 08`: date-time groups are not older than the 1940s
        value = DateValue(match.start(), match.end(), year, month, day, hour, minute, short)
        return value if valid(value) else None


    def _solar_value(self, match: re.Match[str], groups: dict[str, str]) -> DateValue | None:
        """(invent24) The Western date of a Solar Hijri date (`24 Esfand 1349`)."""
        month = self.solar_months.get(" ".join(groups["sm"].split()).casefold(), 0)
        found = solar_hijri.western_date(int(groups["sy"]), month, int(groups["sd"]))
        if found is None:
            return None
        year, month, day = found
        hour, minute = time_of(groups)
        return DateValue(match.start(), match.end(), year, month, day, hour, minute, False)


def _scan(shape: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """The matches `shape.finditer(text)` gives, tried only at `starts` (every position
    where a date can begin), not at every character."""
    end = 0
    for start in starts:
        if start >= end and (match := shape.match(text, start)) and not _numbered(match, text) \
                and not _clock_as_year(match, text) and not date_numbers.after_label(match, text):
            end = match.end()
            yield match


def _numbered(match: re.Match[str], text: str) -> bool:
    """True when the time or year before the date is a telegram's number (`Deptel 1125,
    October 30`, `Your 2061, December 8`), or (frus39) the day before `of` and a month
    that has its own day after it (`our 19 of November 25, 3 p.m.`): the date itself is
    then found at its month."""
    leading = bool(match.group("hh")) or (
        "y" in match.re.groupindex and match.start("y") == match.start()) or (
        "d" in match.re.groupindex and match.start("d") == match.start()
        and _OF_MONTH_WITH_DAY.search(match.group()) is not None
        and _OWN_DAY_AFTER.match(text, match.end()) is not None)
    return leading and bool(_NUMBER_WORD_BEFORE.search(text, 0, match.start()))


_OF_MONTH_WITH_DAY = re.compile(r"^\d{1,2}\s++of\s")
_OWN_DAY_AFTER = re.compile(r"(?<!\s)\s++\d{1,2}(?!\d|[:.]\d)")


_TIME_ZONE_AFTER = re.compile(r"(?<!\s)\s*+(?:[ECMP][DS]T|GMT|UTC|Z|hours|hrs)\b")


def _clock_as_year(match: re.Match[str], text: str) -> bool:
    """True when the four digits closing the date are its clock time, a time zone after
    them (`Telcon 4 July 1230 EDT`): the date is then found without them."""
    return ("y" in match.re.groupindex and match.group("y") is not None
            and match.end("y") == match.end() and len(match.group("y")) == 4
            and bool(_TIME_ZONE_AFTER.match(text, match.end())))
