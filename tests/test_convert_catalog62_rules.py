"""Rules for archive catalogue and finding-aid pages over a diplomatic document (catalog62):

- a catalogue's record fields set as two columns, each label without its colon padded out to
  its value by two spaces or a tab (the National Archives Catalog's newer item page:
  `National Archives Identifier   176342915`, `Local Identifier   POL 2 CHICOM`), are fields
  when three or more of one block open with a label a page-field table knows
  (`pages/padded_fields.py`); a label in capitals (a form's `TO   Department of State`) is
  never touched; the Catalog's plural `Access Restrictions`, `Use Restrictions` are record
  labels, its viewer's pager (`Object Page 1 of 3`) furniture;
- a title's sender after `from` ends at a colon opening the subject (`Airgram from American
  Embassy Vientiane: Souvanna Phouma on ...`, `parties.py`);
- a portal's name over its record page names the archive whose catalogue it is (table
  `portal-holders`: the National Archives Catalog and AAD are NARA's), kept as a source line;
- Discovery's holding note (`This record is held at The National Archives, Kew.`), its copy
  order links (`Order a copy  |  Order a copy in advance of your visit`) and the viewer's tab
  `Image transcription` are page furniture, so the Foreign Office form under them is read;
- a form's name in capitals set apart from its number in a post's series on the same line
  (Library and Archives Canada's copies: `TELEGRAM          WA-1234`) is one line, the
  form's number line (`read_cells.py`);
- a presidential library's digital collections page: `Digital Identifier:` is the folder's
  shelfmark, `Date(s) of Materials:` record data, the viewer's `View Item` and `Cite` links
  furniture, so the telegram form under them is read;
- a receipt field giving a 24-hour clock in hours alone (`Time of receipt: 18.20 hours`) dates
  the receipt on the sending day (`action_dates.py`); the Irish archives' `Archive Reference:`
  is the shelfmark.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

AIRGRAM = (
    "AIRGRAM\n\nA-455                                   CONFIDENTIAL\n\n"
    "TO         Department of State\n"
    "FROM     : Amembassy VIENTIANE                 DATE: June 2, 1967\n"
    "SUBJECT  : Neutralist Forces\n\n"
    "The Prime Minister told the Ambassador that the question remained open.\n\nSULLIVAN\n"
)
PADDED = (
    "National Archives Catalog\n\nRecord\n"
    "Airgram from American Embassy Vientiane: Neutralist Forces\n\nDetails\n"
    "National Archives Identifier   204519901\n"
    "Local Identifier               POL 15-1 LAOS\n"
    "Dates                          6/2/1967\n"
    "Access Restrictions            Unrestricted\n\n"
    "Object Page 1 of 2\n\n"
)


def test_padded_catalogue_fields_are_read(resources: Resources) -> None:
    facts = text_facts(PADDED + AIRGRAM, resources)
    assert facts["title"] == "Airgram from American Embassy Vientiane: Neutralist Forces"
    assert facts["telegram_number"] == "A-455"
    assert facts["place_of_origin"] == "Vientiane"


def test_padded_fields_leave_the_body_and_the_pager_goes(resources: Resources) -> None:
    xml = text_xml(PADDED + AIRGRAM, resources)
    body = xml.split("<text>")[1]
    assert "204519901" not in body and "Object Page" not in xml
    assert "National Archives Identifier: 204519901" in xml.split("<text>")[0]


def test_two_padded_lines_are_no_field_block(resources: Resources) -> None:
    xml = text_xml("Dates      6/2/1967\nLocal Identifier   POL 15-1 LAOS\n\n" + AIRGRAM,
                   resources)
    assert "Local Identifier: POL 15-1 LAOS" not in xml


def test_the_title_sender_ends_at_the_colon(resources: Resources) -> None:
    xml = text_xml(PADDED + AIRGRAM, resources)
    assert "<roleName>American Embassy Vientiane</roleName>" in xml


def test_the_catalog_is_nara(resources: Resources) -> None:
    xml = text_xml(PADDED + AIRGRAM, resources)
    assert "<repository>National Archives and Records Administration</repository>" in xml
    assert "National Archives Catalog" in xml  # kept as the page's source line


def test_discovery_holding_note_and_order_links_are_furniture(resources: Resources) -> None:
    text = (
        "Catalogue description\n\nSuez: telegram from Sir H. Trevelyan (Cairo)\n\n"
        "Reference: FO 371/118832\nDate: 3 Aug. 1956\nHeld by: The National Archives, Kew\n\n"
        "This record is held at The National Archives, Kew.\n"
        "Order a copy  |  Order a copy in advance of your visit\n\nImage transcription\n\n"
        "FROM CAIRO TO FOREIGN OFFICE\n\nCypher/OTP\n\nSir H. Trevelyan\nNo. 1488\n"
        "August 3, 1956\n\nD. 2.10 p.m. August 3, 1956\nR. 4.05 p.m. August 3, 1956\n\n"
        "IMMEDIATE\nSECRET\n\nI saw Dr. Fawzi this morning.\n"
    )
    facts = text_facts(text, resources)
    xml = text_xml(text, resources)
    assert facts["telegram_number"] == "1488"
    assert facts["date_received"] == "1956-08-03T16:05"
    assert "Order a copy" not in xml and "Image transcription" not in xml


def test_a_telegram_number_set_apart_from_the_form_name(resources: Resources) -> None:
    text = ("TELEGRAM                                       WA-1687\n\nFROM: WASHINGTON\n"
            "TO: EXTERNAL\n\nCONFIDENTIAL\n\nMay 9, 1960\n\nMerchant told me this "
            "afternoon that a statement would be issued.\n\nHEENEY\n")
    assert text_facts(text, resources)["telegram_number"] == "WA-1687"


def test_a_presidential_library_folder_page_heads_a_telegram(resources: Resources) -> None:
    text = ("John F. Kennedy Presidential Library and Museum\n\nBerlin: Cables, 8/13/61\n\n"
            "Digital Identifier: JFKNSF-081-002\nSeries:             Countries\n"
            "Date(s) of Materials: 13 August 1961\nExtent:             22 pages\n\n"
            "View Item  |  Download PDF  |  Cite\n\nPage 3 of 22\n\n"
            "INCOMING TELEGRAM          Department of State\n\nSECRET\n\n"
            "FROM:  BERLIN\nTO:    Secretary of State\nNO:    172, AUGUST 13, 4 PM\n\n"
            "East German police closed the sector border this morning.\n\nLIGHTNER\n")
    facts = text_facts(text, resources)
    xml = text_xml(text, resources)
    assert facts["telegram_number"] == "172"
    assert '<idno type="shelfmark">JFKNSF-081-002</idno>' in xml
    assert "View Item" not in xml


def test_a_receipt_clock_in_hours_dates_the_receipt(resources: Resources) -> None:
    text = ("CYPHER TELEGRAM\n\nFrom:    Embassy, London\nTo:      Headquarters, Dublin\n"
            "Date:    10 August 1971\nTime of receipt: 18.20 hours\nNo.:     212\n\n"
            "I saw the Home Secretary this afternoon.\n\nO'Sullivan\n")
    assert text_facts(text, resources)["date_received"] == "1971-08-10T18:20"
