"""(ocr69) A typescript's OCR reading a date's digits as letters and a month's letters as
digits (`Ju1y l4, l965`, `0ctober 2l, 1958`, `Apri1 3O, 1962`), or (ocr88) setting a year's
figures apart (`September 12, 19 55`): the date read as if typed right. The repair keeps every
character's place, so the date's span is the source's own."""

from __future__ import annotations

import re
from functools import lru_cache

# a word of letters with OCR's `1` for `l` or `0` for `o` among them (`Ju1y`, `0ctober`)
_MIXED_WORD = re.compile(r"(?<![\w.])(?=[A-Za-z]*[10])(?=[10]*[A-Za-z])[A-Za-z10]{3,9}(?!\w)")
_WORD_FIXES = str.maketrans("10", "lo")
# a day's two figures with OCR's `l` or `I` for 1 and `O` for 0 in one of them (`l4`, `2l`)
_DAY = r"(?:[lI][0-9]|[0-9][lIO]|[lI][lIO]|[0-3])"
_FIGURE_FIXES = str.maketrans("lIO", "110")  # OCR's letters for figures, in a day, clock or run


# (ocr75) a clock's minutes with OCR's letter for a figure after the hour in figures and its
# stop, colon or clock word (`08 óra l5 perc`, `18.l5`, `9 Uhr 3O`)
_CLOCK_MINUTES = re.compile(r"(?<![\w.:])(?:[01]?\d|2[0-3])(?:[.:]|\s(?:óra|Uhr|h|godz\.?)\s)"
                            r"(?P<m>[lIO][0-9]|[0-5][lIO])(?!\w)")

# what such a misreading needs: a letter beside a digit in a word (`l4`, `Ju1y`, `0ctober`)
# (ocr79: an ordinal's letters may follow the day, `l2th`, `2lst`)
_SUSPECT = re.compile(r"[A-Za-z][10]|[10][a-z]|\d;\d|[a-z]\.?\s[0-3] \d,?\s"
                      r"|(?<!\w)(?:[lI]\d|\d[lIO])(?:st|nd|rd|th)?(?!\w)"
                      r"|\d,\s(?:1[89]|20) \d\d(?!\w)"
                      r"|(?<!\w)1 [89] \d \d(?!\w)"  # (ocr89) `1 9 4 5`
                      r"|\d[.·'’]\d[»«,.]?\s|\d[»«]\s")  # (ocr97) `January 2.0» 1967`
# (ocr87) a clock's colon read as a semicolon before its a.m. or p.m. (`2;31 P.M.`, a State
# incoming form's receipt as a worse OCR reads it)
_CLOCK_SEMICOLON = re.compile(r"(?<![\w;:.])(?:[01]?\d|2[0-3])(?P<c>;)[0-5]\d"
                              r"\s?+[AaPp]\.?\s?[Mm]\b")


def ocr_date_text(text: str, months: frozenset[str]) -> str:
    """`text` with OCR's misread month names and days next to a month's name repaired,
    character for character (`months`: the month names in lower case); `text` itself when
    it holds none."""
    if not _SUSPECT.search(text):
        return text
    chars = list(text)
    for word in _MIXED_WORD.finditer(text):
        fixed = word.group().translate(_WORD_FIXES)
        if fixed.casefold() in months:
            chars[word.start():word.end()] = fixed
    for found in _CLOCK_SEMICOLON.finditer(text):  # (ocr87) `2;31 P.M.`
        chars[found.start("c")] = ":"
    fixed_text = "".join(chars)
    for found in _CLOCK_MINUTES.finditer(fixed_text):  # (ocr75) `08 óra l5 perc`, `18.l5`
        start, end = found.span("m")
        chars[start:end] = fixed_text[start:end].translate(_FIGURE_FIXES)
    for pattern in _day_shapes(months):
        for found in pattern.finditer(fixed_text):
            start, end = found.span("d")
            chars[start:end] = fixed_text[start:end].translate(_FIGURE_FIXES)
    for found in _split_day(months).finditer(fixed_text):  # (ocr87) `February 2 6, 1945`
        tens = found.start("a")
        chars[tens:tens + 2] = [" ", fixed_text[tens]]
    for found in _split_year(months).finditer(fixed_text):  # (ocr88) `September 12, 19 55`
        century = found.start("c")
        chars[century:century + 3] = [" ", *fixed_text[century:century + 2]]
    for found in _marked_day(months).finditer(fixed_text):  # (ocr97) `January 2.0» 1967`
        if found.group("a") or found.group("m") in ("»", "«"):
            start = found.start("a") if found.group("a") else found.start("d")
            day = found.group("a") + found.group("b") if found.group("a") else found.group("d")
            end = found.end("m") if found.group("m") else found.end("b")
            chars[start:end] = [*" " * (end - start - len(day) - 1), *day, ","]
    for found in _spaced_year(months).finditer(fixed_text):  # (ocr89) `23rd April, 1 9 4 5`
        start, end = found.span("y")
        figures = fixed_text[start:end].replace(" ", "")
        chars[start:end] = [*" " * (end - start - len(figures)), *figures]
    return "".join(chars)


def _month_names(months: frozenset[str]) -> str:
    """The month names of three letters or more as one alternation, the longest first."""
    return "|".join(sorted((re.escape(m) for m in months if len(m) >= 3), key=len, reverse=True))


@lru_cache(maxsize=4)
def _split_day(months: frozenset[str]) -> re.Pattern[str]:
    """(ocr87) A day's two figures the OCR set apart by a space, after a month's name and
    before the year (`February 2 6, 1945`): read as one day, its figures kept in place but
    for the space moved before them (`February  26, 1945`)."""
    names = _month_names(months)
    return re.compile(rf"(?i)(?<![\w])(?:{names})\.?\s++(?P<a>[0-3]) \d,?\s++(?:1[89]|20)\d\d\b")


@lru_cache(maxsize=4)
def _split_year(months: frozenset[str]) -> re.Pattern[str]:
    """(ocr88) A year's century and its two last figures the OCR set apart by a space, after
    a month's name, its day and a comma (`September 12, 19 55`, an FBI letter's typed date):
    read as one year, the space moved before it (`September 12,  1955`); never a stamp's
    hour and minutes after its day (`1965 JAN 27 19 41`)."""
    names = _month_names(months)
    return re.compile(rf"(?i)(?<![\w])(?:{names})\.?\s++[0-3]?\d,\s++(?P<c>1[89]|20) \d\d"
                      r"(?![\w/.:-])")


@lru_cache(maxsize=4)
def _marked_day(months: frozenset[str]) -> re.Pattern[str]:
    """(ocr97) A day's two figures parted by a speck the OCR read as a stop or quote, or the
    comma after the day read as a guillemet, after a month's name and before the year (a State
    Department form memorandum's `January 2.0» 1967`, `March 14» 1952`): read as the day and
    its comma, kept in place (`January  20, 1967`)."""
    names = _month_names(months)
    return re.compile(rf"(?i)(?<![\w])(?:{names})\.?\s++(?:(?P<a>[0-3])[.·'’](?P<b>\d)"
                      r"|(?P<d>[0-3]?\d))(?P<m>[»«,.])?\s++(?:1[89]|20)\d\d(?![\d/.:-])")


@lru_cache(maxsize=4)
def _spaced_year(months: frozenset[str]) -> re.Pattern[str]:
    """(ocr89) A year printed letter-spaced, each figure apart, as the OCR of a printed
    cabinet paper gives its dates (`on Monday, 23rd April, 1 9 4 5 , at 6 p.m.`, `April 1 9 4 6
    .`): after a month's name (and its day), read as one year, the spaces moved before it."""
    names = _month_names(months)
    return re.compile(rf"(?i)(?<![\w])(?:{names})\.?,?(?:\s++[0-3]?\d,?)?\s++"
                      r"(?P<y>1 [89] \d \d|2 0 \d \d)(?![\w/.:-]|\s\d)")


@lru_cache(maxsize=4)
def _day_shapes(months: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A day after a month's name and one before it, each with OCR's letters allowed."""
    names = _month_names(months)
    return (re.compile(rf"(?i)(?<![\w])(?:{names})\.?,?\s++(?P<d>{_DAY})(?=,?\s|\.|$)"),
            re.compile(rf"(?i)(?<![\w.])(?P<d>{_DAY})(?:st|nd|rd|th)?\s++(?:{names})\b"))


# (ocr75) a figure's OCR lookalike (`l`, `I` for 1; `O` for 0) in a run of figures and the
# stops and strokes between them (a decimal file number `861.00/1l84`, a number `2l47`)
# (each part of a run at most 24 characters: a file's number is shorter, and an unbounded
# run would be read again to its end from each of its characters)
_RUN = r"[\dlIO./–-]{0,24}"
# (wcda84) not a Russian archive's leaves (`ll.0055`, RGASPI's padded sheet numbers in the
# Wilson Center's source lines): `ll.` before a figure 0 is the abbreviation, no `11.`
_FIGURES_RUN = re.compile(rf"(?<![\w])(?!ll\.0)(?={_RUN}\d{_RUN}\d){_RUN}[lIO]{_RUN}(?!\w)")


def ocr_figures(text: str) -> str:
    """`text` with OCR's letters for figures repaired inside each run of two or more figures
    and their separators (`861.00/1l84` -> `861.00/1184`); words and Roman numerals are left
    alone."""
    if "l" not in text and "I" not in text and "O" not in text:
        return text
    return _FIGURES_RUN.sub(_figures, text)


def _figures(match: re.Match[str]) -> str:
    """A run's `l` as 1; its `I` and `O` only beside a figure (`2O5`, `1O.3.62`), never a
    Roman numeral's (`III-1187-9`, `Pak I/50`)."""
    run = match.group()
    return "".join(
        char.translate(_FIGURE_FIXES) if char == "l" or (char in "IO" and (
            (i > 0 and run[i - 1].isdigit()) or (i + 1 < len(run) and run[i + 1].isdigit())))
        else char for i, char in enumerate(run))
