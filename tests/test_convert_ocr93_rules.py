"""Rules for OCR'd typescripts as archives' text layers give them, learnt from real pages
(ocr93: the FDR Library's State Department telegrams of 1938-1939, a Carter Library and a
Ford Library folder as docslib copies them, CIA reading room letters and routing slips of
1953-1961, a JFK record of the 2025 release, the National Security Archive's OCR view of a
State memorandum, Canadian message forms and a British letter's last page):

- the State Department's incoming telegram form read across its columns: the post and the
  `Dated` line read into the paraphrase caution (`This telegram must be LONDON` / ... /
  `fore being communicatd Dated August 28, 1939`), the run from the post to the date made
  one line, the caution's words told by its wording (`pages/state_caution.py`); on a
  flattened page the form's fields after the caution each a line (table
  `state-form-across`); rows of `heading-state-form`: the post and the date with the
  caution's words between, the `Dated` line alone, `Secretary of State` without its comma;
  the form's caution is not joined over them (`forms/state_form.py`); the code
  designation (`GRAY`) names no one (`registry_content.py`);
- a surname alone several register persons carry, told by the document's context only
  among those whose dated offices reach its year (`ambiguity.in_reach`: `KENNEDY` in 1939
  is the ambassador, whatever `Berlin` says for the President);
- a CREST title's names run together (`FROM CHESTERBOWLES`): the register person's two
  names read apart for the title's parties (`glued_title_names.py`);
- an inside address at a letter's foot with OCR's misread style (`The %Ionorable`): the
  address, not the signature (table `foot-address` row `address`, `not-names` words);
- the Carter Library's folder cover as docslib runs it on (`Folder Citation: ...;
  Container N`, the finding aid's link, the withdrawal sheet to `NA FORM 1429 (6-85)`):
  cut off (table `run-on-heading`), the citation the archival reference, the link and the
  sheet page material; the Ford Library's cover lines with the words docslib drops;
- the JFK records' 2025 release stamp over the identification form (table `rif`) and alone
  (table `page-furniture`);
- the National Security Archive's OCR view without punctuation: `FROM L - Michael D
  Sandler` (table `flattened-heading`, row `memo-from`);
- register persons: C. Tracy Barnes, Tracy S. Voorhees, Howard Cannon (`Senator Cannon`),
  Stuart E. Eizenstat, Ella Grasso.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

ACROSS = ("NC\nThis telegram must be ROME\nclosely paraphrased be-\nfore being communicatd "
          "Dated May 2, 1939\nto anyone. (C)\nRec'd 9:15 a.m.\nSecretary of State\nWashington\n"
          "214, May 2, 1 p.m.\nThe Foreign Minister told me this morning that the Government "
          "has sent no reply to the note of last week and will not send one before Sunday.\n"
          "PHILLIPS\n")


def test_state_form_read_across(resources: Resources) -> None:
    facts = text_facts(ACROSS, resources)
    assert facts["date"] == "1939-05-02"
    assert facts["date_received"] == "1939-05-02T09:15"
    assert facts["telegram_number"] == "214"
    assert facts["place_of_origin"] == "Rome"


FLAT = ("This telegram must be closely paraphrased before being communicated to anyone. (C) "
        "Secretary of State, Washington. Paris Dated June 6,1939 Rec'd 2 p.m. 880, June 6, "
        "5 p.m. STRICTLY CONFIDENTIAL FOR THE SECRETARY. The Minister for Foreign Affairs "
        "said this afternoon that the talks with the British on the guarantee will go on "
        "next week and that he expects no change before then in the position of Warsaw.\n")


def test_state_form_flattened_fields(resources: Resources) -> None:
    facts = text_facts(FLAT, resources)
    assert facts["date"] == "1939-06-06"
    assert facts["date_received"] == "1939-06-06T14:00"
    assert facts["telegram_number"] == "880"
    assert facts["place_of_origin"] == "Paris"


def test_code_designation_names_no_one(resources: Resources) -> None:
    xml = text_xml("GRAY\n" + ACROSS.replace("NC\n", ""), resources)
    assert ">GRAY</persName>" not in xml


NAMESAKE = ACROSS.replace("ROME", "LONDON").replace(
    "PHILLIPS", "KENNEDY").replace("the note of last week", "the note from Berlin")


def test_surname_in_context_within_office_reach(resources: Resources) -> None:
    facts = text_facts(NAMESAKE, resources)
    assert facts["sender"] == ["Joseph P. Kennedy"]


GLUED = ("LETTER TO THE HONORABLE ALLEN DULLES FROM CHESTERBOWLES\nBody:\nTHE UNDER SECRETARY "
         "OF STATE\nWASHINGTON\nApril 4, 1961\nDear Allen:\nI am sending the notes we "
         "spoke of at lunch on Thursday.\nSincerely,\nChester Bowles\nThe %Ionorable\n"
         "Allen Dulles,\nCentral Intelligence Agency.\n")


def test_glued_title_names_and_misread_foot_address(resources: Resources) -> None:
    facts = text_facts(GLUED, resources)
    assert facts["sender"] == ["Chester Bowles"]
    xml = text_xml(GLUED, resources)
    assert "Chesterbowles</persName>" not in xml
    assert "Ionorable</persName>" not in xml
    assert "<signed><persName" in xml and "Chester Bowles</persName></signed>" in xml


CARTER = ("Container 90\nTotal Page:5\nFile Type:pdf, Size:1020Kb\n2/6/78 [1] Folder Citation: "
          "Collection: Office of Staff Secretary; Series: Presidential Files; Folder: 2/6/78 "
          "[1]; Container 90 To See Complete Finding Aid: http://www.jimmycarterlibrary.gov/"
          "library/findingaids/Staff_Secretary.pdf WITHDRAWAL SHEET (PRESIDENTIAL LIBRARIES) "
          "FORM OF DOCUMENT CORRESPONDENTS OR TITLE DATE RESTRICTION memo 2/5/78 A RESTRICTION "
          "CODES (A) Closed by Executive Order. NATIONAL ARCHIVES AND RECORDS ADMINISTRATION "
          "NA FORM 1429 (6-85)\nTHE WHITE HOUSE\nWASHINGTON\nFebruary 6, 1978\nMEMORANDUM FOR "
          "THE PRESIDENT\nFROM: STU EIZENSTAT\nSUBJECT: The Farm Bill\nThe Senate will vote "
          "on the bill on Thursday and the leaders expect it to pass by a wide margin.\n")


def test_carter_folder_cover_to_header(resources: Resources) -> None:
    facts = text_facts(CARTER, resources)
    assert facts["archive_idno"].startswith("Collection: Office of Staff Secretary")
    assert facts["sender"] == ["Stuart E. Eizenstat"]
    xml = text_xml(CARTER, resources)
    body = xml[xml.index("<text>"):]
    assert "WITHDRAWAL SHEET" not in body and "Finding Aid" not in body


FORD = ("The original documents are located in Box 7, folder “Trade (3)” of the Philip Buchen "
        "Files at the Gerald R. Ford .\nCopyright Notice The copyright law of the (Title 17, "
        "United States Code) governs the making of photocopies or other reproductions of "
        "copyrighted material. Digitized from Box 7 of the Philip Buchen Files at the Gerald "
        "R. Ford Presidential Library\nTHE WHITE HOUSE\nWASHINGTON\nMay 2, 1975\nMEMORANDUM "
        "FOR THE STAFF\nPlease send your papers on the trade bill to the Counsel's office by "
        "Friday so that they can be filed before the hearings begin.\n")


def test_ford_cover_lines_docslib_copy(resources: Resources) -> None:
    xml = text_xml(FORD, resources)
    body = xml[xml.index("<text>"):]
    assert "Copyright Notice" not in body and "original documents" not in body
    assert text_facts(FORD, resources)["archive_idno"].startswith("Box 7")


JFK = ("104-10003-10022\n\n104-10003-10022 2025 RELEASE UNDER THE PRESIDENT JOHN F. KENNEDY "
       "ASSASSINATION RECORDS ACT OF 1992 JFK Assassination System Identification Form Date: "
       "6/1/2017\n\nAgency Information AGENCY: CIA RECORD NUMBER: 104-10003-10022 RECORD SERIES: "
       "JFK\n\nDocument Information ORIGINATOR: CIA FROM: TO: TITLE: MEMO DATE: 03/04/1962 "
       "PAGES: 1 COMMENTS:\n\nMEMORANDUM FOR THE RECORD\n\nThe meeting with the Attorney "
       "General was postponed to Friday.\n")


def test_jfk_release_stamp_with_form(resources: Resources) -> None:
    xml = text_xml(JFK, resources)
    body = xml[xml.index("<text>"):]
    assert "ASSASSINATION RECORDS ACT" not in body
    assert "per-assassination" not in xml


NSA_FLAT = ("DEPARTMENT OF STATE Washington D C 20520 March 2 1976 MEMORANDUM TO S - FROM L - "
            "Monica R Hale Gifts of Papers There are rules on gifts to the Department which "
            "the Secretary asked about and which we have now reviewed with the Office of the "
            "Legal Adviser at some length and in some detail for the files of the Department "
            "of State and for the Office of the Historian which keeps the records of such "
            "gifts and of their acceptance by the Department over many years\n")


def test_flat_memo_from_initial_without_stop(resources: Resources) -> None:
    xml = text_xml(NSA_FLAT, resources)
    assert '<ab type="registry" subtype="sender">FROM L - Monica R Hale</ab>' in xml
