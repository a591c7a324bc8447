"""Rules for messages as they came off the wire, in layouts telex70 did not cover (telex71):

- the hotline's (MOLINK) teletype copy: `MESSAGE NO. 4 (INCOMING)` gives the telegram's number
  (`INCOMING`/`OUTGOING` are no names: table `not-names`); the terminal's receipt in GMT before
  the day (`RECEIVED 0847Z 5 JUNE 1967`) gives the hour of receipt (group `stamp`,
  `action_dates.stamp_hour`) and, past the first hour, the day sent
  (`receipt_days.terminal_sent`); `TRANSMITTED 1205Z 10 JUNE 1967` the sending with its hour;
- a terminal's `TRANSLATED BY: W. D. KRIMER   0915Z` under the message names the translator
  (processing row's group `translator`, `heading_language._closing_statement`);
- a telex number line with the month in full and the year's four figures (`TELEX NO 213  18
  MARCH 1974  1420Z`);
- The National Archives' reference named in full, with the folio (`The National Archives, FCO
  82/441, folio 17`): repository and shelfmark;
- the Post Office's stamp with the month in two letters (`C.T.O.  14 MR 42`,
  `action_dates.post_office_stamp`): the day of receipt; the form's values padded out to
  its columns: the office-of-origin cell with the government's instruction (`WASHINGTON DC
  ETAT`) gives the place of origin, a grade and precedence (`SECRET PRIORITY`) does not;
- the cablese number after the grade's sentence (`MOST SECRET AND PERSONAL. NO 112. THE ...`);
- the AP's wire copy: the story's number, priority and selector, slug with its lead and the
  staff line are heading lines; the AP's closing stamp (`AP-WX-06-06-67 1132AED`) a
  processing line; a wire dateline with the agency after a comma (`GENEVA, MARCH 14, REUTER -`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

HOTLINE = ("MOLINK\nMESSAGE NO. 9 (INCOMING)\nRECEIVED {clock} 12 JUNE 1967\n\n"
           "TO PRESIDENT JOHNSON\n\nDEAR MR. PRESIDENT,\n\nWE HAVE YOUR MESSAGE.\n\n"
           "RESPECTFULLY,\nA. KOSYGIN\n\nTRANSLATED BY: W. D. KRIMER   1015Z\n")


def test_hotline_number_receipt_hour_day_sent_and_translator(resources: Resources) -> None:
    facts = text_facts(HOTLINE.format(clock="0947Z"), resources)
    assert facts["telegram_number"] == "9"
    assert facts["date_received"] == "1967-06-12T09:47"
    assert facts["date"] == "1967-06-12"
    assert facts["translator"] == "W. D. KRIMER"
    assert "per-incoming" not in text_xml(HOTLINE.format(clock="0947Z"), resources)


def test_hotline_receipt_in_the_first_hour_dates_no_sending(resources: Resources) -> None:
    facts = text_facts(HOTLINE.format(clock="0012Z"), resources)
    assert facts["date_received"] == "1967-06-12T00:12"
    assert facts["date"] is None


def test_hotline_transmission_is_the_sending(resources: Resources) -> None:
    text = ("MOLINK\nMESSAGE NO. 3 (OUTGOING)\nTRANSMITTED 1205Z 10 JUNE 1967\n\n"
            "TO CHAIRMAN KOSYGIN\n\nDEAR MR. CHAIRMAN,\n\nI HAVE YOUR MESSAGE.\n\n"
            "SINCERELY,\nLYNDON B. JOHNSON\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "3"
    assert facts["date"] == "1967-06-10"


def test_telex_month_in_full_and_national_archives_reference(resources: Resources) -> None:
    text = ("The National Archives, FCO 82/12, folio 4\n\nTELEX NO 77  9 OCTOBER 1973  0810Z\n"
            "TO FCO LONDON\nFROM WASHINGTON\n\n1 SISCO CALLED THIS MORNING.\n"
            "2 HE WILL TRAVEL TO CAIRO.\n\nCROMER\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "77"
    assert facts["date"] == "1973-10-09"
    assert facts["archive_idno"] == "FCO 82/12, folio 4"
    assert facts["repository"] == "The National Archives"


def test_post_office_stamp_padded_values_and_cablese_number(resources: Resources) -> None:
    text = ("POST OFFICE TELEGRAM\n\n"
            "Prefix   Time handed in   Office of Origin and Service Instructions   Words\n"
            "OHMS     4.10             OTTAWA  ETAT                          22\n\n"
            "                                              C.T.O.  3 JE 41\n\n"
            "TO   DOMINIONS OFFICE  LONDON\n\n"
            "MOST SECRET. NO 47. THE CABINET AGREES STOP\n\nKING\n")
    facts = text_facts(text, resources)
    assert facts["date_received"] == "1941-06-03"
    assert facts["place_of_origin"] == "Ottawa"
    assert facts["telegram_number"] == "47"


def test_grade_and_precedence_cells_are_no_office(resources: Resources) -> None:
    xml = text_xml("TELEGRAM\nSECRET          PRIORITY\nFROM OTTAWA\n\nTEXT FOLLOWS.\n",
                   resources)
    assert 'subtype="transmission">SECRET PRIORITY' not in xml


def test_ap_wire_copy_heading_and_stamp(resources: Resources) -> None:
    text = ("A112\nU WBYL\nBC-BERLIN-WALL 2NDLD\nBY JOHN SMITH\nASSOCIATED PRESS WRITER\n"
            "BERLIN, AUG. 13 (AP) -- EAST GERMAN TROOPS SEALED THE BORDER TODAY.\n"
            "MORE\nAP-WX-08-13-61 0912AED\n")
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == "Berlin"
    assert "AP-WX-08-13-61 0912AED" in facts["registry_notes"]
    xml = text_xml(text, resources)
    assert 'subtype="other">A112</ab>' in xml and 'subtype="other">U WBYL</ab>' in xml
    assert "<head>" not in xml


def test_wire_dateline_with_the_agency_after_a_comma(resources: Resources) -> None:
    facts = text_facts("REUTER 88  2.4.62  1010 GMT\n\nBONN, APRIL 2, REUTER - THE CHANCELLOR "
                       "SPOKE TODAY.\nREUTER  JR\n", resources)
    assert facts["place_of_origin"] == "Bonn"
