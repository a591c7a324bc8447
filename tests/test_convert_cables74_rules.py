"""Rules for the header facts and parties of the State Department's telegram forms of
1945-1975 as archives and presidential libraries give them (cables74):

- the 1940s `TELEGRAM RECEIVED` form: the paraphrase caution cut after `must be` in its
  narrow box, over five lines and a word broken at a line's end, is one handling line
  (`forms/state_form.py`), so the form's heading reads on; the receipt by the day's ordinal
  first, in the Department's older `d` (`Rec'd 23d, 6:12 a.m.`: table `heading-state-form`,
  `receipt_days`);
- the outgoing form's `ACTION:` line with the precedence before the number (`Amembassy NEW
  DELHI FLASH 412`) and its second action post in mixed case (`Amembassy KARACHI 281`;
  table `heading-us-cable`);
- a channel line with `EYES ONLY` (or `LITERALLY EYES ONLY`) before it, or a lower-case `the`
  before the office (table `routing-line`); the addressee it names stands over the form's
  address by office or post alone (`TO: Secretary of State`, `ACTION: Amembassy ...`: the
  post kept as the place of reception; `named_parties.over_form_address`), never where
  the form's address names the channel's office with its place; the channel's sending
  office goes once the signature names the sender (`signed_over_channel`);
- a bare `AMBASSADOR` is the form's country's ambassador to the state of the action post in
  that year (`office_holders.envoy_at_post`);
- the incoming form of the 1960s: the receipt's clock alone under the `Rec'd:` line dating it
  to the day, after the routing column's label read first (`receipt_days.clock_under_receipt`);
  the Johnson Library's review label lines (`Mandatory Review` / `Case # NLJ 88-141` /
  `Document # 32`), the post's number line with its section (`SAIGON 2453 SECTION ONE OF
  TWO`) and the letter-spaced grade with the yearless day (`S E C R E T FEBRUARY 7`; table
  `heading-us-cable`).

Seen on the held samples after scoring:

- the 1950 `TELEGRAM SENT` form: its post without comma and stop (`AMEMBASSY` / `PARIS`,
  one line, table `heading-state-form`), its day over its hour without the seat (one
  dateline), the form's printed name one of its signs (`forms/state_form.py`); a bare
  `Ambassador` is the envoy at that post;
- the channel's sending office goes beside the signer with or without its article (`FROM
  THE SECRETARY` / `SECRETARY`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

RECEIVED = ("DEPARTMENT OF STATE\nTELEGRAM RECEIVED\n\nMM-1203\nThis telegram must be\n"
            "paraphrased be-\nfore being communicated\nto anyone other than a\n"
            "Governmental agency. (RESTRICTED)\n"
            "FROM   Moscow\n\nDated  March 2, 1947\n\nRec'd  3d, 4:10 a.m.\n\n"
            "Secretary of State,\n\nWashington.\n\n612, March 2, 8 p.m.\n\n"
            "Vyshinsky received me this afternoon on the Austrian treaty.\n\nSMITH\n")

OUTGOING = ("OUTGOING TELEGRAM Department of State\n                    1965 SEP 6 PM 9 41\n"
            "\nSECRET\n\n"
            "ACTION:  Amembassy NEW DELHI   FLASH   388\n         Amembassy KARACHI  270\n\n"
            "EYES ONLY FOR AMBASSADOR FROM ACTING SECRETARY\n\n"
            "1. Please see Prime Minister Shastri at once.\n\n                BALL\n")

INCOMING = ("INCOMING TELEGRAM    Department of State\n\n"
            "CONFIDENTIAL                                    Control: 4471\n"
            "                                                Rec'd: MAY 12, 1962\n"
            "Action                                                 10:22 PM\n"
            "IO\n"
            "Info        FROM:  New York\n"
            "SS          TO:    Secretary of State\n"
            "            NO:    DELGA 517, MAY 12, 9 PM\n\n"
            "FOR THE PRESIDENT FROM STEVENSON\n\n"
            "1. U Thant told me this evening he would see Adoula.\n\nSTEVENSON\n")

LBJ = ("LBJ LIBRARY\nMandatory Review\nCase # NLJ 88-141\nDocument # 32\n\n"
       "Department of State                              TELEGRAM\n"
       "                                                 SECRET\n"
       "          FM AMEMBASSY SAIGON\n          TO SECSTATE WASHDC\n          BT\n"
       "          S E C R E T  FEBRUARY 7\n          NODIS\n"
       "                                                 Rec'd: FEBRUARY 8, 1965\n"
       "                                                        1:58 AM\n"
       "SAIGON 2453  SECTION ONE OF TWO\n\nFOR THE PRESIDENT FROM TAYLOR\n\n"
       "1. GENERAL KHANH CALLED ON ME AT NOON.\n\nTAYLOR\nBT\n")


def _received(xml: str) -> str:
    return xml.split('<correspAction type="received">')[1].split("</correspAction>")[0]


def test_the_1940s_form_s_wrapped_caution_and_ordinal_first_receipt(
        resources: Resources) -> None:
    facts = text_facts(RECEIVED, resources)
    assert facts["date"] == "1947-03-02"
    assert facts["date_received"] == "1947-03-03T04:10"
    assert facts["place_of_origin"] == "Moscow"
    assert facts["telegram_number"] == "612"
    assert "paraphrased before being" in text_xml(RECEIVED, resources)


def test_the_channel_s_ambassador_is_the_envoy_at_the_action_post(
        resources: Resources) -> None:
    facts = text_facts(OUTGOING, resources)
    assert facts["sender"] == ["George Ball"]
    assert facts["telegram_number"] == "388"
    received = _received(text_xml(OUTGOING, resources))
    assert '<roleName ref="#per-chester-bowles">AMBASSADOR</roleName>' in received
    assert "Amembassy" not in received and "New Delhi" in received


def test_the_channel_stands_over_the_form_s_to_and_the_clock_under_the_receipt(
        resources: Resources) -> None:
    facts = text_facts(INCOMING, resources)
    assert facts["date_received"] == "1962-05-12T22:22"
    received = _received(text_xml(INCOMING, resources))
    assert 'ref="#per-john-f-kennedy"' in received and "Secretary of State" not in received


def test_the_library_s_review_label_and_the_teletype_number_line(
        resources: Resources) -> None:
    facts = text_facts(LBJ, resources)
    assert facts["date"] == "1965-02-07"
    assert facts["telegram_number"] == "2453"
    assert facts["place_of_origin"] == "Saigon"
    received = _received(text_xml(LBJ, resources))
    assert 'ref="#per-lyndon-b-johnson"' in received and "SECSTATE" not in received


SENT = ("                 DEPARTMENT OF STATE\n                    TELEGRAM SENT\n"
        "                                        Confidential\n"
        "AMEMBASSY\nPARIS\n                                        June 14, 1950\n"
        "                                        7 p.m.\n2871\n\n"
        "For Ambassador from Acting Secretary.\n\n"
        "Schuman's proposal is discussed here in very favorable terms.\n\nWEBB\nActing\n")

SECTO = ("INCOMING TELEGRAM    Department of State\n\nTOP SECRET\n"
         "FROM:  Geneva\nTO:    Secretary of State\n"
         "NO:    SECTO 212, November 10, midnight\nRec'd: November 10, 1955, 8:03 p.m.\n\n"
         "PERSONAL FOR THE PRESIDENT FROM THE SECRETARY\n\n"
         "Molotov today rejected all our proposals.\n\nDULLES\n")


def test_the_1950_telegram_sent_form_s_post_and_dateline(resources: Resources) -> None:
    facts = text_facts(SENT, resources)
    assert facts["date"] == "1950-06-14"
    received = _received(text_xml(SENT, resources))
    assert 'ref="#per-david-bruce"' in received and "Paris" in received


def test_the_secretary_is_never_his_own_addressee(resources: Resources) -> None:
    xml = text_xml(SECTO, resources)
    assert 'ref="#per-dwight-d-eisenhower"' in _received(xml)
    assert 'ref="#per-john-foster-dulles"' not in _received(xml)
    sent = xml.split('<correspAction type="sent">')[1].split("</correspAction>")[0]
    assert "roleName" not in sent
