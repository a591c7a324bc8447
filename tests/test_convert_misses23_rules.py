"""Rules from a pass over the samples' remaining misses (misses23).

- An editors' bracket that opens a description of what stands at a page's foot, top or
  margin over the lines it describes (`[transmission and receipt blocks at the bottom:`,
  `[stamp at the bottom right side of the first page:`; table `foot-description`) starts
  the document's processing lines, up to the bracket's close or the page's end when the copy
  is cut inside it: never the signatures. In such a transmission block the duty officer
  named after his office (`OPS Duty Officer Kupryazhina`) is a person of a `sent` line.
- A page's navigation link glued to the line a copy ran into it (`Back to topNOTE FROM
  ...`, table `glued-navigation`) is split off and dropped with the page's furniture, as is
  a breadcrumb's `You are here`.
- A title in capitals left open on a comma is finished by the next line in capitals.
- A built title keeps the memorandum's named form its form line gives (`Memorandum of
  Conversation`, `Memorandum for the Record`), linking words in lower case.
- OpenEdition's page (`pages/openedition.py`): the title over `Texte intégral` (without a
  documents reader's `Document No. 40:`), the paragraph numbers glued to the paragraphs
  dropped, the licence line and the book's listing under the text out of the text.
- A British or Irish letter in open punctuation: `Dear Assistant Secretary` (no mark) is a
  salutation, `Mr Sean Donlon Assistant Secretary ...` under the signature an addressee at
  the foot, and a role after the signer's name on its line (`John Campbell Minister
  Plenipotentiary`, `... Counsellor`) no part of the name.
- The Indonesian form's handling labels (`Sifat`, `Klasifikasi`, `Derajat`) and the Dutch
  and Turkish ones give classification lines.
- The FRUS editors' `[Here follows ...]` describes an omission: a gap with its description.
- The Colonial Despatches' link to a page's manuscript image (`Manuscript image`) glued
  between a word and its repetition where the page turns (`Island ofManuscript imageof San
  Juan`) is read as the word once (alone on its line it stays a registry line).
- A presidential library's declassification case (`NLF-MR 98-12`, `NLJ 96-114`, after
  `Authority`) is a declassification line, no cable number, and an initialism in capitals
  that opens a case number by a hyphen is no name (`NLF`: not the National Liberation Front).
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml


def _persons(xml: str) -> list[str]:
    return re.findall(r'<persName ref="#per-([^"]+)"', xml)


@pytest.mark.parametrize("text, signers", [
    ("Digital Archive\n\nMay 02, 1946\n\nCable from Rustamov and Lebedev to Stalin\n\n"
     "to Cde. Stalin\n\nThe detachments have not moved forward into the province.\n\n"
     "We request your instructions.\n\nA. K. Rustamov\n\nP. L. Lebedev\n\n2 May 1946\n\n"
     "[transmission and receipt blocks at the bottom:\n\nSent 1310 2 May 1946\n\n"
     "OPS Duty Officer Gorelova\n\nRecei", "Rustamov; Lebedev"),
    ("To Comrade Kosygin\n\nThe ambassador reported on the talks at length.\n\n"
     "With comradely greetings,\nV. Trofimenko\n"
     "[stamp at the bottom right side of the first page:\nThe material is informative\n"
     "Secretariat of the CC CPSU]\n", "Trofimenko"),
])
def test_an_editors_description_of_a_page_foot_is_no_signature(resources, text: str,
                                                                 signers: str) -> None:
    facts = text_facts(text, resources)
    signed = str(facts["signed"])
    for name in signers.split("; "):
        assert name in signed, signed
    assert "Officer" not in signed and "material" not in signed, signed
    xml = text_xml(text, resources)
    assert 'subtype="processing"' in xml


@pytest.mark.parametrize("text, officer", [
    ("to Cde. Molotov\n\nThe talks were put off.\n\nA. Rustamov\n\n"
     "[transmission and receipt blocks at the bottom:\nSent 1310 2 May 1946\n"
     "OPS Duty Officer Gorelova\nReceived 1450 2 May 1946]\n", "gorelova"),
    ("To Comrade Stalin\n\nThe delegation arrived today.\n\nShtemenko\n\n"
     "Sent 2210 14 June 1945\nDuty officer Sorokin\n", "sorokin"),
])
def test_a_duty_officer_in_a_transmission_block(resources, text: str, officer: str) -> None:
    xml = text_xml(text, resources)
    line = re.search(r'<ab type="registry" subtype="sent">[^\n]*Duty[^\n]*</ab>', xml)
    assert line and f"#per-{officer}" in line.group(), xml


@pytest.mark.parametrize("text, title", [
    ("You are here\nBack to topNOTE FROM CHICHERIN TO LOCKHART, BRITISH AGENT IN MOSCOW,\n"
     "ON THE BRITISH LANDING AT MURMANSK\n27 June 1918\nThe People's Commissariat protests "
     "against the landing.\n",
     "NOTE FROM CHICHERIN TO LOCKHART, BRITISH AGENT IN MOSCOW, ON THE BRITISH LANDING AT "
     "MURMANSK"),
    ("Skip to contentLETTER FROM KRASSIN TO CURZON, BRITISH FOREIGN SECRETARY,\n"
     "ON THE TRADE AGREEMENT\n12 March 1921\nThe Delegation awaits the Government's reply.\n",
     "LETTER FROM KRASSIN TO CURZON, BRITISH FOREIGN SECRETARY, ON THE TRADE AGREEMENT"),
])
def test_a_glued_link_and_a_capitals_title_over_two_lines(resources, text: str,
                                                          title: str) -> None:
    facts = text_facts(text, resources)
    assert facts["title"] == title
    assert facts["date"] and str(facts["date"])[:4] in text
    xml = text_xml(text, resources)
    assert "Back to top" not in xml and "You are here" not in xml and "Skip to" not in xml


@pytest.mark.parametrize("text, title", [
    ("THE WHITE HOUSE\nWASHINGTON\n\nSECRET/NODIS\n\nMEMORANDUM OF CONVERSATION\n\n"
     "PARTICIPANTS:\nPresident Ford\nDr. Henry A. Kissinger, Secretary of State\n\n"
     "DATE AND TIME:\nTuesday, September 10, 1974\n\nKissinger: We should go to Korea.\n\n"
     "President: I agree.\n", "Memorandum of Conversation"),
    ("SECRET\n\nMEMORANDUM FOR THE RECORD\n\nSUBJECT: Meeting on the budget\n\n"
     "1. The meeting reviewed the station's budget for the coming year.\n",
     "Memorandum for the Record"),
])
def test_a_built_title_keeps_the_memorandums_named_form(resources, text: str,
                                                         title: str) -> None:
    assert str(text_facts(text, resources)["title"]).startswith(title)


@pytest.mark.parametrize("text, title, lead", [
    ("Document No. 12: Record of Conversation between Andrei Gromyko and Cyrus Vance, "
     "March 28, 1977\np. 214\nTexte intégral\n1The editors' headnote tells of the visit.\n"
     "2Gromyko: We have studied your proposals.\n3Vance: We hope for progress.\n"
     "4[Source: Archive of the Foreign Policy of the Russian Federation. Translated by "
     "Anna Petrova.]\n"
     "Le texte seul est utilisable sous licence Licence OpenEdition Books. Les autres "
     "éléments sont « Tous droits réservés », sauf mention contraire.\n"
     "Cold War Readers\nThe Vance Years\n2012\n",
     "Record of Conversation between Andrei Gromyko and Cyrus Vance, March 28, 1977",
     "Gromyko: We have studied"),
    ("The consul's telegram of 1911 and its fate\nFull text\n1The telegram reached the "
     "ministry on 4 May 1911.\n2The minister did not answer it.\n"
     "The text only may be used under licence CC BY-NC-ND 4.0. All other elements "
     "(illustrations, imported files) are \"All rights reserved\", unless otherwise stated.\n"
     "Journal of Consular History\n", "The consul's telegram of 1911 and its fate",
     "The telegram reached"),
])
def test_an_openedition_page(resources, text: str, title: str, lead: str) -> None:
    assert text_facts(text, resources)["title"] == title
    xml = text_xml(text, resources)
    body = xml[xml.index("<body>"):]
    assert f"<p>{lead}" in body or f">{lead.split(':')[0]}</persName>:" in body, body
    assert "licence" not in body.casefold() and "Texte intégral" not in body


@pytest.mark.parametrize("text, sender, addressee", [
    ("14 Merrion Square\n\nCONFIDENTIAL\n\nMarch 1978\n\nDear Secretary\n\n"
     "I am enclosing a note by Mr Kelly on a recent conversation with the Counsellor.\n\n"
     "Yours sincerely\n\nMichael J. Dunne Counsellor\n\n"
     "Mr Patrick Walsh Assistant Secretary Political Section\n\n"
     "Department of Foreign Affairs Dublin 2\n", "michael-j-dunne", "walsh"),
    ("British Embassy\nBonn\n\n4 May 1979\n\nDear Mr Hanley\n\nThank you for your letter "
     "of 2 May about the visit.\n\nYours sincerely\n\nRobert Ashworth Second Secretary\n\n"
     "Mr Peter Hanley\nWestern European Department\nForeign and Commonwealth Office\n",
     "robert-ashworth", "hanley"),
])
def test_a_letter_in_open_punctuation(resources, text: str, sender: str,
                                      addressee: str) -> None:
    xml = text_xml(text, resources)
    assert "<salute>Dear" in xml
    sent = xml[xml.index('<correspAction type="sent">'):]
    sent = sent[:sent.index("</correspAction>")]
    received = xml[xml.index('<correspAction type="received">'):]
    received = received[:received.index("</correspAction>")]
    assert f"#per-{sender}\"" in sent and addressee in received
    assert "secretary" not in _persons(xml)[0] and "counsellor" not in " ".join(_persons(xml))


@pytest.mark.parametrize("text", [
    "TELEGRAM MASUK\n\nNomor : 0311/KBRI/IV/1964\nSifat : Rahasia\nDerajat : Kilat\n"
    "Dari : KBRI Kairo\nKepada : Menteri Luar Negeri\n\nThe conference opens on Monday.\n\n"
    "DUTA BESAR\nSUDJARWO\n",
    "DEPARTEMEN LUAR NEGERI\n\nKLASIFIKASI: SANGAT RAHASIA\n\nKepada: KBRI Washington\n"
    "Dari: Menteri Luar Negeri\n\nSee the Secretary of State at once.\n\nSUBANDRIO\n",
])
def test_indonesian_handling_labels_are_classifications(resources, text: str) -> None:
    xml = text_xml(text, resources)
    lines = re.findall(r'<ab type="registry" subtype="classification">([^<]+)</ab>', xml)
    assert lines and all(re.match(r"(?i)sifat|derajat|klasifikasi", line) for line in lines)


@pytest.mark.parametrize("text", [
    "762.00/1211: Telegram\n\nThe Ambassador in Germany (Dodd) to the Secretary of State\n\n"
    "114. The decrees published today are as follows:\n\n[Here follows list of the decrees "
    "of March 16.]\n\nDodd\n",
    "No. 412\n\nMr. Gerard to Mr. Lansing\n\nBerlin, March 4, 1916.\n\nSir: I have the honor "
    "to enclose the notes exchanged.\n\n[Here follow the texts of the notes, printed "
    "elsewhere.]\n\nI have, etc.,\n\nJames W. Gerard.\n",
])
def test_here_follows_is_an_omission(resources, text: str) -> None:
    xml = text_xml(text, resources)
    assert re.search(r'<gap reason="omitted"><desc>Here follows?\b', xml), xml
    assert text_facts(text, resources)["gaps"] == 1


@pytest.mark.parametrize("text, place", [
    ("12 March 1861\nI have the honor to acknowledge the receipt of Your Grace's despatch "
     "of the 2nd January last.\n2. I have the honor to report the arrival of the troops on "
     "the Island ofManuscript imageof San Juan this morning.\nI have etc.\n"
     "Manuscript image\nMinutes by CO staff\n", "san-juan"),
    ("Lytton to Douglas\n4 June 1859\nSir,\nI have received your despatch from "
     "WashingtonManuscript imageWashington of the 2nd April.\nManuscript image\nI have etc.\n"
     "E. B. Lytton\n", "washington"),
])
def test_a_page_image_link_where_the_page_turns(resources, text: str, place: str) -> None:
    xml = text_xml(text, resources)
    sentence = re.search(rf'<(p|item)[^>]*>[^\n]*ref="#pla-{place}[^\n]*</(p|item)>', xml)
    assert sentence and "Manuscript" not in sentence.group(), xml


@pytest.mark.parametrize("text", [
    "DECLASSIFIED\nAuthority NLF-MR 98-12 #3; State ltr 6/2/99\nBy dal NARA, Date 8/4/99\n\n"
    "MEMORANDUM OF CONVERSATION\n\nPARTICIPANTS:\nPresident Ford\n\n"
    "The President: We should go to Vladivostok.\n",
    "DECLASSIFIED\nE.O. 12958, Sec. 3.6\nNLJ 96-114\nBy cbm, NARA Date 4-2-97\n\n"
    "MEMORANDUM FOR THE PRESIDENT\n\nSUBJECT: Viet-Nam\n\nThe NLF has proposed talks.\n",
])
def test_a_presidential_librarys_declassification_case(resources, text: str) -> None:
    xml = text_xml(text, resources)
    case = re.search(r'<ab type="registry" subtype="declassification">[^<]*NL[FJ][^\n]*</ab>',
                     xml)
    assert case and "orgName" not in case.group(), xml
    assert text_facts(text, resources)["telegram_number"] is None
