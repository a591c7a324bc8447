"""Rules for British and Commonwealth papers in layouts the tables lacked (cw83):

- `Dulles` alone in a Commonwealth government's telegram or letter of 1953-1959, beside the
  foreign ministers and the councils he met them in (`Eden`, `Selwyn Lloyd`, `Casey`,
  `Pearson`, `ANZUS`, `SEATO`, `the Geneva Conference`), or in a Foreign Office telegram
  speaking of Her Majesty's Government (`Mr. Dulles`; table `name-context`, item
  `per-john-foster-dulles`), is the Secretary of State, not the Director of Central
  Intelligence, his brother;
- a Commonwealth Relations Office savingram's series letter with its stop after `No.` (`No. Y.
  112 SAVING`, row `heading`/`cable-number`, the generic number line) is the number's: a
  letter and a stop before a space and the digits only (`No. F.12/3/62-China`, a file's, is
  left alone);
- a party field's line cut after the small word its office goes on from (`To:     U.K. High
  Commissioner in` / `New Zealand`, `stacked_labels.subject_runs_on`) runs on into the few
  capitalised words under it: the office is whole in the heading and the built title;
- a page's running head that is an archival reference (a New Zealand file copy's `PM
  111/5/2` at each page's head beside `Page 1 of 2`, table `archival-reference`;
  `pages/running.running_references`) is the document's reference, where none was read
  before it;
- a documents volume's despatch heading line with the post's number in its yearly series
  (`Despatch 7/53 NEW DELHI, 16 April 1953`, row `heading`/`dateline`) gives the place and
  the date;
- the routing line naming the addressee alone (`Following personal for Sir H. Caccia.`, row
  `routing-line`/`for`) adds him to the addressees;
- a registry's receipt stamp read at the ends of a typescript's lines (`... has risen    C.O.
  REGY.` / `... the Commissioner  25 MAR 1949`, `margin_stamps`) is set apart from the
  line's text and the sentence runs on over it: one paragraph, the stamp's words where they
  stand and no person `C.O. REGY`.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

CASEY_CABLE = (
    "Cablegram 201 CANBERRA, 3 September 1954, 5 p.m.\n\n"
    "SECRET\n\n"
    "Please tell Dulles that the Government agrees to the draft treaty for South-East Asia, "
    "and that Eden has been told the same this morning.\n"
)


def test_dulles_beside_eden_is_the_secretary_of_state(resources: Resources) -> None:
    xml = text_xml(CASEY_CABLE, resources)
    assert 'ref="#per-john-foster-dulles">Dulles<' in xml
    assert "per-allen-dulles" not in xml


def test_mr_dulles_in_a_foreign_office_telegram_is_the_secretary(resources: Resources) -> None:
    text = ("FROM FOREIGN OFFICE TO WASHINGTON\n\nNo. 2210\n12th August, 1957.\n\nSECRET\n\n"
            "Please tell Mr. Dulles that Her Majesty's Government will reply to his note on "
            "Oman before the end of the week.\n")
    assert 'ref="#per-john-foster-dulles"' in text_xml(text, resources)


def test_dulles_alone_in_an_agency_paper_is_not_the_secretary(resources: Resources) -> None:
    text = ("MEMORANDUM FOR THE RECORD\n\n12 March 1955\n\n"
            "The Central Intelligence Agency's estimate was shown to Dulles this morning.\n")
    assert "per-john-foster-dulles" not in text_xml(text, resources)


SAVINGRAM = (
    "SAVINGRAM\n\n"
    "From:   Commonwealth Relations Office\n"
    "To:     U.K. High Commissioner in\n"
    "        Canada\n\n"
    "No. Y. 47 SAVING                              Dated 2nd June, 1954.\n\n"
    "CONFIDENTIAL\n\n"
    "Mr. St. Laurent has asked whether the Conference papers may be shown to his Cabinet.\n"
)


def test_a_savingrams_series_letter_after_no_is_the_numbers(resources: Resources) -> None:
    facts = text_facts(SAVINGRAM, resources)
    assert facts["telegram_number"] == "Y. 47 SAVING"
    assert facts["date"] == "1954-06-02"


def test_a_file_letter_glued_to_its_number_is_no_series_letter(resources: Resources) -> None:
    text = ("No. F.7/2/60-Pak\n\nGovernment of India\nMinistry of External Affairs\n\n"
            "New Delhi, the 4th May, 1960.\n\nDear Mr. Qureshi,\n\nThe papers are enclosed.\n")
    assert text_facts(text, resources)["telegram_number"] is None


def test_a_party_line_cut_after_in_runs_on_into_the_country(resources: Resources) -> None:
    facts = text_facts(SAVINGRAM, resources)
    assert str(facts["title"]).endswith("U.K. High Commissioner in Canada")


NZ_COPY = (
    "EA 59/2/1                                              Page 1 of 2\n\n"
    "OUTWARD TELEGRAM\n\n"
    "FROM:  THE MINISTER OF EXTERNAL AFFAIRS, WELLINGTON\n"
    "TO:    THE NEW ZEALAND HIGH COMMISSIONER, OTTAWA\n\n"
    "No. 54                           Sent 4.30 p.m. 9th March 1955\n\n"
    "SECRET.\n\n"
    "Please inform the Department that we shall not be represented at the talks on\n"
    "Indo-China, and that the Government would be glad of a record of them when they\n"
    "have ended, together with any papers the Canadian Delegation may be able to spare\n\n"
    "EA 59/2/1                                              Page 2 of 2\n\n"
    "for our own Delegation in New York.\n"
)


def test_a_file_head_beside_the_page_counter_is_the_reference(resources: Resources) -> None:
    facts = text_facts(NZ_COPY, resources)
    assert facts["archive_idno"] == "EA 59/2/1"
    assert facts["telegram_number"] == "54"


DESPATCH = (
    "Despatch 12/56 TOKYO, 3 October 1956\n\n"
    "CONFIDENTIAL\n\n"
    "Sir,\n\n"
    "I have the honour to report that the Prime Minister left for Moscow this morning.\n\n"
    "I have the honour to be,\nSir,\nYour obedient servant,\n\nE. R. WALKER\n"
)


def test_a_despatch_heading_with_a_slashed_number_gives_place_and_date(
        resources: Resources) -> None:
    facts = text_facts(DESPATCH, resources)
    assert facts["date"] == "1956-10-03"
    assert facts["place_of_origin"] == "Tokyo"


OUTWARD = (
    "OUTWARD TELEGRAM\n\n"
    "FROM FOREIGN OFFICE TO OTTAWA\n\n"
    "No. 812\n4th November, 1956.\n\n"
    "SECRET\n\n"
    "Addressed to Ottawa telegram No. 812 of 4th November.\n"
    "Repeated for information to: Washington, Canberra and U.K. Del.\nNew York.\n\n"
    "Following personal for Sir A. Clutterbuck.\n\n"
    "Please tell Mr. Pearson that we shall reply to his message tomorrow.\n"
)


def test_the_routing_line_naming_the_addressee_alone_adds_him(resources: Resources) -> None:
    facts = text_facts(OUTWARD, resources)
    assert any("Clutterbuck" in name for name in facts["addressee"])


STAMPED = (
    "GOVERNMENT HOUSE,\n    SINGAPORE.\n\n12th June, 1950.\n\nSir,\n\n"
    "        I have the honour to inform you that the strike in the harbour\n"
    "ended yesterday after the employers had accepted the award of    C.O. REGY.\n"
    "the arbitration board, and that the men returned to work   20 JUN 1950\n"
    "this morning without any disorder in the town or at the docks.\n\n"
    "        The Commissioner of Labour expects no further stoppage this\n"
    "year, though the unions have given notice of a claim for an\n"
    "increase in the rates for night work which is to be heard in\n"
    "August by the same board under the same procedure as before.\n\n"
    "I have the honour to be,\nSir,\nYour most obedient, humble servant,\n\n"
    "F. C. GIMSON\nGOVERNOR.\n"
)


def test_a_registry_stamp_at_line_ends_leaves_the_sentence_whole(resources: Resources) -> None:
    xml = text_xml(STAMPED, resources)
    assert "per-c-o-regy" not in xml
    paragraph = next(p for p in xml.split("<p>") if "strike in the harbour" in p)
    paragraph = paragraph.split("</p>")[0]
    assert "C.O. REGY." in paragraph and "without any disorder" in paragraph
