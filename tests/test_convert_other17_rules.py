"""Rules from the misses of the blind sample other17 (FRUS of the 1860s-1970s, PlusD and a
Cablegate mirror, DFAT notes of conversation): a PlusD page's header block printed after the
text, a printout's six-character post, a cable's first numbered paragraph, a mirror's
furniture, a FRUS e-volume heading's series number, a note of a conversation, `Bruce` alone,
a clock time before a time zone, congressmen's titles and `Extracts` before a dateline."""

from __future__ import annotations

from tests.cases import text_facts, text_xml

_BODY = ("Show Headers\n1. THE FOREIGN MINISTER RECEIVED ME THIS MORNING AND ASKED FOR AN\n"
         "EARLY REPLY ON THE AIRLIFT.\n2. I RECOMMEND THAT THE DEPARTMENT AGREE.\nHOLLOWAY\n"
         "CONFIDENTIAL\nNNN\n")
_BLOCK = ("CONFIDENTIAL\nPAGE 01 KINSHA 07120 041210Z\nACTION AF-10\nO 041130Z MAR 78\n"
          "FM AMEMBASSY KINSHASA\nTO SECSTATE WASHDC IMMEDIATE 1180\n"
          "C O N F I D E N T I A L KINSHASA 7120\nSUBJECT: AIRLIFT\n")


def test_a_header_block_after_the_end_of_message_gives_the_cable_s_facts(resources) -> None:
    found = text_facts(_BODY + _BLOCK, resources)
    assert (found["date"], found["place_of_origin"]) == ("1978-03-04", "Kinshasa")
    assert found["telegram_number"] == "7120"
    assert found["signed"] == "HOLLOWAY"
    xml = text_xml(_BODY + _BLOCK, resources)
    assert xml.index("AGREE.") < xml.index("FM AMEMBASSY") < xml.index("SUBJECT: AIRLIFT")


def test_prose_after_the_end_of_message_is_no_heading(resources) -> None:
    text = _BODY + "The Ambassador added a personal note for the Secretary.\n"
    assert text_facts(text, resources)["date"] is None


def test_a_printout_s_six_character_post_is_the_place_it_cuts(resources) -> None:
    text = ("1. THE MINISTER CALLED ON ME TODAY.\nCONFIDENTIAL\nPAGE 02 KINSHA 07120 041210Z\n"
            "2. HE ASKED FOR AN EARLY REPLY.\n")
    assert text_facts(text, resources)["place_of_origin"] == "Kinshasa"


def test_a_cable_s_first_numbered_paragraph_in_capitals_is_no_title(resources) -> None:
    found = text_facts("1. AT LUNCH TODAY WITH THE MINISTER (FORMERLY AMBASSADOR TO U.S.)\n"
                       "HE RAISED THE AIRLIFT.\n", resources)
    assert "LUNCH" not in found["title"]


def test_a_cablegate_mirror_s_disclaimer_and_link_lines_are_furniture(resources) -> None:
    text = ("US embassy cable - 07LAPAZ88\n\nDisclaimer: This site has been first put up 15 years"
            " ago. There's no chance it can produce any harm now.\n\nELECTIONS\n\n"
            "Identifier: 07LAPAZ88\nWikileaks: View 07LAPAZ88 at Wikileaks.org\n"
            "Origin: Embassy La Paz\nCreated: 2007-01-12 14:02:00\n"
            "Redacted: This cable was not redacted by Wikileaks.\n\n"
            "C O N F I D E N T I A L LA PAZ 000088\n\n1. (C) The vote is set for May.\n")
    found = text_facts(text, resources)
    assert (found["date"], found["place_of_origin"]) == ("2007-01-12", "La Paz")
    assert "Disclaimer" not in text_xml(text, resources)


def test_a_series_number_between_the_form_and_from_is_the_number(resources) -> None:
    text = ("12. Telegram Secto 4021 From Secretary of State Kissinger to the Department of "
            "State1\n\n1. Please pass the following to the President.\n")
    assert text_facts(text, resources)["telegram_number"] == "Secto 4021"


def test_a_note_by_its_author_of_a_conversation_is_his_record(resources) -> None:
    text = ("88 Note by Bruce of Conversation with Curtin\n\n[LONDON], 3 June 1942\n\n"
            "I saw Curtin this morning about the cablegram from Canberra.\n")
    found = text_facts(text, resources)
    assert found["doc_type"] == "record of conversation"
    assert found["sender"] == ["Stanley Bruce"]


def test_bruce_alone_in_american_traffic_is_david_bruce(resources) -> None:
    text = ("Washington, May 3, 1962.\n\n1219. For Ambassador Bruce. The Department of State asks"
            " that you see the Foreign Secretary.\n\nRusk\n")
    assert "David Bruce" in text_xml(text, resources)


def test_four_digits_before_a_time_zone_are_the_clock_not_the_year(resources) -> None:
    assert not any(d.year == 1230 for d in resources.dates.find("Telcon 4 July 1230 EDT."))
    assert resources.dates.find("4 July 1976")[0].year == 1976


def test_a_congressman_s_title_names_a_person(resources) -> None:
    text = "The delegation led by Rep. Jane Harlow (D-OR) met the Minister on May 3, 2006.\n"
    assert '">Jane Harlow</persName>' in text_xml(text, resources)


def test_extracts_before_a_supplied_place_and_date_is_the_dateline(resources) -> None:
    text = ("71 Note by Bruce of Conversation with Evatt\n\nExtracts [LONDON], 30 May 1942\n\n"
            "Had a long talk with Evatt after dinner.\n")
    found = text_facts(text, resources)
    assert (found["date"], found["place_of_origin"]) == ("1942-05-30", "London")


def test_a_title_s_abbreviation_closing_a_wrapped_line_runs_on(resources) -> None:
    text = ("1.  (U)  Representative Ann Lowell, Chairman of the House \n"
            "Committee on Trade, led a Congressional delegation to Peru \n"
            "on May 3 and May 4.  The delegation, which included Rep. \n"
            "Carolyn Harlow (D-NY), focused on regional and bilateral \n"
            "cooperation in fighting narcotics trafficking and crime. \n"
            "The delegation met with the Minister of the Interior and \n"
            "with members of the Congress of the Republic in the city. \n"
            "2.  (U)  The delegation also visited the port of Callao and \n"
            "the new training centre for customs officers at the airport. \n")
    assert '">Carolyn Harlow</persName>' in text_xml(text, resources)
