"""Dates of a document's actions (`tei.convert.action_dates`)."""

from __future__ import annotations

import pytest

from tei.convert import Resources
from tei.convert.action_dates import read_date, received_date, set_date
from tei.convert.context import Context
from tei.convert.model import Action
from tests.cases import text_xml


def test_a_dateline_date_is_read_with_its_text(resources: Resources) -> None:
    text, value = read_date("Moscow, 14 October 1950", Context(resources, "t"))
    assert text == "14 October 1950" and value.iso() == "1950-10-14"


def test_a_receipt_without_its_year_takes_the_year_in_force(resources: Resources) -> None:
    ctx = Context(resources, "t")
    ctx.year = 1962
    text, value = received_date("05.29 at 06:25", ctx)
    assert value.iso().startswith("1962-05-29") and "1962" not in text


def test_a_receipt_without_a_year_and_none_in_force_gives_no_date(resources: Resources) -> None:
    assert received_date("05.29 at 06:25", Context(resources, "t")) is None


def test_setting_no_date_leaves_the_action_as_it_was(resources: Resources) -> None:
    action = Action()
    set_date(action, None)
    assert not action.when and not action.date_text


_FLAT_PLUSD = (
    "Margaret P Grafeld Declassified/Released US Department of State EO Systematic Review "
    "22 May 2009 Message Text SECRET PAGE 01 MOSCOW 04412 01 OF 02 O 141603Z MAR 78 FM "
    "AMEMBASSY MOSCOW TO SECSTATE WASHDC IMMEDIATE 4180 SUBJECT MEETING WITH GROMYKO 1 I "
    "WAS RECEIVED BY GROMYKO AT 1100 ON MARCH 14 FOR A FORTY-MINUTE CONVERSATION.\n")
_CREST_PAGE = (
    "MEMORANDUM FOR THE RECORD\n\n"
    "SUBJECT: Meeting with the Ambassador\n\n"
    "1. The Ambassador received me at his residence in Vientiane. Approved For Release "
    "2004/05/12 : CIA-RDP80B01676R000900030021-6 He said on 12 March that the situation had "
    "grown worse since the first of the month.\n")


@pytest.mark.parametrize(("text", "meant", "stamp"), [(_FLAT_PLUSD, "1978-03-14", "2009"),
                                                      (_CREST_PAGE, "--03-12", "2004")])
def test_a_release_stamps_date_completes_no_date_of_the_document(
        text: str, meant: str, stamp: str, resources: Resources) -> None:
    """A review or release stamp run into the text (flattened PlusD, CIA reading room) dates
    the release, not the document: a date without its year takes the document's year."""
    xml = text_xml(text, resources)
    assert f'when="{meant}' in xml
    assert f'when="{stamp}-{meant[-5:]}' not in xml


_PLACEHOLDER_DATE = (
    "TEXT OF VIENTIANE CABLE\nDocument Type:\nCollection:\nPublication Date:\n"
    "January 1, 2000\nContent Type:\nMEMO\nBody:\n"
    "SUBJECT: Text of CAS/Vientiane Cable\nDated 14 March 1972\n"
    "1. The go-between called again on 2 March and asked for an answer.\n")


def test_a_catalogues_first_of_january_yields_to_the_documents_date(
        resources: Resources) -> None:
    """(ocr38) The first of January a reading room's catalogue gives an item it could not
    date (CREST's `Publication Date: January 1, 2000`) neither dates the document nor gives
    the year of its dates: the cable's own date does both."""
    xml = text_xml(_PLACEHOLDER_DATE, resources)
    sent = xml[xml.index('<correspAction type="sent"'):]
    assert sent.index('when="1972-03-14"') < sent.index("</correspAction>")
    assert 'when="1972-03-02"' in xml and 'when="2000-' not in xml


def test_a_catalogues_first_of_january_dates_a_document_with_no_date_of_its_own(
        resources: Resources) -> None:
    """The same first of January is still the date of a text that gives none."""
    text = _PLACEHOLDER_DATE.replace("Dated 14 March 1972\n", "").replace(" on 2 March", "")
    xml = text_xml(text, resources)
    assert 'when="2000-01-01"' in xml[xml.index('<correspAction type="sent"'):]
