"""(ocr89) A CIA reading room (CREST) record copied without its field labels: the page opens
with the record's three dates alone on their lines (`December 14, 2016` / `May 15, 2003` /
`January 26, 1954`: the record's creation, the release and the document's publication) over
the release line (`Approved For Release 2003/05/23: ...`). Each date takes its label back
(`Document Creation Date:`, `Document Release Date:`, `Publication Date:`), so that the page's
field reader reads the first two as the record's data and the third as the document's date,
as it reads the labelled record; the line keeps its number and every word stays.
(ocr96) The barest export puts the record's number (`CIA-RDP83-00586R000300250011-2`) or its
file's name (`CIA-RDP76-00183R000200080094-3.pdf`, page-furniture row
`reading-room-attachment`) under the dates: the number takes its label back
(`Document Number (FOIA) /ESDN (CREST):`), and with it the release line under it may be
garbled past reading (`/ ) ._ ormin ... Declassified in Part`, a row of redaction codes)."""

from __future__ import annotations

import re

_DATE = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October"
                   r"|November|December)\s\d{1,2},\s(?P<year>(?:19|20)\d{2})$")
# the release line under the dates, garbled as OCR may leave it (`Approved For Relelaa2/05/08`)
_RELEASE = re.compile(r"^(?:Sanitized\s|Declassified\s)?.{0,40}?(?i:approved\s++for\s++rel)")
# (ocr96) the record's number, or its file's name, alone under the dates
_NUMBER = re.compile(r"^CIA-RDP\d{2}[A-Z]?-?[\dA-Z]{10,24}+-\d(?P<file>\.pdf)?$")
_ADDRESS = re.compile(r"^https?://\S++$")  # the page's address set over the copy
_LABELS = ("Document Creation Date", "Document Release Date", "Publication Date")
_HEAD = 8  # the dates among the page's first lines
_RECORD_YEAR = 1990  # the record was made and the paper released after it


def labelled_record_dates(lines: list[str]) -> list[str]:
    """`lines` with the labels of a CREST record's three bare dates at the page's head."""
    filled = [i for i, line in enumerate(lines[:_HEAD + 1])
              if line.strip() and not _ADDRESS.match(line.strip())]
    if len(filled) < len(_LABELS) + 1:
        return lines
    run, after = filled[:len(_LABELS)], filled[len(_LABELS)]
    dates = [_DATE.match(lines[i].strip()) for i in run]
    number = _NUMBER.match(lines[after].strip())
    if not all(dates) or not (number or _RELEASE.match(lines[after].strip())):
        return lines
    years = [int(found["year"]) for found in dates if found]
    if min(years[:2]) < _RECORD_YEAR or years[2] > min(years[:2]):
        return lines
    out = list(lines)
    for label, i in zip(_LABELS, run, strict=True):
        out[i] = f"{label}: {lines[i].strip()}"
    if number and not number["file"]:
        out[after] = f"Document Number (FOIA) /ESDN (CREST): {lines[after].strip()}"
    return out
