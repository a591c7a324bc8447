"""Rules found on the blind sample other20 (State cables as PlusD and CREST give them, FRUS
pages of 1914-1985 from Latin America, Africa, the Middle East and South Asia): a CREST
record's title over its fields even when shaped like a heading; the envelope of a State
cable as the CIA received it; a post's line naming the person it is for; abbreviated and
capitals titles with particles; FRUS sub-file numbers; the Department of State's seat."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert.namerules import capitals_name_titled
from tei.convert.titled_names import sentence_end_title
from tests.cases import text_facts, text_xml
from tests.tei_facts import main_title, when_received, xp

_RECORD = ("{title}\nDocument Type:\nCollection:\nDocument Number (FOIA) /ESDN (CREST):\n"
           "CIA-RDP88B00443R001200140021-5\nPublication Date:\nMay 2, 1983\nContent Type:\n"
           "CABLE\nBody:\n")
_ENVELOPE = ("INCOMING\n25X1.\nPAGE 001\nTOR: 021611Z MAY 83\nRR RUEAIIB\n"
             "ZNY CCCCC ZOC STATE ZZH\nKIN4471\nRR RUEHC\nDE RUEHKIN #4471 1221502\n"
             "ZNY CCCCC ZZH\nR 021458Z MAY 83\nFM AMEMBASSY KINSHASA\nTO SECSTATE WASHDC 3306\n"
             "BT\n{classification} KINSHASA 4471\nE.O. 12356: DECL: OADR\nTAGS: PREL, CG\n"
             "SUBJ: MINISTER'S TRAVEL\n1. THE DELEGATION LEAVES FOR BRUSSELS ON MAY 5 AND\n"
             "WILL RETURN BY WAY OF PARIS, WHERE IT EXPECTS TO MEET THE\n"
             "FUND'S MISSION BEFORE THE CONSULTATIVE GROUP SITS.\n"
             "2. EMBASSY WILL REPORT THE RESULTS OF THE TALKS AS SOON AS\n"
             "THE DELEGATION IS BACK IN KINSHASA.\n")


@pytest.mark.parametrize("title", [
    "MINISTER TELEGRAM TO BRUSSELS MISSION",  # shaped like a heading's `X TELEGRAM TO Y`
    "ZAIRIAN MINISTER TO TRAVEL TO BRUSSELS",
])
def test_a_crest_record_title_over_its_fields_is_the_title(title, resources) -> None:
    text = _RECORD.format(title=title) + _ENVELOPE.format(classification="CONFIDENTIAL")
    root = etree.fromstring(text_xml(text, resources).encode())
    assert main_title(root) == title


@pytest.mark.parametrize("classification", [
    "C O N F I D E N T I A L",
    "C0N F I0E N T I A L",  # an OCR's zeros for O and D
    "SEC RE T",
])
def test_a_state_cable_as_the_cia_received_it_gives_its_heading(classification,
                                                                  resources) -> None:
    text = _RECORD.format(title="ZAIRIAN MINISTER TO TRAVEL") + _ENVELOPE.format(
        classification=classification)
    facts = text_facts(text, resources)
    assert (facts["place_of_origin"], facts["telegram_number"]) == ("Kinshasa", "4471")
    root = etree.fromstring(text_xml(text, resources).encode())
    assert when_received(root) == "1983-05-02T16:11"  # the time of receipt, `TOR:`


@pytest.mark.parametrize(("line", "name"), [
    ("LAGOS FOR CARL GRANT", "CARL GRANT"),
    ("MANILA FOR AMBASSADOR BYROADE", "BYROADE"),
    ("PARIS ALSO FOR DCM HARTMAN", "HARTMAN"),
])
def test_a_posts_line_names_the_person_it_is_for(line, name, resources) -> None:
    text = ("O 120757Z FEB 74 ZFF-4\nFM AMEMBASSY PRETORIA\nTO SECSTATE WASHDC 9286\n"
            f"C O N F I D E N T I A L PRETORIA 0587\n{line}\nE.O. 11652: GDS\n"
            "1. THE RECEPTION IS ON THURSDAY.\n")
    root = etree.fromstring(text_xml(text, resources).encode())
    assert name in [p.text for p in xp(root, "//tei:text//tei:persName")]
    assert text_facts(text, resources)["date"] == "1974-02-12"  # `ZFF-4` after the group


@pytest.mark.parametrize(("sentence", "name"), [
    ("DEPUTY SECRETARY VAN DALSEN WILL ATTEND.", "VAN DALSEN"),
    ("BUT DIRECTOR VAN DER MEER LEARNED TOO LATE.", "VAN DER MEER"),
    ("THE TELEGRAM WENT TO SEN. PERCY AND CONG. ZABLOCKI.", "PERCY"),
    ("HE ASKED THAT SEN. DODD'S STAFF BE BRIEFED.", "DODD"),
    ("THE LEADER, PROF. NTSANWISI, CAME.", "NTSANWISI"),
])
def test_a_name_after_a_title_in_a_capitals_cable(sentence, name, resources) -> None:
    text = f"FM AMEMBASSY PRETORIA\nTO SECSTATE WASHDC 9286\n1. {sentence}\n"
    root = etree.fromstring(text_xml(text, resources).encode())
    assert name in [p.text for p in xp(root, "//tei:text//tei:persName")]


@pytest.mark.parametrize(("title", "ends"), [
    ("Foreign Minister. ", True),
    ("Secretary. ", True),
    ("Gen. ", False),
    ("Capt. ", False),
    ("Ambassador ", False),
])
def test_a_whole_word_titles_stop_ends_a_sentence(title, ends) -> None:
    assert sentence_end_title(title) is ends


def test_no_name_after_a_title_that_ends_a_sentence(resources) -> None:
    text = ("88. Telegram From the Department of State to the Embassy in Kenya\n"
            "31207. Subject: Visit of the Foreign Minister. Ref: Nairobi 1904.\nShultz\n")
    root = etree.fromstring(text_xml(text, resources).encode())
    assert "Ref" not in [p.text for p in xp(root, "//tei:persName")]


@pytest.mark.parametrize(("name", "titled"), [
    ("VAN DER MEER", "Van der Meer"),
    ("VAN DEN BERG", "Van den Berg"),
    ("CARL GRANT", "Carl Grant"),
])
def test_a_capitals_name_keeps_its_inner_particles_small(name, titled) -> None:
    assert capitals_name_titled(name) == titled


@pytest.mark.parametrize(("line", "idno"), [
    ("810.20 Defense/529/16: Telegram", "810.20 Defense/529/16"),
    ("740.0011 Pacific War/932: Telegram", "740.0011 Pacific War/932"),
])
def test_a_frus_file_number_keeps_its_sub_file(line, idno, resources) -> None:
    text = (f"{line}\nThe Minister in Guatemala (Des Portes) to the Secretary of State\n"
            "47. The President agrees.\nDes Portes\n")
    assert text_facts(text, resources)["archive_idno"] == idno


@pytest.mark.parametrize(("title", "place"), [
    ("Telegram From the Department of State to the Embassy in Lebanon", "Washington"),
    ("Telegram From the Embassy in Lebanon to the Department of State", "Beirut"),
])
def test_the_department_of_state_sits_in_washington(title, place, resources) -> None:
    text = f"135. {title}\n204. Deptel 189. The landing is set for tomorrow.\n"
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == place
