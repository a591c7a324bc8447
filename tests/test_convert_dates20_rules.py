"""Rules of dates20: date shapes archives use that the converter missed.

- a range of days in one month is dated by its first day (`March 3-4, 1969`, `14-15 February
  1965`, `May 5–7, 1958`), as the headings of talks and conferences date them;
- a full month's name with a two-digit year closed by a stop (`16 July 48.`, an inward
  telegram form) is a date; without the stop (`16 July 48 hours`) the two digits are no year;
- OCR's letters for the digits of a year after a month and day (`August 22, l941.`, `June 15,
  I94I`) are read as the year;
- hyphened numeric dates are day first (`Date: 4-11-1962`) unless the document shows the US
  order: one unambiguously month first (`5-14-41`) and none day first, or a US Army or Navy
  translation stamp (`Army 19824 Trans. 6-5-41`: 5 June 1941);
- another calendar's date with the civil date after a slash (`12 Rajab 1375 / 23 February
  1956`) is the civil date;
- a date-time group glued to the word before it or to its month (`RECD031530Z MAR 56`,
  `031530ZMAR56`) is read;
- an era's year before the month and day or after them (`Showa 20 August 15`, `August 15,
  Showa 20`), and the French first day `1er` (`le 1er mars 1956`), are read;
- shapes already read are pinned here over the layouts translations and editions give them:
  a classification and bracketed place glued to a dateline (DCER), French, German, Russian
  and Roman-numeral month datelines, a Japanese era year;
- an editor's `[n.d.]`, `Undated` or `[circa 1962]` gives no sending date (none is invented
  from a date in the text).
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts


def _found(resources, text: str) -> list[tuple[str, str]]:
    reader = resources.dates
    reader.forget(text)
    return [(text[d.start:d.end], d.iso()) for d in reader.find(text)]


@pytest.mark.parametrize(("text", "iso"), [
    ("Hungarian-Polish Talks in Warsaw\nMarch 3-4, 1969", "1969-03-03"),
    ("DATE OF INFO: 14-15 February 1965", "1965-02-14"),
    ("Copenhagen, Denmark, May 5–7, 1958", "1958-05-05"),
    ("Talks in Cairo, 11-18 August 1967.", "1967-08-11"),
])
def test_a_range_of_days_is_its_first_day(resources, text: str, iso: str) -> None:
    assert _found(resources, text)[-1][1] == iso


@pytest.mark.parametrize(("text", "iso"), [
    ("Dated To COMMISSIONER GENERAL. 16 July 48. Received", "1948-07-16"),
    ("Your telegram of 3 March 52. Reply follows.", "1952-03-03"),
    ("Received 17 July 48.", "1948-07-17"),
])
def test_a_two_digit_year_closed_by_a_stop(resources, text: str, iso: str) -> None:
    assert [iso] == [value for _, value in _found(resources, text)]


def test_two_digits_without_a_stop_are_no_year(resources) -> None:
    assert _found(resources, "on 16 July 48 hours later") == [("16 July", "--07-16")]


@pytest.mark.parametrize(("text", "iso"), [
    ("16 July 48.", "1948-07-16"),
    ("3 March 52.", "1952-03-03"),
])
def test_a_dateline_of_a_two_digit_year_and_its_stop_is_whole(resources, text: str,
                                                              iso: str) -> None:
    value = resources.dates.whole(text)
    assert value is not None and value.iso() == iso


@pytest.mark.parametrize(("text", "iso"), [
    ("Showa 20 August 15", "1945-08-15"),
    ("Tokyo, August 15, Showa 20", "1945-08-15"),
    ("Taipei, Minguo 45 March 3", "1956-03-03"),
])
def test_an_era_year_before_or_after_the_month_and_day(resources, text: str, iso: str) -> None:
    assert [value for _, value in _found(resources, text)] == [iso]


def test_an_era_first_with_a_day_after_is_no_short_year(resources) -> None:
    assert "1915-08-20" not in [value for _, value in _found(resources, "Showa 20 August 15.")]


@pytest.mark.parametrize(("text", "iso"), [
    ("Paris, le 1er mars 1956", "1956-03-01"),
    ("Alger, 1er juillet 1962", "1962-07-01"),
])
def test_the_french_first_day(resources, text: str, iso: str) -> None:
    assert [value for _, value in _found(resources, text)] == [iso]


@pytest.mark.parametrize(("text", "iso"), [
    ("Washington, August 22, l941.", "1941-08-22"),
    ("June 15, I94I", "1941-06-15"),
    ("London, 3 March l95O", "1950-03-03"),
])
def test_an_ocr_year(resources, text: str, iso: str) -> None:
    assert [value for _, value in _found(resources, text)] == [iso]


def test_an_ocr_year_needs_a_month_and_day(resources) -> None:
    assert _found(resources, "Box l941 of the files") == []


@pytest.mark.parametrize(("text", "iso"), [
    ("SECRET\nFrom: Berlin\n3 June 1941\n#638\nArmy 19824     Trans. 6-5-41 (7)", "1941-06-05"),
    ("SIS #15204  (D) Navy Trans. 6-5-41 (S)", "1941-06-05"),
    ("Received 5-14-41; answered 6-5-41.", "1941-06-05"),
    ("No. 112     Date: 6-5-1962", "1962-05-06"),
    ("Received 25-4-41; answered 6-5-41.", "1941-05-06"),
])
def test_hyphened_dates_read_by_the_documents_order(resources, text: str, iso: str) -> None:
    assert _found(resources, text)[-1][1] == iso


@pytest.mark.parametrize("text", [
    "Ministry of Foreign Affairs\nBaghdad, 12 Rajab 1375 / 23 February 1956\n\n"
    "To the Ambassador of the United Kingdom\n\nThe Ministry presents its compliments.\n",
    "Imperial Legation of Persia\nLondon, 11 Rajab 1375 / 22 February 1956\n\n"
    "Sir,\n\nI have the honour to inform you of the arrival of the mission.\n",
])
def test_another_calendars_date_with_the_civil_one_after_a_slash(resources, text: str) -> None:
    found = text_facts(text, resources)
    assert found["date"] in {"1956-02-23", "1956-02-22"}
    assert found["place_of_origin"] in {"Baghdad", "London"}


@pytest.mark.parametrize(("text", "iso"), [
    ("RECD031530Z MAR 56", "1956-03-03T15:30:00"),
    ("P 031530ZMAR56 FM AMEMBASSY", "1956-03-03T15:30:00"),
    ("RECEIVED 120815Z JUN 61", "1961-06-12T08:15:00"),
])
def test_a_glued_date_time_group(resources, text: str, iso: str) -> None:
    assert [value for _, value in _found(resources, text)] == [iso]


def test_a_number_glued_to_a_word_is_no_date_time_group(resources) -> None:
    assert _found(resources, "ABC123456Z MAR 56") == []


_DATELINES = [
    ("412.\nDEA/50412-B-40\n\nMemorandum from Secretary of State for External Affairs to Prime "
     "Minister\n\nCONFIDENTIAL [Ottawa], June 15, 1961\n\nTRADE TALKS\n\nI attach a note on the "
     "talks held here last week.\n\nH.C. GREEN\n", "1961-06-15", "Ottawa"),
    ("87.\nDEA/12210-40\n\nHigh Commissioner in United Kingdom to Secretary of State for "
     "External Affairs\n\nTELEGRAM 1520\n\nTOP SECRET [London], May 4, 1962\n\nThe talks "
     "went well.\n", "1962-05-04", "London"),
    ("AMBASSADE DE FRANCE\n\nWashington, le 3 mars 1956\n\nMonsieur le Ministre,\n\nJ'ai "
     "l'honneur de vous faire connaître que le Secrétaire d'État m'a reçu.\n", "1956-03-03",
     "Washington"),
    ("Auswärtiges Amt\nBonn, den 3. März 1956\n\nHerrn Botschafter Krekeler\nWashington\n\nIch "
     "beehre mich, Ihnen mitzuteilen, dass der Minister morgen reist.\n", "1956-03-03", "Bonn"),
    ("Москва, 3 марта 1956 г.\n\nПосольство СССР в Вашингтоне\n\nСообщаем, что министр "
     "прибудет завтра.\n", "1956-03-03", "Moscow"),
    ("Ambasada PRL w Pekinie\nPekin, 3.III.1956\n\nSzyfrogram nr 1234\n\nMinister przybędzie "
     "jutro.\n", "1956-03-03", "Beijing"),
    ("Imperial Japanese Government\nTokyo, 15 August Showa 20\n\nTo the Swiss Minister\n\nThe "
     "Government accepts the terms.\n", "1945-08-15", "Tokyo"),
]


@pytest.mark.parametrize(("text", "iso", "place"), _DATELINES)
def test_datelines_of_translations_and_editions(resources, text: str, iso: str,
                                                place: str) -> None:
    found = text_facts(text, resources)
    assert (found["date"], found["place_of_origin"]) == (iso, place)


@pytest.mark.parametrize("text", [
    "Memorandum for the President\n\n[n.d.]\n\nSUBJECT: Berlin Contingency Planning\n\n1. The "
    "planning group met on 14 August 1961 and reviewed the options.\n\nMcGeorge Bundy\n",
    "Letter from the Ambassador to the Secretary of State\n\n[circa 1962]\n\nDear Dean,\n\nThe "
    "talks of 3 May 1961 went badly.\n\nSincerely,\nLlewellyn Thompson\n",
    "Note by the Secretariat\n\nUndated\n\nThe committee's meeting of 2 June 1958 agreed on the "
    "text below.\n",
])
def test_an_undated_document_gets_no_date(resources, text: str) -> None:
    assert text_facts(text, resources)["date"] is None
