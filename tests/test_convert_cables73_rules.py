"""Rules for the header facts of later cables of other foreign ministries and of the State
Department's releases (cables73):

- the Canadian External Affairs telex of the 1970s: `FM` with the post's code, the message's
  series letters and number and the day, month and short year run together (`FM WSHDC
  UNGR4021 06DEC74`: the place, the number, the date; table `heading`, date shape in
  `date_shapes`), `EXTOTT` is Ottawa (table `cable-posts`); `REF OURTEL ...` and
  `DISTR ...` lines and the subject after three dashes are heading lines, the subject
  starting apart from the point under it (`rewrap.starts_apart`); the communications
  centre's closing line (`CCC/211 062015Z UNGR4021`) is a processing line (table
  `processing`);
- a SMART-era State cable's `MRN: 11 CAIRO 3456` gives the telegram's number (table
  `heading`); its trailer's officers in title-case labels (`Drafted By: CAIRO:POL:JMRAMSEY`,
  `Approved By: DCM:TSTROUD`, `Released By:`) are persons (`drafting_lines._LABEL`);

Seen on the held samples after scoring:

- `UNCLASSIFIED SBU` (`UNCLAS SBU`, `SENSITIVE BUT UNCLASSIFIED`) is a classification line, so
  the SMART heading under it is read as the cable's (its `MRN:` no source reference;
  table `heading`).
- an Australian FOI release: the FOI Act's exemption sections where passages were blanked
  (`s33(a)(iii)`, `s47F`) are gaps (table `obfuscations`); `FOI Reference:` is the
  release's reference (table `heading-labels`, `source`);
- a spokesman's title before a surname in capitals in a mixed-case text (`Presidential
  spokesman DJALAL`) tags the name (table `honorifics`, `title-mixed`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

TELEX = ("CONFIDENTIAL\nFM WSHDC UNGR4021 06DEC74\nTO EXTOTT GEP DELIVER BY 070900\n"
         "INFO LDN PARIS\nDISTR USS GNG\nREF OURTEL UNGR3987 29NOV\n"
         "---CYPRUS:USA VIEWS ON RESUMPTION OF INTERCOMMUNAL TALKS AND UNFICYP\n"
         "1.SISCO TOLD ME THIS AFTERNOON THAT TALKS WOULD RESUME.\n"
         "2.HE ASKED FOR OUR VIEWS.\n\nCCC/211 062015Z UNGR4021\n")


def test_the_canadian_telex_s_from_line(resources: Resources) -> None:
    facts = text_facts(TELEX, resources)
    assert facts["date"] == "1974-12-06"
    assert facts["telegram_number"] == "UNGR4021"
    assert facts["place_of_origin"] == "Washington"
    assert facts["registry_notes"][-1] == "CCC/211 062015Z UNGR4021"


def test_the_department_s_own_telex_is_from_ottawa(resources: Resources) -> None:
    text = TELEX.replace("FM WSHDC UNGR4021 06DEC74", "FM EXTOTT GEU0912 12MAR75").replace(
        "TO EXTOTT GEP DELIVER BY 070900", "TO PARIS IMMED")
    facts = text_facts(text, resources)
    assert (facts["date"], facts["place_of_origin"]) == ("1975-03-12", "Ottawa")


def test_the_telex_s_ref_distr_and_dashed_subject_are_heading_lines(
        resources: Resources) -> None:
    xml = text_xml(TELEX, resources)
    heading = xml.split('subtype="heading"')[1].split("</div>")[0]
    assert "REF OURTEL" in heading and "DISTR USS" in heading and "INTERCOMMUNAL" in heading
    assert "SISCO" not in heading


def test_a_smart_cable_s_mrn_gives_the_number(resources: Resources) -> None:
    text = ("CONFIDENTIAL\n\nMRN: 11 CAIRO 3456\nDate/DTG: Dec 06, 2011 / 061930Z DEC 11\n"
            "From: AMEMBASSY CAIRO\nAction: WASHDC, SECSTATE ROUTINE\nTAGS: PREL, EG\n"
            "Subject: Egypt: Party Leader Outlines Agenda\n\n1. (C) The party will not join.\n\n"
            "PATTERSON\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "3456"
    assert facts["date"] == "2011-12-06"


def test_a_smart_cable_s_trailer_officers(resources: Resources) -> None:
    text = ("MRN: 11 CAIRO 3456\nFrom: AMEMBASSY CAIRO\n\n1. (C) The party will not join.\n\n"
            "PATTERSON\n\nDrafted By: CAIRO:POL:JMRAMSEY\nApproved By: DCM:TSTROUD\n")
    xml = text_xml(text, resources)
    assert '">JMRAMSEY</persName>' in xml and '">TSTROUD</persName>' in xml


DFAT = ("Department of Foreign Affairs and Trade\nFOI Reference: 1804/2098 - Document 4\n\n"
        "CONFIDENTIAL\n\nCABLE\nO.JA23417\nFrom:        Jakarta\nTo:          Canberra\n"
        "Sent:        07 Dec 1998 15:42\nReceived:    07 Dec 1998 19:05\n"
        "Subject:     Indonesia: East Timor\n\nSummary\n\n"
        "The Foreign Minister said the talks would go on. s33(a)(iii)\n\n"
        "2. Presidential spokesman DJALAL had briefed the press.\n\ns 47F\n\nMcCARTHY\n")


def test_the_fo_i_act_s_exemption_sections_are_gaps(resources: Resources) -> None:
    facts = text_facts(DFAT, resources)
    assert facts["gaps"] == 2
    assert facts["archive_idno"] == "1804/2098 - Document 4"


def test_a_spokesman_s_surname_in_capitals_is_a_name(resources: Resources) -> None:
    assert '">DJALAL</persName>' in text_xml(DFAT, resources)


def test_no_exemption_section_in_running_text(resources: Resources) -> None:
    text = DFAT.replace("s33(a)(iii)", "See paras 33 and 47.").replace("s 47F\n\n", "")
    assert text_facts(text, resources)["gaps"] == 0


def test_sbu_is_a_classification_line(resources: Resources) -> None:
    text = ("RELEASE IN FULL\n\nUNCLASSIFIED SBU\n\nMRN: 12 TRIPOLI 690\n"
            "Date/DTG: Aug 08, 2012 / 081215Z AUG 12\nFrom: AMEMBASSY TRIPOLI\n"
            "Subject: Libya: Priorities\n\n1. (SBU) Security comes first.\n\nSTEVENS\n")
    assert text_facts(text, resources)["telegram_number"] == "690"
