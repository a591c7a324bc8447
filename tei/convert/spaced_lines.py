"""(ocr66) A heading line set letter-spaced word by word, as a scan's OCR reads it with the gaps
between the words lost (`T E L E G R A M A R E C E B I D O`, `T É L É G R A M M E A U D É P A
R T`): the `heading` table is asked about its letters read as two or three words, and the first
reading a row names as the form's name or a grade is the line's. The text keeps its letters.
Two other readings of a heading line asked again: a form's name an OCR misread (`Telegrarn`,
ocr79), and (cables81) a cable's heading retyped in mixed case, read in capitals."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

# (ocr67) an elision's apostrophe spaced as a letter (`T É L É G R A M M E A L ' A R R I V É E`)
# (ocr68) a stop after the last letter, perhaps spaced too (`T e l e g r a m m .`)
_SPACED = re.compile(r"[^\W\d_](?: (?:[^\W\d_]|['’])){5,29} ?\.?")
_WORD = 2  # letters of a word at least
_KINDS = frozenset({"document-type", "classification", "precedence"})
# (bloc81) the form's name letter-spaced with its number after it, set off by spaces
# (`T E L E G R A M   No. 217`, `T E L E G R A M No. 217`): the name's letters as one word
_SPACED_HEAD = re.compile(r"((?:[^\W\d_] ){5,29})\s*+(?=\S\S)(.{1,60})")
_HEAD_KINDS = frozenset({"document-type", "cable-number"})
Found = tuple[str, re.Match[str]] | None


def spaced_readings(text: str) -> Iterator[str]:
    """The readings of a letter-spaced line as one word, then as two, then as three (none
    for other text)."""
    if text[1:2] != " " or not _SPACED.fullmatch(text):
        return
    letters = text.replace(" ", "").rstrip(".")
    yield letters  # (ocr68) one word (`T E L E G R A M M`, `T E L E G R A F O S`)
    size = len(letters)
    for cut in range(_WORD, size - _WORD + 1):
        yield f"{letters[:cut]} {letters[cut:]}"
    for cut in range(_WORD, size - 2 * _WORD + 1):
        for second in range(cut + _WORD, size - _WORD + 1):
            yield f"{letters[:cut]} {letters[cut:second]} {letters[second:]}"


def spaced_match(match: Callable[[str], Found], text: str) -> Found:
    """The first reading of a letter-spaced `text` that `match` finds as a form's name or a
    grade, else (ocr68) as a telegraph service's letterhead (`T E L E G R A F O S`), or
    None."""
    letterhead: Found = None
    for words in spaced_readings(text):
        hit = match(words)
        if hit and hit[0] in _KINDS:
            return hit
        letterhead = letterhead or (hit if hit and hit[0] == "letterhead" else None)
    head = _SPACED_HEAD.fullmatch(text) if letterhead is None else None
    if head is not None:  # (bloc81) `T E L E G R A M   No. 217`
        hit = match(f"{head[1].replace(' ', '')} {head[2]}")
        return hit if hit and hit[0] in _HEAD_KINDS else None
    return letterhead


# (ocr79) a form's name whose last letter a scan's OCR misread: a typed `m` as `rn`
# (`Telegrarn`, `Memorandurn`, `Airgrarn`), a capital `M` as `N` (`TELEGRAN`, `AIRGRAN`,
# `MEMORANDUN`); the `-gram` names and `memorandum` only
_MISREAD_FORM = re.compile(r"\b(?:(?P<low>[A-Za-z]{2,}gra|[Mm]emorandu)rn"
                           r"|(?P<cap>[A-Z]{2,}GRA|MEMORANDU)N)\b")


def misread_form(text: str) -> str | None:
    """`text` with its misread form's names read as typed, or None when it holds none."""
    if "rn" not in text and "N" not in text:
        return None
    fixed = _MISREAD_FORM.sub(lambda m: f"{m['low']}m" if m["low"] else f"{m['cap']}M", text)
    return fixed if fixed != text else None


def misread_match(match: Callable[[str], Found], text: str) -> Found:
    """What `match` finds in `text` read with its form's name repaired, when that is a
    form's name (`document-type`), else None."""
    fixed = misread_form(text)
    hit = match(fixed) if fixed else None
    return hit if hit and hit[0] == "document-type" else None


# (cables81) a cable's heading retyped in mixed case (a library's or a book's clean copy of
# a poor teletype page: `O 291620Z Jun 73` / `Fm AmEmbassy Santiago` / `To SecState WashDC
# Immediate 4471` / `Info USCINCSO` / `Secret Santiago 3102`): its date-time group, its FM,
# TO and INFO lines with a cable address (`AmEmbassy`, `SecState`, `USMission`, a routing
# indicator, a code in capitals), its grade over the post and number (perhaps with the
# section: `Confidential Section 01 of 02 Tehran 02311`) and its handling caption alone
# (`Limdis`), read in capitals as the teletype printed them. Never prose: `To the
# Minister`, `Info:` open no such line.
_RETYPED = re.compile(
    r"^(?:Fm\s(?:Am|Sec|US|White\s|[A-Z]{3})"
    r"|(?:To|Info)\s(?:Am(?:Embassy|Consul|Congen|Legation)\b|Sec(?:State|Def)\b|US[A-Z]{2}"
    r"|White\sHouse\b|RUE[A-Z]|[A-Z]{4,}\b)"
    r"|[OPRZ](?:\s[OPRZ])?\s\d{6}Z\s[A-Z][a-z]{2,3}\s\d{2}\b"
    r"|(?:Top\sSecret|Secret|Confidential|Unclassified|Unclas|Limited\sOfficial\sUse)"
    r"(?:\sSection\s\d{1,2}\sof\s\d{1,2})?(?:\s[A-Z][a-z]++){1,3}\s\d{3,6}$"
    r"|(?:Nodis|Exdis|Limdis|Stadis|Sipdis|Noforn)$)")


def retyped_match(match: Callable[[str], Found], text: str) -> Found:
    """What `match` finds in a retyped cable's heading line read in capitals (`_RETYPED`),
    else None; a line already in capitals, or with letters capitals do not keep the
    length of, is not asked."""
    if not text.isascii() or text.isupper() or not _RETYPED.match(text):
        return None
    return match(text.upper())
