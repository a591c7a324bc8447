"""Dates as telegrams write them."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tei.convert.dates import DateReader, _scan

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


@pytest.fixture(scope="module")
def reader(resources) -> DateReader:
    return resources.dates


@pytest.mark.parametrize(("text", "found", "iso"), [
    ("July 5, 1951", "July 5, 1951", "1951-07-05"),
    ("received 2100 5 July 1951 Copy Nº 2", "2100 5 July 1951", "1951-07-05T21:00:00"),
    ("From BEIJING Received 13:55 3.7.1951", "13:55 3.7.1951", "1951-07-03T13:55:00"),
    ("No. 3305 3.7.51", "3.7.51", "1951-07-03"),
    ("of 0530 18 October", "0530 18 October", "--10-18"),
    ("DATE: July 12, 1951, 6 p.m.", "July 12, 1951, 6 p.m.", "1951-07-12T18:00:00"),
    ("D. 6.40 p.m. 3rd October, 1950.", "6.40 p.m. 3rd October, 1950", "1950-10-03T18:40:00"),
    ("New Delhi, July 14, 1950—6 p.m.", "July 14, 1950—6 p.m.", "1950-07-14T18:00:00"),
    ("Received 26th September 1950 at 0930 hours", "26th September 1950 at 0930 hours",
     "1950-09-26T09:30:00"),
    ("June 16, 1954, 2118Z", "June 16, 1954, 2118Z", "1954-06-16T21:18:00"),
    ("dated 1951-07-03.", "1951-07-03", "1951-07-03"),
    ("in June 1951 there", "June 1951", "1951-06"),
    ("Sept. 3, 1950", "Sept. 3, 1950", "1950-09-03"),
    ("on 22 April.", "22 April", "--04-22"),
    ("Pyongyang, No. 4040. 8.II.1950", "8.II.1950", "1950-02-08"),
    ("dated 24.III.50", "24.III.50", "1950-03-24"),
    ("Washington, 25/X/1962, ore 20,30", "25/X/1962, ore 20,30", "1962-10-25T20:30:00"),
    ("WASHINGTON 55380 8 50 1 XII 63", "1 XII 63", "1963-12-01"),
    ("memo of 10/14/50", "10/14/50", "1950-10-14"),
    ("Fecha: 29/10/62", "29/10/62", "1962-10-29"),
    ("1962/10/24", "1962/10/24", "1962-10-24"),
    ("13/5-50. Roshchin", "13/5-50", "1950-05-13"),
    ("Date/Time: 80. 10. 02. 1630", "80. 10. 02. 1630", "1980-10-02T16:30:00"),
    ("Dispatched: Moscow, 1957. III. 25., 22.10", "1957. III. 25., 22.10",
     "1957-03-25T22:10:00"),
    ("NR : TFGCG 128 241100 Sep 45", "241100 Sep 45", "1945-09-24T11:00:00"),
    ("R 302334Z DEC 74", "302334Z DEC 74", "1974-12-30T23:34:00"),
    ("Moscow, January 21, 1949—7 p.m.", "January 21, 1949—7 p.m.", "1949-01-21T19:00:00"),
    ("Geneva, January 13, 1956—noon.", "January 13, 1956—noon", "1956-01-13T12:00:00"),
    ("London, August 2, 1951, noon", "August 2, 1951, noon", "1951-08-02T12:00:00"),
    ("Tokyo, May 5, 1950—midnight.", "May 5, 1950—midnight", "1950-05-05"),
    ("Washington, le 25 octobre 1962, 21 h 10", "25 octobre 1962, 21 h 10",
     "1962-10-25T21:10:00"),
    ("Aufgabe: 9. November 1961, 19.30 Uhr", "9. November 1961, 19.30 Uhr",
     "1961-11-09T19:30:00"),
    ('"20" декабря 1965 г.', '"20" декабря 1965 г.', "1965-12-20"),  # the year mark is the date's
    ('Pervenuto ore 03,40 del 26/X/1962', '03,40 del 26/X/1962', "1962-10-26T03:40:00"),
    ('Recibido: 30/10/62   Hora: 08.15', '30/10/62   Hora: 08.15', "1962-10-30T08:15:00"),
    ('Received: 29.9.1960 г., 07.40 ч.', '29.9.1960 г., 07.40 ч.', "1960-09-29T07:40:00"),
    ('Sent: Washington, 20 May Showa 35 [1960], 18:40', '20 May Showa 35 [1960], 18:40',
     "1960-05-20T18:40:00"),
    # lead18: the older American ordinals `2d`, `3d`, `22d`; a military date in title case
    ("Washington, March 3d, 1919.", "March 3d, 1919", "1919-03-03"),
    ("the 23d of March, 1919", "23d of March, 1919", "1919-03-23"),
    ("DTG 12 Jun 64 at Saigon", "12 Jun 64", "1964-06-12"),
    ("on 3 May 62 men were killed", "3 May", "--05-03"),  # a count after it, no year
])
def test_recognises_date_shapes(reader: DateReader, text: str, found: str, iso: str) -> None:
    value = reader.find(text)[0]
    assert text[value.start:value.end] == found
    assert value.iso() == iso


@pytest.mark.parametrize("text", ["30.2.51", "31 April 1950", "13.13.1951", "May we agree",
                                  "10,000 people", "the 38th parallel", "the 3d Division"])
def test_impossible_dates_and_numbers_are_not_dates(reader: DateReader, text: str) -> None:
    assert reader.find(text) == []


def test_year_from_context(reader: DateReader) -> None:
    value = reader.find("Deciphered by Fedyaev 1205 19 October")[0]
    assert value.with_year(1951).iso() == "1951-10-19T12:05:00"
    assert reader.find("19 October 1950")[0].with_year(1951).iso() == "1950-10-19"


def test_whole_accepts_only_a_date_line(reader: DateReader) -> None:
    assert reader.whole("14 June 1951").iso() == "1951-06-14"
    assert reader.whole("5 July 1951.").iso() == "1951-07-05"
    assert reader.whole("on 14 June 1951") is None


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(1999, 12, 31)),
       st.sampled_from(["{d} {M} {Y}", "{M} {d}, {Y}", "{d}.{m}.{Y}", "{d}.{m}.{y}",
                        "{Y}-{mm}-{dd}", "{d}th {M} {Y}"]),
       st.times())
def test_every_real_date_round_trips(reader: DateReader, day: dt.date, shape: str,
                                     time: dt.time) -> None:
    text = shape.format(d=day.day, M=MONTHS[day.month - 1], Y=day.year, m=day.month,
                        y=f"{day.year % 100:02d}", mm=f"{day.month:02d}", dd=f"{day.day:02d}")
    assert reader.whole(text).iso() == day.isoformat()
    stamped = f"{time.hour:02d}{time.minute:02d} {text}"
    expected = f"{day.isoformat()}T{time.hour:02d}:{time.minute:02d}:00"
    assert reader.whole(stamped).iso() == expected


def test_two_digit_years_take_the_documents_century(reader: DateReader) -> None:
    value = reader.find("3.7.06")[0]
    assert value.iso() == "1906-07-03"
    assert value.with_year(2006).iso() == "2006-07-03"
    assert reader.find("3.7.51")[0].with_year(1951).iso() == "1951-07-03"
    assert reader.find("0530 18 October")[0].with_year(1951).iso() == "1951-10-18T05:30:00"


def test_a_date_time_groups_short_year_before_1940_is_of_the_2000s(reader: DateReader) -> None:
    assert reader.find("P 061504Z FEB 06")[0].iso() == "2006-02-06T15:04:00"
    assert reader.find("R 311435Z OCT 39")[0].iso() == "2039-10-31T14:35:00"
    assert reader.find("R 302334Z DEC 74")[0].iso() == "1974-12-30T23:34:00"
    assert reader.find("241100 Sep 45")[0].iso() == "1945-09-24T11:00:00"
    assert reader.find("P 061504Z FEB 06")[0].with_year(1906).iso() == "1906-02-06T15:04:00"


def test_a_date_is_never_read_inside_a_declassification_number(reader: DateReader) -> None:
    assert reader.leading("9 January 1952 Letter from X") == ("9 January 1952",
                                                              "Letter from X")
    assert reader.leading("Letter of 9 January 1952") is None


_PIECES = st.sampled_from([
    "July", "Sept.", "sept", "DEC", "Mayor", "May", "października", "Juni", "de", "of", "at",
    "5", "12", "1951", "51", "302334Z", "2100", "6.40", "p.m.", "3.7.51", "8.II.1950", "X",
    "25/X/1962", "10/14/50", "1962/10/24", "80. 10. 02.", "1957. III. 25.", "3rd", "«5»",
    '"', "«", ",", ".", " ", "  ", "—", "-", "/", "hours", "Z", "No.", "a1", "_"])


def _every_position(reader: DateReader, text: str) -> list[tuple[int, int, str]]:
    """The date reader's rules with each shape tried at every position (with the same
    filters on a match: a telegram's number before it, a clock time after it)."""
    found, rejected = [], []
    for needs_month, shape in reader._shapes:
        if not needs_month and not reader._numeric.search(text):
            continue
        for match in _scan(shape, text, list(range(len(text) + 1))):  # at every position
            value = reader._value(match)
            if any(a < match.end() and match.start() < b for a, b in rejected):
                continue
            if value is None:
                rejected.append(match.span())
            elif not any(v.start < value.end and value.start < v.end for v in found):
                found.append(value)
    return sorted((v.start, v.end, v.iso()) for v in found)


@given(st.lists(_PIECES, max_size=14).map("".join))
def test_trying_only_where_a_date_can_begin_finds_what_every_position_finds(
        reader: DateReader, text: str) -> None:
    assert [(v.start, v.end, v.iso()) for v in reader._find(text)] == \
        _every_position(reader, text)


@given(st.lists(_PIECES, max_size=10).map("".join))
def test_whole_and_leading_agree_with_every_date_found(reader: DateReader, text: str) -> None:
    bare = text.strip().rstrip(".,;")
    assert reader.whole(text) == next(
        (v for v in reader.find(bare) if v.start == 0 and v.end == len(bare)), None)
    opening = [v for v in reader.find(text) if v.start == 0 and v.year and v.day
               and text[v.end:].strip(" ,.;:—–-")[:1].isalpha()]
    assert reader.leading(text) == ((text[:opening[0].end], text[opening[0].end:].strip(
        " ,.;:—–-")) if opening else None)


@given(st.text(alphabet="0123456789 ./-:JulyOctberIVXZhrsam,", max_size=24))
def test_the_first_shape_at_a_start_is_the_first_that_matches_there(reader, text: str) -> None:
    starts = list(range(len(text)))
    found = reader._first_shapes(text, starts)
    for start in starts:
        first = next((i for i, (_, shape) in enumerate(reader._shapes)
                      if shape.match(text, start)), None)
        assert found.get(start) == first, (text, start)


@given(st.lists(st.sampled_from(["July", "jul", "JULY", "Sept", "sept.", "Julyx", "xJuly", "5",
                                 "Mai", "Ma", "Dec", "dec4", " ", ",", "é", "_", "Marchand"]),
                max_size=8).map("".join))
def test_month_names_stand_where_a_letter_run_spells_one(text: str) -> None:
    reader = DateReader({"July": "7", "Jul.": "7", "Sept.": "9", "Mai": "5", "Dec.": "12",
                         "March": "3"})
    runs = [run.start() for run in re.finditer(r"[^\W\d_]+", text)
            if not run.group().isascii() or run.group().lower() in reader._month_words]
    assert reader._month_starts(text) == runs


@pytest.mark.parametrize(("text", "found"), [
    ("Reference Deptel 1125, October 30, on the talks.", "October 30"),
    ("Your No. 1231, July 20, arrived late.", "July 20"),
    ("See Embtel 2114, December 7, para 2.", "December 7"),
    ("my telegram 0915, 3 May 1950, said so", "3 May 1950"),
    ("Reference: Your telegram EX-1923 of October 30.", "October 30"),
    ("Your 2061, December 8, reported it.", "December 8"),
    ("Embtel 1949 December 8 refers.", "December 8"),
])
def test_a_telegrams_number_before_a_date_is_no_time(reader: DateReader, text: str,
                                                     found: str) -> None:
    """`Deptel 1125, October 30` names telegram 1125 of October 30, not 11:25 on that day
    (nor `Your 2061, December 8` a day of the year 2061)."""
    [value] = reader.find(text)
    assert text[value.start:value.end] == found
    assert value.hour is None


@pytest.mark.parametrize("text", ["Received 1125, October 30", "0930 hours, 14 May 1945"])
def test_a_four_digit_time_before_a_date_stays_a_time(reader: DateReader, text: str) -> None:
    [value] = reader.find(text)
    start = re.search(r"\d", text).start()
    assert (value.start, value.end, value.hour) == (start, len(text), int(text[start:start + 2]))


@pytest.mark.parametrize(("text", "iso"), [
    ("Pyongyang, 28 th September, 1955", "1955-09-28"),
    ("the 3 rd of May 1950", "1950-05-03"),
])
def test_an_ordinal_suffix_may_stand_apart_from_its_day(reader: DateReader, text: str,
                                                        iso: str) -> None:
    """`28 th September`: a transcription's space before the ordinal's letters."""
    [value] = reader.find(text)
    assert value.iso() == iso
