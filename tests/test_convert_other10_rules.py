"""Rules from the misses of the other10 blind sample (FRUS pages of the 1950s-80s: a
delegation's series telegrams, source notes giving the receipt, missions to a body,
memoranda listing their participants), each tried on invented variants unlike the sample's."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

HEADING = "12. Telegram From the {post} to the Department of State1\n\n"
BODY = "Ambassador reported this morning that the vote is set for Thursday.\n\nWadsworth\n\n"
NOTE = "1. Source: Department of State, Central Files, 320/4–1157. Secret; Priority.{receipt}\n"


def _telegram(post: str = "Mission at the United Nations", opening: str = "Delga 31. ",
              receipt: str = "") -> str:
    return HEADING.format(post=post) + opening + BODY + NOTE.format(receipt=receipt)


@pytest.mark.parametrize(("opening", "addressee"), [
    ("Delga 31. For Herter from Wadsworth. Re Hungary. ", "Christian Herter"),
    ("Secto 7. Personal for Dillon from Herter. ", "C. Douglas Dillon"),
])
def test_a_series_telegrams_channel_sentence_names_its_addressee(opening: str, addressee: str,
                                                                resources) -> None:
    found = text_facts(_telegram(opening=opening), resources)
    assert addressee in found["addressee"]
    assert found["telegram_number"] == opening.split(".")[0]


@pytest.mark.parametrize(("post", "place"), [
    ("Mission at the United Nations", "New York"),
    ("Mission to the United Nations", "New York"),
    ("Delegation to the Geneva Conference", "Geneva"),
])
def test_a_mission_to_a_body_sits_where_the_body_does(post: str, place: str,
                                                      resources) -> None:
    assert text_facts(_telegram(post=post), resources)["place_of_origin"] == place


def test_a_mission_to_a_body_without_a_seat_gives_no_place(resources) -> None:
    found = text_facts(_telegram(post="Mission to the North Atlantic Council"), resources)
    assert found["place_of_origin"] is None


@pytest.mark.parametrize(("receipt", "received"), [
    (" Received at 9:05 p.m.", "1957-04-11T21:05"),
    (" Received April 12, 1:15 a.m.", "1957-04-12T01:15"),
    (" Received at 2:40 a.m. on April 12.", "1957-04-12T02:40"),
])
def test_a_source_notes_receipt_is_the_received_date(receipt: str, received: str,
                                                     resources) -> None:
    found = text_facts(_telegram(receipt=receipt), resources)
    assert (found["date"], found["date_received"]) == ("1957-04-11", received)


def test_a_source_note_without_a_receipt_gives_none(resources) -> None:
    assert text_facts(_telegram(), resources)["date_received"] is None


MEMCON = ("40. Memorandum of Conversation1\n\nParis, May 9, 1974.\n\nPARTICIPANTS\n"
          "- Oskar Lindqvist, Counselor of the Swedish Embassy\n- Walter J. Stoessel, "
          "Ambassador\n\nSUBJECTS\n- Berlin, air access\n\nLindqvist opened by saying the "
          "talks had stalled.\n")


def test_a_listed_participants_name_before_the_office_is_a_person(resources) -> None:
    xml = text_xml(MEMCON, resources)
    assert ">Oskar Lindqvist</persName>, Counselor" in xml
    assert ">Walter J. Stoessel</persName>, Ambassador" in xml


def test_a_listed_subject_with_a_comma_stays_a_place(resources) -> None:
    xml = text_xml(MEMCON, resources)
    assert '<placeName ref="#pla-berlin">Berlin</placeName>, air access' in xml


UNTITLED = "No. 77 NAI DFA 312/4\n\nPARIS, 9 June 1949\n\n{opening} Minister agrees to meet him.\n"


@pytest.mark.parametrize(("opening", "doc_type"), [
    ("My immediately preceding telegram.", "telegram"),
    ("Our last telegram 41 was garbled.", "telegram"),
    ("The Minister received the Ambassador today.", "memorandum"),
    ("My views on the matter are these.", "memorandum"),
])
def test_an_untitled_dated_text_referring_to_its_telegrams_is_a_telegram(opening: str,
                                                                        doc_type: str,
                                                                        resources) -> None:
    assert text_facts(UNTITLED.format(opening=opening), resources)["doc_type"] == doc_type


def test_a_telegraphic_am_opening_a_sentence_is_no_name(resources) -> None:
    text = UNTITLED.format(opening="Your telegram No. 9 received. Am sending text by bag.")
    assert "persName" not in text_xml(text, resources).split("<text")[1]
