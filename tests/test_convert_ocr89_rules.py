"""Rules for OCR'd typescripts as archives' text layers give them, learnt from real pages
(ocr89: CIA reading room records of 1952-1971 in their older, newer and label-less exports,
the minutes of the Director's meetings with his deputies, an FBI file's PDF text, a Senate
letter, and a War Cabinet's conclusions of 1945 as a document sharing site gives its OCR):

- the CIA's minutes of the Director's meetings headed by the meeting's kind (`DEPUTIES'
  MEETING`, `DEPUTIES` MEETING`, `DCI MORNING MEETING`, `DIRECTOR'S STAFF MEETING`): the
  meeting's record, not a cable, whatever cables its items name or redaction marks (`25X1`)
  stand between them (table `meeting-titles`); (held) the older export's flattened line
  cut before the meeting's kind and its day (table `flattened-heading` rows `meeting-kind`,
  `meeting-day`);
- a CIA reading room record copied without its field labels, its three dates alone at the
  page's head over the release line (`December 14, 2016` / `May 15, 2003` / `January 26,
  1954` / `Approved For Release ...`): the labels given back, so the last date is the
  document's and none is the title (`pages/crest_dates.py`, called by `pages/copies.py`);
- a cabinet conclusions' heading sentence as the OCR of the print gives it: its first word
  alone on the line above (`CONCLUSIONS` / `of a Meeting of the War Cabinet held at ...`)
  and the year's figures letter-spaced (`1 9 4 5 , at 6 p.m.`): the sentence read whole,
  its day the date, the sentence the title and the form (`pages/meeting_heading.py`,
  `ocr_dates`, table `meeting-heading`);
- a document sharing site's heading over a Cabinet paper's OCR (`(c) crown copyright
  Catalogue Reference:CAB/65/50/12 Image Reference:0001`): furniture, never the title (table
  `page-furniture` row `licence`);
- the CIA's deputies of the 1950s, the senators of the Armed Services subcommittee on the
  CIA, the FBI Director's aides and the ministers of the War Cabinet of 1945: register
  persons (`Wisner`, `Ellender`, `Saltonstall`, `LORD WOOLTON`).
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.ocr_dates import ocr_date_text
from tests.cases import text_facts, text_xml

MINUTES = ("DEPUTIES' MEETING\n\nTOP SECRET\n"
           "Approved For Release 2004/02/11 : CIA-RDP80B01676R002400050012-7\n"
           "Tuesday, 6 October 1953\n"
           "PRESENT: Messrs. Dulles, Wisner, Amory, Colonel White\n"
           "25X1\n"
           "a. Noted a cable from the Senior Representative in Tokyo on the\n"
           "budget and asked Mr. Wisner to report on it by Friday.\n"
           "25X1\n"
           "b. Referred to Senator Ellender's forthcoming trip and asked that the\n"
           "stations concerned be told of it.\n")


def test_deputies_meeting_is_a_record(resources: Resources) -> None:
    facts = text_facts(MINUTES, resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["date"] == "1953-10-06"


def test_backticked_deputies_meeting(resources: Resources) -> None:
    facts = text_facts(MINUTES.replace("DEPUTIES' MEETING", "DEPUTIES` MEETING"), resources)
    assert facts["doc_type"] == "record of conversation"


def test_deputies_are_register_persons(resources: Resources) -> None:
    xml = text_xml(MINUTES, resources)
    assert 'ref="#per-frank-wisner"' in xml
    assert 'ref="#per-allen-j-ellender"' in xml


FLAT_MINUTES = ("Document Type: \nPublication Date: \nMarch 8, 1955\nContent Type: \n"
                "Approved For Release 2002/06/11 : CIA-RDP76-00183R000300050006-1 DR-412 "
                "DEPUTIES` MEETING Tuesday, 8 March 1955 PRESENT: Mr. Dulles, General Cabell, "
                "Mr. Amory, Col. White a) Noted a cable from the station in Vienna on the "
                "treaty talks and asked that a summary be prepared for the Council. "
                "ACTION: DD/I b) Referred to the budget hearings and asked Col. White to "
                "attend with him. 25X1A9a c) Noted that the estimate on the Far East would go "
                "to the board on Thursday and asked for a draft by then.\n")


def test_flattened_deputies_meeting(resources: Resources) -> None:
    facts = text_facts(FLAT_MINUTES, resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["date"] == "1955-03-08"


LABELLESS = ("March 2, 2017\nJune 14, 2004\nFebruary 9, 1955\n"
             "Approved For Release 2004/06/14: February 9, 1955 Hon. Allen W. Dulles, "
             "Director, Central Intelligence Agency, Washington, D.C. Dear Allen: Thank you "
             "for the book on the Balkans, which I have read with pleasure. Faithfully,\n")


def test_labelless_record_dates(resources: Resources) -> None:
    facts = text_facts(LABELLESS, resources)
    assert facts["date"] == "1955-02-09"
    assert facts["title"] not in ("June 14, 2004", "March 2, 2017")


def test_bare_dates_without_release_line_untouched(resources: Resources) -> None:
    text = LABELLESS.replace("Approved For Release 2004/06/14: ", "")
    facts = text_facts(text, resources)
    assert facts["date"] != "1955-02-09" or facts["title"] == "June 14, 2004"


CONCLUSIONS = ("THIS DOCUMENT IS THE PROPERTY OF HIS BRITANNIC MAJESTY'S GOVERNMENT\n"
               "Printed\nfor the War Cabinet.\nJuly 1945.\nSECRET.\nCopy No.\n"
               "W.M. (45)\n81st Conclusions.\n"
               "CONCLUSIONS\n"
               "of a Meeting of the War Cabinet held at 10 Downing Street, S.W. 1, on Monday,"
               " 9th July, 1 9 4 5 , at 11 a.m.\n"
               "Present:\n"
               "The Right Hon. LORD WOOLTON, Minister of Reconstruction.\n"
               "The Right Hon. BRENDAN BRACKEN, M.P., First Lord of the Admiralty.\n"
               "1. The War Cabinet took note of the statement on the repatriation of prisoners.\n")


def test_conclusions_first_word_apart_and_spaced_year(resources: Resources) -> None:
    facts = text_facts(CONCLUSIONS, resources)
    assert facts["date"] == "1945-07-09"
    assert facts["doc_type"] == "record of conversation"


def test_spaced_year_read_in_place() -> None:
    months = frozenset({"july", "april"})
    fixed = ocr_date_text("on Monday, 9th July, 1 9 4 5 , at 11 a.m.", months)
    assert "July,    1945 ," in fixed
    assert len(fixed) == len("on Monday, 9th July, 1 9 4 5 , at 11 a.m.")
    assert ocr_date_text("page 1 9 4 5 of the file", months) == "page 1 9 4 5 of the file"


def test_sharing_site_heading_is_no_title(resources: Resources) -> None:
    text = "(c) crown copyright Catalogue Reference:CAB/65/53/9 Image Reference:0001\n" \
        + CONCLUSIONS
    facts = text_facts(text, resources)
    assert "crown copyright" not in str(facts["title"])


def test_war_cabinet_ministers_are_register_persons(resources: Resources) -> None:
    xml = text_xml(CONCLUSIONS, resources)
    assert 'ref="#per-lord-woolton"' in xml
    assert 'ref="#per-brendan-bracken"' in xml
