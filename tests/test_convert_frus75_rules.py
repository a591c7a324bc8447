"""Rules for FRUS telegrams' headings and source notes (frus75):

- a dateline naming the post the telegram was relayed through after the place of sending
  (`Tsingtao, via Shanghai, September 2, 1937—5 p.m.`, `Hankow, via Naval Radio, ...`) is
  the heading's dateline, its place the sender's (heading row `dateline`): the bracketed
  receipt under it is the heading's, and the number of one or two figures opening the text
  is the telegram's, not a point;
- the 1969-80 volumes' receipt from the printed copy or a notation on it, in lower case
  (`Printed from a copy that indicates the telegram was received in the Department at
  8:51 a.m.`, `A notation on the message indicates that it was received at the White House
  at 7:12 a.m.`) is the date received, of the day sent unless a day follows (table
  `frus-receipt`);
- a presidential library named in title case without `Presidential` (`Gerald R. Ford
  Library`, `Lyndon Baines Johnson Library`) over the Ford Library's collection named for the
  office (`National Security Adviser, Memoranda of Conversations, Box 6`) closing a copy is
  the repository and its file, not a signature (tables `archive-name`, `archival-reference`);
- the minutes of meetings or sessions in the plural (`Minutes of the Daily Meetings of the
  Commissioners Plenipotentiary`, the Paris Peace Conference volumes) under a file's
  reference are the page's title, as the singular's are (`titles._CONVERSING`);
- an e-volume airgram's number in its heading with the print's en dash (`Airgram A–86 From
  the Embassy in Indonesia ...`) is its number (title row `number`, catalog61's row);
- register: Adlai Stevenson's surname in office (1961-1965; Ralph Stevenson's beside it),
  Samuel Sokobin, Shen Honglie (`Shen Hung-lieh`), Francis T. P. Plimpton, Victor L. Tomseth;
  the older volumes' Secretaries and envoys (Richard Olney, William M. Evarts, Frederick T.
  Frelinghuysen, William Jennings Bryan and Sill in office, Bainbridge Colby, Horace N.
  Allen, William W. Rockhill).
"""

from __future__ import annotations

import pytest

from tei.convert import Resources
from tests.cases import text_facts, text_xml

RELAYED = ("793.94/9871 : Telegram\n\n"
           "The Consul General at Tsingtao (Sokobin) to the Secretary of State\n\n"
           "Tsingtao, {relay}September 2, 1937—5 p.m.\n[Received September 3—9:10 a.m.]\n\n"
           "48. My 46, August 30, 4 p.m. A Japanese naval landing party went ashore this "
           "morning at the mill wharf.\n\nRepeated to Nanking, Peiping.\nSOKOBIN\n")


def test_a_dateline_via_a_relay_post_is_the_headings(resources: Resources) -> None:
    facts = text_facts(RELAYED.format(relay="via Shanghai, "), resources)
    assert facts["place_of_origin"] == "Qingdao"
    assert facts["date"] == "1937-09-02"
    assert facts["date_received"] == "1937-09-03T09:10"
    assert facts["telegram_number"] == "48"
    assert facts["numbered_points"] == 0


def test_a_naval_radio_relay_too(resources: Resources) -> None:
    text = RELAYED.format(relay="via Naval Radio, ").replace("Tsingtao", "Hankow")
    facts = text_facts(text, resources)
    assert facts["date_received"] == "1937-09-03T09:10"
    assert facts["telegram_number"] == "48"


def test_the_relay_post_is_a_place_of_the_text_not_the_origin(resources: Resources) -> None:
    xml = text_xml(RELAYED.format(relay="via Shanghai, "), resources)
    assert "via <placeName" in xml
    assert text_facts(RELAYED.format(relay="via Shanghai, "), resources)[
        "place_of_origin"] != "Shanghai"


NOTE = ("14. Telegram From the Embassy in Iran to the Department of State1\n\n"
        "Tehran, November 3, 1979, 1140Z\n\n11602. Subject: Embassy Security.\n\n"
        "1. The Foreign Minister said the police would guard the compound.\n\nLaingen\n\n"
        "1 Source: National Archives, RG 59, Central Foreign Policy File, D790507-0318. "
        "Confidential; Immediate. {receipt} Drafted by Tomseth.\n")


def test_a_printed_copys_receipt_in_lower_case(resources: Resources) -> None:
    facts = text_facts(NOTE.format(receipt="Printed from a copy that indicates the telegram "
                                   "was received in the Department at 8:51 a.m."), resources)
    assert facts["date_received"] == "1979-11-03T08:51"
    assert facts["archive_idno"] == "RG 59, Central Foreign Policy File, D790507-0318"


def test_a_notations_receipt_at_the_white_house_on_another_day(resources: Resources) -> None:
    facts = text_facts(NOTE.format(receipt="A notation on the message indicates that it was "
                                   "received at the White House at 0310Z, November 4."),
                       resources)
    assert facts["date_received"] == "1979-11-04T03:10"


def test_a_note_without_receipt_gives_none(resources: Resources) -> None:
    facts = text_facts(NOTE.format(receipt="Printed from an unsigned copy."), resources)
    assert not facts["date_received"]


def test_stevenson_alone_in_his_un_years(resources: Resources) -> None:
    text = ("214. Telegram From the Mission to the United Nations to the Department of State1\n\n"
            "New York, September 19, 1961, 11 p.m.\n\n"
            "Delga 27. Eyes only for the Secretary from Stevenson. Zorin told me this evening "
            "that Moscow would insist on a troika.\n\nStevenson\n\n"
            "1 Source: Department of State, Central Files, 315/9–1961. Secret; Niact.\n")
    xml = text_xml(text, resources)
    assert 'ref="#per-adlai-stevenson">Stevenson<' in xml
    assert "per-ralph-stevenson" not in xml


FORD_MEMCON = ("MEMORANDUM OF CONVERSATION\n\n"
               "PARTICIPANTS:    President Ford\n"
               "                 Ambassador Anatoliy Dobrynin\n\n"
               "DATE AND TIME:   Thursday, October 24, 1974\n\n"
               "SUBJECT:         Vladivostok Meeting\n\n"
               "Dobrynin: I bring a message from Brezhnev about the arrangements.\n\n"
               "President: I am looking forward to meeting him.\n\n"
               "{library}\nNational Security Adviser, Memoranda of Conversations, Box 6\n")


def test_a_library_in_title_case_over_its_box_is_the_repository(resources: Resources) -> None:
    facts = text_facts(FORD_MEMCON.format(library="Gerald R. Ford Library"), resources)
    assert facts["title"] == "Memorandum of Conversation"
    assert facts["repository"] == "Gerald R. Ford Library"
    assert facts["archive_idno"] == "National Security Adviser, Memoranda of Conversations, Box 6"
    assert not facts["signed"]


MINUTES = ("Paris Peace Conf. 184.611/412\n\n{heading}\n\n"
           "Paris, February 27, 1919, 10:30 a.m.\n\nPresent:\nMr. Lansing\nColonel House\n\n"
           "1. Mr. Lansing read a telegram from Mr. Polk reporting on the situation.\n\n"
           "2. Colonel House stated that he had seen the French delegates.\n")


@pytest.mark.parametrize("heading", [
    "Minutes of the Daily Meetings of the Commissioners Plenipotentiary",
    "Minutes of the Sessions of the Council of Ten"])
def test_minutes_of_meetings_under_a_file_are_the_title(heading: str,
                                                        resources: Resources) -> None:
    facts = text_facts(MINUTES.format(heading=heading), resources)
    assert facts["title"] == heading
    assert facts["archive_idno"] == "Paris Peace Conf. 184.611/412"


def test_the_older_volumes_secretary_by_courtesy_and_surname(resources: Resources) -> None:
    text = ("CHINA.\n\nMr. Denby to Mr. Olney.\n\n[Telegram.]\n\nPeking, June 8, 1895.\n\n"
            "Riot at Chengtu; all mission property destroyed; no lives lost.\n\nDenby.\n")
    facts = text_facts(text, resources)
    assert facts["addressee"] == ["Richard Olney"]


def test_an_evolume_airgrams_en_dashed_number_in_its_heading(resources: Resources) -> None:
    text = ("Foreign Relations of the United States, 1969–1976, Volume E–12, Documents on East "
            "and Southeast Asia, 1973–1976\n\n"
            "112. Airgram A–86 From the Embassy in Indonesia to the Department of State, "
            "Jakarta, May 14, 1974.\n\n"
            "Summary: The Embassy assessed the political situation after the January riots.\n\n"
            "Source: National Archives, RG 59, Central Foreign Policy Files, P740071–1382. "
            "Confidential.\n\n1. The January riots shook the regime.\n\n"
            "2. President Suharto has taken personal charge of security.\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "A–86"
    assert facts["place_of_origin"] == "Jakarta"
