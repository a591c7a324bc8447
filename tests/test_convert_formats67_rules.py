"""Rules for documents as their publishers' source files and raw records present them
(formats67):

- a TEI (or TEI-like XML) source given as text (`pages/tei_source.py`) is read as the page
  its edition renders, never parsed as XML (no DTD, entity or address resolved): blocks
  (`head`, `dateline`, `p`, `opener`, `closer`, `signed`, ...) as lines, `lb` a line break,
  the header, facsimile and forme work left out, a `choice` as its correction, notes as
  `[n]` anchors and a list under the text; a full file's `titleStmt/title` heads a text
  without `head`;
- Hugo's TOML front matter (`+++`) is read as YAML front matter is; the front matter's
  title is only a fallback under a Markdown heading opening the text, the edition's own
  title; such a heading's number loses its stop (`## 87. X (London) to Y`), and a bold
  number before a separator runs on into the dateline (`**Telegram 412** | LONDON, ...`);
  Markdown footnotes (`[^1]`, `[^name]` and their definitions) are numbered notes
  (`pages/markdown_notes.py`); a British edition's heading line with the number alone
  before the post and the full date (`No. 2636 WASHINGTON, 22 October 1962, 11.45 p.m.`)
  gives the number (table `heading-commonwealth`);
- an archive's JSON record or a CSV/TSV export row (`pages/data_records.py`, table
  `data-record-keys`) is read as a catalogue page's fields over the document's text, the
  message's fields (`From`, `To`, `Origin`, `No.`, the grade) heading the text;
- a page's source copied from the element holding its document (`<main>`, `<article>`,
  `<div ...>` opening it) is read as a saved HTML page (`pages/html_document.py`);
- a catalogue record page copied without blank lines has its record's lines parted over
  the label alone that opens its text (`pages/unparted_record.py`); the National Archives
  Catalog's `Extracted Text` and `OCR Text` open the document, `File Unit` and `Level of
  Description` are record fields, a collection's `Previous Item`, `Next Item` and `Return
  to top` are navigation.
"""

from __future__ import annotations

import json

from tei.convert import Resources
from tei.convert.pages.data_records import read_data_record
from tei.convert.pages.markdown_notes import markdown_notes
from tei.convert.pages.tei_source import is_tei_source, tei_text
from tei.convert.pages.unparted_record import part_record
from tests.cases import text_facts, text_xml

FRUS_TEI = (
    '<div type="document" xml:id="d31" n="31" subtype="historical-document">\n'
    "  <head>31. Telegram From the Embassy in Poland to the Department of State"
    '<note n="1" xml:id="d31fn1" type="source">Source: National Archives, RG 59, Central '
    "Files 1964–66, POL 2 POL. Confidential.</note></head>\n"
    '  <dateline><placeName>Warsaw</placeName>, <date when="1965-03-02">March 2, 1965, '
    "4 p.m.</date></dateline>\n"
    "  <p>1412. Gomulka spoke for an hour at the plenum.<note n=\"2\" xml:id=\"d31fn2\">Not "
    "printed.</note> He attacked the West Germans.</p>\n"
    "  <closer><signed><persName corresp=\"#p_GJA1\">Gronouski</persName></signed></closer>\n"
    "</div>\n"
)


def test_a_tei_source_reads_as_its_page(resources: Resources) -> None:
    facts = text_facts(FRUS_TEI, resources)
    assert facts["title"] == "Telegram From the Embassy in Poland to the Department of State"
    assert facts["date"] == "1965-03-02"
    assert facts["place_of_origin"] == "Warsaw"
    assert facts["telegram_number"] == "1412"
    assert facts["notes"] == 2


def test_a_tei_source_keeps_no_markup() -> None:
    text = tei_text(FRUS_TEI)
    assert "<" not in text and "xml:id" not in text
    assert text.splitlines()[-1] == "[2] Not printed."


def test_no_entity_of_a_tei_source_is_resolved() -> None:
    source = ('<!DOCTYPE TEI [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>\n'
              "<TEI><teiHeader/><text><body><head>A &amp; B</head><p>&x; and &#233;</p>"
              "</body></text></TEI>")
    assert is_tei_source(source)
    assert tei_text(source).split() == ["A", "&", "B", "&x;", "and", "é"]


def test_an_html_div_is_no_tei_source() -> None:
    assert not is_tei_source('<div class="content"><p>Text</p></div>')


def test_a_full_tei_file_is_titled_by_its_header(resources: Resources) -> None:
    source = ("<TEI><teiHeader><fileDesc><titleStmt><title>Telegram from Mr Eden to Sir A. "
              "Clark Kerr</title></titleStmt></fileDesc></teiHeader><text><body><opener>"
              "<dateline>London, 3 March 1944</dateline></opener><p>Please see Molotov.</p>"
              "<closer><signed>EDEN</signed></closer></body></text></TEI>")
    facts = text_facts(source, resources)
    assert facts["title"] == "Telegram from Mr Eden to Sir A. Clark Kerr"
    assert facts["signed"] == "EDEN"


HUGO = (
    '+++\ntitle = "High Commissioner to Prime Minister"\ndate = 1956-11-02\n'
    'archive_reference = "ANZ, EA 1, 264/3/1"\n+++\n\n'
    "## 88. Sir Clifton Webb (London) to Mr Holland\n\n"
    "**Telegram 415** | LONDON, 2 November 1956, 9 p.m.\n\n"
    "Eden told me that the landings would go ahead.[^1]\n\n"
    "[^1]: They began on 5 November.\n"
)


def test_toml_front_matter_and_the_heading_under_it(resources: Resources) -> None:
    facts = text_facts(HUGO, resources)
    assert facts["title"] == "Sir Clifton Webb (London) to Mr Holland"
    assert facts["telegram_number"] == "415"
    assert facts["date"] == "1956-11-02"
    assert facts["notes"] == 1
    assert "264/3/1" in text_xml(HUGO, resources)


def test_markdown_footnotes_are_numbered_in_their_definitions_order() -> None:
    text = markdown_notes("Eden.[^b] Lloyd.[^a]\n\n[^b]: First.\n[^a]: Second.\n")
    assert text == "Eden.[1] Lloyd.[2]\n\n[1] First.\n[2] Second.\n"


def test_a_json_record_reads_as_a_catalogue_page(resources: Resources) -> None:
    record = json.dumps({"title": "Telegram from Bohlen to Dulles", "localIdentifier":
                         "761.00/6-1753", "extractedText": "From: Moscow\nTo: Secretary of "
                         "State\nNo: 1257, June 17, 6 p.m.\nMolotov has made no statement on "
                         "the rising in East Berlin. Moscow papers carry the Commandant's "
                         "announcement of martial law.\nBOHLEN\n"})
    facts = text_facts(record, resources)
    assert facts["title"] == "Telegram from Bohlen to Dulles"
    assert facts["telegram_number"] == "1257"
    assert facts["sender"] == ["Charles E. Bohlen"]
    assert "761.00/6-1753" in text_xml(record, resources)


def test_a_csv_row_heads_its_text_with_the_message_fields(resources: Resources) -> None:
    row = ('date,origin,from,msg_number,classification,body\n1968-02-03,SAIGON,Ellsworth '
           'Bunker,17722,SECRET,"I saw Thieu this morning for an hour at the Palace.\nHe was '
           'calm but tired and said the enemy had failed.\nHe asked for more helicopters.\n'
           'BUNKER"\n')
    text = read_data_record(row, resources.patterns)
    assert text is not None and "Transcription:\nSECRET\nFrom: Ellsworth Bunker\n" in text
    facts = text_facts(row, resources)
    assert facts["place_of_origin"] == "Saigon"
    assert facts["telegram_number"] == "17722"


def test_a_short_record_is_no_document(resources: Resources) -> None:
    assert read_data_record('{"title": "A", "date": "1950"}', resources.patterns) is None
    assert read_data_record("a,b,c\n1,2,3\n", resources.patterns) is None


def test_an_html_source_fragment_reads_as_a_page(resources: Resources) -> None:
    source = ('<main>\n<script>\nwindow.dataLayer = window.dataLayer || [];\n</script>\n'
              '<h1 class="title">Telegram from Yudin to Moscow</h1>\n'
              '<div class="text"><p>CIPHERED TELEGRAM No. 812<br>\nFrom BEIJING</p>\n'
              "<p>Mao received me today.</p>\n<p>P. YUDIN</p></div>\n</main>\n")
    xml = text_xml(source, resources)
    assert "dataLayer" not in xml and "class=" not in xml.split("<text", 1)[1]
    assert text_facts(source, resources)["telegram_number"] == "812"


CATALOGUE = (
    "Skip to main content\nAn official website of the United States government\n"
    "National Archives Catalog\nSearch\nLogin\nHelp\nHome > Search > Telegram from Averell "
    "Harriman to Secretary of State Cordell Hull\n"
    "Telegram from Averell Harriman to Secretary of State Cordell Hull\n"
    "Record Group 59: General Records of the Department of State, 1756 - 1999\n"
    "Series: Central Decimal Files, 1940 - 1944\n"
    "File Unit: 740.0011 European War 1939/31000 - 740.0011 European War 1939/31200\nItem\n"
    "National Archives Identifier: 205419911\nLocal Identifier: 740.0011 EW 1939/31102\n"
    "Creator(s): Department of State. Office of the Secretary. (1789 - ) (Most Recent)\n"
    "Dates: 10/2/1943\nLevel of Description: Item\nAccess Restrictions: Unrestricted\n"
    "Use Restrictions: Unrestricted\nDetails\nObject 1 of 1\nDownload\n"
    "Extracted Text\nMoscow\nDated October 2, 1943\nSecretary of State,\nWashington.\n"
    "1620, October 2, 4 p.m.\nMolotov received me this afternoon and said that the\n"
    "Soviet Government welcomed the proposal for a conference of\nthe three Foreign "
    "Ministers in Moscow later this month.\nHARRIMAN\n"
    "Previous Item\nNext Item\nCitation\nDepartment of State, \"Telegram from Averell "
    "Harriman to Secretary of State Cordell Hull,\" 10/2/1943, National Archives Identifier "
    "205419911.\nBack to top\n"
)


def test_a_catalogue_page_without_blank_lines(resources: Resources) -> None:
    facts = text_facts(CATALOGUE, resources)
    assert facts["title"] == "Telegram from Averell Harriman to Secretary of State Cordell Hull"
    assert facts["telegram_number"] == "1620"
    assert facts["signed"] == "HARRIMAN"
    assert "Previous Item" not in text_xml(CATALOGUE, resources)


def test_a_record_page_is_parted_over_its_text_label(resources: Resources) -> None:
    parted = part_record(CATALOGUE, resources.patterns)
    assert "Cordell Hull\n\nRecord Group 59:" in parted
    assert "Extracted Text\n\nMoscow\nDated October 2, 1943\n" in parted
    assert part_record("Title: A\n\nB: C\nD: E\nTranscription\nText", resources.patterns) \
        == "Title: A\n\nB: C\nD: E\nTranscription\nText"


def test_a_bold_number_alone_before_the_post_and_date(resources: Resources) -> None:
    facts = text_facts("---\ntitle: \"Sir D. Ormsby-Gore (Washington) to Foreign Office\"\n---\n\n"
                       "**No. 2636** · WASHINGTON, 22 October 1962, 11.45 p.m.\n\n"
                       "The President saw me alone before his broadcast.\n", resources)
    assert facts["telegram_number"] == "2636"
    assert facts["place_of_origin"] == "Washington"
