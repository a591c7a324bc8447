"""Rules from the misses of the other9 blind sample (DFAT volume pages, reprints of
telegrams on documents sites, PlusD pages with hidden headers, Canadian teletypes from
Access to Information releases), each tried on invented variants unlike the sample's."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

BODY = "\nConference opened this morning and the first item was economic aid.\n"


@pytest.mark.parametrize(("line", "place", "date"), [
    ("Cablegram, Colombo, 11 January 1950, 10.20 p.m.", "Colombo", "1950-01-11"),
    ("Telegram, New Delhi, 3 June 1952", "New Delhi", "1952-06-03"),
])
def test_a_cablegram_line_of_form_place_and_date_set_off_by_commas(line: str, place: str,
                                                                   date: str, resources) -> None:
    found = text_facts(line + "\n\n27. SECRET AND PERSONAL\n" + BODY, resources)
    assert (found["place_of_origin"], found["date"], found["doc_type"]) == (place, date,
                                                                           "telegram")
    assert found["telegram_number"] == "27"


@pytest.mark.parametrize(("title", "date"), [
    ("Text of telegram dated 3rd January 1948 from the Prime Minister of Pakistan to the "
     "Secretary-General ?", "1948-01-03"),
    ("29101947 Text of Telegram dated October 29, 1947 Sent by the Prime Minister:-:",
     "1947-10-29"),
])
def test_a_reprints_text_of_telegram_title_gives_the_date_after_dated(title: str, date: str,
                                                                     resources) -> None:
    found = text_facts("Documents\n\n" + title + "\n\n\"I have the honour to reply.\"\n",
                       resources)
    assert found["title"].startswith("Text of") and found["title"][-1] not in "?:-"
    assert (found["date"], found["doc_type"]) == (date, "telegram")


def test_a_documents_sites_counter_and_section_lines_are_furniture(resources) -> None:
    furniture = resources.patterns.is_furniture
    assert furniture("hits counter") and furniture("Documents") and furniture("#")
    assert not furniture("Documents of the conference") and not furniture("# 4")


CAPITALS = ("Show Headers\n1. THE MINISTRY SAID TODAY THAT THE TALKS WILL RESUME AND\n"
            "CONFIDENTIAL\nPAGE 02 ATHENS 04412 081530Z\nTHAT NO DEADLINE HAS BEEN SET.\n")


def test_a_printout_page_header_in_the_text_gives_post_and_number(resources) -> None:
    found = text_facts(CAPITALS, resources)
    assert (found["telegram_number"], found["place_of_origin"], found["doc_type"]) == (
        "04412", "Athens", "cable")
    assert "PAGE 02" in text_xml(CAPITALS, resources).split("<text")[1]


def test_the_cables_own_heading_number_comes_before_a_page_header(resources) -> None:
    heading = "CONFIDENTIAL ATHENS 04400\n"
    found = text_facts(heading + CAPITALS.replace("Show Headers\n", ""), resources)
    assert found["telegram_number"] == "04400"


@pytest.mark.parametrize(("routing", "sender", "addressee"), [
    ("Following for Heeney from Pearson.", "Lester Pearson", "Arnold Heeney"),
    ("Following personal from Pearson for Heeney. Begins:", "Lester Pearson", "Arnold Heeney"),
])
def test_a_routing_line_names_the_persons_behind_the_offices(routing: str, sender: str,
                                                            addressee: str, resources) -> None:
    text = ("From: THE SECRETARY OF STATE FOR EXTERNAL AFFAIRS\nTo: THE CANADIAN AMBASSADOR\n"
            "OTTAWA, May 3rd, 1951.\n\n" + routing + "\n\nThe Cabinet met this morning.\n")
    found = text_facts(text, resources)
    assert sender in found["sender"] and addressee in found["addressee"]


def test_a_release_stamp_is_no_type_word(resources) -> None:
    text = ("Document disclosed under the Access to Information Act\nTELETYPE MESSAGE\n"
            "TO EXTERNAL 1290 PRIORITY\nLONDON, June 3rd, 1952.\n\nThe talks are adjourned.\n")
    found = text_facts(text, resources)
    assert found["doc_type"] in ("telegram", "cable") and found["telegram_number"] == "1290"
    assert 'subtype="declassification">Document disclosed' in text_xml(text, resources)
