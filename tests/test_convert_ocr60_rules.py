"""Rules for scanned and OCR'd typescripts with their page furniture (ocr60):

- a page's turn inside the text is furniture (table `page-stamps`, `pages/page_stamps.py`):
  a run of the grade stamped at each page's foot and head (`SECRET`, `S-E-C-R-E-T`,
  `CONFIDENTIAL`), a reading room's release line (CREST, also `Declassified in Part -
  Sanitized Copy Approved for Release ...`) and the margin's line of the first page's head
  again (`FO 371/...   ZP 15/42`), holding a grade and a page line (`Page 1 of 2`, `- 2 -`)
  or a release line; a sentence runs on over it; the first page's head stays the heading;
- a grade spelt out with hyphens (`S-E-C-R-E-T`) is a classification, never a name;
- a typewriter's OCR reads the O of a form's labels and form word as a nought (`FR0M:`,
  `T0:`, `N0:`, `INC0MING TELEGRAM`): read as the labels (`segment._LABELLED`, table
  `heading-labels`), the number after `N0:` no clock (`dates._NUMBER_WORD_BEFORE`); a
  receipt's clock alone under its date with OCR's letters in its minutes (`9:4O p.m.`) is
  read (`rewrap._CLOCK_ALONE`, `date_shapes`);
- the National Archives of Australia's item line (`Series: A1838   Control symbol: ...
  Barcode: ...`) gives the reference as the archive cites it (`A1838, 3004/11 PART 4`:
  group `item`, `zones.add_reference`); its name in capitals is the page's stamp;
- OCR's `l` or `I` for a 1 in a printed volume's page number and year (`4l8   FOREIGN
  RELATIONS, l955-1957, VOLUME V`, `GERMANY   4l7`) still makes the running head
  (`page-furniture` row, `pages/volume_heads.py`, the page number's cell in `furniture.py`);
- OCR's `l` for a 1 in a day before its ordinal (`2lst March, l949`) is read (`date_shapes`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

RELEASE = "Approved For Release 2004/05/06 : CIA-RDP80-01446R000100170012-3"
MEMO = (
    f"{RELEASE}\n{{grade}}\n\n                              3 June 1955\n\n"
    "MEMORANDUM FOR:  Director of Central Intelligence\n\n"
    "SUBJECT       :  Shipping in the Baltic\n\n"
    "1.  The report of the Navy on the movement of the tankers from Riga has been\n"
    "examined and its figures are\n\n"
    f"{{grade}}\n{RELEASE}\n{RELEASE}\n{{grade}}\n                - 2 -\n\n"
    "confirmed by the Office of Current Intelligence.\n\n"
    "                              ROBERT AMORY, JR.\n"
    "                       Deputy Director (Intelligence)\n"
)


def test_a_page_turn_of_grades_and_release_lines_is_dropped(resources: Resources) -> None:
    xml = text_xml(MEMO.format(grade="S-E-C-R-E-T"), resources)
    assert "its figures are confirmed by the " in xml  # (the Office a register body now)
    assert "Approved For Release" not in xml  # the first page's gives the archive's id
    assert xml.count("S-E-C-R-E-T") == 1


def test_a_grade_spelt_with_hyphens_is_a_classification(resources: Resources) -> None:
    xml = text_xml(MEMO.format(grade="S-E-C-R-E-T"), resources)
    assert '<ab type="registry" subtype="classification">S-E-C-R-E-T</ab>' in xml
    assert text_facts(MEMO.format(grade="S-E-C-R-E-T"), resources)["sender"] == [
        "Robert Amory Jr."]


def test_a_page_count_turn_with_the_margin_line_is_dropped(resources: Resources) -> None:
    text = ("FO 371/1   ZP 1/2\nCONFIDENTIAL\n\nSir H. Caccia\nNo. 12\n\n"
            "Mr. Herter told me that the meeting would be held in May, provided\n\n"
            "CONFIDENTIAL\n                    Page 1 of 2\nFO 371/1   ZP 1/2\nCONFIDENTIAL\n\n"
            "that the Germans agreed.\n")
    xml = text_xml(text, resources)
    assert "provided that the Germans agreed." in xml
    assert xml.count("CONFIDENTIAL") == 1


def test_ocr_noughts_in_a_form_s_labels_are_read(resources: Resources) -> None:
    facts = text_facts(
        "INC0MING TELEGRAM          Department of State\n\n"
        "CONFIDENTIAL               Rec'd: October 3, 1961\n"
        "                                  9:4O p.m.\n"
        "FR0M: ROME\nT0: Secretary of State\nN0: 2147, October 3, 8 p.m.\n\n"
        "FANFANI SAID ITALY WOULD SUPPORT THE RESOLUTION.\n\nREINHARDT\n", resources)
    assert facts["place_of_origin"] == "Rome"
    assert facts["telegram_number"] == "2147"
    assert facts["date"] == "1961-10-03"
    assert facts["date_received"] == "1961-10-03T21:40"


def test_an_naa_item_line_gives_series_and_control_symbol(resources: Resources) -> None:
    facts = text_facts(
        "NATIONAL ARCHIVES OF AUSTRALIA\n"
        "Series: A1838   Control symbol: 3004/11 PART 4   Barcode: 1523840\n\n"
        "INWARD CABLEGRAM\nFROM: Australian Embassy, Washington.\n"
        "TO: Department of External Affairs, Canberra.\n\nThe treaty text is agreed.\n\n"
        "SPENDER\n", resources)
    assert facts["archive_idno"] == "A1838, 3004/11 PART 4"


def test_running_heads_with_ocr_ones_are_dropped(resources: Resources) -> None:
    xml = text_xml(
        "GERMANY                          4l7\n\n762.00/5-1655\n\n"
        "Memorandum of Conversation, by the Secretary of State\n\n"
        "SECRET                              [WASHINGTON,] May 16, 1955.\n\n"
        "The German Ambassador called to present the views of the Chancellor on the\n"
        "forthcoming meeting and said that he hoped the\n\n"
        "4l8          FOREIGN RELATIONS, l955-1957, VOLUME V\n\n"
        "agenda would be agreed in Paris.\n", resources)
    assert "hoped the agenda would be agreed" in xml
    assert "4l7" not in xml and "4l8" not in xml and "FOREIGN RELATIONS" not in xml


def test_an_ocr_one_in_a_day_before_its_ordinal_is_read(resources: Resources) -> None:
    facts = text_facts(
        "FOREIGN OFFICE, S.W.1.\n2lst March, l949.\n\nDear Frank,\n\n"
        "I write about the Norwegian approach.\n\nYours ever,\nWilliam Strang\n", resources)
    assert facts["date"] == "1949-03-21"
