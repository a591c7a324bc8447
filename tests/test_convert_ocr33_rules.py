"""Rules from the blind sample of OCR'd and PDF-extracted scans (ocr33): families of OCR damage
in US government scans as reading rooms and archives give them.

- The State Department's incoming telegram form (1940s-50s, CREST, presidential libraries)
  flattened onto one line with its distribution column's codes run in between the labels
  (`FROM:Moscow Info SECRET Control: 5627 Recd: January 15, 1953 7.21 p.m. SS TO: Secretary
  of State G NO: 1040, January 15, 9 p.m. GER ...`): each labelled item is cut out whole
  (table `flattened-heading`, rows `form-*`), so the form's heading rows read the number,
  the dates and the post again.
- The FOIA release stamp as OCR misreads it (`us Department of State Case No F-2016-O7743
  Doc No 006417058 ...`, `UNC ASSIFIED ...` with the case number lost) is the stamp still;
  a memorandum's labels with O read as a zero and a dash before the value (`T0 - Mr X`,
  `FR0M`), a withheld sender (`FROM -`), the date over the labels and `RELEASE IN FULL`/`IN
  PART` are heading items of a flattened memorandum; a long run-on `SUBJECT` in title case
  ends where its text begins (a capitalised word and three in small letters).
- CREST's release line garbled but for the document's id (`4Ap rovW or ReIeas 2001/0%/1 :
  CIA-RDP84-...`) is a heading item up to the id; `TO`/`FROM` without colons name a person
  (a title or a middle initial) with the holder's office after the name.
- A reading room's title in capitals opening with a subject noun before `TO` (`ACCESS TO
  STATE DEPARTMENT INTELLIGENCE CABLES`) names no parties.
- A mixed-case text run into one line by the OCR ends with the sender's surname in capitals
  glued after the last sentence (`... opens. HARLAN`): the signature.
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_TEXT = ("the Government intends to present its program before Easter and expects no (repeat "
         "no) serious opposition from the center parties. He added that the press has opened "
         "a campaign against the agreement, but the Ministry considers it has had little "
         "effect outside the large cities. Local observers agree that the coalition will hold "
         "through the spring, although some deputies may abstain.")


@pytest.mark.parametrize("form, number, sent, received, place", [
    # a CREST record of the 1950s (sample ocr33's layout)
    (".INCOMlNG TELEGRAr1 ApprovL'd F Re1%se ZOO1 Action EUR FROM:Rome Info CONFIDENTIAL "
     "Control: 1180 Recd: March 2, 1951 4:05 p.m. SS TO: Secretary of State G NO: 412, "
     "March 2, 6 p.m. EUR PASS PARIS. OSD Called this morning at the Foreign Ministry; ",
     "412", "1951-03-02", "1951-03-02T16:05", "Rome"),
    # a presidential library's scan of the 1940s form: Rec'd, the column's codes elsewhere
    ("INCOMING TELEGRAM Division of Communications Action NEA FROM:New Delhi Info RESTRICTED "
     "Control: 7702 Rec'd: July 9, 1949, 10.15 a.m. TO: Secretary of State NO: 88, July 9, "
     "noon. DCR Saw the Secretary General of the Ministry of External Affairs today; ",
     "88", "1949-07-09", "1949-07-09T10:15", "New Delhi"),
])
def test_a_flattened_incoming_telegram_form_gives_its_number_dates_and_post(
        resources, form: str, number: str, sent: str, received: str, place: str) -> None:
    facts = text_facts(form + _TEXT + "\n", resources)
    assert facts["telegram_number"] == number
    assert facts["date"] == sent
    assert facts["date_received"] == received
    assert facts["place_of_origin"] == place
    assert facts["doc_type"] == "telegram"


_MEMO_TEXT = ("Over the past two years our posts have reported more than forty cases in which a "
              "detained citizen waited over a week for a consular visit and I believe the "
              "present instructions leave our officers too little room to press the host "
              "governments In three of the cases the families learned of the arrest from the "
              "press before the Embassy was told and I propose that the Department raise the "
              "matter at a higher level")


@pytest.mark.parametrize("stamp, head", [
    # the NSArchive's OCR view (sample ocr33's layout): lower-case `us`, O for a zero
    ("4 2 2 1 us Department of State Case No F-2015-O4421 Doc No 005512093 Date 03 14 2016",
     "DEPARTMENT OF STATE RELEASE IN FULL Dissent Channel Message June 2 1976 "
     "T0 - Mr Peter Rodman Director Planning Staff FROM - "),
    # a presidential library's copy: the stamp's case number lost, `UNC ASSIFIED`
    ("UNC ASSIFIED US Department of State Case No Doc No C05512093 Date 03 14 2016",
     "DEPARTMENT OF STATE RELEASE IN PART June 2 1976 T0: - Dr Anne J. Keller FR0M - "),
])
def test_a_flattened_memorandums_ocr_labels_and_stamp_are_read(resources, stamp: str,
                                                               head: str) -> None:
    text = f"{stamp} {head}SUBJECT Consular Access to Detained Citizens {_MEMO_TEXT}\n"
    facts = text_facts(text, resources)
    xml = text_xml(text, resources)
    assert facts["date"] == "1976-06-02"
    assert facts["addressee"] and facts["addressee"][0] in ("Peter W. Rodman", "Anne J. Keller")
    assert facts["sender"] == []
    assert ">SUBJECT Consular Access to Detained Citizens</ab>" in xml
    assert "<p>Over the past two years" in xml


@pytest.mark.parametrize("body, sender, addressee", [
    # CREST (sample ocr33's layout): the release line garbled up to the id
    ("4Ap rovW or ReIeas 2001/0%/1 : CIA-RDP84-00017R000300120045-2 ,,. .3 Rl/F Enc. 12 COPY "
     "4 May 1947 M4O R'A TO Anne J. Keller Special Assistant to the Secretary of State FROM "
     "Harold K. Voss, Chief, Research Division SUBJ.ECT Translations ,,. 9 4 ",
     "Harold K. Voss", "Anne J. Keller"),
    # a scan whose release line lost its date: the id alone after the colon
    ("Approv d Fo Rel ase : CIA-RDP80-01446R000100170012-5 COPY 12 March 1948 TO Mr Paul "
     "Brenner, Chief, Latin American Division FROM Col. Mark Ellison, Deputy Director ",
     "Mark Ellison", "Paul Brenner"),
])
def test_a_garbled_crest_release_line_and_memo_persons_with_offices(
        resources, body: str, sender: str, addressee: str) -> None:
    text = (f"{body}1. It is requested that this office receive each week a copy of the "
            "translations of foreign broadcasts prepared for the Department. 2. The copies "
            "would be held under the same controls as other classified material and "
            "returned when no longer needed. 3. It would be appreciated if the first copies "
            "could be sent before the end of the month.\n")
    facts = text_facts(text, resources)
    assert any(sender in name for name in facts["sender"])
    assert any(addressee in name for name in facts["addressee"])


@pytest.mark.parametrize("title", [
    "ACCESS TO STATE DEPARTMENT INTELLIGENCE CABLES",
    "SHIPMENTS TO CHINA THROUGH HONG KONG",
])
def test_a_record_title_opening_with_a_subject_noun_names_no_party(resources,
                                                                   title: str) -> None:
    text = (f"{title}\nDocument Type:\nCollection:\nDocument Number (FOIA) /ESDN (CREST):\n"
            "CIA-RDP84-00022R000400120022-4\nPublication Date:\nJune 24, 1946\nContent Type:\n"
            "MEMO\nBody:\nThe office asks to see the cables each day and to make a copy of "
            "extracts for the Director.\n")
    facts = text_facts(text, resources)
    assert facts["sender"] == [] and facts["addressee"] == []


@pytest.mark.parametrize("tail, signed", [
    ("Embassy will report further after the debate opens. HARLAN", "HARLAN"),
    ("I shall telegraph again when the Minister returns from Geneva. KELLERMAN",
     "KELLERMAN"),
])
def test_a_surname_in_capitals_glued_after_the_last_sentence_signs(resources, tail: str,
                                                                   signed: str) -> None:
    text = ("INCOMING TELEGRAM\nFROM: Rome\nTO: Secretary of State\nNO: 412, March 2, 6 p.m.\n"
            f"Called this morning at the Foreign Ministry on the question of the program. {tail}\n")
    assert text_facts(text, resources)["signed"] == signed


@pytest.mark.parametrize("head, initials, word", [
    # a Colonial Office file copy as hkintexts' OCR gives it (sample ocr33's layout)
    ("CONFIDENTIAL.\nGovernment House\nHongkong, 16th September, 1910\nMy Lord,\n"
     "I have the honour to inform Your Lordship that the Post-\n-master-General reports "
     "that the mails are opened in transit.\n", "BBM.", "Postmaster-General"),
    # another colony's despatch: the signature's initials, the word broken in the text
    ("SECRET.\nQueen's House\nColombo, 3rd March, 1921\nSir,\n"
     "I have the honour to report that the Legislative Council has passed the amend-\n-ment "
     "to the Ordinance without a division.\n", "RHW.", "amendment"),
])
def test_an_initialled_file_copy_signs_and_a_repeated_hyphen_joins_once(
        resources, head: str, initials: str, word: str) -> None:
    text = (f"{head}I have the honour to be,\nSir,\nYour most obedient,\nhumble servant,\n"
            f"{initials}\nOfficer Administering the Govern-\n-ment.\n")
    facts = text_facts(text, resources)
    xml = text_xml(text, resources)
    assert facts["signed"] and initials in facts["signed"]
    assert word in xml and "--" not in xml.split("<text")[1]
    assert "Officer Administering the Government." in xml
