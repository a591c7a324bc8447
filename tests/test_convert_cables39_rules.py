"""Rules from the misses of the blind sample cables39 (diplomatic cables of 1973-2001 as
PlusD mirrors, a Cablegate mirror's cable pages, a British teleprinter telegram in OCR and
Australian cablegrams present them): a Diplomatic Service teleprinter telegram's date-time
group on its own `OF` line (`OF 190121Z APRIL 94`) is the sending date, none without the
year; a Cablegate mirror's record set as a column of labels over a column of values
(`Identifier` / `Created` / ... / `01STATE157182` / `2001-09-11 21:58:00` / ...) with the
subject under `Cable title:` leaves the cable's heading to be read as such, the subject as
the title; officials the register now holds are named in a text in capitals, a register
given name carrying the name on (`COUNSELOR KAREN HUGHES`)."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_TELEPRINTER = (
    "CONFIDENTIAL\n\nFM LUSAKA\nTO IMMEDIATE FCO\nTELNO 233\nOF {of}\n"
    "INFO PRIORITY HARARE, PRETORIA\n\nYOUR TELNO 101: ZAMBIA\n\n"
    "1. The President told me this morning that the talks would go on.\n\nPOLLARD\n")

_MIRROR = (
    "Identifier\nCreated\nClassification\nOrigin\n02ACCRA1187\n2002-03-05 16:40:00\n"
    "UNCLASSIFIED\nEmbassy Accra\nCable title:  \n\nGHANA: COCOA PRICES\n\n"
    "Tags:  ECON GH \npdf how-to read a cable\nR 051640Z MAR 02\nFM AMEMBASSY ACCRA\n"
    "TO SECSTATE WASHDC 4410\nUNCLAS ACCRA 001187\n\nE.O. 12958: N/A\nTAGS: ECON GH\n"
    "SUBJECT: GHANA: COCOA PRICES\n\n1. THE COCOA BOARD RAISED ITS PRICES ON MARCH 4.\n")


@pytest.mark.parametrize("of, date", [
    ("190121Z APRIL 94", "1994-04-19"),
    ("052258Z APR 82", "1982-04-05"),
    ("211530Z MAY", None),  # no year: no date is made up
])
def test_the_of_line_gives_the_date(resources, of: str, date: str | None) -> None:
    facts = text_facts(_TELEPRINTER.format(of=of), resources)
    assert facts["date"] == date
    assert facts["telegram_number"] == "233"
    assert facts["place_of_origin"] == "Lusaka"


def test_a_mirrors_label_column_leaves_the_cable_heading(resources) -> None:
    facts = text_facts(_MIRROR, resources)
    assert facts["title"] == "GHANA: COCOA PRICES"
    assert facts["date"] == "2002-03-05"
    assert facts["telegram_number"] == "001187"
    assert facts["place_of_origin"] == "Accra"
    assert facts["doc_type"] == "cable"


def test_a_label_column_without_a_cable_id_is_no_record(resources) -> None:
    text = _MIRROR.replace("02ACCRA1187", "a cable of the embassy")
    assert text_facts(text, resources)["title"] != "GHANA: COCOA PRICES"


@pytest.mark.parametrize("line, name", [
    ("STATEMENT OF WHITE HOUSE COUNSELOR KAREN HUGHES ON STATUS", "KAREN HUGHES"),
    ("CLASSIFIED BY S/S MAURA HARTY EXECUTIVE SECRETARY", "MAURA HARTY"),
    ("U/S GROSSMAN CALLED AMBASSADORS", "GROSSMAN"),
])
def test_officials_in_capitals(resources, line: str, name: str) -> None:
    xml = text_xml(f"UNCLAS STATE 157199\nSUBJECT: TEST\n1. {line}.\n", resources)
    assert f">{name}</persName>" in xml
