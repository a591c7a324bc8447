"""Rules from the misses of the blind sample other6 (FRUS pages of 1918-1961, DCER, dfat.gov.au,
CIA CREST, PlusD printouts), each tried on invented variants unlike the sample's documents."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

TEXT = "The Minister received me today and spoke at length about the coming conference.\n\n"


def test_a_dcer_number_and_file_line_over_an_editors_heading_are_header_facts(resources) -> None:
    text = ("Chapter II - Far East\n\nPart 1\n\nKorea\n\n88. PCO/Vol. 2749\n\n"
            "Telegram from Secretary of State for External Affairs to High Commissioner in "
            "United Kingdom\n\nSECRET Ottawa, August 2, 1950\n\n" + TEXT)
    found = text_facts(text, resources)
    assert found["archive_idno"] == "PCO/Vol. 2749"
    assert found["title"] == ("Telegram from Secretary of State for External Affairs to High "
                              "Commissioner in United Kingdom")
    assert found["date"] == "1950-08-02"
    assert "Chapter II" not in text_xml(text, resources).split("<text")[1]


def test_a_number_line_without_an_editors_heading_under_it_stays_text(resources) -> None:
    text = "Some notes\n\n88. PCO/Vol. 2749\n\nThe file was sent back.\n\n" + TEXT
    assert text_facts(text, resources)["archive_idno"] != "PCO/Vol. 2749"


@pytest.mark.parametrize(("line", "place", "date"), [
    ("CONFIDENTIAL [Ottawa], June 15, 1961", "Ottawa", "1961-06-15"),
    ("TOP SECRET [London], 4 May 1956", "London", "1956-05-04"),
    ("[Washington], March 3, 1958", "Washington", "1958-03-03"),
])
def test_a_classification_may_stand_before_a_bracketed_place_dateline(line: str, place: str,
                                                                     date: str, resources) -> None:
    found = text_facts(f"MEMORANDUM\n\n{line}\n\n{TEXT}", resources)
    assert (found["place_of_origin"], found["date"]) == (place, date)


def test_a_capitals_record_title_with_a_full_stop_and_numeric_date(resources) -> None:
    text = ("CABLE FROM THE STATION IN VIENNA ON THE SOVIET NOTE 10/2/1955.\nDocument Type:\n"
            "Document Number (FOIA) /ESDN (CREST):\nCIA-RDP82-00457R000100020003-4\n"
            "Content Type:\nCABLE\nBody:\n" + TEXT)
    found = text_facts(text, resources)
    assert found["title"] == "CABLE FROM THE STATION IN VIENNA ON THE SOVIET NOTE 10/2/1955."
    assert found["archive_idno"] == "CIA-RDP82-00457R000100020003-4"
    assert found["date"] == "1955-10-02"


def test_an_editors_heading_anchor_after_a_space_is_the_first_note(resources) -> None:
    text = ("711.00/6–1151: Circular telegram\n"
            "The Secretary of State to Certain Diplomatic Missions 1\n"
            "Posts should report reaction to Senate debate.2\nAcheson\n"
            "- Sent to Embassies in Europe.↩\n- The debate of June 8.↩\n")
    found = text_facts(text, resources)
    assert found["title"] == "The Secretary of State to Certain Diplomatic Missions"
    assert found["notes"] == 2
    assert found["addressee"] == []


def test_a_systematic_review_stamp_inside_the_text_leaves_it_and_its_year(resources) -> None:
    text = ("O 041200Z MAR 78\nFM SECSTATE WASHDC\nTO AMEMBASSY ROME\n"
            "1. WE MET ON MARCH 2 WITH THE\n"
            "Anne Q. Example Declassified/Released US Department of State EO Systematic "
            "Review 12 Feb 2009\nITALIAN DELEGATION.\nVANCE\n")
    xml = text_xml(text, resources)
    body = xml.split("<text")[1]
    assert "Systematic Review" not in body and "Systematic Review" in xml
    assert 'when="1978-03-02"' in body


@pytest.mark.parametrize("opening", ["Agree", "Concur"])
def test_a_telegraphic_verb_opening_a_point_is_no_name(opening: str, resources) -> None:
    text = f"TELEGRAM\n\n1. {opening} proposed wording para 2 reftel.\n\nACHESON\n"
    assert f">{opening}<" not in text_xml(text, resources)


def test_a_source_note_s_collection_words_are_no_names(resources) -> None:
    text = ("TELEGRAM\n\n" + TEXT + "ACHESON\n\n"
            "Source: Truman Library, Acheson Papers, General Telephone Conversations.\n")
    assert "Telephone Conversations</persName>" not in text_xml(text, resources)


@pytest.mark.parametrize("noun", ["journalist", "columnist", "correspondent"])
def test_an_occupation_noun_before_two_capitalised_words_names_a_person(noun: str,
                                                                        resources) -> None:
    text = f"TELEGRAM\n\nThe {noun} Mortimer Quayle wrote that the talks had failed.\n\nSMITH\n"
    assert "Mortimer Quayle</persName>" in text_xml(text, resources)


def test_a_presidential_library_in_a_source_note_is_no_person(resources) -> None:
    text = ("12. Memorandum of a Telephone Conversation Between the Secretary of State and "
            "the President, Washington, May 2, 1951, 10 a.m.1\n\n" + TEXT +
            "  1. Source: Truman Library, Acheson Papers. Secret.\n")
    xml = text_xml(text, resources)
    assert "Truman Library</orgName>" in xml and "Truman</persName>" not in xml


@pytest.mark.parametrize("salute", ["Sir:", "Excellency:", "My dear Mr. Minister:"])
def test_a_salutation_run_on_into_the_first_sentence_is_the_opener_s(salute: str,
                                                                     resources) -> None:
    text = ("The Netherlands Minister (Loudon) to the Secretary of State\n"
            f"{salute} I have the honor to inform you that my Government accepts the proposal.\n")
    xml = text_xml(text, resources)
    assert f"<salute>{salute}</salute>" in xml
    assert "<p>I have the honor to inform you" in xml


@pytest.mark.parametrize("phrase", ["Transcribed by", "Prepared by", "approved by"])
def test_a_source_note_s_drafting_formula_names_a_person(phrase: str, resources) -> None:
    text = ("12. Memorandum of a Telephone Conversation Between the Secretary of State and "
            "the President, Washington, May 2, 1951, 10 a.m.1\n\n" + TEXT +
            f"  1. Source: Department of State, Central Files. {phrase} Ermintrude Walbeck.\n")
    assert "Ermintrude Walbeck</persName>" in text_xml(text, resources)


def test_a_sentence_continued_after_a_mid_text_note_is_no_summary(resources) -> None:
    text = ("Other formats\n\n12 — The Prime Minister of New Zealand to the Prime Minister of "
            "Australia\n\n12\nThe Prime Minister of New Zealand to the Prime Minister of "
            "Australia\n\n3 March 1942\nYour telegram of 1 March.1 The Government have given "
            "the question the fullest consideration and they feel that in\n\n"
            "1 Not published. It proposed a conference at Wellington.\n\n"
            "page 88 present circumstances the conference should be held in Canberra.\n")
    found = text_facts(text, resources)
    assert found["summary"] is None and found["notes"] == 1
    body = text_xml(text, resources).split("<text")[1]
    assert "they feel that in page 88 present circumstances the conference" in body


def test_a_printout_s_page_header_on_two_lines_stays_in_the_heading(resources) -> None:
    text = ("CONFIDENTIAL\nPAGE 01\nSTATE 123456\nO 041200Z MAR 78\nFM SECSTATE WASHDC\n"
            "TO AMEMBASSY ROME IMMEDIATE\nC O N F I D E N T I A L STATE 123456\n"
            "TAGS: PREL, IT\nSUBJECT: VISIT\nCONFIDENTIAL\nPAGE 02\nSTATE 123456\n"
            "1. THE VISIT IS CONFIRMED FOR MARCH 10.\nVANCE\n")
    xml = text_xml(text, resources)
    assert "<head>STATE 123456</head>" not in xml
    assert text_facts(text, resources)["telegram_number"] == "123456"
