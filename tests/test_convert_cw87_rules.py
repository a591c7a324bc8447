"""Rules for Commonwealth and European documentary editions as real pages showed them (cw87):

- DFAT's despatch, letter and memorandum lines with the post's file number of three parts,
  a plain number or the editors' `(extracts)` before the place (`Dispatch 44/1/1 (extracts)
  WELLINGTON, 5 January 1944`, `Memorandum 269 WELLINGTON, ...`) give the place and the
  date, alone over the text too (table `heading`, the `cable-number` row for despatches), and
  the form word names the document's form (`surname_heading.FORM_BEFORE_PLACE`, read by
  `doc_types.py`: a despatch is a letter);
- the current dfat.gov.au's search box lines (`Date range`, `Open the calendar popup.`) are
  the site's furniture (table `page-furniture`, row `dfat-site`);
- a volume's numbered heading whose surname carries an apostrophe or a second capital (`5
  D'Alton to Evatt`, `12 McEwen to Casey`) is the title whole, without its number (table
  `page-title`);
- NZETC's numbered heading closed by the editors' `— [Extract]` is the title without it
  (table `page-title`), and a minister named with his style (`The Hon. P. Fraser to the
  Prime Minister`) makes an editors' heading like FRUS's (table `frus`, row `heading`), so
  the date alone under it is read; `Hon.` is a title before a name (table `honorifics`);
- Dodis's transcription of the Federal Council's minutes (`CONSEIL FÉDÉRAL` / `Procès-verbal
  de la séance du 9 février 19181`) is titled by its heading without the note's number,
  dated by the sitting's day (`pages/meeting_title_date.py`) and typed as a record (tables
  `frus` and `doc-types`); the record page's type line `Minutes of the Federal Council
  (PVCF)` is read (table `dodis-record`);
- the Foreign Office's pre-1914 confidential print's section head (`AFFAIRS OF CHINA.`), its
  section number (`SECTION 2.`) and the margin date (`[November 8.]`) are the print's
  furniture, so the heading, number and dateline under them are read (table
  `page-furniture`, row `print-running-head`);
- a German salutation with a colleague's address after `und` (`Herr Minister und lieber
  Kollege,`) is a salutation (table `salutation`): the text is a letter;
- the OCR's `(Sa)` for the print's `(Sd)` marks the signature (`parts.SIGNED_MARK`);
- plain `Fraser` in 1944-1946, when both the New Zealand Prime Minister and Admiral Bruce
  Fraser held office, is told apart by the document's words (table `name-context`: New
  Zealand's names, or the fleet's);
- the register adds Sir John Jordan, Count de Salis, the Montenegrins of 1912-1914, Feldscher,
  Motta, Ador, Platten, Zalkind, D'Alton, Lavarack, Beaverbrook, Cetinje and Kisslegg.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

DISPATCH = (
    "Date range\nOpen the calendar popup.\nOpen the calendar popup.\n\n"
    "7 D'Alton to Evatt\n\n"
    "Dispatch 44/3/2 (extracts) WELLINGTON, 9 May 1944\n\n\n"
    "1. The Minister told me this morning that the Cabinet had approved the\n\n"
    "draft agreement on the exchange of wool statistics.\n\n"
    "2. He hoped that it could be signed before the end of the month.\n"
)


def test_dispatch_line_with_file_number_and_extracts(resources: Resources) -> None:
    facts = text_facts(DISPATCH, resources)
    assert (facts["date"], facts["place_of_origin"], facts["doc_type"]) == (
        "1944-05-09", "Wellington", "letter")


def test_numbered_heading_with_apostrophe_is_title(resources: Resources) -> None:
    assert text_facts(DISPATCH, resources)["title"] == "D'Alton to Evatt"


def test_dfat_search_box_lines_are_furniture(resources: Resources) -> None:
    body = text_xml(DISPATCH, resources).split("<text", 1)[1]
    assert "calendar popup" not in body and "Date range" not in body


def test_memorandum_with_plain_number_is_memorandum(resources: Resources) -> None:
    facts = text_facts("Memorandum 312 WELLINGTON, 2 June 1949\n\n"
                       "The Consul-General called on me today about the visa question.\n",
                       resources)
    assert (facts["date"], facts["doc_type"]) == ("1949-06-02", "memorandum")


NZETC = (
    "Other formats\n\nDocuments Relating to New Zealand's Participation in the Second World "
    "War 1939–45: Volume I\n\n"
    "74 — The Hon. P. Fraser to the Prime Minister — [Extract]\n\npage 61\n\n74\n"
    "The Hon. P. Fraser to the Prime Minister\n[Extract]\n\n4 December 1939\n\n"
    "Your telegram of 2 December. I have seen the Admiralty and they agree to the escort.\n"
)


def test_nzetc_heading_without_extract_and_its_date(resources: Resources) -> None:
    facts = text_facts(NZETC, resources)
    assert (facts["title"], facts["date"], facts["sender"]) == (
        "The Hon. P. Fraser to the Prime Minister", "1939-12-04", ["Peter Fraser"])


MINUTES = (
    "dodis.ch/43811\nCONSEIL FÉDÉRAL\nProcès-verbal de la séance du 21 janvier 19191\n\n"
    "204. Kohlenlieferungen\n\n"
    "Das Volkswirtschaftsdepartement berichtet über die Lage der Kohlenversorgung.\n\n"
    "1\nE 1004 1/270.\n"
)


def test_federal_council_minutes_title_date_type(resources: Resources) -> None:
    facts = text_facts(MINUTES, resources)
    assert (facts["title"], facts["date"], facts["doc_type"]) == (
        "Procès-verbal de la séance du 21 janvier 1919", "1919-01-21", "record of conversation")


RECORD = (
    "Language: French\n12.3.1919 (Wednesday)\n"
    "CONSEIL FÉDÉRAL Procès-verbal de la séance du 12.3.1919\n"
    "Minutes of the Federal Council (PVCF)\n"
    "Le Conseil fédéral décide de répondre à la note italienne.\n"
    "How to cite: Copy\n\ndodis.ch/44490\nCONSEIL FÉDÉRAL\n"
    "Procès-verbal de la séance du 12 mars 19191\n\n"
    "Le Conseil fédéral prend connaissance de la note italienne.\n"
)


def test_dodis_record_type_line_of_minutes(resources: Resources) -> None:
    facts = text_facts(RECORD, resources)
    assert (facts["date"], facts["summary"]) == (
        "1919-03-12", "Le Conseil fédéral décide de répondre à la note italienne.")


PRINT = (
    "[This Document is the Property of His Britannic Majesty's Government.]\n"
    "AFFAIRS OF CHINA.\nCONFIDENTIAL.\n[39112]\nNo. 4.\n[December 2.]\nSECTION 3.\n47611\n"
    "(No. 201.)\nSir Edward Grey to Sir J. Jordan.\n(Telegraphic.) P.\n"
    "Foreign Office, December 2, 1907.\n"
    "You should press the Chinese Government for an early answer on the river police.\n"
)


def test_print_section_lines_are_furniture(resources: Resources) -> None:
    facts = text_facts(PRINT, resources)
    assert (facts["sender"], facts["addressee"], facts["telegram_number"], facts["date"]) == (
        ["Edward Grey"], ["John Jordan"], "201", "1907-12-02")


def test_german_salutation_with_colleague_makes_a_letter(resources: Resources) -> None:
    text = ("dodis.ch/48011\nLe Ministre de Suisse à Rome, G. Wagnière, au Chef du "
            "Département politique, G. Motta1\n\nHerr Bundesrat und lieber Freund,\n\n"
            "Ich danke Ihnen für Ihren Brief vom letzten Montag.\n")
    assert text_facts(text, resources)["doc_type"] == "letter"


def test_ocr_sa_marks_the_signature(resources: Resources) -> None:
    text = ("Sir,\n\nI have the honour to report that the Viceroy left for Peking today.\n\n"
            "I have the honour to be,\nSir,\nYour most obedient,\nhumble servant,\n"
            "(Sa) J. N. Jordan,\n")
    assert "J. N. Jordan" in (text_facts(text, resources)["signed"] or "")


def test_mr_fraser_in_a_new_zealand_document_of_1944(resources: Resources) -> None:
    text = ("Dispatch 44/2/5 WELLINGTON, 3 April 1944\nSECRET\n\n"
            "I saw Mr. Fraser this morning about the conference.\n")
    assert "#per-peter-fraser" in text_xml(text, resources)
