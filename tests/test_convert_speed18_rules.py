"""speed18: a date scan asks a text only about the shapes it can hold. `DateReader._find`
tries the shapes that need a month name only in a text with one, the others only in a text
with a numeric date; `_first_shapes` then reads the first shape at each start from one
regex of those shapes alone, with the same answers for them as the regex of all shapes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tei.convert.dates import DateReader


@pytest.fixture(scope="module")
def reader(resources) -> DateReader:
    return resources.dates


@pytest.mark.parametrize(("months", "numeric"), [(True, True), (True, False), (False, True),
                                                 (False, False)])
@given(text=st.text(alphabet="0123456789 ./-:JulyOctberIVXZhrsam,", max_size=24))
def test_the_first_shape_asked_about_is_the_first_of_those_that_matches(
        reader: DateReader, months: bool, numeric: bool, text: str) -> None:
    starts = list(range(len(text)))
    found = reader._first_shapes(text, starts, months, numeric)
    for start in starts:
        first = next((i for i, (needs_month, shape) in enumerate(reader._shapes)
                      if (months if needs_month else numeric) and shape.match(text, start)),
                     None)
        assert found.get(start) == first, (text, start)


@pytest.mark.parametrize(("text", "iso"), [
    ("Moscow, 5 July 1951, 2100 hours", ["1951-07-05T21:00:00"]),  # month names only
    ("Received 3.7.1951 and 4-11-1962", ["1951-07-03", "1962-11-04"]),  # numeric only
    ("On 12.10.1977 godz. 15.00 and October 19", ["1977-10-12T15:00:00", "--10-19"]),  # both
    ("Paragraph 12 of No. 345", []),  # neither
])
def test_dates_of_either_kind_are_found_as_before(reader: DateReader, text: str,
                                                  iso: list[str]) -> None:
    reader.forget()  # no order of numeric dates learnt from the last document converted
    assert [value.iso() for value in reader.find(text)] == iso
