"""Rules from the misses of the other12 blind sample (FRUS conference volumes of 1941-1945,
1969-1976 delegation and e-volume telegrams, British Documents reposts, a DIFP memorandum),
each tried on invented variants unlike the sample's."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

TEXT = "\n\nThe draft is acceptable to us and I suggest we release it together on Friday.\n"


@pytest.mark.parametrize(("source", "heading", "opening", "number"), [
    ("Roosevelt Papers: Telegram", "President Roosevelt to Marshal Stalin1",
     "Number 54. Personal and secret from the President for Marshal Stalin.", "54"),
    ("Hopkins Papers", "Prime Minister Churchill to President Roosevelt 1",
     "Prime Minister to President personal and most secret number 610.", "610"),
    ("Leahy Papers: Telegram", "President Roosevelt to Prime Minister Churchill",
     "Former Naval Person #402.", "402"),
    ("Roosevelt Papers: Telegram", "The President to the Ambassador in the Soviet Union "
     "(Harriman)1", "[Excerpts]\n\nNumber 81. Top Secret and Personal from the President.",
     "81"),
])
def test_a_conference_volumes_message_between_heads_of_government(
        source: str, heading: str, opening: str, number: str, resources) -> None:
    found = text_facts(f"{source}\n\n{heading}\n\nsecret\n\n{opening}" + TEXT, resources)
    assert found["title"] == heading.rstrip(" 1")
    assert found["telegram_number"] == number
    assert found["doc_type"] == "telegram"
    assert len(found["addressee"]) == 1
    assert len(found["sender"]) == (0 if heading.startswith("The President") else 1)


@pytest.mark.parametrize("reference", ["Your No. 233", "My No. 230", "Department’s No. 19",
                                       "Your telegram No. 231"])
def test_another_messages_number_is_not_the_messages(reference: str, resources) -> None:
    found = text_facts("Roosevelt Papers: Telegram\n\nPresident Roosevelt to Prime Minister "
                       f"Churchill\n\nPersonal and secret for the Former Naval Person. {reference} "
                       "received." + TEXT, resources)
    assert found["telegram_number"] is None


def test_a_channel_paragraph_is_text_not_a_from_to_heading(resources) -> None:
    xml = text_xml("Roosevelt Papers: Telegram\n\nPresident Roosevelt to Prime Minister "
                   "Churchill\n\nFrom the President to Colonel Warden, personal and secret. "
                   "Number 361. I have talked with the Generals." + TEXT, resources)
    body = xml.split("<text", 1)[1]
    assert '<p>From the President to ' in body
    assert 'subtype="transmission"' not in body
    assert '<persName ref="#per-winston-churchill">Colonel Warden</persName>' in body


def test_a_supplied_place_dateline_does_not_start_the_text(resources) -> None:
    found = text_facts("Roosevelt Papers: Telegram\n\nPresident Roosevelt to Prime Minister "
                       "Churchill\n\n[Hyde Park,] September 4, 1943.\n\nNumber 377. Personal "
                       "and secret." + TEXT, resources)
    assert (found["telegram_number"], found["date"]) == ("377", "1943-09-04")


@pytest.mark.parametrize(("opening", "number"), [
    ("2204/Secto 14. Secretary saw Foreign Minister", "2204/Secto 14"),
    ("68/Tosec 9. Following for the Secretary", "68/Tosec 9"),
])
def test_a_missions_number_before_the_delegation_series(opening: str, number: str,
                                                        resources) -> None:
    found = text_facts("44. Telegram From the Mission to the United Nations to the Department "
                       f"of State1\n\n{opening} this morning." + TEXT, resources)
    assert found["telegram_number"] == number


def test_an_evolume_heading_with_place_undated_and_two_anchors(resources) -> None:
    found = text_facts("31. Memorandum From the President’s Assistant for National Security "
                       "Affairs (Kissinger) to President Nixon, Key Biscayne, undated1 2" + TEXT,
                       resources)
    assert found["title"].endswith("(Kissinger) to President Nixon, Key Biscayne, undated")
    assert found["place_of_origin"] == "Key Biscayne"


@pytest.mark.parametrize(("despatched", "received", "when"), [
    ("D. 4:15 P.M.", "R. 7 P.M.", "1914-08-02T19:00"),
    ("D. 10:50 P.M.", "R. 12:30 A.M.", "1914-08-03T00:30"),
    ("", "R. 9:45 A.M.", "1914-08-02T09:45"),
])
def test_a_receipt_time_alone_is_of_the_datelines_day(despatched: str, received: str,
                                                      when: str, resources) -> None:
    found = text_facts("Sir F. Bertie to Sir Edward Grey.\nParis, August 2, 1914.\n"
                       f"Tel. (No. 77.)\n{despatched}\n{received}" + TEXT, resources)
    assert (found["date"], found["date_received"]) == ("1914-08-02", when)


def test_a_statutes_name_is_no_person(resources) -> None:
    xml = text_xml("Dublin, 4 May 1950\n\n1. Under the Ministers and Secretaries Act, 1939, "
                   "the Minister proposes the appointment." + TEXT, resources)
    assert ">Act</persName>" not in xml
