"""Rules for FRUS documents in forms other than the plain telegram (frus77):

- a report's section heading in capitals (`CONCLUSIONS`, table `section-words`) is no
  signature under which a repost's commentary begins (`repost_tail._signature`): an
  estimate's lettered conclusions under it stay its text;
- a head of government's message in the conference volumes giving its number after `No.`,
  its first point run on (`No. 279. 1. I have been thinking ...`), is numbered 279 and its
  point 1 is set apart (table `frus-number`, the row after `channel`;
  `frus_numbers.run_on_point`);
- a PDF viewer's copy of an e-volume page sets its running heads' cells on lines of their
  own: the folio alone over a volume's head, and for FRUS's under it or under the volume's
  subject (`Foreign Relations, 1955–1957, Volume XXVII` / `Western Europe and Canada` /
  `812`), and the next page's head split likewise (`United Kingdom` / `813`, one page away,
  no person's name) are page furniture (`volume_heads.split_folios`); another volume's number
  under its head is its document's (DAFP's `118`) and stays;
- a President's close of a personal message (`With warm regard,` / `As ever,`) is the
  closer's salutes (table `valediction`);
- initials closing a memorandum for the record (`BKS`, `B.K.S.`) that are those of the one
  register person the source note names as its drafter in a form the register gives
  (`Drafted by Bromley Smith.`: `Bromley K. Smith`) are his signature, no typist's, and he is
  the sender (`signer_lines.drafter_with_initials`);
- a heading closed by a number with the source note's anchor glued to it (`National Security
  Action Memorandum No. 2731`, `Special National Intelligence Estimate 85–3–621`) over a page
  whose source note is note 1 gives the anchor and the number (`frus_notes.number_end_anchor`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

ESTIMATE = ("U.S. Department of State\nReleased by the Office of the Historian\n\n"
            "Documents 411-420\n\n414. Special National Intelligence Estimate/1/\n\n"
            "SNIE 85-3-62\n\nWashington, September 19, 1962.\n\n"
            "/1/Source: Central Intelligence Agency Files, Job 79-R01012A. Secret.\n\n"
            "THE PROBLEM\n\nTo assess the significance of the recent military buildup in "
            "Cuba.\n\nCONCLUSIONS\n\nA. We believe that the USSR values its position in Cuba "
            "primarily for the political advantages to be derived from it.\n\n"
            "B. Soviet military assistance to Castro has been substantially increased in "
            "recent weeks and will continue./2/\n\n/2/See Document 409.\n")


def test_a_capitals_section_heading_is_no_signature(resources: Resources) -> None:
    xml = text_xml(ESTIMATE, resources)
    assert "<p>CONCLUSIONS</p>" in xml
    assert '<item n="B">' in xml and 'type="source">B.' not in xml
    assert text_facts(ESTIMATE, resources)["doc_type"] == "report"


MESSAGE = ("Roosevelt Papers : Telegram\n"
           "The British Prime Minister (Churchill) to President Roosevelt\n"
           "[LONDON,] 2 April 1943.\n\n"
           "No. 279. 1. I have been thinking over our talk and I feel that we should meet "
           "again.\n2. I could come to Washington early in May.\n"
           "3. I have told Stalin nothing of this as yet.\n\nFORMER NAVAL PERSON\n")


def test_a_message_number_after_no_with_its_first_point(resources: Resources) -> None:
    facts = text_facts(MESSAGE, resources)
    assert facts["telegram_number"] == "279"
    assert facts["numbered_points"] == 3


PDF_PAGE = ("Foreign Relations, 1955–1957, Volume XXVII\nWestern Europe and Canada\n\n812\n\n"
            "298. Message From President Eisenhower to Prime Minister Macmillan1\n\n"
            "Washington, October 10, 1957.\n\n"
            "Dear Harold: I have your message of October 8 and I agree that we should meet "
            "before the end of the month.\n\nWith warm regard,\nAs ever,\n\nIke\n\n"
            "1 Source: Eisenhower Library, Whitman File, International Series. Secret.\n\n"
            "United Kingdom\n813\n")


def test_a_split_running_head_is_furniture(resources: Resources) -> None:
    xml = text_xml(PDF_PAGE, resources)
    body = xml[xml.index("<text"):]
    assert "812" not in body and "813" not in body and "Western Europe" not in body
    assert "United Kingdom" not in body


def test_a_presidents_close_is_salutes(resources: Resources) -> None:
    xml = text_xml(PDF_PAGE, resources)
    assert "<salute>With warm regard,</salute>" in xml and "<salute>As ever,</salute>" in xml
    assert text_facts(PDF_PAGE, resources)["signed"] == "Ike"


DAFP = ("212                       DOCUMENTS ON AUSTRALIAN FOREIGN POLICY\n\n118\n\n"
        "EVATT TO BEASLEY\n\nCablegram 400 CANBERRA, 3 March 1947\n\n"
        "Your 211. Agree with your proposal.\n\nEVATT\n")


def test_another_volumes_number_under_its_head_stays(resources: Resources) -> None:
    xml = text_xml(DAFP, resources)
    assert ">118<" in xml


RECORD = ("104. Memorandum for the Record1\n\nWashington, January 29, 1968, 1:00 p.m.\n\n"
          "SUBJECT\nMeeting of the Advisory Group\n\n"
          "The President opened by asking Secretary Rusk whether the Soviets had replied.\n\n"
          "{initials}\n\n1 Source: Johnson Library, National Security File, Country File, "
          "Korea. Top Secret. Drafted by Bromley Smith.\n")


def test_a_drafters_initials_sign_a_record(resources: Resources) -> None:
    for initials in ("BKS", "B.K.S."):
        facts = text_facts(RECORD.format(initials=initials), resources)
        assert facts["signed"] == initials
        assert facts["sender"] == ["Bromley Smith"]
    assert text_facts(RECORD.format(initials="RWK"), resources)["sender"] == []


NSAM = ("Office of the Historian\nHistorical Documents\n"
        "Foreign Relations of the United States, 1961–1963, Volume IV, Vietnam\nDocument 331\n"
        "331. National Security Action Memorandum No. 2731\nWashington, November 26, 1963.\n"
        "The President has reviewed the discussions of South Vietnam which occurred in "
        "Honolulu.\nMcGeorge Bundy\n{note}\n")


def test_a_source_notes_anchor_glued_to_a_headings_number(resources: Resources) -> None:
    facts = text_facts(NSAM.format(note="1 Source: Kennedy Library, NSAM 273. Top Secret."),
                       resources)
    assert facts["title"] == "National Security Action Memorandum No. 273"
    assert facts["notes"] == 1
    unnoted = text_facts(NSAM.format(note="Top Secret."), resources)
    assert unnoted["title"] == "National Security Action Memorandum No. 2731"
