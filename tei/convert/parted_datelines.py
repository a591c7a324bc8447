"""Read stage: a printed dateline parted over two lines at the right (print61), or stacked
at the left (wcda64); a form's dispatch and receipt dates with their hours on the row
under them (ocr65).

The Foreign Office's confidential print of the 1940s and 1950s sets a document's place and
date to the right of its number and form or its salutation, the place on one line and the
date under it:

    (No. 45. Confidential)                                  Tehran,
    Sir,                                               February 28, 1956.

Read row by row, the place would stand alone as a heading and the date would run into the
salutation. The two right-hand cells are one dateline (`Tehran, February 28, 1956.`): it
takes the second row, the left-hand cells stay in their order around it (the number over
it, the salutation or form after it).
"""

from __future__ import annotations

import re

from tei.convert.column_blocks import SEPARATOR

_GAP = re.compile(r"(?<![ \t])[ \t]{5,}+(?=\S)")
_INDENT = 20  # a cell alone on its row, set this far to the right
# the place: one to three capitalised words closed by a comma (`Tehran,`, `Buenos Aires,`)
# (ocr69) or a place and its country (an embassy's letterhead beside `New Delhi, India,`)
_PLACE = re.compile(r"^[A-Z][\w'’.-]*+(?: [A-Z][\w'’.-]*+){0,2},(?: [A-Z][\w'’.-]*+){1,2},$")
_PLACE_ALONE = re.compile(r"^[A-Z][\w'’.-]*+(?: [A-Z][\w'’.-]*+){0,2},$")
# (ocr69) a typescript's OCR may read a month's `l` as `1` and a day's or year's 1 as `l`
# (`Ju1y l4, l965.`): the dates reader repairs them (`ocr_dates`)
_MONTH = r"[A-Z0][a-z10]{2,8}\.?"
_DAY, _YEAR = r"[\dlI]{1,2}", r"[1lI]9[\dlIO]{2}"
# the date under it, as the print writes it (`February 28, 1956.`, `28th February, 1956.`)
_DATE = re.compile(rf"^(?:{_MONTH} {_DAY},? {_YEAR}|{_DAY}(?:st|nd|rd|th)? {_MONTH},? "
                   rf"{_YEAR})\.?$")


# (ocr65) a British form's dispatch and receipt side by side (`D. 21st October, 1952.`,
# `R. 22nd October, 1952.`), each one's hour in its column on the row under it (`23.55 hrs.`)
_DISPATCH, _RECEIPT = re.compile(r"^D[.:]\s"), re.compile(r"^R[.:]\s")
_HOUR = re.compile(r"^\d{1,2}[.:]\d{2}\s*+(?:hrs?\.?|hours)?\.?$")


def _hours_under(upper: object, lower: object) -> bool:
    """Whether a row of `D.` and `R.` cells has the two hours alone under them."""
    return isinstance(upper, tuple) and isinstance(lower, tuple) and bool(
        _DISPATCH.match(upper[0]) and _RECEIPT.match(upper[1])
        and _HOUR.match(lower[0]) and _HOUR.match(lower[1]))


def _split(raw: str) -> tuple[str, str] | None:
    """(left cell, right cell) of a row whose last cell is set apart by a wide gap or
    indented alone far to the right; None for another row."""
    text = raw.rstrip()
    if not text.strip():
        return None
    gaps = list(_GAP.finditer(text))
    if not gaps:
        return None
    last = gaps[-1]
    left = text[:last.start()].strip()
    if not left and last.end() < _INDENT:
        return None
    return left, " ".join(text[last.end():].split())


def parted_datelines(raws: list[str]) -> list[str]:
    """`raws` with each place and date parted over two rows at the right joined into one
    dateline on the second row (the source's line numbers are kept)."""
    out = list(raws)
    splits = [_split(raw) if "     " in raw or "\t" in raw else None for raw in raws]
    for i in range(len(raws) - 1):
        below = i + 2 if not raws[i + 1].strip() and i + 2 < len(raws) else i + 1
        if _stacked(raws[i], raws[below], splits[i], splits[below]):
            out[i], out[below] = "", f"{raws[i].strip()} {raws[below].strip()}"
            continue
        upper, lower = splits[i], splits[i + 1]  # each row parted once, only one with a gap
        if _hours_under(upper, lower):  # `D. 21st October, 1952.` over `23.55 hrs.`
            out[i] = SEPARATOR.join((f"{upper[0]} {lower[0]}", f"{upper[1]} {lower[1]}"))
            out[i + 1] = ""
            continue
        if not upper or not lower or not _place(upper[1]) or not _DATE.match(lower[1]) or (
                _CAPITALS.match(upper[0]) and _CAPITALS.match(lower[0])):
            continue  # (ocr69) beside a letterhead's two lines the rows stay in their order
        out[i] = upper[0]
        out[i + 1] = SEPARATOR.join(cell for cell in (f"{upper[1]} {lower[1]}", lower[0]) if cell)
    return out


# (ocr69) a letterhead's line in capitals (`EMBASSY OF THE` / `UNITED STATES OF AMERICA`)
_CAPITALS = re.compile(r"^[A-Z][A-Z'’.,&-]*+(?: [A-Z][A-Z'’.,&-]*+){0,6}$")


def _stacked(upper: str, lower: str, upper_cells: object, lower_cells: object) -> bool:
    """(wcda64) A place closed by a comma alone on its row over the date alone on the next
    (maybe after a blank row: a letter in a government's white paper, `New Delhi,` /
    `26 September 1959`), no cell set apart on either row: one dateline."""
    return upper_cells is None and lower_cells is None and bool(
        _PLACE_ALONE.match(upper.strip())) and bool(_DATE.match(lower.strip()))


def _place(cell: str) -> bool:
    """A place closed by a comma, perhaps with its country (`Tehran,`, `New Delhi, India,`)."""
    return bool(_PLACE_ALONE.match(cell) or _PLACE.match(cell))
