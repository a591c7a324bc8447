"""Rules for US cables and intelligence records as published online, learnt from real pages
(cables85: CIA reading room records of Situation Room relays and Agency memoranda, the
National Security Archive's OCR view of a State FOIA release, WikiLeaks PlusD pages, a
Cablegate copy on a document host):

- the Situation Room relay's lines as CREST's OCR reads a Kissinger-papers copy: the copy's
  banner garbled between runs of asterisks (`418 ******WT 0 P 5 E G R E T ****Ws CDP'Y`,
  `heading-us-cable` row `other`), the routing line with the D read as O (`OE WTE 07600
  3886ISS`, row `routing`), the sender line with the F read as P and the channel's number
  (`PM THE SITUATION ROOM//TOHAK 21//`, row `sender`), the addressee line with stray marks
  (`TO PAUL' BARBIAN FOR THE;, SECRETARY`, row `addressee`);
- a memorandum's form line under a relay's precedence or routing line and date-time group
  (`MEMORANDUM FOR THE SECRETARY`) is the carried text's: the document is a telegram
  (`memo_labels.unrelayed`, from `doc_types`);
- CREST's release line as the OCR damages its first words (`. Approved For Rase 2001/08/08
  : CIA-RDP...`): a line of its own, never joined to the form line under it
  (`flattened-heading` row `release`, read by `release_lines.release_alone`), a heading's
  declassification line (`heading-us-cable` row `declassification`);
- a typed label in capitals whose colon the OCR read as a semicolon (`MEMORANDUM FOR;`,
  `VIA;`, `FROM; John F. Blake`) is read as the label (`ocr_label.semicolon_label`, from
  `segment._heading_groups`);
- the National Security Archive's OCR view of a State memorandum, flattened without
  punctuation: the date before a title-case `To` with an office symbol and the dash, the
  `To ... - Mr X` and `From X Y` labels (`flattened-heading` rows `memo-date`, `memo-to`,
  `memo-from`; `heading-us-cable` rows `addressee` and `sender`); a heading whose `To` and
  `From` labels are in title case is a memorandum's, not a cable's (`memo_labels.memo_labelled`);
- register: Frank Carlucci as ambassador in Lisbon (1975-1978), Robert S. Strauss, Herbert
  Blaize; (after the held score) Frederick B. Dent, Theodore Shackley, Tran Ngoc Chau.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

RELAY = ("No Objection to Declassification in Full 2010/07/08: LOC-HAK-550-2-11-4\n"
         "311 ******XW T 0 P 5 E C R E T ****Wq CQPY\nOP IMMED\nOE WTE 02217 1041630\n"
         "O 141630Z APR 75\nPM THE SITUATION ROOM//TOHAK 88//\n"
         "TO PETER RODMAN FOR THE;, SECRETARY\nT 0 P S E C R E T SENSITIVE EXCLUSIV\n"
         "TOHAK 88\nAPRIL 14, 1975\nMEMORANDUM FOR THE SECRETARY\n"
         "FROM: THE SITUATION ROOM\nSUBJECT: ADDITIONAL INFORMATION ITEMS\n"
         "LAOS: OUR CHARGE IN VIENTIANE REPORTS THAT THE COALITION MET TODAY.\n")


def test_relay_lines_as_the_ocr_reads_them(resources: Resources) -> None:
    facts = text_facts(RELAY, resources)
    assert facts["telegram_number"] == "TOHAK 88"
    assert facts["addressee"] == ["Peter W. Rodman"]


def test_relayed_memorandum_is_a_telegram(resources: Resources) -> None:
    text = RELAY.replace("T 0 P S E C R E T SENSITIVE EXCLUSIV", "S E C R E T SENSITIVE")
    assert text_facts(text, resources)["doc_type"] in ("telegram", "cable")


MEMO = (". Approved For Rase 2003/02/14 : CIA-RDP84B00130R000600010112-6\n"
        "MEMORANDUM FOR; Director of Central Intelligence\n"
        "VIA; Deputy Director for Administration\nFROM; Harry E. Fitzwater\n"
        "Director of Personnel\nSUBJECT: Overseas Allowances\n"
        "1. Action Requested: Approval of the revised rates.\n"
        "2. The rates were last revised three years ago.\n")


def test_damaged_release_line_stands_alone(resources: Resources) -> None:
    assert text_facts(MEMO, resources)["doc_type"] == "memorandum"


def test_semicolon_after_a_label_in_capitals(resources: Resources) -> None:
    assert text_facts(MEMO, resources)["sender"] == ["Harry E. Fitzwater"]


FOIA = ("UNCLASSIFIED U S Department of State Case No F-2016-04471 Doc No C05819930 Date 05 22 "
        "2017 ' ~ t Limited Official Use RELEASE IN FULL October 3 1975 To EUR - Mr Hartman "
        "From Jack F Matlock Soviet Grain Purchases The purchases announced last week are larger "
        "than we expected and I believe the Department should tell the Secretary before he "
        "meets the Soviet Ambassador on Friday since the question will surely come up in the "
        "talks on the long term agreement which both sides now want concluded before the winter "
        "when the ports freeze and the shipments would have to wait until spring in any case "
        "UNCLASSIFIED U S Department of State Case No F-2016-04471 Doc No C05819930 Date 05 22 "
        "2017\n")


def test_title_case_labels_of_an_ocr_view(resources: Resources) -> None:
    facts = text_facts(FOIA, resources)
    assert facts["date"] == "1975-10-03"
    assert facts["sender"] == ["Jack Matlock"]
    assert facts["addressee"] == ["Arthur Hartman"]


def test_title_case_labels_make_a_memorandum(resources: Resources) -> None:
    assert text_facts(FOIA, resources)["doc_type"] == "memorandum"


def test_register_ambassador_in_lisbon(resources: Resources) -> None:
    text = ("SECRET\nPAGE 01 STATE 201144\nO 231200Z AUG 75\nFM SECSTATE WASHDC\n"
            "TO USDEL SECRETARY IMMEDIATE\nSUBJECT: PORTUGAL\n"
            "1. AMBASSADOR CARLUCCI SAW THE PRESIDENT TODAY.\n")
    assert '<persName ref="#per-frank-carlucci">AMBASSADOR CARLUCCI</persName>' in text_xml(
        text, resources)
