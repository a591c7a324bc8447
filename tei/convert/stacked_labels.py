"""Read stage (ocr45): a printed telegram form's labels set apart from their values, as OCR or
a page viewer (FlipHTML5, an archive's full text) flattens the form's boxes.

- A run of two or more labels alone on their lines (`From:` / `To:` / `Sent:` / `No.`)
  followed at once by as many unlabelled lines is the form's column of labels over its
  column of values: each label is given the value in its place (`From: Secretary of State
  for the Colonies`, `No. 231`).
- A label's colon and dash before its value (`From:- Governor, Gold Coast.`, a typed form's
  style) is its colon.
- A date or number label alone on its line (`Dated:`, `Received:`, `No.`; cables60: the CIA
  information report's `DATE DISTR.`) over a short line opening with a digit (`4th March,
  1949. 09.30 hrs.`, `389`, `19 December 1956`; not a numbered point), or (memlet81) over a
  date with the month's name first (`May 2, 1972`), is one field with it
  (the party labels `From:` / `To:` are joined later, by the read stage's own rule).

- (frus57) A memorandum's party labels in capitals without colons, each alone on its line
  over its value, as a copy of a page's heading table gives them (history.state.gov's INR
  notes and memoranda: `TO` / `The Secretary` / `THROUGH` / `S/S` / `FROM` / `INR—Thomas L.
  Hughes`): where a `FROM` pair and a `TO` pair stand in one run of such pairs, each label
  takes its colon before its value (`FROM: INR—Thomas L. Hughes`), and so does a `SUBJECT`
  in that run; a `SUBJECT` alone stays the block label the FRUS reader knows.

A label is a word with its colon or the number's `No.`: a catalogue's or a cable page's
fields without colons (`Date` over `25.10.1962`) are read elsewhere, but for the party labels
in capitals above.

- (cw59) A party label without its colon in its own cell of a line, its value in the next
  cell of the same line (`From      Hicomind London`, an Indian telegram form's typing) takes
  its colon before the value (`From: Hicomind London`); so does an archive record's field
  label (cables63: AAD's `Subject<TAB>...`, `TAGS<TAB>...`).

- (ocr65) A label an OCR'd typescript broke over two lines at a hyphen (`Dis-` /
  `patched:  London, August 9, 1955`, a label column too narrow for the word) is one label
  again (`Dispatched: London, ...`).

- (ocr74) A subject field's line with the rest of its value under it, a few capitalised
  words opening with a small word (`of`, `on`, `and`, ...: `on Berlin Access`), is one field
  (`subject_runs_on`, asked by the read stage, whose next line then starts apart).

Every word is kept, in order within each field; nothing else is touched.
"""

from __future__ import annotations

import re

from tei.convert.captioned_cells import PhysicalLine, captioned_cells
from tei.convert.margin_stamps import margin_stamps

# a form's field label alone on its line: a word with its colon (a dash perhaps after it), or
# the number's `No.` (`Date` without a colon is a catalogue's field, read elsewhere)
_WORDS = r"from|to|sent|dated?|received|despatched|dispatched|number|rptd|repeated|repeat(?:ed)? to"
_LABEL = re.compile(rf"^(?:(?i:{_WORDS})\s?:-?|(?i:no)\.)\s*+$")
_DATE_OR_NUMBER = re.compile(r"^(?:(?i:sent|dated?|received|despatched|dispatched|number)\s?:-?"
                             r"|(?i:no)\.|DATE\s++DISTR\.?)\s*+$")
# a typed form's label with a colon and a dash before its value on the same line
_DASHED = re.compile(rf"^(?P<label>(?:(?i:{_WORDS})|(?i:no)\.)\s?:)-\s*+(?=\S)")
# the value a date or number label alone takes from the line under it: a short line opening
# with a digit, not a numbered point (`1. The Governor ...`); (memlet81) or a date with the
# month's name first (`Date:` / `May 2, 1972`, a memorandum's heading table copied cell by cell)
_SHORT_VALUE = re.compile(r"^(?:(?!\d{1,2}[.)]\s)\d\S*+(?:\s++\S++){0,6}"
                          r"|[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:st|nd|rd|th)?,\s\d{4}(?:\s++\S++){0,4})$")
_MIN_RUN = 2
# (ocr74) a subject field's line, and its wrapped rest under it: a few words opening with a
# small word no line of text opens with (`SUBJECT:  Ambassador Rush's Talk with Abrasimov` /
# `on Berlin Access`)
_SUBJECT_LINE = re.compile(r"^(?:SUBJECT|Subject|SUBJ)\s?:\s*+\S.{2,80}$")
_SUBJECT_TAIL = re.compile(r"^(?:of|on|and|in|to|for|with|at|from|by|between|regarding|concerning)"
                           r"\s[A-Z][^.,;:!?]{0,50}\.?$")
# (cw83) a party field's line cut after a small word (`To:     U.K. High Commissioner in`),
# and the rest of the office's name under it (`New Zealand`, `the United Kingdom.`)
_PARTY_CUT = re.compile(r"^(?:From|To|FROM|TO|Repeated(?:\s++to)?|REPEATED(?:\s++TO)?)\s?:\s*+"
                        r"\S.{2,80}?\s(?:in|at|of|for|to|and|the|IN|AT|OF|FOR|TO|AND|THE)$")
_PARTY_TAIL = re.compile(r"^(?:the\s)?[A-Z][\w.'’-]*+(?:[ ,]{1,2}[A-Z][\w.'’-]*+){0,4}\.?$")
# (ocr65) a label's first part alone with its hyphen, its rest with the colon on the next line
_LABEL_HEAD = re.compile(r"^[A-Z][a-z]{1,9}-$")
_LABEL_TAIL = re.compile(r"^[a-z]{2,12}:")
# a memorandum's party label in capitals alone on its line, with no colon (frus57)
_BARE_PARTY = re.compile(r"^(?:TO|FROM|THROUGH|VIA|SUBJECT)$")
_BARE_PAIRED = frozenset({"TO", "FROM"})  # the labels a run of bare pairs must hold
# (cw59) a party label without its colon set apart from its value on the same line, as an
# Indian or Commonwealth telegram form types it (`From      Hicomind London`): one field
_PARTY_CELL = re.compile(r"^(?:From|To|FROM|TO|Repeated|REPEATED)$")
# (cables63) so does an archive record's field label without its colon, a tab before its value
# (NARA AAD's full record copied: `Subject<TAB>GROMYKO ON ...`, `TAGS<TAB>PFOR, UR`), lest
# the next row's label run on into a value in capitals (`... MEETING TAGS`)
_RECORD_CELL = re.compile(r"^(?:Subject|TAGS|Concepts|Draft Date|Document Number|Film Number"
                          r"|Channel Indicators|(?:Current|Original) Classification"
                          r"|Handling Restrictions"
                          # (intel71) and a CIA intelligence information cable's labels in
                          # capitals, each in its own cell before its value, the lines not
                          # parted by blanks (`DOI         9 - 10 MARCH 1965       DIST ...`)
                          r"|COUNTRY|DOI|SUBJECT|ACQ|SOURCE|DATE OF INFO|PLACE & DATE ACQ)$")


def form_fields(physical: list[PhysicalLine]) -> list[PhysicalLine]:
    """`physical` with a form's labels put back before their values (see the module; a value
    over its caption: `captioned_cells`)."""
    physical = margin_stamps(captioned_cells(physical))  # (cw83) a registry stamp
    out: list[PhysicalLine] = []
    index = 0
    while index < len(physical):
        pairs = _bare_pairs(physical, index)
        if pairs:
            out += [(number, f"{physical[index + 2 * n][1].strip()}: {text.strip()}", False)
                    for n, (number, text, _) in enumerate(physical[index + 1:index + 2 * pairs:2])]
            index += 2 * pairs
            continue
        run = _label_run(physical, index)
        values = physical[index + run:index + 2 * run]
        if run >= _MIN_RUN and len(values) == run and all(_value(text) for _, text, _ in values):
            out += [(number, f"{_label(label)} {text}", False)
                    for (_, label, _), (number, text, _) in zip(physical[index:index + run],
                                                                  values, strict=True)]
            index += 2 * run
            continue
        number, text, bullet = physical[index]
        following = physical[index + 1][1] if index + 1 < len(physical) else ""
        if _LABEL_HEAD.match(text.strip()) and _LABEL_TAIL.match(following):
            physical[index + 1] = (number, text.strip()[:-1] + following, bullet)
            index += 1
            continue
        text = _DASHED.sub(r"\g<label> ", text) if ":-" in text else text
        following = physical[index + 1][1] if index + 1 < len(physical) else ""
        if _DATE_OR_NUMBER.match(text) and _SHORT_VALUE.match(following):
            out.append((number, f"{_label(text)} {following}", bullet))
            index += 2
            continue
        if (_PARTY_CELL.match(text) or _RECORD_CELL.match(text)) and index + 1 < len(
                physical) and physical[index + 1][0] == number:  # `From      Hicomind London`
            out.append((number, f"{text.strip()}: {following.strip()}", bullet))
            index += 2
            continue
        out.append((number, text, bullet))
        index += 1
    return out


def subject_runs_on(physical: str, following: str) -> bool:
    """(ocr74) A subject field's line runs on into the rest of its value under it (read
    stage): a few capitalised words opening with a small word (`on Berlin Access`); (cw83)
    so does a party field's line cut after the small word its office goes on from (`To:
    U.K. High Commissioner in` / `New Zealand`), into a few capitalised words, no label."""
    return bool(_SUBJECT_LINE.match(physical) and _SUBJECT_TAIL.match(following)) or bool(
        _PARTY_CUT.match(physical) and _PARTY_TAIL.match(following))


def _bare_pairs(physical: list[PhysicalLine], start: int) -> int:
    """How many bare party labels, each over its value, stand in a run from `start` (0
    unless the run holds both `FROM` and `TO`)."""
    labels: list[str] = []
    at = start
    while at + 1 < len(physical) and _BARE_PARTY.match(label := physical[at][1].strip()) \
            and _value(physical[at + 1][1]) and not _BARE_PARTY.match(physical[at + 1][1].strip()):
        labels.append(label)
        at += 2
    return len(labels) if set(labels) >= _BARE_PAIRED else 0


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


# (cables92) a sentence's line closing on a month, the day under it opening the next line
# as a point's number would (`... elections in Honduras scheduled for November` / `29.
# Zelaya reiterated ...`, a Cablegate page wrapped at 60 columns)
_MONTH_END = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September"
                        r"|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY"
                        r"|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)$")
_DAY_OPENS = re.compile(r"^(?:[2-9]|[12]\d|3[01])\.\s")
_SENTENCE_WORDS = 6  # a sentence's line, no label's or subject's


def day_runs_on(physical: str, following: str) -> bool:
    """Whether `physical`, a sentence's line (six words or more, no label's colon) closing on
    a month's name, runs on into `following` opening with a day and a stop (`29. Zelaya
    ...`): the day of that month, no point's number (a first point `1.` excepted)."""
    return (_MONTH_END.search(physical.rstrip()) is not None
            and _DAY_OPENS.match(following) is not None
            and len(physical.split()) >= _SENTENCE_WORDS and ":" not in physical[:14])
