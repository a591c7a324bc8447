"""Rules for OCR'd typescripts as archives' text layers give them, learnt from real pages
(ocr87: histsyn's and hkintexts' page-by-page OCR of UK National Archives files, CIA reading
room records of 1946-1984, an FDR Library scan on a document-sharing site, an FBI memorandum
on Wikisource, an FBI personnel file's djvu text on the Internet Archive, a CIA dispatch's OCR
on faqs.org):

- a registry file's printed jacket over the file's first paper (`DO NOT RETAIN FILES AND
  PAPERS UNNECESSARILY`, the jacket's grading note as the OCR reads it, `H.M. DIPLOMATIC
  SERVICE`, table `file-jacket` rows `jacket` and `start`; `pages/file_jacket.py`, called by
  `pages/cover_slip.py`): the page's lines down to the first telegram's cypher or `FM` line,
  its year stamp (`YEAR STAMP` / `1976`) completing a date written without a year
  (`context_years`);
- the teleprinter telegram's address line with the posts informed run on after a slash
  (`TO PRIORITY FCO TELNO 539 OF 16 MAY/INFO PEKING.`, `heading` row `addressee`) and its
  `FM` line with the group's Z read as a 2 (`FM HONG KONG 1609252`, row `transmission`);
- a file copy's registry marks among a heading's lines, their stop kept: a folio's number
  (`4.`), a registry file's reference with a clerk's initials (`FEC 3/548/8 Enter. R.E.`):
  tolerated, and no unknown line (`heading_tolerance.file_mark`);
- a file's next telegram (its `FM` line with a precedence's address line under it, table
  `file-jacket` rows `from` and `to`) ends the first one, from its cypher line
  (`pages/next_document._next_wire_form`): the first telegram keeps its signature;
- a clock's colon read as a semicolon (`4;15 P.M.`): a heading's time line (table `heading`
  row `time`, `clock_lines`), and a date's clock (`ocr_dates`);
- a label's colon read as a quote after a space (`From ’ THE CANADIAN AMBASSADOR`, `To '
  THE SECRETARY OF STATE ...`): the labelled line (`ocr_label`);
- a day's two figures the OCR set apart (`June 1 4, 1955`): one day (`ocr_dates`);
- a CIA office addressed by its chief (`MEMORANDUM FOR: Chief, Graphics Register`): an
  office, no person (`register`, `registry` join table `office-words`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

JACKET = ("FCO 40/977 Trade missions\n\nYEAR\n\nSTAMP\n\n1974\n\n"
          "(N.B. The gradinq of this jackel must be the same as that of the highest graded "
          "paper in it.)\n\nSECRET\n\nH.M. DIPLOMATIC SERVICE\n\nDO NOT RETAIN FILES AND PAPERS "
          "UNNECESSARILY\n\nRegistry Address\n\nRoom No. 12\n\nYEAR STAMP\n\n1974\n\n")
WIRE = ("CYPHER/CAT A\n\nFM TOKYO 1207302\n\nCONFIDENTIAL\n\n"
        "FEJ 2/77/3 Regd. A.B.\n\n1974\n\n3.\n\n"
        "TO PRIORITY FCO TELNO 284 OF 12 MARCH/INFO PEKING, WASHINGTON.\n\n"
        "1. THE MINISTER WILL RECEIVE THE MISSION ON THURSDAY.\n\nWILFORD\n\nFILES\n\nFED\n\n")
NEXT = ("PRIORITY CYPHER/CAT A\n\nRESTRICTED\n\nFM F.C.O.\n\n130915Z\n\n"
        "TU PRIORITY TOKYO TELEGRAM NUMBER 150 OF 13 MARCH 1974\n\n1. THANK YOU FOR\n")


def test_file_jacket_is_the_pages_and_its_year_dates_the_telegram(resources: Resources) -> None:
    facts = text_facts(JACKET + WIRE, resources)
    assert facts["date"] == "1974-03-12"
    assert facts["telegram_number"] == "284"
    assert facts["place_of_origin"] == "Tokyo"
    xml = text_xml(JACKET + WIRE, resources)
    assert '<bibl type="source">DO NOT RETAIN FILES AND PAPERS UNNECESSARILY</bibl>' in xml


def test_info_tail_and_z_read_as_two(resources: Resources) -> None:
    text = ("CYPHER/CAT A\nFM TOKYO 1207302\nCONFIDENTIAL\n"
            "TO PRIORITY FCO TELNO 284 OF 12 MARCH 1974/INFO PEKING.\n"
            "1. THE MINISTER WILL RECEIVE THE MISSION ON THURSDAY.\nWILFORD\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "284"
    assert facts["date"] == "1974-03-12"
    assert facts["place_of_origin"] == "Tokyo"


def test_registry_marks_stand_in_the_heading(resources: Resources) -> None:
    text = ("CYPHER CAT A\n\nFM F C O 291841Z\n\nCIFIDENTIAL\n\nFEJ 2/77/3 Regd. A.B.\n\n1974\n\n"
            "4.\n\nTO PRIORITY TOKYO TELNO 150 OF 29 DECEMBER 1974\n\n"
            "1. THE MISSION WILL ARRIVE ON THURSDAY.\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "150"
    assert facts["date"] == "1974-12-29"


def test_next_telegram_ends_the_first(resources: Resources) -> None:
    facts = text_facts(JACKET + WIRE + NEXT, resources)
    assert facts["signed"] == "WILFORD"
    assert facts["telegram_number"] == "284"
    assert "TU PRIORITY TOKYO TELEGRAM NUMBER 150 OF 13 MARCH 1974" not in facts["registry_notes"]


STATE = ("INCOMING TELEGRAM                Department of State\nCONFIDENTIAL\nControl: 2217\n"
         "Rec'd: March 3, 1958\n{clock}\nFROM: Rome\nTO: Secretary of State\n"
         "NO: 3011, March 3, 7 p.m.\nThe Foreign Minister will reply on Monday.\nZELLERBACH\n")


def test_clock_semicolon_on_its_line(resources: Resources) -> None:
    facts = text_facts(STATE.format(clock="5;42 P.M."), resources)
    assert facts["date_received"] == "1958-03-03T17:42"
    assert facts["telegram_number"] == "3011"


def test_clock_semicolon_on_the_receipt_line(resources: Resources) -> None:
    text = STATE.replace("Rec'd: March 3, 1958\n{clock}", "Rec'd: March 3, 1958, 5;42 p.m.")
    assert text_facts(text, resources)["date_received"] == "1958-03-03T17:42"


TELETYPE = ("TELETYPE\n{frm} THE CANADIAN AMBASSADOR, WASHINGTON\n"
            "To ' THE SECRETARY OF STATE FOR EXTERNAL AFFAIRS, OTTAWA\n"
            "No. WA-3310                  {date}\nSECRET\n"
            "The talks on the seaway will resume next week.\n")


def test_label_colon_read_as_quote(resources: Resources) -> None:
    facts = text_facts(TELETYPE.format(frm="From ’", date="May 9, 1956"), resources)
    assert facts["place_of_origin"] == "Washington"
    xml = text_xml(TELETYPE.format(frm="From ’", date="May 9, 1956"), resources)
    assert "Canadian Ambassador, Washington" in xml


def test_split_day(resources: Resources) -> None:
    facts = text_facts(TELETYPE.format(frm="From:", date="May 1 9, 1956"), resources)
    assert facts["date"] == "1956-05-19"


def test_register_is_an_office(resources: Resources) -> None:
    text = ("MEMORANDUM FOR: Chief, Graphics Register\nSUBJECT: Maps\n26 June 1963\n"
            "1. The Graphics Register will send the maps tomorrow.\n")
    xml = text_xml(text, resources)
    assert "Graphics Register</persName>" not in xml
