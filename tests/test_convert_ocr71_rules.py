"""Rules for presidential library scans, cabinet papers and UN documents as OCR gives them
(ocr71):

- a seal or crest read as a run of marks at a line's start (`;;'I|  ^  |I';`, `{(@)}`) is
  dropped and the letterhead's words beside it kept (`seal_debris.py`);
- a covering slip or sheet over the carried document (`TRANSMITTAL SLIP`, SF 704's cover
  sheet; table `cover-slip`, `pages/cover_slip.py`) is the copy's text down to a rule or the
  library's stamp: its TO, FROM and date are not the document's;
- a receipt's clock in the right column beside the left column's dated number line
  (`Rec'd: October 4, 1961` / `NO: 1019, October 4, 2 PM` / `8:14 a.m.`) is the receipt's
  hour (`heading_places._line_hours`);
- a presidential library's stamp in capitals (`DWIGHT D. EISENHOWER LIBRARY`, `JFK LIBRARY`;
  table `archive-name`), its seat under it (`ABILENE, KANSAS`) and the file it cites
  (`Papers of ... as President, 1953-61 (Ann Whitman File), ..., Box 9`, `NSF, ..., Box
  178`; table `archival-reference`) are the repository and shelfmark, not a signature;
- a UN masthead's organ set over two lines (`SECURITY` / `COUNCIL`; table `un-document`);
- a cabinet paper's subject between `CABINET` and its author line is its title (table
  `cabinet-paper`, `pages/cabinet_paper.py`).
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.seal_debris import seal_debris
from tests.cases import text_facts

FORM = ("DECLASSIFIED\nAuthority NLK-98-117\nBy  ksm  NARA, Date 9/2/98\n\n"
        "                                                    SECRET\n"
        "{seal}DEPARTMENT OF STATE\n                         INCOMING TELEGRAM\n\n"
        "FROM:  Moscow                                 Control:  2311\n"
        "TO:    Secretary of State                     Rec'd:    October 4, 1961\n"
        "NO:    1019, October 4, 2 PM                            8:14 a.m.\n\n"
        "Gromyko received me this morning on Berlin.\n\nTHOMPSON\n\n{foot}")


def test_seal_marks_dropped_words_kept() -> None:
    lines = seal_debris("     Y'/(~.-\\\\\n    ;;'I|  ^  |I';       DEPARTMENT OF STATE\n"
                        "| Date | Name |\n~~~\nTHE WHITE HOUSE")
    assert lines[0] == ""
    assert lines[1].strip() == "DEPARTMENT OF STATE"
    assert lines[2:] == ["| Date | Name |", "~~~", "THE WHITE HOUSE"]


def test_seal_beside_letterhead_form_read(resources: Resources) -> None:
    seal = "     Y'/(~.-\\\\\n    ;;'I|  ^  |I';       "
    facts = text_facts(FORM.format(seal=seal, foot=""), resources)
    assert facts["place_of_origin"] == "Moscow"
    assert facts["telegram_number"] == "1019"
    assert facts["date"] == "1961-10-04"


def test_receipt_clock_beside_number_line(resources: Resources) -> None:
    facts = text_facts(FORM.format(seal="", foot=""), resources)
    assert facts["date_received"] == "1961-10-04T08:14"
    assert facts["date"] == "1961-10-04"


def test_transmittal_slip_is_the_copys(resources: Resources) -> None:
    slip = ("              TRANSMITTAL SLIP              Date: 10/2/61\n\n"
            "TO:    Mr. McGeorge Bundy\nREMARKS:\n       Attached as requested.\n"
            "FROM:  S/S - Lucius D. Battle\n"
            "Form DS-3\n------------------------------------------------\n\n")
    facts = text_facts(slip + FORM.format(seal="", foot=""), resources)
    assert facts["sender"] == ["Llewellyn Thompson"]
    assert facts["date"] == "1961-10-04"
    assert facts["telegram_number"] == "1019"


def test_library_stamp_and_file_at_foot(resources: Resources) -> None:
    foot = ("DWIGHT D. EISENHOWER LIBRARY\nABILENE, KANSAS\n"
            "Papers of Dwight D. Eisenhower as President, 1953-61 (Ann Whitman File), "
            "Dulles-Herter Series, Box 9\n")
    facts = text_facts(FORM.format(seal="", foot=foot), resources)
    assert facts["repository"] == "DWIGHT D. EISENHOWER LIBRARY"
    assert facts["archive_idno"].endswith("Dulles-Herter Series, Box 9")
    assert facts["signed"] == "THOMPSON"
    facts = text_facts(FORM.format(seal="", foot="JFK LIBRARY\nNSF, Countries, USSR, Box 178\n"),
                       resources)
    assert (facts["repository"], facts["archive_idno"]) == (
        "JFK LIBRARY", "NSF, Countries, USSR, Box 178")


def test_un_masthead_organ_over_two_lines(resources: Resources) -> None:
    facts = text_facts(
        "UNITED NATIONS\nSECURITY\nCOUNCIL\nDistr.\nGENERAL\nS/4523\n12 October 1960\n"
        "ORIGINAL:  ENGLISH\n\nLETTER DATED 11 OCTOBER 1960 FROM THE PERMANENT REPRESENTATIVE "
        "OF BELGIUM ADDRESSED TO THE SECRETARY-GENERAL\n\nI have the honour to transmit a "
        "telegram from my Government.\n\n(Signed)  Walter LORIDAN\n", resources)
    assert facts["title"].startswith("LETTER DATED 11 OCTOBER 1960")
    assert facts["archive_idno"] == "S/4523"
    assert facts["date"] == "1960-10-11"


def test_cabinet_paper_subject_is_title(resources: Resources) -> None:
    facts = text_facts(
        "THIS DOCUMENT IS THE PROPERTY OF HER BRITANNIC MAJESTY'S GOVERNMENT\n\n"
        "Printed for the Cabinet.  June 1957\n\nSECRET\n\nC. (57) 143\n13th June, 1957\n\n"
        "CABINET\n\nTHE BAGHDAD PACT: MINISTERIAL COUNCIL AT KARACHI\n\n"
        "MEMORANDUM BY THE SECRETARY OF STATE FOR FOREIGN AFFAIRS\n\n"
        "I attended the meeting of the Council at Karachi.\n\nS.L.\n", resources)
    assert facts["title"] == "THE BAGHDAD PACT: MINISTERIAL COUNCIL AT KARACHI"
    assert facts["doc_type"] == "memorandum"
