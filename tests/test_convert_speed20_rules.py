"""speed20: repeated work left out, the same answers kept.

- A date scan tries a shape at a start only where the shape's opening allows the start's first
  two characters (`date_starts.ShapeGate`: with the time before the date, or, where no time
  stands at the start, without it). Held here to the plain scan that tries every shape at
  every start, on lines of several layouts (a telegram's dateline, a Soviet record's heading,
  a cable's date-time group, a Romance and a Hungarian record) and on generated texts; and
  every shape that matches at a start is among those the gate allows there.
- `Patterns.prefer` (the heading order `forms.choose` sets) drops only the memo's answers
  about the `heading` table: the answers about other tables, asked by the page and segment
  stages before, are kept, and the heading's answers follow the new order.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tei.convert import Resources, convert_text
from tei.convert.date_eras import old_style_joined
from tei.convert.dates import _DTG_START, _NUMBER_START, DateReader, DateValue, _scan
from tei.convert.patterns import Patterns
from tei.convert.spans import Spans


@pytest.fixture(scope="module")
def reader(resources: Resources) -> DateReader:
    return resources.dates


def _plain_find(reader: DateReader, text: str) -> list[DateValue]:
    """Every shape (of the kinds the text holds) tried at every start, in the shapes' order."""
    found: list[DateValue] = []
    taken, rejected = Spans(), Spans()
    months = sorted({*reader._month_starts(text), *(m.start() for m in _DTG_START.finditer(text))})
    numeric = bool(reader._numeric.search(text))
    starts = sorted({*months, *(m.start() for m in _NUMBER_START.finditer(text))})
    for needs_month, shape in reader._shapes:
        if not (months if needs_month else numeric):
            continue
        reader.keep(_scan(shape, text, starts), taken, rejected, found)
    return old_style_joined(sorted(found, key=lambda d: d.start), text)


LINES = [
    "Moscow, 12 March 1962",  # a telegram's dateline
    "SECRET No. 1234 of 5 May 1955, 2100 hours",
    "RECORD OF CONVERSATION of 14.VII.1957, 19.30 h. with Comrade N. S. Khrushchev",
    "O 302334Z DEC 74 FM AMEMBASSY PARIS TO SECSTATE WASHDC 1962",  # a cable's routing
    "Roma, ore 03,40 del 26/X/1962, n. 345",  # a Romance record
    "Budapest, 1968. augusztus 5. Szigorúan titkos!",  # a Hungarian record
    "at 1135 19 October 1951 the Minister said that 1945 and 1962 were the years",
    "“On 3 June 1964 – 17:30 – the embassy’s note of 2.6.64 was handed over”",
    "Paragraph 12 of No. 345; 1,000 tons; 3-4 March; Showa 35 (1960) January 12",
]


@pytest.mark.parametrize("text", LINES)
def test_gated_scan_finds_the_dates_of_the_plain_scan(reader: DateReader, text: str) -> None:
    reader._cache.clear()
    assert reader.find(text) == _plain_find(reader, text)
    assert reader.find(text)  # every line holds a date


@given(st.text(alphabet="0123456789 ./-:,JulyOctberMaIVXZhrsam«\"’é年", max_size=30))
def test_gated_scan_finds_the_dates_of_the_plain_scan_anywhere(reader: DateReader,
                                                               text: str) -> None:
    reader._cache.clear()
    assert reader._find(text) == _plain_find(reader, text)


@given(st.text(alphabet="0123456789 ./-:,JulyOctberMaIVXZhrsam«\"’é年", max_size=24))
def test_every_shape_that_matches_at_a_start_is_allowed_there(reader: DateReader,
                                                              text: str) -> None:
    for start in range(len(text)):
        allowed = reader._gate.allowed(text, start)
        assert all(index in allowed for index, (_, shape) in enumerate(reader._shapes)
                   if shape.match(text, start)), (text, start)


def test_allowed_shapes_are_fewer_where_no_time_stands(reader: DateReader) -> None:
    every = len(reader._shapes)
    assert len(reader._gate.allowed("March 1962", 0)) < every  # no numeric shape at a month
    assert len(reader._gate.allowed("1962 March", 0)) < every  # a year is no time before
    assert len(reader._gate.allowed("1945 March 5", 0)) == every  # `1945` may be a time


@pytest.mark.parametrize("text", [
    "SECRET\n\nTELEGRAM No. 345\n\nFrom: Moscow\nTo: Foreign Office\n\n12 March 1962\n\n"
    "Dear Sir,\n\nThe Minister called on me today.\n\nSMITH\n",
    "TOP SECRET\n\nRECORD OF CONVERSATION\nof Comrade A. Petrov with the Ambassador\n"
    "14 July 1957\n\nThe Ambassador said that the note had been received.\n",
])
def test_prefer_keeps_other_tables_answers(resources: Resources, text: str) -> None:
    patterns = resources.patterns
    convert_text(text, "speed20", resources)  # the stages ask; forms.choose sets the order
    kept = dict(patterns._matches)
    assert any(table != "heading" for table, _ in kept)
    patterns.prefer("heading", patterns.order("heading") or ())
    assert all(key in patterns._matches for key in kept if key[0] != "heading")
    assert not any(table == "heading" for table, _ in patterns._matches)
    fresh = Patterns(patterns.regexes, patterns.labels, patterns.families)
    fresh.prefer("heading", patterns.order("heading") or ())
    for table, line in kept:
        assert _names(patterns.match(table, line)) == _names(fresh.match(table, line))


def _names(found: object) -> object:
    return None if found is None else (found[0], found[1].span())  # type: ignore[index]
