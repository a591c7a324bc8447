"""Rules found on the blind sample other23 (FRUS 1865-1988, PlusD cables of 1974-78, CREST
records): a PlusD page with its headers hidden that prints the header block and then the text
again after `NNN` (the block dates and places the cable; the first numbered paragraph is no
introduction); the Department's repeat line (`FOLLOWING REPEAT ... SENT ...`) closes the
heading; the review stamp printed twice on one line leaves the text; a past-tense verb after
a title is no name; `Esq.` is no name; CREST's one-line OCR opening with its release line is
a flattened scan (`MEMORANDUM FOR THE RECORD` its type) whose text goes on after each release
line (no summary)."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_HIDDEN = ("Show Headers\n{first}\n2. HE ADDED THAT THE GOVERNMENT WOULD REPLY IN WRITING.\n"
           "{sign}\nCONFIDENTIAL\nNNN\nCONFIDENTIAL\nPAGE 01 {page}\n{serial}\nACTION ARA-10\n"
           "INFO OCT-01 ISO-00 /011 W\n--------------------- 051234\n{dtg}\n{fm}\n"
           "TO SECSTATE WASHDC PRIORITY 2231\n{number}\n{caveat}\nE.O. 11652: GDS\n"
           "TAGS: PFOR\nSUBJECT: VISIT\n{first}\n2. HE ADDED THAT THE GOV\n")


@pytest.mark.parametrize(("fields", "date", "place", "number"), [
    ({"first": "1. THE FOREIGN MINISTER RECEIVED ME THIS MORNING TO GIVE HIS GOVERNMENT'S VIEWS.",
      "sign": "HOLLOWAY", "page": "MONTEV 00417 141822Z", "serial": "47",
      "dtg": "P 141745Z MAR 74", "fm": "FM AMEMBASSY MONTEVIDEO",
      "number": "C O N F I D E N T I A L MONTEVIDEO 0417", "caveat": "LIMDIS"},
     "1974-03-14", "Montevideo", "0417"),
    ({"first": "1. FOREIGN MINISTER'S CHIEF OF CABINET CONVEYED THE RESULTS OF HIS CONSULTATIONS.",
      "sign": "JOHNSON", "page": "BRASIL 00298 102131Z", "serial": "62",
      "dtg": "O 102110Z JAN 75", "fm": "FM AMEMBASSY BRASILIA",
      "number": "C O N F I D E N T I A L BRASILIA 0298", "caveat": "EXDIS\nFOR ROGERS"},
     "1975-01-10", "Brasília", "0298"),
])
def test_a_header_block_over_the_text_printed_again_heads_the_cable(fields, date, place, number,
                                                                     resources) -> None:
    facts = text_facts(_HIDDEN.format(**fields), resources)
    assert (facts["date"], facts["place_of_origin"], facts["telegram_number"]) == (
        date, place, number)
    assert facts["signed"] == fields["sign"]
    assert facts["summary"] is None  # the first numbered paragraph stays the cable's


def test_a_block_not_over_the_text_again_is_no_heading(resources) -> None:
    text = ("1. THE MINISTER RECEIVED ME TODAY ABOUT THE VISIT OF THE TRADE MISSION.\n"
            "2. HE WILL WRITE.\nHOLLOWAY\nNNN\nFM AMEMBASSY MONTEVIDEO\n"
            "SOME OTHER TEXT FOLLOWS HERE AND IS NOT THE CABLE AGAIN AT ALL.\n")
    assert text_facts(text, resources)["place_of_origin"] is None


@pytest.mark.parametrize("repeat", [
    "FOLLOWING REPEAT ADDIS ABABA 3536 SENT ACTION SECSTATE AUG 14.",
    "FOL RPT SAIGON 1234 SENT ACTION SECSTATE INFO CINCPAC JUN 2.",
])
def test_the_repeat_line_is_a_transmission_line_of_the_heading(repeat, resources) -> None:
    text = ("O 142144Z AUG 78\nFM SECSTATE WASHDC\nTO AMEMBASSY NAIROBI\n"
            f"C O N F I D E N T I A L STATE 205458\n{repeat}\n"
            "QUOTE: C O N F I D E N T I A L ADDIS ABABA 3536\n"
            "1. THE MINISTER RECEIVED ME FOR AN HOUR.\n")
    xml = text_xml(text, resources)
    assert 'subtype="transmission">' in xml and repeat.split()[0] in xml
    assert text_facts(text, resources)["telegram_number"] == "205458"


@pytest.mark.parametrize(("name", "reviewed"), [
    ("Sheryl P. Walter", "20 Mar 2014"), ("Ann P. Doe", "12 Feb 2013")])
def test_a_review_stamp_printed_twice_leaves_the_text(name, reviewed, resources) -> None:
    stamp = f"{name} Declassified/Released US Department of State EO Systematic Review {reviewed}"
    text = ("R 212218Z MAY 77\nFM SECSTATE WASHDC\nTO AMEMBASSY NAIROBI\n"
            "C O N F I D E N T I A L STATE 118764\n"
            "1. FOREIGN MINISTER KAWAWA OPENED THE MEETING ON MAY 18\n"
            "WITH A REVIEW OF THE MAIN RESULTS OF THE LUSAKA TALKS AND\n"
            f"{stamp}\n{stamp}\nOF THE REGIONAL MEETINGS, WHERE HE HAD REPRESENTED HIS\n"
            "COUNTRY, AND ASKED FOR A REPLY BY MAY 19 AT THE LATEST.\n")
    xml = text_xml(text, resources)
    body = xml[xml.index("<text"):]
    assert "Systematic Review" not in body
    assert 'when="1977-05-19"' in body  # the stamp's year dates no yearless date


@pytest.mark.parametrize(("sentence", "verb"), [
    ("IT IS DOUBTFUL THAT THE FOREIGN MINISTER UNDERSTOOD OUR POSITION.", "UNDERSTOOD"),
    ("THE MINISTER CALLED ME IN THIS MORNING.", "CALLED"),
    ("THE AMBASSADOR AGREED TO RAISE IT.", "AGREED"),
])
def test_a_past_tense_verb_after_a_title_is_no_name(sentence, verb, resources) -> None:
    text = f"FM AMEMBASSY NAIROBI\nTO SECSTATE WASHDC 2231\n1. {sentence}\nHOLLOWAY\n"
    assert f">{verb}</persName>" not in text_xml(text, resources)


@pytest.mark.parametrize("foot", [
    "Charles Francis Adams, Esq., &c., &c., &c.",
    "William L. Dayton, Esq., &c., &c., &c.",
])
def test_esq_in_a_foot_address_is_no_name(foot, resources) -> None:
    text = ("Mr. Seward to Mr. Adams\n\nNo. 1216.]\n\nSir: You will decline audiences.\n\n"
            f"I am, sir, your obedient servant,\n\nWILLIAM H. SEWARD.\n\n{foot}\n")
    assert ">Esq</persName>" not in text_xml(text, resources)


_CREST = ("{title}\n\nDocument Type: \nDocument Number (FOIA) /ESDN (CREST): \n{rdp}\n"
          "Publication Date: \n{published}\nContent Type: \nMFR\nBody: \n"
          "Approved For Release {released}: {rdp} {date} MEMORANDUM FOR THE RECORD {title2} "
          "Whitcombe noted that the briefing had been moved to Friday. 25X1 "
          "Approved For Release {released}: {rdp} Approved For Release {released}: {rdp} "
          "Ferrante reported on the move of the printing plant and said it would end in June.\n")


@pytest.mark.parametrize(("fields", "date"), [
    ({"title": "MORNING MEETING OF 22 OCTOBER 1965", "title2": "Morning Meeting of 22 October 1965",
      "rdp": "CIA-RDP80B01676R001500060187-6", "published": "October 22, 1965",
      "released": "2009/04/10", "date": "22 October 1965"}, "1965-10-22"),
    ({"title": "DEPUTIES' MEETING OF 3 MAY 1967", "title2": "Deputies' Meeting of 3 May 1967",
      "rdp": "CIA-RDP80B01676R002200040031-5", "published": "May 3, 1967",
      "released": "2004/03/04", "date": "3 May 1967"}, "1967-05-03"),
])
def test_a_crest_body_opening_with_its_release_line_is_a_flattened_memorandum(fields, date,
                                                                              resources) -> None:
    facts = text_facts(_CREST.format(**fields), resources)
    assert (facts["doc_type"], facts["date"]) == ("memorandum", date)
    assert facts["summary"] is None  # the text goes on after the release lines


def test_an_ordinary_long_paragraph_is_not_cut(resources) -> None:
    sentence = "The committee met again and agreed on the budget for the coming year. "
    text = "Approved For Release 2004/03/04 : CIA-RDP80B01676R002200040031-5\n\n" + \
        sentence * 8 + "\n"
    xml = text_xml(text, resources)
    assert xml.count("The committee met again") == 8
