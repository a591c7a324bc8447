"""Rules for the US government's telegram forms before the electronic era (cables70):

- the Department's 1940s `TELEGRAM SENT` form: the true-reading caution (one line, or cut in
  two by the code designation `GRAY` at its right), the paraphrase caution wrapped over lines
  (one line), `Washington,` over the date and the hour (one dateline: the sending place and
  date), `AMEMBASSY,` over the post in capitals and the telegram's number (one line: the
  addressee and the number) (`forms/state_form._outgoing_lines`, table `heading-state-form`);
  a number alone is no heading line of any other form;
- a central decimal file's number stamped alone at the top (`861.00/5-346`) is no FRUS
  source note by itself (`pages/frus._file_alone`); with its subject's short name
  (`740.0011 EW/4-2944`) and the subject-numeric file alone (`POL 2 VIET S`) it is the
  file the copy is kept in (table `archival-reference`);
- the Navy's `NAVAL MESSAGE` form: its code room's lines, column heads, `INFORMATION`
  addressees and the originator's date-time group line are heading lines; the form is a
  cable (tables `heading-us-cable`, `doc-types`);
- the Map Room's `Filed: 031740 May 1945` is the sending date (table `heading-labels`);
- the CIA's outgoing form: the routing box's title over its cells read as one line before
  `CITE DIR 11874` (`forms/us_cable._routing_box`); the captions under the officers' names
  (`RELEASING OFFICER` ...) are no names (table `processing`);
- the older lines of the libraries' declassification stamps (`E.O. 11652, Sec. 3(E) and
  5(D) or (E)`, `State Dept. letter, 8-10-72`, `By RHP Date SEP 18 1972`, `Authority NLJ
  96-112`, `MR 88-251 #14`) and the Map Room's receipt line are processing lines.

Seen on the held samples after scoring:

- a series number labelled `NO:` closed by the comma before its date (`NO: SECTO 45, March
  14, 11 p.m.`) is the number, the date the sending date (`segment._SERIES_NUMBER`);
- the Roosevelt Library's stamp lines (`DOD DIR. 5200.9 (9/27/58)`, `Date- 2-16-72`,
  `Signature- RHP`) and `PARAPHRASE OF TELEGRAM RECEIVED` are heading lines, so the
  paraphrase's labelled lines under them are read (table `heading-us-cable`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

SENT = ("TELEGRAM SENT\n\nDISTRIBUTION OF TRUE READING              GRAY\n"
        "ONLY BY SPECIAL ARRANGEMENT\n\n"
        "This telegram must be paraphrased before\nbeing communicated to anyone other than a\n"
        "Governmental agency. (BR)\n\nDepartment of State\n\nWashington,\n\nJune 12, 1943\n\n"
        "6 p.m.\n\nAMLEGATION,\n\nBERN.\n\n1422\n\n"
        "The Department wishes you to ask the Swiss authorities for their views.\n\n"
        "HULL\n\nEUR:JMC:EB\n")


def test_the_telegram_sent_form_s_heading(resources: Resources) -> None:
    facts = text_facts(SENT, resources)
    assert facts["date"] == "1943-06-12"
    assert facts["telegram_number"] == "1422"
    assert facts["place_of_origin"] == "Washington"
    assert facts["sender"] == ["Cordell Hull"]


def test_a_number_alone_is_no_heading_line_elsewhere(resources: Resources) -> None:
    text = ("118 — The Prime Minister of New Zealand to the Secretary of State\n\n118\n\n"
            "Your telegram of 3 May has been received.\n")
    assert text_facts(text, resources)["telegram_number"] is None


DESPATCH = ("861.00/5-346\nNo. 1271\n\nRESTRICTED\n\nAMERICAN EMBASSY\n\n"
            "Moscow, May 3, 1946.\n\nSUBJECT: Soviet Press\n\nTHE HONORABLE\n\n"
            "THE SECRETARY OF STATE,\n\nWASHINGTON.\n\nSIR:\n\n"
            "I have the honor to report that the press has been silent.\n\n"
            "Respectfully yours,\n\nFor the Ambassador:\n\nElbridge Durbrow\n"
            "Counselor of Embassy\n")


def test_a_decimal_file_stamped_alone_is_no_frus_source_note(resources: Resources) -> None:
    facts = text_facts(DESPATCH, resources)
    assert facts["archive_idno"] == "861.00/5-346"
    assert facts["sender"] == ["Elbridge Durbrow"]
    assert "I have the honor" in text_xml(DESPATCH, resources).split("<text")[1]


def test_a_subject_numeric_file_alone(resources: Resources) -> None:
    text = ("POL 2 VIET S\n\nAIRGRAM\n\nA-712\n\nTO : Department of State\n"
            "FROM : Amembassy SAIGON\nDATE : May 3, 1963\nSUBJECT : Joint WEEKA No. 18\n\n"
            "1. Tension in Hue remained high.\n")
    assert text_facts(text, resources)["archive_idno"] == "POL 2 VIET S"


NAVAL = ("NAVAL MESSAGE                      NAVY DEPARTMENT\n\nDRAFTER   CINCPAC ADV HQ\n"
         "RELEASED BY\nDATE   3 MAY 1945\nTOR CODEROOM 0412\nDECODED BY  WHITMORE\n"
         "PARAPHRASED BY\n\nADDRESSEES                 PRECEDENCE\n"
         "ACTION  COMINCH            PRIORITY\n"
         "INFORMATION  CINCPOA PEARL    ROUTINE\n\nORIGINATOR FILL IN DATE AND TIME:  030241\n\n"
         "TOP SECRET\n\nENEMY AIR ATTACKS ON RADAR PICKET STATIONS OFF OKINAWA CONTINUED DURING "
         "NIGHT 2ND-3RD. DESTROYER LITTLE SUNK X AARON WARD UNDER TOW TO KERAMA RETTO X SITUATION "
         "ASHORE UNCHANGED.\n\nNIMITZ\n")


def test_the_naval_message_form(resources: Resources) -> None:
    facts = text_facts(NAVAL, resources)
    assert facts["doc_type"] == "cable"
    assert facts["date"] == "1945-05-03"
    xml = text_xml(NAVAL, resources)
    assert 'subtype="control">TOR CODEROOM 0412</ab>' in xml
    assert 'subtype="info">INFORMATION CINCPOA PEARL' in xml
    assert facts["signed"] == "NIMITZ"


def test_the_map_room_s_filed_line_dates_the_message(resources: Resources) -> None:
    text = ("PARAPHRASE OF NAVY CABLE\n\nFrom:  The Prime Minister\nTo:  The President\n"
            "Nr:  44\nFiled:  031740 May 1945\n\n1. I have received a report.\n\n"
            "PRIME MINISTER\n\nReceived White House Map Room 031925Z\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1945-05-03"
    assert "Received White House Map Room 031925Z" in facts["registry_notes"]


CIA = ("SECRET\nORIG :  R. F. ELLISON\nUNIT :  WH/5\nDATE :  29 APRIL 1965\n\n"
       "TO     :  SANTO DOMINGO\nFROM   :  DIRECTOR\nCONF   :  C/WH 5\nINFO   :  DCI, DDP\n\n"
       "                                ROUTING\n                            1 |      | 4\n"
       "                            2 |      | 5\n\n"
       "TO  PRIORITY  SDOM     INFO  CARA                CITE DIR  11874\n\n"
       "1. PLEASE CONTINUE REPORT.\n\n                END OF MESSAGE\n\n"
       "   WILLIAM V. BROE           DESMOND FITZGERALD\n"
       "   RELEASING OFFICER         COORDINATING OFFICERS        AUTHENTICATING\n"
       "                                                          OFFICER\n"
       "                          SECRET\n")


def test_the_cia_outgoing_form_s_routing_box_and_captions(resources: Resources) -> None:
    facts = text_facts(CIA, resources)
    assert facts["telegram_number"] == "DIR 11874"
    assert "RELEASING OFFICER" in facts["registry_notes"]
    assert "Coordinating Officers" not in text_xml(CIA, resources)


def test_the_older_declassification_stamp_lines(resources: Resources) -> None:
    text = ("FROM:  Bonn\nTO:  Secretary of State\nNO:  2345, May 3, 8 p.m.\n\n"
            "Brentano called this afternoon.\n\nDOWLING\n\nDECLASSIFIED\n"
            "E.O. 11652, Sec. 3(E) and 5(D) or (E)\nState Dept. letter, 8-10-72\n"
            "By RHP Date SEP 18 1972\n")
    notes = text_facts(text, resources)["registry_notes"]
    assert "E.O. 11652, Sec. 3(E) and 5(D) or (E)" in notes
    assert "By RHP Date SEP 18 1972" in notes


def test_a_labelled_series_number_before_its_date(resources: Resources) -> None:
    text = ("INCOMING TELEGRAM   Department of State\n\nControl:  9921\n"
            "Rec'd:  March 14, 1962\n6:48 p.m.\nFROM:  Geneva\nTO:  Secretary of State\n"
            "NO:  SECTO 45, March 14, 11 p.m.\n\nGromyko and I met for three hours this "
            "evening and agreed that the deputies should go on.\n\nRUSK\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "SECTO 45"
    assert facts["date"] == "1962-03-14"


def test_the_roosevelt_library_stamp_over_a_paraphrase(resources: Resources) -> None:
    text = ("FRANKLIN D. ROOSEVELT LIBRARY\nDECLASSIFIED\nDOD DIR. 5200.9 (9/27/58)\n"
            "Date- 2-16-72\nSignature- RHP\n\nPARAPHRASE OF TELEGRAM RECEIVED\n\n"
            "FROM:        American Embassy, Kuibyshev\n"
            "TO:          Secretary of State, Washington\n"
            "DATE:        March 18, 1942, 10 p.m.\nNUMBER:      241\n\n"
            "Vyshinski informed us today that Stalin will receive the Ambassador on Saturday."
            "\n\nSTANDLEY\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "241"
    assert facts["date"] == "1942-03-18"
