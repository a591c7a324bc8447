"""Posts named in a sender field (lead12): an office named by its post, whose seat is the
place of origin; a country before its office is whose office it is; Whitehall
departments in a copy list are organisations."""

from __future__ import annotations

from lxml import etree

from tei.convert import convert_text
from tests.cases import text_facts
from tests.tei_facts import xp

_BODY = "\n1. The Prime Minister received me this morning.\n\n"


def _heading(sender: str) -> str:
    return (f"SAVINGRAM\n\nFrom: {sender}\nTo: Commonwealth Relations Office\n\n"
            "No. 7 Saving\nDated 2nd May, 1958\n" + _BODY)


def test_an_office_in_a_sender_field_is_the_sender_and_its_post_the_place(resources) -> None:
    text = _heading("High Commissioner for the United Kingdom in Ceylon")
    root = etree.fromstring(convert_text(text, "post", resources).xml)
    sent = xp(root, "//tei:correspAction[@type='sent']")[0]
    assert xp(sent, "tei:roleName/text()") == [
        "High Commissioner for the United Kingdom in Ceylon"]
    assert xp(sent, "tei:placeName/@ref")[0] == "#pla-colombo"  # not London
    assert text_facts(text, resources)["telegram_number"] == "7 Saving"


def test_a_place_alone_in_a_sender_field_is_no_sender(resources) -> None:
    root = etree.fromstring(convert_text(_heading("Bonn"), "post", resources).xml)
    assert xp(root, "//tei:correspAction[@type='sent']/tei:roleName") == []
    assert xp(root, "//tei:correspAction[@type='sent']/tei:placeName/@ref") == ["#pla-bonn"]


def test_a_country_before_its_office_names_whose_office_not_where(resources) -> None:
    found = text_facts(_heading("Netherlands Embassy Washington"), resources)
    assert found["place_of_origin"] == "Washington"
    assert text_facts(_heading("Netherlands Embassy"), resources)["place_of_origin"] is None
    assert text_facts(_heading("Moscow Embassy"), resources)["place_of_origin"] == "Moscow"


def test_whitehall_departments_in_a_copy_list_are_organisations(resources) -> None:
    text = _heading("Colombo") + "Copies to:-\nAdmiralty\nAir Ministry\nBoard of Trade\n"
    root = etree.fromstring(convert_text(text, "post", resources).xml)
    refs = set(xp(root, "//tei:text//tei:orgName/@ref"))
    assert {"#org-admiralty", "#org-air-ministry", "#org-board-of-trade"} <= refs
    assert xp(root, "//tei:text//tei:persName") == []


def test_an_office_in_the_title_and_in_the_sender_field_is_no_error(resources) -> None:
    text = ("Telegram from the Minister of Foreign Affairs to the Ambassador in Washington\n\n"
            "TELEGRAM\nNo. 41\nFrom: Minister of Foreign Affairs\nTo: Ambassador, Washington\n"
            "Date: 3 April 1976\n" + _BODY)
    root = etree.fromstring(convert_text(text, "post", resources).xml)
    assert xp(root, "//tei:correspAction[@type='sent']/tei:roleName/text()")
