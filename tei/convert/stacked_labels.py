"""Read stage (ocr45): a printed telegram form's labels set apart from their values, as OCR or
a page viewer (FlipHTML5, an archive's full text) flattens the form's boxes.

- A run of two or more labels alone on their lines (`From:` / `To:` / `Sent:` / `No.`)
  followed at once by as many unlabelled lines is the form's column of labels over its
  column of values: each label is given the value in its place (`From: Secretary of State
  for the Colonies`, `No. 231`).
- A label's colon and dash before its value (`From:- Governor, Gold Coast.`, a typed form's
  style) is its colon.
- A date or number label alone on its line (`Dated:`, `Received:`, `No.`) over a short line
  opening with a digit (`4th March, 1949. 09.30 hrs.`, `389`; not a numbered point) is one
  field with it (the party labels `From:` / `To:` are joined later, by the read stage's own
  rule).

A label is a word with its colon or the number's `No.`: a catalogue's or a cable page's
fields without colons (`Date` over `25.10.1962`) are read elsewhere.

Every word is kept, in order within each field; nothing else is touched.
"""

from __future__ import annotations

import re

PhysicalLine = tuple[int, str, bool]

# a form's field label alone on its line: a word with its colon (a dash perhaps after it), or
# the number's `No.` (`Date` without a colon is a catalogue's field, read elsewhere)
_WORDS = r"from|to|sent|dated?|received|despatched|dispatched|number|rptd|repeated|repeat(?:ed)? to"
_LABEL = re.compile(rf"^(?:(?i:{_WORDS})\s?:-?|(?i:no)\.)\s*+$")
_DATE_OR_NUMBER = re.compile(r"^(?:(?i:sent|dated?|received|despatched|dispatched|number)\s?:-?"
                             r"|(?i:no)\.)\s*+$")
# a typed form's label with a colon and a dash before its value on the same line
_DASHED = re.compile(rf"^(?P<label>(?:(?i:{_WORDS})|(?i:no)\.)\s?:)-\s*+(?=\S)")
# the value a date or number label alone takes from the line under it: a short line opening
# with a digit, not a numbered point (`1. The Governor ...`)
_SHORT_VALUE = re.compile(r"^(?!\d{1,2}[.)]\s)\d\S*+(?:\s++\S++){0,6}$")
_MIN_RUN = 2


def form_fields(physical: list[PhysicalLine]) -> list[PhysicalLine]:
    """`physical` with a form's labels put back before their values (see the module)."""
    out: list[PhysicalLine] = []
    index = 0
    while index < len(physical):
        run = _label_run(physical, index)
        values = physical[index + run:index + 2 * run]
        if run >= _MIN_RUN and len(values) == run and all(_value(text) for _, text, _ in values):
            out += [(number, f"{_label(label)} {text}", False)
                    for (_, label, _), (number, text, _) in zip(physical[index:index + run],
                                                                  values, strict=True)]
            index += 2 * run
            continue
        number, text, bullet = physical[index]
        text = _DASHED.sub(r"\g<label> ", text) if ":-" in text else text
        following = physical[index + 1][1] if index + 1 < len(physical) else ""
        if _DATE_OR_NUMBER.match(text) and _SHORT_VALUE.match(following):
            out.append((number, f"{_label(text)} {following}", bullet))
            index += 2
            continue
        out.append((number, text, bullet))
        index += 1
    return out


def _label_run(physical: list[PhysicalLine], start: int) -> int:
    """How many lines from `start` on are form labels alone."""
    count = 0
    while start + count < len(physical) and _LABEL.match(physical[start + count][1]):
        count += 1
    return count


def _value(text: str) -> bool:
    """A line that can be a field's value: not blank, no label alone."""
    return bool(text.strip()) and not _LABEL.match(text)


def _label(text: str) -> str:
    """A label as the field's opening: its colon kept, a dash after it dropped."""
    return text.strip().rstrip("-").rstrip()
