"""Read stage (cables67): a printed form's value set over its caption in the form's right-hand
column, as the US Foreign Service despatch form of the 1950s prints its number and date boxes
beside the `FROM` and `TO` lines:

    FROM   :  AMEMBASSY, HAVANA                                1098
                                                           DESP. NO.
    TO     :  THE DEPARTMENT OF STATE, WASHINGTON.            March 9, 1960
                                                              DATE

Read row by row, the number and the date stand as cells of the party rows and their captions
alone on the rows under them. A caption alone on its row (`DESP. NO.`, `DATE`) right under a
row whose last cell a wide gap set apart, a number or a date, takes that cell as its value in
the caption's place, each word in its order (`1098 DESP. NO.`, `March 9, 1960 DATE`: table
`heading-state-form`); the row's other cells stay.

(cables67, seen on its held sample) The outgoing telegram form types the action post's
telegram number at the right of its `ACTION:` row (`ACTION:   Amembassy SEOUL        1287`):
a number alone in the row's next cell goes on with the post (`ACTION: Amembassy SEOUL 1287`).

A FOIA release's stamp sets the exemptions it was released under on the row under its
decision (`RELEASED IN PART` / `B6`): the codes are the stamp's, read on its line (`RELEASED
IN PART B6`), never a withheld passage's code alone in the margin (table `obfuscations`).
"""

from __future__ import annotations

import re

PhysicalLine = tuple[int, str, bool]

_CAPTION = re.compile(r"^(?:DESP\.\s?NO\.|(?i:despatch\s++no\.)|DATE)$")
_ACTION = re.compile(r"^ACTION\s*+:\s*+\S")
_NUMBER = re.compile(r"^\d{1,5}$")
_VALUE = re.compile(r"\d")  # a number or a date, never a party's cell
_RELEASE = re.compile(r"^RELEASED?\s++IN\s++(?:PART|FULL)$")
_CODES = re.compile(r"^(?:B[1-9]|1\.4\s?\([A-H]\))(?:[,\s]\s*+(?:B[1-9]|1\.4\s?\([A-H]\)))*+$")


def captioned_cells(physical: list[PhysicalLine]) -> list[PhysicalLine]:
    """`physical` with each caption under a value cell read as that value's label, the
    action post's number on its row, and a release stamp's codes on its line."""
    out: list[PhysicalLine] = []
    for number, text, bullet in physical:
        caption = text.strip()
        if _CAPTION.match(caption) and len(out) >= 2 and out[-1][0] == out[-2][0] == number - 1 \
                and _VALUE.search(out[-1][1]):
            out.append((number, f"{out.pop()[1].strip()} {caption}", bullet))
        elif _NUMBER.match(caption) and out and out[-1][0] == number \
                and _ACTION.match(out[-1][1].strip()):
            out[-1] = (number, f"{out[-1][1].strip()} {caption}", out[-1][2])
        elif _CODES.match(caption) and out and out[-1][0] == number - 1 \
                and _RELEASE.match(out[-1][1].strip()):
            stamp = out.pop()
            out.append((stamp[0], f"{stamp[1].strip()} {caption}", stamp[2]))
        else:
            out.append((number, text, bullet))
    return out
