"""Rules for British and Commonwealth forms not sampled before (cw70):

- a circular's route line left open (`From Commonwealth Relations Office to`) heads the
  governments it goes to, one a line, any number of them (`label_members.post_run`): the
  heading goes on past them to the dispatch, number and precedence (the first, in capitals,
  is no seat of the office: heading_places._seat_under); the office's seat is
  London (table `post-seats`, its `office` row with the open `to`);
- a circular's series number with the method beside it (`Y. No. 87   CYPHER (O.T.P.)`) and
  `Repeated for information to:` with a colon (table `heading-commonwealth`);
- a cipher office's receipt clock in brackets after the date (`Received 13th February 1958
  (0830 hrs)`, date_shapes.py);
- the Pakistani and Australian posts' telegraphic addresses (`PAKREP`, `AUSTEMBASSY`) are no
  persons (table `not-names`);
- a minister's portfolio after `for` is his office's, no reader (`Memorandum by the
  Secretary of State for Foreign Affairs`: table `title-facts`, row `of-to`);
- the office under a minister's initials in one signature block gives the seat (`S. L.` /
  `Foreign Office, S.W.1,` over the date: seats.py);
- the Canadian message form's end mark and foot (`MESSAGE ENDS`, `ORIGINATOR: ...`,
  `APPROVED: ...`) are processing lines, no signature (table `processing`);
- a colony's address line without the word `telegram` (`Addressed to Secretary of State No.
  1022 repeated to Uganda No. 14.`) is an `info` line; `Emergency` (declared) is no person
  (tables `heading-commonwealth`, `not-names`);
- (after the held samples) a receipt in Zulu time before the date (`Received: 0245Z, October
  27, 1962`, date_shapes.py).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

CIRCULAR = (
    "SECRET\n\n"
    "From Commonwealth Relations Office to\n\n"
    "     Canada\n     Australia\n     New Zealand\n     South Africa\n     India\n"
    "     Pakistan\n\n"
    "(Sent 11.5 p.m. 4th November, 1956)\n\n"
    "Y. No. 455   CYPHER (O.T.P.)\n\n"
    "IMMEDIATE\n\n"
    "Repeated for information to:   U.K. High Commissioner, Salisbury No. 88\n\n"
    "     The General Assembly adopted the Canadian resolution early this morning.\n"
)


def test_a_circular_heads_its_governments_one_a_line(resources: Resources) -> None:
    facts = text_facts(CIRCULAR, resources)
    assert facts["telegram_number"] == "Y. No. 455"
    assert facts["date"] == "1956-11-04"
    assert facts["doc_type"] == "telegram"
    assert facts["place_of_origin"] == "London"
    xml = text_xml(CIRCULAR, resources)
    assert '<ab type="registry" subtype="info">Repeated for information to:' in xml
    assert "<p>Pakistan" not in xml and "<head>" not in xml


def test_a_line_ending_in_to_without_places_under_it_heads_none(resources: Resources) -> None:
    text = ("From Commonwealth Relations Office to\n\nthe High Commissioners.\n\n"
            "No. 12.\n\nPlease inform the Government.\n")
    assert "High Commissioners.</ab>" not in text_xml(text, resources)


PAKISTAN = (
    "CIPHER TELEGRAM\n\n"
    "From :   Pakembassy Washington\n"
    "To   :   Foreign Karachi\n\n"
    "No. 312                               Dated 3rd March 1959\n"
    "                                      Received 4th March 1959 (2145 hrs)\n\n"
    "Saw Dulles this morning. He promised an early reply.\n\n"
    "                                                    PAKEMBASSY\n"
)


def test_a_receipt_clock_in_brackets_and_a_post_address_signing(resources: Resources) -> None:
    facts = text_facts(PAKISTAN, resources)
    assert facts["date_received"] == "1959-03-04T21:45"
    assert "per-pakembassy" not in text_xml(PAKISTAN, resources)


def test_a_portfolio_after_for_is_no_reader(resources: Resources) -> None:
    text = ("Memorandum by the Secretary of State for Foreign Affairs\n1st October, 1956\n\n"
            "I circulate for the information of my colleagues a note on Cyprus.\n")
    facts = text_facts(text, resources)
    assert facts["addressee"] == []
    assert ">Secretary of State for Foreign Affairs</roleName>" in text_xml(text, resources)


def test_the_office_under_the_initials_gives_the_seat(resources: Resources) -> None:
    text = ("SECRET\n\nCABINET\n\nMEMORANDUM BY THE SECRETARY OF STATE FOR FOREIGN AFFAIRS\n\n"
            "     I circulate the text of the declaration.\n\n"
            "                                                        S. L.\n\n"
            "Foreign Office, S.W.1,\n    1st October, 1956.\n")
    assert text_facts(text, resources)["place_of_origin"] == "London"


def test_the_message_forms_end_mark_is_no_signature(resources: Resources) -> None:
    text = ("DEPARTMENT OF EXTERNAL AFFAIRS\nOUTGOING MESSAGE\n\n"
            "FM: EXTERNAL OTTAWA\nTO: CANDEL NEW YORK\nNUMBER: EX-2471\n\n"
            "Please report by telephone after the consultations.\n\n"
            "                      MESSAGE ENDS\n\n"
            "ORIGINATOR: UN Division/J.W. Holmes        APPROVED: N.A. Robertson\n")
    facts = text_facts(text, resources)
    assert facts["signed"] is None
    assert "MESSAGE ENDS" in facts["registry_notes"]


def test_the_first_government_in_capitals_is_no_seat_of_the_office(resources: Resources) -> None:
    text = ("CONFIDENTIAL\n\nFROM COMMONWEALTH RELATIONS OFFICE TO\n\n"
            "CANADA\nAUSTRALIA\nNEW ZEALAND\n\nW. No. 41   SAVING\n\nSent 10th June, 1958\n\n"
            "     The Minister will be in Ottawa on 20th June.\n")
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == "London"
    assert facts["telegram_number"] == "W. No. 41"


def test_a_colonys_address_line_without_telegram_and_no_emergency_person(
        resources: Resources) -> None:
    text = ("INWARD TELEGRAM\n\nto the Secretary of State for the Colonies\n\n"
            "FROM: KENYA (Governor's Deputy)\n\nNo. 1022\n\n"
            "D. 20th October, 1952.  22.30 hrs.\nR. 20th October, 1952.  23.15 hrs.\n\n"
            "Addressed to Secretary of State No. 1022 repeated to Uganda No. 14.\n\n"
            "Emergency declared at 00.01 hrs. tonight. Many arrests.\n")
    xml = text_xml(text, resources)
    assert '<ab type="registry" subtype="info">Addressed to Secretary of State' in xml
    assert "per-emergency" not in xml


def test_a_receipt_in_zulu_time_before_the_date(resources: Resources) -> None:
    text = ("FROM:  PERMANENT MISSION, NEW YORK\nTO:    EXTERNAL AFFAIRS, OTTAWA\n\n"
            "Telegram 1893                          New York, October 26, 1962\n"
            "                                       Received: 0245Z, October 27, 1962\n\n"
            "The Council met this evening.\n")
    assert text_facts(text, resources)["date_received"] == "1962-10-27T02:45"
