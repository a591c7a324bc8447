"""Rules for OCR'd typescripts as archives and their copies give them, learnt from real pages
(ocr97: CIA reading room records of 1949-1986 in the older, newer and flattened exports, the
Director's morning meeting minutes, a Joint Chiefs' covering note, an archive.org text of an
FBI file, a Jonestown Institute FBI teletype, a Truman Library telephone memorandum, a Weisberg
Collection airtel):

- a CIA reading room record (its number `CIA-RDP...` or the Kissinger papers' `LOC-HAK-...`)
  is a US government paper: a party its title gives by an office alone (`LETTER TO THE
  PRESIDENT FROM WILLIAM J. CASEY`) is that office's US holder in the record's year
  (`office_holders.us_record`, called from `correspondence.py`); its bare `Secretary` stays
  a State form's only;
- a surname in office before its holder's years in government (`the four Carter years`, `the
  Carter administration` in a letter of 1983): the holder out of office too, when the register
  has one person of that surname in office (`office_surnames.py`);
- a covering note by a secretariat as the record titles it (`NOTE BY THE SECRETARIES TO THE
  JOINT INTELLIGENCE GROUP ON ...`): a memorandum, not a telegram between the title's parties
  (table `doc-types`);
- a day's figures parted by a speck, or the comma after it read as a guillemet, between a
  month's name and the year (`January 2.0» 1967`): the day and its comma (`ocr_dates.py`);
- a form memorandum's `TO:` garbled before the inside address's style (`XOj The Honorable`):
  still the style, its name the addressee (table `inside-address`, row `style`);
- the Director's morning meeting minutes flattened by CREST (`... 13 October 1967 Morning
  Meeting of 13 October 1967 DD/I briefed ...`): the heading cut out alone (table
  `flattened-heading`, row `meeting-title`; `pages/flattened.py`), the record's title
  (`pages/meeting_heading.py`);
- a record title that is the text's own `SUBJECT:` line among its first paragraphs (a CREST
  scan opening with a later page's words, the first page's `MEMORANDUM FOR THE RECORD` and
  subject after them): a type word in it (`CONVERSATION WITH ...`) is not the document's type
  (`subject_titles.py`, called from `doc_types.py`);
- a document host's counters, each a bullet over its value (pdfslide's `• Upload` / `others`,
  `• View` / `1`): dropped, never a signature (`pages/host_stats.py`);
- register: John Kee (`Judge Kee`), Giap alone, USA Today (a newspaper).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

RECORD = ("LETTER TO THE PRESIDENT FROM WILLIAM J. CASEY\n\nDocument Type: \nCollection: \n"
          "Document Number (FOIA) /ESDN (CREST): \n{number}\nRelease Decision: \nRIPPUB\n"
          "Original Classification: \nS\nDocument Page Count: \n1\nDocument Creation Date: \n"
          "December 21, 2016\nDocument Release Date: \nMay 7, 2008\nSequence Number: \n1\n"
          "Case Number: \nPublication Date: \nMarch 2, 1984\nContent Type: \nLETTER\nFile: \n"
          "Body: \nSECRET The Director of Central Intelligence 2 March 1984 Dear Mr. President, "
          "I enclose the study of the grain harvest you asked for at our last meeting. It "
          "compares the estimates we made in the four Carter years with our own, and it finds "
          "ours closer to the figures the Soviets later published. I have sent a copy to the "
          "Secretary and one to Bud McFarlane. An interview I gave USA Today on the same "
          "subject is attached.\n")


def test_crest_record_title_office_is_the_us_holder(resources: Resources) -> None:
    xml = text_xml(RECORD.format(number="CIA-RDP88B00443R001404110002-1"), resources)
    received = xml.split('type="received"')[1].split("</correspAction>")[0]
    assert 'ref="#per-ronald-reagan"' in received


def test_office_in_a_title_without_a_crest_number_stays_an_office(resources: Resources) -> None:
    xml = text_xml(RECORD.format(number="MS 4471/12"), resources)
    received = xml.split('type="received"')[1].split("</correspAction>")[0]
    assert "per-ronald-reagan" not in received


def test_surname_before_the_years_in_office_and_usa_today(resources: Resources) -> None:
    xml = text_xml(RECORD.format(number="CIA-RDP88B00443R001404110002-1"), resources)
    assert '<persName ref="#per-jimmy-carter">Carter</persName> years' in xml
    assert 'ref="#org-usa-today"' in xml


def test_surname_out_of_office_alone_stays_untagged(resources: Resources) -> None:
    text = ("Washington, May 3, 1985.\n\nDear Sir,\n\nWe met Carter at the station and the "
            "Carter administration was not discussed.\n\nYours sincerely,\nJohn Smith\n")
    xml = text_xml(text, resources)
    assert xml.count('ref="#per-jimmy-carter"') == 1


JCS_NOTE = ("NOTE BY THE SECRETARIES TO THE JOINT PLANNING GROUP ON THE REVIEW OF THE WAR "
            "PLAN\n\nDocument Type: \nDocument Number (FOIA) /ESDN (CREST): \n"
            "CIA-RDP67-00059A000300020021-4\nPublication Date: \nMarch 3, 1950\nContent Type: "
            "\nNOTES\nBody: \nRESTRICTED COPY NO. 7 J.P.G. 112/3 3 March 1950 NOTE BY THE "
            "SECRETARIES to the JOINT PLANNING GROUP The enclosed review is circulated for the "
            "information of the Group. A. B. SMITH C. D. JONES Joint Secretariat\n")


def test_note_by_the_secretaries_is_a_memorandum(resources: Resources) -> None:
    assert text_facts(JCS_NOTE, resources)["doc_type"] == "memorandum"


FORM_MEMO = ("DEPARTMENT OF STATE\nWASHINGTON\n\nmemorandum\n\nMarch 1.4» 1966\n\n"
             "XOj The Honorable\nJ. Edgar Hoover, Director\nFederal Bureau of Investigation\n"
             "Washington 25, D. C.\n\nDear Mr. Hoover:\n\nThe enclosed report of the Embassy at "
             "Mexico City is sent for your information.\n\nSincerely,\n\nJohn F. Reilly\n"
             "Deputy Assistant Secretary for Security\n")


def test_ocr_day_and_comma_marks(resources: Resources) -> None:
    assert text_facts(FORM_MEMO, resources)["date"] == "1966-03-14"


def test_garbled_to_label_before_the_style(resources: Resources) -> None:
    assert text_facts(FORM_MEMO, resources)["addressee"] == ["J. Edgar Hoover"]


MORNING = ("Document Type: \nDocument Number (FOIA) /ESDN (CREST): \nRelease Decision: \n"
           "Document Creation Date: \nDecember 19, 2016\nDocument Release Date: \nOctober 28, "
           "2005\nPublication Date: \nMarch 9, 1966\nContent Type: \n"
           "PDF icon CIA-RDP80R01284A001800020011-2.pdf61.20 KB\n"
           "Approved Fo elease 2005/1 : ci-~b 4 001800020011-2 9 March 1966 Morning Meeting "
           "of 9 March 1966 DD/I briefed the Director on the latest reports from the border "
           "and said that a fuller account would follow by noon. The Director asked that the "
           "account go to the Secretary before the afternoon session. Kent reported that the "
           "estimate on the Congo would be ready for the board next week and that General Giap "
           "had been absent from the last two public occasions in Hanoi. The Executive "
           "Director noted the budget hearings set for Thursday and asked each deputy to send "
           "him a summary of the points his office expected to be raised by the committee. "
           "Approved For Release 2005 ? CIA-RDP80R01284A001800020011-2 Approved Fease 20 1 "
           "2W 001800020011-2 The Director said he would see the Ambassador at four.\n")


def test_morning_meeting_heading_is_cut_out_as_the_title(resources: Resources) -> None:
    facts = text_facts(MORNING, resources)
    assert facts["title"] == "Morning Meeting of 9 March 1966"
    assert facts["date"] == "1966-03-09"


def test_register_kee_and_giap(resources: Resources) -> None:
    text = ("June 27, 1950\n\nMemorandum of Telephone Conversation\n\nThe Secretary telephoned "
            "Judge Kee and told him of the Council's resolution. Judge Kee asked about the "
            "press reports on Giap.\n")
    xml = text_xml(text, resources)
    assert 'ref="#per-john-kee"' in xml
    assert 'ref="#per-vo-nguyen-giap"' in xml


MFR = ("CONVERSATION WITH THE AMBASSADOR OF PERU, 4 MAY 1978 (U)\n\nDocument Type: \n"
       "Document Number (FOIA) /ESDN (CREST): \nCIA-RDP80B01554R003200120004-1\nPublication "
       "Date: \nMay 5, 1978\nContent Type: \nMFR\nBody: \nand the fishing zone. (C) 2. He "
       "then asked whether we could share more of our reporting on the border with his "
       "service, and I said I would look into it. Approved For Release 2006/07/27: "
       "CIA-RDP80B01554R003200120004-1 MEMORANDUM FOR THE RECORD 5 May 1978 SUBJECT: "
       "Conversation with the Ambassador of Peru, 4 May 1978 (U) 1. The Ambassador called on "
       "me at his request and spoke first of the coming elections and of the military's plans "
       "for the return to civilian rule, and then of the fishing zone.\n")


def test_record_title_repeating_the_text_subject_names_no_form(resources: Resources) -> None:
    assert text_facts(MFR, resources)["doc_type"] == "memorandum"


HOST = ("June 13, 1978\n\nMr. Francis M. Mullen\nFederal Bureau of Investigation\n"
        "Washington, D. C.\n\nDear Mr. Mullen:\n\nI enclose the notes of my testimony as you "
        "asked, with the index search of the New Orleans office.\n\nFBI Memorandum - Weisberg "
        "Collection Subject Index\n\n  • Upload\n    others\n\n  • View\n    1\n\n"
        "  • Download\n    0\n\nEmbed Size (px)\n\nCitation preview\n")


def test_host_counters_are_no_signature(resources: Resources) -> None:
    facts = text_facts(HOST, resources)
    assert facts["sender"] != ["View"]
    assert "View" not in str(facts["signed"])
