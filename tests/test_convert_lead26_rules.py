"""Rules written after the lead's probe of session 26 (a Greek Foreign Ministry telegram form in
translation), each checked on two layouts: a form's registration (protocol) number on a line of
its own in the heading (`Protocol No. 4521`) is the telegram's number; a receipt line naming the
receiving post straight after its label, then a comma and the date (`Arrived: Athens, 7
September 1955, 13.20`), gives the receiving place as well as the date."""

from __future__ import annotations

import pytest
from lxml import etree

from tests.cases import text_facts, text_xml

_TWO_COLUMN_FORM = """TELEGRAM (ciphered)
{number}                  Dispatched: Ankara, 7 September 1955, 09.45
Emergency - Strictly secret        {received}

1. Prime Minister Menderes received me this morning at his request.

KALLERGIS
"""

_LINED_FORM = """MINISTRY OF FOREIGN AFFAIRS
CIPHER TELEGRAM

{number}
From: Embassy Nicosia
Date: 7 September 1955, 18.10
{received}

1. The President received me this evening and spoke of the Turkish note.

ALEXANDRAKIS
"""

_NS = {"t": "http://www.tei-c.org/ns/1.0"}


@pytest.mark.parametrize("form", [_TWO_COLUMN_FORM, _LINED_FORM])
@pytest.mark.parametrize(("number", "expected"), [
    ("Protocol No. 4521", "4521"),
    ("Prot. No. 1187/B", "1187/B"),
    ("Protocol number: 318", "318"),
])
def test_protocol_number_is_the_telegram_number(resources, form, number, expected):
    text = form.format(number=number, received="Arrived 8 September 1955, 10.00")
    assert text_facts(text, resources)["telegram_number"] == expected


@pytest.mark.parametrize("form", [_TWO_COLUMN_FORM, _LINED_FORM])
def test_protocol_of_a_meeting_in_running_text_is_no_number(resources, form):
    text = form.format(number="", received="Arrived 8 September 1955, 10.00").replace(
        "at his request.", "at his request and quoted Protocol No. 4 of the talks.")
    assert text_facts(text, resources)["telegram_number"] is None


@pytest.mark.parametrize("form", [_TWO_COLUMN_FORM, _LINED_FORM])
@pytest.mark.parametrize(("received", "place", "when"), [
    ("Arrived: Athens, 8 September 1955, 13.20", "Athens", "1955-09-08T13:20:00"),
    ("Received: Athens, 8 September 1955", "Athens", "1955-09-08"),
    ("Received in Athens 8 September 1955", "Athens", "1955-09-08"),
])
def test_receiving_post_after_the_receipt_label(resources, form, received, place, when):
    tei = etree.fromstring(text_xml(form.format(number="No. 5", received=received),
                                    resources).encode())
    action = tei.find(".//t:correspAction[@type='received']", _NS)
    assert action.findtext("t:placeName", namespaces=_NS) == place
    assert action.find("t:date", _NS).get("when") == when


@pytest.mark.parametrize("received", [
    "Received: 2:15 p.m., September 8, 1955", "Received: September 8, 1955",
    "Arrived: Monday, 8 September 1955"])
def test_a_receipt_without_a_post_names_no_place(resources, received):
    tei = etree.fromstring(text_xml(_LINED_FORM.format(number="No. 5", received=received),
                                    resources).encode())
    action = tei.find(".//t:correspAction[@type='received']", _NS)
    assert action is not None and action.find("t:placeName", _NS) is None


@pytest.mark.parametrize("caption", [
    "Nationaal Archief, The Hague, Ministry of Foreign Affairs: Code Archive 1955-1964, xyz 1287",
    "Copy from the papers of the Secretary-General of the Ministry, kept with the ciphered "
    "telegrams of the Embassy in Moscow for 1961"])
@pytest.mark.parametrize("form", [_LINED_FORM, _TWO_COLUMN_FORM])
def test_a_long_caption_over_the_form_keeps_its_heading(resources, caption, form):
    text = caption + "\n\n" + form.format(number="No. 5", received="Arrived 8 September 1955")
    facts = text_facts(text, resources)
    assert (facts["telegram_number"], facts["date_received"]) == ("5", "1955-09-08")


def test_inventory_number_makes_an_archive_line(resources):
    text = ("Nationaal Archief, The Hague, 2.05.118, inv. no. 1287\n\n"
            + _LINED_FORM.format(number="No. 5", received="Arrived 8 September 1955"))
    tei = etree.fromstring(text_xml(text, resources).encode())
    assert tei.findtext(".//t:msIdentifier/t:repository", namespaces=_NS) == "Nationaal Archief"
    assert tei.findtext(".//t:msIdentifier/t:idno[@type='shelfmark']",
                        namespaces=_NS).endswith("inv. no. 1287")


_TYPED_DASHES = """MEMORANDUM OF CONVERSATION

Washington, November 29, 1962.

PARTICIPANTS:
Mr. Zorkin--Soviet Embassy
Mr. Bundy--The White House

The President received Mr. Mikoyan. {sentence}
"""


@pytest.mark.parametrize(("sentence", "name"), [
    ("Mr. Kalugin--the counselor--spoke of Cuba.", "Kalugin"),
    ("Ambassador Zorkin--as expected--said nothing.", "Zorkin"),
    ("He spoke with Mr. Toon--Toon agreed.", "Toon"),
])
def test_a_typed_double_hyphen_dash_ends_a_name(resources, sentence, name):
    tei = etree.fromstring(text_xml(_TYPED_DASHES.format(sentence=sentence), resources).encode())
    names = [el.text for el in tei.iterfind(".//t:text//t:persName", _NS)]
    assert name in names
    assert not any("--" in (text or "") for text in names)


def test_a_hyphenated_name_keeps_its_hyphen(resources):
    text = _TYPED_DASHES.format(sentence="Sir L. Grafftey-Smith and Mr. Gheorghiu-Dej met.")
    names = [el.text for el in etree.fromstring(text_xml(text, resources).encode()).iterfind(
        ".//t:text//t:persName", _NS)]
    assert "Grafftey-Smith" in " ".join(names) and "Gheorghiu-Dej" in " ".join(names)


_STAMP = ("UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. C05781234 "
          "Date: 08/31/2015")
_RELEASED = """{stamp}

CONFIDENTIAL
O 141500Z MAR 78
FM AMEMBASSY MOSCOW
TO SECSTATE WASHDC IMMEDIATE 7781
SUBJECT: GROMYKO ON SALT

1. FOREIGN MINISTER GROMYKO RECEIVED ME FOR AN HOUR THIS
AFTERNOON. HE SAID THE SOVIET SIDE WAS READY TO MOVE ON THE
REMAINING SALT ISSUES IF THE U.S. SHOWED EQUAL GOOD WILL.

2. KORNIENKO, WHO WAS PRESENT, ADDED THAT BREZHNEV WOULD RAISE
THE MATTER IN BONN IN MAY, AND THAT THE TALKS WOULD GO ON IN
GENEVA AS PLANNED.
TOON

{stamp}
"""


@pytest.mark.parametrize("stamp", [_STAMP, _STAMP.replace(".", "").replace(":", "")])
def test_release_stamps_tell_nothing_of_the_wrap_width(resources, stamp):
    tei = etree.fromstring(text_xml(_RELEASED.format(stamp=stamp), resources).encode())
    items = ["".join(item.itertext()) for item in tei.iterfind(".//t:item", _NS)]
    assert items[0].startswith("FOREIGN MINISTER") and items[0].endswith("EQUAL GOOD WILL.")
    assert tei.find(".//t:item/t:p", _NS) is None
