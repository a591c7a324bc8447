"""Rules for British, Commonwealth and Indian documents as their editions and archives give
them (cw60):

- a printed volume's odd-page running head in capitals with its page number (BDEEP's
  `MALAYA   213`) standing first over a shelfmark line (`119   CO 1030/123, no 5   12 Mar
  1957`) is the volume's head, so the editors' heading under it is the title
  (`pages/volume_heads._over_source`); BDEEP's Cabinet piece with the paper's number (`CAB
  129/83, CP(56)220`) is a shelfmark (table `archival-reference`);
- DBPO's number line with the Foreign Office's registry number in brackets (`No. 112 [NS
  1016/31]`) gives the shelfmark (table `archival-reference`);
- the editors' bracketed heading of the minutes printed under a document's signature
  (`[Minute by Mr. Brimelow]`) is an attachment: the closer stands over it (table
  `attachment`);
- a departmental minute under a catalogue record's `Transcription:` label, to an officer
  named with his initials (`Sir I. Kirkpatrick`), closed by a date written out under the
  writer's name (`9th March, 1956.`), is a memorandum to that officer (`minutes.py`);
- a place in capitals under a letterhead's building or street line ending in a comma
  (`DEPARTMENT OF EXTERNAL AFFAIRS,` / `UNION BUILDINGS,` / `PRETORIA.`) is the seat it
  writes from (`heading_places._under_letterhead`);
- a ministry's letterhead alone over lines no table knows is no cable heading
  (`doc_types._letterhead_alone`); a register place alone closed by a stop (`New Delhi.`)
  may stand in a heading (`heading_tolerance._seat_alone`); the Government of India's file
  number (`No. D.4521-EAD/56`) is the sender's own number (table `heading`); a form line
  naming a telegram in the text's first lines keeps the cable (`INWARD CABLEGRAM`);
- register: Sir John Martin and Angus MacKintosh (Colonial Office), Evelyn Shuckburgh,
  David Watherston, Ronald Walker, Douglas Forsyth; Harrison and Lodge as surnames in office;
  Lennox-Boyd's initials `A T L-B`.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

BDEEP = (
    "                              MALAYA                                        213\n\n"
    "119      CO 1030/123, no 5                                       12 Mar 1957\n"
    "[Constitutional talks]: minute by A M MacKintosh to Sir J Martin\n\n"
    "I attach a draft of the letter which the secretary of state proposes to send.\n\n"
    "A M M\n12.3.57\n"
)


def test_an_odd_page_head_over_a_shelfmark_line_is_the_volume_s(resources: Resources) -> None:
    facts = text_facts(BDEEP, resources)
    assert facts["title"] == "[Constitutional talks]: minute by A M MacKintosh to Sir J Martin"
    assert facts["sender"] == ["Angus MacKintosh"]
    assert facts["addressee"] == ["John Martin"]


DBPO = (
    "No. 47\n\nSir W. Hayter (Moscow) to Mr. Selwyn Lloyd\n\nNo. 112 [NS 1016/31]\n\n"
    "Confidential                                         MOSCOW, 28 June 1956\n\nSir,\n\n"
    "I have the honour to report that Mr. Khrushchev received me yesterday.\n\n"
    "I have the honour to be, Sir, Your obedient Servant,\nW. G. HAYTER\n\n"
    "[Minute by Mr. Brimelow]\n\nI doubt whether Zhukov will come.  T.B.  4 July.\n"
)


def test_a_despatch_number_line_s_registry_number_is_the_shelfmark(resources: Resources
                                                                  ) -> None:
    assert text_facts(DBPO, resources)["archive_idno"] == "NS 1016/31"


def test_the_editors_minute_heading_under_the_signature_leaves_the_closer(
        resources: Resources) -> None:
    facts = text_facts(DBPO, resources)
    assert facts["signed"] == "W. G. HAYTER"
    assert '<div type="attachment">' in text_xml(DBPO, resources)


MINUTE = (
    "Reference: FO 371/124431\nDescription: Visit of Soviet leaders: minutes\nDate: 1956\n"
    "Held by: The National Archives, Kew\n\nTranscription:\n\nSir I. Kirkpatrick\n\n"
    "The Soviet Ambassador called this morning to ask about the programme.\n\n"
    "E. A. Shuckburgh\n9th March, 1956.\n\n        Seen.    I.K.  10/3\n"
)


def test_a_minute_under_a_transcription_label_goes_to_its_officer(resources: Resources
                                                                  ) -> None:
    facts = text_facts(MINUTE, resources)
    assert facts["doc_type"] == "memorandum"
    assert facts["addressee"] == ["Ivone Kirkpatrick"]
    assert facts["sender"] == ["Evelyn Shuckburgh"]
    assert facts["date"] == "1956-03-09"


def test_a_place_under_the_letterhead_s_building_line_is_its_seat(resources: Resources
                                                                 ) -> None:
    text = ("DEPARTMENT OF EXTERNAL AFFAIRS,\nUNION BUILDINGS,\nPRETORIA.\n\n"
            "No. P.M. 42/3.                                 14th June, 1949.\n\nSir,\n\n"
            "I am directed by the Prime Minister to inform you of his views.\n\n"
            "I have the honour to be,\nSir,\nYour obedient Servant,\n\n"
            "(Sgd.) D.D. FORSYTH\nSECRETARY FOR EXTERNAL AFFAIRS.\n")
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == "Pretoria"
    assert facts["sender"] == ["Douglas Forsyth"]


MEA = (
    "GOVERNMENT OF INDIA\nMINISTRY OF EXTERNAL AFFAIRS\nSouth Block,\nNew Delhi.\n\n"
    "No. D.4521-EAD/56                               Dated the 5th November, 1956.\n\n"
    "MEMORANDUM\n\nThe Ministry of External Affairs present their compliments to the High "
    "Commission and have the honour to state that nothing is known here.\n"
)


def test_a_ministry_s_letterhead_alone_is_no_cable_heading(resources: Resources) -> None:
    facts = text_facts(MEA, resources)
    assert facts["doc_type"] == "memorandum"
    assert facts["date"] == "1956-11-05"
    assert facts["place_of_origin"] == "New Delhi"
    assert 'subtype="outgoing">No. D.4521-EAD/56' in text_xml(MEA, resources)


def test_a_routing_line_s_surname_in_office(resources: Resources) -> None:
    text = ("OUTWARD CABLEGRAM                                  O.18824\n\n"
            "TO:   Australian High Commission, LONDON.\n\n"
            "For Harrison from Casey.\n\nPlease see Eden today.\n\nCASEY\n\n"
            "SENT:  31.10.56  1845\n")
    assert text_facts(text, resources)["addressee"] == ["Eric Harrison"]


def test_a_cabinet_piece_with_its_paper_s_number_is_the_shelfmark(resources: Resources) -> None:
    text = ("                              CYPRUS                                        93\n\n"
            "45      CAB 129/83, CP(56)220                                    24 Sept 1956\n"
            "'Cyprus: constitutional proposals': Cabinet memorandum by Mr Lennox-Boyd\n\n"
            "1. My colleagues will recall that Lord Radcliffe has been asked to draft a "
            "constitution.\n\nA T L-B\n")
    facts = text_facts(text, resources)
    assert facts["archive_idno"] == "CAB 129/83, CP(56)220"
    assert facts["date"] == "1956-09-24"
    assert facts["sender"] == ["Alan Lennox-Boyd"]


def test_a_letterhead_over_a_cable_form_line_stays_a_telegram(resources: Resources) -> None:
    text = ("DEPARTMENT OF EXTERNAL AFFAIRS\n      CANBERRA,  A.C.T.\n\n"
            "INWARD CABLEGRAM                               I.20417\n\n"
            "FROM:   Australian Embassy, WASHINGTON.\n\n"
            "Dulles will see you on Monday.\n\nSPENDER\n")
    assert text_facts(text, resources)["doc_type"] == "telegram"
