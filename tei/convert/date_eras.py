"""Years of other calendars, and the dates written with the CJK year, month and day marks.

The eras come from the pattern table `eras` (each label an era's name, its value the number
added to the era's year to give the Western year): the Juche year of North Korean documents
(`12 April Juche 87`: 1998), the Dangi year of South Korean ones before 1962 (`檀紀 4290年
5月 3日`: 1957), the Minguo year, the Japanese eras. A Thai Buddhist Era year (`B.E. 2516`)
is 543 more than the Western one; before 1941 the Siamese year began on 1 April, so January
to March of B.E. 2483 and earlier are 542 more (`12th March, B.E. 2469`: 1927), and the
Western year the document gives in brackets after it wins (`B.E. 2469 (1927)`). A CJK
date marks its year, month and day (`1961年8月15日`,
the hour and minute with `時` and `分`). (invent17) A Russian date before 1918 may give the
Julian (Old Style) day and the Gregorian (New Style) one after a slash (`20 July/2 August
1914`, `February 27/March 12, 1917`): the first has no year of its own; the two are one date,
the New Style one (as `1/14 March 1917` reads 14 March).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

_BUDDHIST_ERA_OFFSET = 543
_LAST_APRIL_YEAR = 2483  # the last Siamese year that began on 1 April (1940)
_LAST_OLD_MONTH = 3  # January to March closed that year
_NO_ERA = "(?!)"
# (leftover22) the Republic of China's ordinal year (`37th year of the Republic`), read by the
# `eras` table's Minguo row, and the Western year an edition puts in brackets after it
_REPUBLIC_ERA = "minguo"
_REPUBLIC_YEAR = (r"(?:the\s+)?(?P<ry>\d{1,3})(?:st|nd|rd|th)\s+year\s+of\s+the\s+Republic"
                  r"(?:\s+of\s+China)?(?:,?\s++[\[(]\d{4}[\])])?")
# (invent27) the Japanese eras' initials before a dotted date (`S37.10.23`), each the era's
# name in the `eras` table
ERA_INITIALS = {"M": "meiji", "T": "taisho", "S": "showa", "H": "heisei"}
# where such a date begins: the initial, no letter or stop before it
# (speed26) the letter first, then the look behind it: `re` scans for the letter
ERA_INITIAL_START = re.compile(r"[MTSH](?<![\w.].)(?=[1-6]?\d\.\d)")
_CJK_DIGIT = "[〇零一二三四五六七八九]"  # (invent29) the Chinese numerals of a date
_CJK = "[〇零一二三四五六七八九十]"
CJK_NUMBER = re.compile("[〇零一二三四五六七八九十百千]++")  # (lang47) a number written in them
# (lang49) a Japanese telegram's hour after the day: morning or afternoon (`午前`, `午後`, a
# copy's `前`, `後`), the hour before `時`, the minutes before `分`, in Arabic or kanji numerals
# (`午後3時30分`, `後六時三十分`, `午後9時`; `date_shapes.time_of`)
JA_TIME = (r"\s*+(?P<jap>午前|午後|前|後)?\s*+(?P<jh>[01]?\d|2[0-3]|[〇一二三四五六七八九十]{1,3})"
           r"\s*+時(?:\s*+(?P<jmi>[0-5]?\d|[〇一二三四五六七八九十]{1,3})\s*+分)?")
# (repost96) and the Vietnamese months' words after `tháng` (`17 tháng Bảy 1948`), read by
# the same group
PORTUGUESE_MONTHS = {"set": 9, "out": 10, "ago": 8} | {
    name: n for n, names in enumerate(("một giêng", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám",
                                       "chín", "mười", "mười một", "mười hai"), 1)
    for name in ([names] if n > 1 else names.split())}
# (lang49) what follows a telegram's day without its year: the hour, `発` (sent), `着` (received)
_TELEGRAPHED = r"(?=\s*+(?:午前|午後|前|後|[\d〇一二三四五六七八九十]{1,3}\s*+時|[発發着]))"
_SLASH = re.compile(r"\s?/\s?")  # between an Old Style date and its New Style one
# a date written in another script with the translator's gloss after it (`檀紀 4290年 5月 3日
# [Dangi 4290, 3 May]`): no Latin letter before the bracket, some other letter; (wcda75) the
# gloss in parentheses too (`1962年7月13日 (13 July 1962)`, a Chinese cable's date line)
_GLOSSED = re.compile(r"^(?P<own>[^\[\]()A-Za-z]{0,30}?[^\W\d_A-Za-z][^\[\]()A-Za-z]{0,30}?)\s*+"
                      r"(?:\[[^\[\]]{1,60}\]|\([^()]{1,60}\))$")
# (wcda75) the date in Chinese, Japanese or Korean script glossing the translation's date
# after it, in parentheses or brackets (`13 July 1962 (1962年7月13日)`, `5 March 1965 [1965년
# 3월 5일]`)
_CJK_GLOSS_AFTER = re.compile(r"(?<=\S)\s*+[\[(][^\[\]()]{0,12}[年년][^\[\]()]{0,20}[\])]$")
# (other31) the Slavic date line's abbreviated `year` after it (`20 июня 1948 г.`, Polish
# `20 czerwca 1948 r.`, Ukrainian `р.`), its full stop already trimmed
_YEAR_WORD = re.compile(r"(?<=\d{4})\s?+(?:года|г|r|р)$")
# (ocr34) a scanned edition's note anchor glued after the dateline's stop (`August 1,
# 1914.(1)`: British Documents on the Origins of the War, the Blue Books): the note's
_GLUED_ANCHOR = re.compile(r"(?<=\d{4})[.,]\(\d{1,2}\)$")
# (other37) Fascist Italy's documents add the year of the Fascist era in Roman numerals after
# the civil year of 1922-1945 (`Roma, 30 luglio 1936 - XIV`, `12 ottobre 1938-XVI`, `5 maggio
# 1937, anno XV`, `1939 XVII E.F.`): the civil year is the date's
_FASCIST_YEAR = re.compile(
    r"(?<=19[2-4]\d)\s?+(?:[-–—,]\s?+)?(?:\(?(?i:anno|a\.)\s)?[XVI]{1,5}\)?"
    r"(?:\s?+(?:E\.\s?F\.?|dell'\s?E\.\s?F\.?|(?i:era\s++fascista)))?$")

# (invent22) a news agency's name in brackets after the date of its item's dateline (`Berlin,
# 9 March 1966 (ADN)`, `MOSCOW, March 9, 1966 (TASS)`): the wire's sending date
_AGENCY = re.compile(r"(?<=\d{4})\s*+[-–—]?\s*+\((?:TASS|REUTERS?|AP|UPI|AFP|XINHUA|NCNA|KCNA|ADN"
                     r"|PAP|MTI|CTK|ČTK|ANSA|DPA|EFE|TANJUG|AGERPRES|BTA|MENA|PTI|ANTARA)\)$")

# (speed22) the four digits every one of the four subs of `unglossed` looks behind for: a
# text without them is left as it is, without the subs' scans (their lookbehinds, tried at
# every character, are slower than this regex's scan for a digit)
_FOUR_DIGITS = re.compile(r"\d\d\d\d")  # (not `\d{4}`: `re` scans for a first character)

# another calendar's date (a day and a year: `9 Rabi' al-Awwal 1376`, `25 Mordad 1332`) with
# the civil date in brackets after it; (invent19) the day an English ordinal (`14th Rabi-ul-Awwal
# 1329 (15th March 1911)`, a Persian legation's translated despatch); (dates20) or after a
# slash (`12 Rajab 1375 / 23 February 1956`, an Arab ministry's dateline in translation);
# (invent21) the month first and the era's initials after the year (`Tir 12, 1955 E.C.
# (January 20, 1963)`: an Ethiopian ministry's letter in the Ethiopian calendar); (invent22) or
# after a dash (`Tunis, 14 Safar 1381 - 28 July 1961`, a Maghreb ministry's letter)
_CALENDAR_PAIR = re.compile(r"^(?P<own>(?:\d{1,2}(?:st|nd|rd|th)?\s[^\d()\[\]/]{3,30}\s\d{4}"
                            r"|[A-Z][a-z]{1,15}\s\d{1,2},\s\d{4})(?:\s[A-Z]\.\s?[A-Z]\.)?)\s*+"
                            r"(?:[(\[](?P<civil>[^()\[\]]{6,40})[)\]]"
                            r"|[/–—-]\s*+(?P<after>[^()\[\]/]{6,40}))$")


def paired_civil(text: str, find: Callable[[str], list[Any]],
                 whole: Callable[[str], Any]) -> Any:
    """The civil date of another calendar's date with the civil one in brackets after it
    (`9 Rabi' al-Awwal 1376 (14 October 1956)`), spanning the whole text; else None."""
    found = _CALENDAR_PAIR.match(text)
    # (invent24) a date read in its own calendar (a Solar Hijri one: a year below 1500) yields
    # to the civil date the document gives beside it
    if not found or (not other_calendar_year(found.group("own")) and find(found.group("own"))):
        return None
    civil = whole(found.group("civil") or found.group("after"))
    if civil is None or not (civil.year and civil.day):
        return None
    return replace(civil, start=0, end=len(text))


_OWN_YEAR = re.compile(r"\d{4}")
_FIRST_CIVIL_YEAR = 1500  # a year below is of another calendar


def other_calendar_year(text: str) -> bool:
    """Whether the last four-digit year in `text` is below the civil years: another
    calendar's (`25 Mordad 1332`, `9 Rabi' al-Awwal 1376`), even where the tables read it."""
    years = _OWN_YEAR.findall(text)
    return bool(years) and int(years[-1]) < _FIRST_CIVIL_YEAR

_PAIR_MARK = re.compile(r"\d{4}\s*+[/–—-]")


def calendar_paired(text: str, whole: Callable[[str], Any]) -> bool:
    """Whether `text` is another calendar's date with the civil one after a slash or dash
    (`14 Safar 1381 - 28 July 1961`): a full date, though the civil one opens late."""
    found = whole(text) if _PAIR_MARK.search(text) else None
    return bool(found and found.day and found.year)


def unglossed(text: str) -> str:
    """`text` without the translator's gloss after a date in another script, the
    abbreviated word `year` after it, an edition's note anchor glued to its stop, the
    Fascist era's year or a news agency's name after it."""
    found = _GLOSSED.match(text)
    if found:
        return found.group("own")
    if text[-1:] in ")]" and ("年" in text or "년" in text):
        text = _CJK_GLOSS_AFTER.sub("", text)  # (wcda75) `13 July 1962 (1962年7月13日)`
    if not _FOUR_DIGITS.search(text):  # (speed22) what each sub drops follows four digits
        return text
    return _AGENCY.sub("", _FASCIST_YEAR.sub("", _YEAR_WORD.sub("", _GLUED_ANCHOR.sub("", text))))


def era_alternation(eras: dict[str, int]) -> str:
    """The era names as one regex alternative, longest first (none: a pattern that fails)."""
    names = sorted(eras, key=lambda name: (-len(name), name))
    return "|".join(re.escape(name) for name in names) or _NO_ERA


def era_alone_source(eras: str) -> str:
    """(leftover22) An era's year with no month (`Showa 45`, `ROC 58`, `37th year of the
    Republic`), a whole word, the Western year in brackets after it allowed."""
    return (rf"(?<![\w-])(?:(?P<era>{eras})\s?+(?P<ey>\d{{1,4}})|{_REPUBLIC_YEAR})(?![\w/.-]\w)")


def era_shapes(mon: str, eras: str, solar: str = _NO_ERA,
               saka: str = _NO_ERA) -> tuple[list[str], list[str]]:
    """The era, CJK and two-calendar date shapes: those that need a month's name, and those
    that do not."""
    named = [
        # (bloc81) an Indian national (Saka) date, the day first or the month first (`12 Asvina
        # 1887 (Saka)`, `Kartika 5, 1888 Saka`), a year of that era only (`saka`), its era's
        # name after it, in brackets or not, kept in the date
        rf"(?:(?P<kd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<km>{saka})|(?P<km2>{saka})\s+"
        rf"(?P<kd2>\d{{1,2}})(?:st|nd|rd|th)?),?\s+"
        r"(?P<ky>1[89]\d\d)(?!\d)(?:\s?+(?:\((?-i:Saka|Śaka|S\.E\.)\)|(?-i:Saka|Śaka)\b))?",
        # (invent24) a Solar Hijri date, the day first (`24 Esfand 1349`) or the Afghan month
        # first (`Hamal 14, 1341 S.H.`), a year of that era only (`solar_hijri`)
        rf"(?P<sd>\d{{1,2}})\s+(?P<sm>{solar}),?\s+(?P<sy>1[2-4]\d\d)(?!\d)"
        r"(?:\s?+(?-i:S\.\s?H|A\.\s?H\.\s?S|H\.\s?S)\.?)?",
        rf"(?P<sm>{solar})\s+(?P<sd>\d{{1,2}}),?\s+(?P<sy>1[2-4]\d\d)(?!\d)"
        r"(?:\s?+(?-i:S\.\s?H|A\.\s?H\.\s?S|H\.\s?S)\.?)?",
        # a Thai date in the Buddhist Era (`14 October B.E. 2516 (1973)`): its year less 543
        # (invent16) an ordinal day, and the Western year in brackets kept (`12th March, B.E.
        # 2469 (1927)`: a Siamese legation's letter)
        rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{mon},?\s+B\.\s?E\.\s?(?P<be>2[45]\d\d)"
        r"(?:\s++[\[(](?P<wy>\d{4})[\])])?",
        # an era's year after the day and month (`12 April Juche 87`)
        rf"(?P<d>\d{{1,2}})\s+{mon},?\s+(?P<era>{eras})\s+(?P<ey>\d{{1,4}})(?!\d)"
        r"(?:\s++[\[(]\d{4}[\])])?",
        # (dates20) the era's year first or last in a translation's English order (`Showa 20
        # August 15`, `August 15, Showa 20`)
        # (wcda75) the Western year in brackets after the era's (`Juche 50 (1961) May 20`,
        # `May 20, Juche 50 (1961)`), and the era first before the day and month (`Dangi
        # 4290, 3 May`)
        rf"(?P<era>{eras})\s+(?P<ey>\d{{1,4}})(?:\s++[\[(]\d{{4}}[\])])?,?\s+{mon}\s+"
        r"(?P<d>\d{1,2})(?!\d)",
        rf"{mon}\s+(?P<d>\d{{1,2}}),?\s+(?P<era>{eras})\s+(?P<ey>\d{{1,4}})(?!\d)"
        r"(?:\s++[\[(]\d{4}[\])])?",
        rf"(?P<era>{eras})\s+(?P<ey>\d{{1,4}})(?:\s++[\[(]\d{{4}}[\])])?,\s+(?P<d>\d{{1,2}})\s+{mon}"
        r"(?![\w-])",
        # (leftover22) the Republic of China's year as an ordinal (`November 3, 37th year of
        # the Republic (1948)`, `3 November, the 58th Year of the Republic of China`), its
        # Western year in brackets after it kept out of the day
        rf"{mon}\s+(?P<d>\d{{1,2}}),?\s+{_REPUBLIC_YEAR}",
        rf"(?P<d>\d{{1,2}})\s+{mon},?\s+{_REPUBLIC_YEAR}",
        # (other30) a Russian date in both calendars, the Old Style day first and the New
        # Style's in brackets (`July 10 (23), 1914`, `10 (23) July 1914`: the Russian Orange
        # Book in English): the New Style (Gregorian) day
        rf"{mon}\s++\d{{1,2}}\s*+\((?P<d>\d{{1,2}})\)(?:,\s*+|\s++)(?P<y>\d{{4}})",
        rf"\d{{1,2}}\s*+\((?P<d>\d{{1,2}})\)\s++{mon},?\s++(?P<y>\d{{4}})",
        # (ocr36) or the month first and the two days joined by a slash (`July 1/14, 1917`):
        # the New Style day after the slash
        rf"{mon}\s++\d{{1,2}}\s?/\s?(?P<d>\d{{1,2}}),?\s++(?P<y>\d{{4}})",
    ]
    marked = [
        # (invent27) a Japanese date by the era's initial, its year, the month and the day
        # joined by stops (`S37.10.23`: Showa 37, 23 October 1962; `ERA_INITIALS`)
        r"(?-i:(?P<ji>[MTSH]))(?P<ey>[1-6]?\d)\.(?P<m>1[0-2]|0?[1-9])\.(?P<d>3[01]|[12]\d|0?[1-9])"
        r"(?![\d.]\d)",
        rf"(?P<era>{eras})\s*+(?P<ey>\d{{1,4}})\s?年\s?(?P<m>\d{{1,2}})\s?月\s?(?P<d>\d{{1,2}})\s?日",
        r"(?P<y>1[89]\d{2}|20\d{2})\s?年\s?(?P<m>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?日",
        # (lang49) the month and day alone, the year the document's, before an hour or `発` or
        # `着` (a Japanese telegram's receipt line under its dated sending line: `本省 11月27日
        # 午前8時10分着`); not alone in running text (`3月12日`: no year, no date)
        r"(?P<m>1[0-2]|0?[1-9])\s?月\s?(?P<d>3[01]|[12]\d|0?[1-9])\s?日" + _TELEGRAPHED,
        # (lang49) the Portuguese abbreviations that are English words (`Set`, `Out`, `Ago`: not
        # in the `months` table), capitalised, between a day and a whole year (`2 Set 1939`,
        # `15 Out. 1941`: the Itamaraty's and the MNE's datelines; `PORTUGUESE_MONTHS`)
        r"(?P<d>\d{1,2})\.?\s++(?P<pm>(?-i:Set|Out|Ago|SET|OUT|AGO))\.?,?\s++(?P<y>1[89]\d{2}|20\d{2})(?!\d)",
        # (repost96) a Vietnamese date with the month's word after `tháng` (`17 tháng Bảy
        # 1948`, `ngày 2 tháng Mười Một năm 1965`; `PORTUGUESE_MONTHS`)
        r"(?:ngày\s++)?(?P<d>3[01]|[12]\d|0?[1-9])\s++tháng\s++(?P<pm>Mười\sMột|Mười\sHai|Mười|Một"
        r"|Giêng|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín)\s++(?:năm\s++)?(?P<y>1[89]\d{2}|20\d{2})(?!\d)",
        # (other38) the Hangul marks (`1958년 1월 17일`: a Korean archive's record date)
        r"(?P<y>1[89]\d{2}|20\d{2})년\s?(?P<m>\d{1,2})월\s?(?P<d>\d{1,2})일",
        # (wcda75) or after an era's year (`단기 4290년 5월 3일`, `주체 87년 4월 15일`)
        rf"(?P<era>{eras})\s*+(?P<ey>\d{{1,4}})\s?년\s?(?P<m>\d{{1,2}})\s?월\s?(?P<d>\d{{1,2}})\s?일",
        # (other30) a handwritten letter's day, month and short year, a space after each stop
        # (`27. 7. 46`: Nehru's letters as an archive transcribes them); after the Korean
        # order (`80. 02. 01`), which takes a first number of 40 or more; (invent24) or the
        # whole year, as Czech, Slovak and German typists space a date (`V Praze dne 14. 3. 1968`)
        r"(?P<d>3[01]|[12]\d|0?[1-9])\.\s(?P<m>1[0-2]|0?[1-9])\.\s"
        r"(?P<y>[2-9]\d|1[89]\d{2}|20\d{2})(?!\d|\.\d)",
    ]
    return named, marked


# (invent29) the Chinese numerals of a date written out (`一九六二年三月十二日`, `五十一年`)
CJK_NUMERAL = re.compile(_CJK)
_CJK_DIGITS = {char: n for n, char in enumerate("〇一二三四五六七八九")} | {"零": 0}


_CJK_UNITS = {"千": 1000, "百": 100, "十": 10}


def cjk_number(text: str) -> int:
    """A number in Chinese numerals: a year digit by digit (`一九六二`: 1962, `八三六`), else
    with its units (`十二`: 12, `五十一`: 51, `三十`: 30, `三`: 3; lang47: a telegram's
    `八百三十六`: 836, `二千四十三`: 2043)."""
    if not any(char in _CJK_UNITS for char in text):
        return int("".join(str(_CJK_DIGITS[char]) for char in text))
    total, digit = 0, None
    for char in text:
        if char in _CJK_UNITS:
            total += (1 if digit is None else digit) * _CJK_UNITS[char]
            digit = None
        else:
            digit = _CJK_DIGITS[char]
    return total + (digit or 0)


def arabic_number(text: str) -> str:
    """A number written in Chinese numerals (a telegram's `八三六`, lang47) in Arabic digits;
    any other as it stands."""
    return str(cjk_number(text)) if CJK_NUMBER.fullmatch(text) else text


def cjk_numeral_shape(eras: str) -> re.Pattern[str]:
    """(invent29) A date whose year, month and day are Chinese numerals, the year digit by
    digit or an era's (`一九六二年三月十二日`, `中華民國五十一年三月十二日`: the Minguo year 51,
    1962), as Chinese texts write them: read apart from the shapes of digits; (lang49) the
    month and day alone before an hour or `発`/`着` (`十二月二日前着`, the year the
    document's) and the hour after them (`後六時三十分`)."""
    return re.compile(rf"(?:(?:(?P<era>{eras})\s*+(?P<ey>{_CJK}{{1,4}})"
                      rf"|(?P<y>[一二]{_CJK_DIGIT}{{3}}))\s?年\s?)?(?P<m>{_CJK}{{1,2}})\s?月"
                      rf"\s?(?P<d>{_CJK}{{1,3}})\s?日(?(era)|(?(y)|{_TELEGRAPHED}))(?:{JA_TIME})?")


def era_year(groups: dict[str, str | None], eras: dict[str, int],
             month: int | None = None) -> int | None:
    """The Western year of a match's Buddhist Era or other era year, if it has one."""
    if groups.get("be"):
        return _buddhist_year(int(groups["be"] or 0), _int_or_none(groups.get("wy")), month)
    if groups.get("ry") and _REPUBLIC_ERA in eras:
        return int(groups["ry"] or 0) + eras[_REPUBLIC_ERA]
    era, year = groups.get("era") or ERA_INITIALS.get(groups.get("ji") or ""), groups.get("ey")
    if era and year:
        offset = eras.get(" ".join(era.split()).casefold())
        number = cjk_number(year) if CJK_NUMERAL.match(year) else int(year)
        return number + offset if offset is not None else None
    return None


def _buddhist_year(be: int, western: int | None, month: int | None) -> int:
    """The Western year of a Buddhist Era year: the document's bracketed one when it agrees
    within a year, else 543 less (542 in January to March of the old Siamese year)."""
    year = be - _BUDDHIST_ERA_OFFSET
    if western is not None and abs(western - year) <= 1:
        return western
    old_start = be <= _LAST_APRIL_YEAR and month is not None and month <= _LAST_OLD_MONTH
    return year + 1 if old_start else year


def _int_or_none(text: str | None) -> int | None:
    return int(text) if text else None


def old_style_joined(found: list[Any], text: str) -> list[Any]:
    """`found` (dates in `text`, in order) with an Old Style half joined to its New Style
    date: a date without a year right before a slash and a dated one (`20 July/2 August
    1914` is one date, 2 August)."""
    out: list[Any] = []
    for date in found:
        before = out[-1] if out else None
        if (before is not None and before.year is None and date.year is not None
                and _SLASH.fullmatch(text[before.end:date.start])):
            out[-1] = replace(date, start=before.start)
        else:
            out.append(date)
    return out
