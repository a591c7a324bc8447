"""(ocr66) A heading line set letter-spaced word by word, as a scan's OCR reads it with the gaps
between the words lost (`T E L E G R A M A R E C E B I D O`, `T É L É G R A M M E A U D É P A
R T`): the `heading` table is asked about its letters read as two or three words, and the first
reading a row names as the form's name or a grade is the line's. The text keeps its letters."""

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
