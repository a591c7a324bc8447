"""Rules for US State Department electronic cables as their databases show them (cables71):

- NARA AAD's full record display copied as its three-column table (`Field Name<TAB>Field
  Value<TAB>Meaning`): each row one `Label: value` line, a coded value's meaning after it
  (`LIMDIS - LIMITED DISTRIBUTION ONLY`, as PlusD gives it; one repeating the value or `n/a`
  kept too, the page's words), a row an earlier pass gave its colon (`Channel Indicators: n/a<TAB>
  n/a`) read too, labels such as `Litigation Code IDs` empty fields, and the rows under the
  message text read as fields (`read_cells._field_rows`);
- AAD's other full-record labels (`Capture Date`, `Decaption Note`, `Original Previous
  Classification`, `Review Authority` ...) are record fields (table `page-fields`, row
  `record`), so the run of fields above `Message Text` goes to the header;
- a State cable's passing line `PASS TO AMBASSADOR BYROADE FROM ATHERTON` (`DEPT PLEASE PASS
  TO ...`) opens a new line under the references (`read._NEW_BLOCK`) and names the persons
  the message is for and from (table `routing-line`, row `for-from`);
- Henry A. Byroade's later embassies (Pakistan 1973-1977) and Zaid ibn Shaker are in the
  register.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

AAD = ("Access to Archival Databases (AAD)\nElectronic Telegrams, 1/1/1974 - 12/31/1974\n"
       "Full Record Display\nField Name\tField Value\tMeaning\n"
       "Capture Date\t12 DEC 1996\nChannel Indicators\tn/a\tn/a\n"
       "Current Classification\tUNCLASSIFIED\tUNCLASSIFIED\nCopy\tSINGLE\tn/a\n"
       "Draft Date\t11 MAR 1974\nDecaption Note\nDocument Number\t1974LISBON01022\n"
       "Handling Restrictions\tLIMDIS\tLIMITED DISTRIBUTION ONLY\nLitigation Code IDs\n"
       "Locator\tTEXT ON-LINE\tTEXT ON-LINE\nReview Action\tRELEASED, APPROVED\n"
       "Review Comment\tn/a\nReview Content Flags\nReview Event\nReview Exemptions\tn/a\n"
       "Message Text\nCONFIDENTIAL\n"
       "PAGE 01 LISBON 01022 111530Z\nR 111500Z MAR 74\nFM AMEMBASSY LISBON\n"
       "TO SECSTATE WASHDC 4410\nC O N F I D E N T I A L LISBON 1022\nLIMDIS\n"
       "E.O. 11652: GDS\nTAGS: PFOR, PO\nSUBJECT: GOVERNMENT RESHUFFLE\n"
       "1. THE PRIME MINISTER TOLD ME TODAY THAT NO CHANGE IS PLANNED.\n"
       "2. WE SHALL REPORT FURTHER.\nSCOTT\nCONFIDENTIAL\n\nNNN\n"
       "Office\tACTION EUR\tBureau of European Affairs\n"
       "Original Classification\tCONFIDENTIAL\tCONFIDENTIAL\n"
       "Review Authority\tsmithjb\nSubject\tGOVERNMENT RESHUFFLE\nTo\tSTATE\nType\tTE\n")


def test_aad_s_three_column_record_goes_to_the_header(resources: Resources) -> None:
    facts = text_facts(AAD, resources)
    assert facts["date"] == "1974-03-11"
    assert facts["telegram_number"] == "1022"
    assert facts["archive_idno"] == "1974LISBON01022"
    text = text_xml(AAD, resources).split("<text")[1]
    assert "Capture Date" not in text and "Review Content Flags" not in text
    assert "NO CHANGE IS PLANNED" in text


def test_a_meaning_follows_its_coded_value(resources: Resources) -> None:
    xml = text_xml(AAD, resources)
    assert "LIMDIS - LIMITED DISTRIBUTION ONLY" in xml
    assert "ACTION EUR - Bureau of European Affairs" in xml
    assert "Copy: SINGLE - n/a" in xml  # a meaning repeating nothing new is kept (words)


PASS = ("UNCLASSIFIED\nPAGE 01 STATE 118206\nO 212240Z MAY 75\nFM SECSTATE WASHDC\n"
        "TO AMEMBASSY ISLAMABAD IMMEDIATE\nUNCLAS STATE 118206\nE.O. 11652: N/A\n"
        "TAGS: EAID, PK\nSUBJECT: FLOOD RELIEF WHEAT\n"
        "REFS: A) ISLAMABAD 4410 B) STATE 109877 C) NEW DELHI 6652\n"
        "PASS TO AMBASSADOR BYROADE FROM ATHERTON\n"
        "1. WE HAVE CONSIDERED PRIME MINISTER'S REQUEST (REF A)\n"
        "FOR AN ADDITIONAL 200,000 TONS OF PL-480 WHEAT. AS REF B\n"
        "INDICATED, THE FY-75 ALLOCATION IS FULLY COMMITTED.\n"
        "2. YOU MAY NEVERTHELESS TELL HIM THAT WE WILL SEEK A\n"
        "SUPPLEMENTAL ALLOCATION OF 100,000 TONS EARLY IN FY-76. INGERSOLL\n")


def test_a_passing_line_names_the_addressee(resources: Resources) -> None:
    facts = text_facts(PASS, resources)
    assert facts["addressee"] == ["Henry A. Byroade"]
    assert "Robert S. Ingersoll" in facts["sender"]


def test_a_passing_line_is_not_run_into_the_references(resources: Resources) -> None:
    xml = text_xml(PASS, resources)
    refs = xml.split("REFS:")[1].split("</ab>")[0]
    assert "PASS TO" not in refs
