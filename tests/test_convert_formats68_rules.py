"""Rules for documents in the raw file formats people keep and exchange them in (formats68):

- a raw MIME mail (`.eml`, an mbox message) is read as its client shows it: the shown header
  fields over its plain-text parts decoded from quoted-printable or base64, the HTML
  alternative, attachments and transport fields left out (`pages/mime_mail.py`);
- RTF is read as its words (`\\par`, `\\'e9`, `\\u`; font and colour tables, `{\\*...}`
  destinations out; footnotes as numbered notes), and decoding no longer refuses it
  (`pages/rtf.py`);
- a Dublin Core, OAI-PMH, MODS or EAD record is read as a data record: its elements its
  fields (`shelfLocator`, `unitid` the reference, an address alone the page's), its longest
  text the transcription (`pages/xml_records.py`); a IIIF manifest's language maps, its
  `label`/`value` metadata and its homepage's `id` are fields (`pages/data_records.py`);
- AsciiDoc and reStructuredText files (`pages/light_markup.py`) and Org-mode, Obsidian and
  Notion files (`pages/note_apps.py`) are read as Markdown with front matter: the file's
  attributes, fields, properties and drawer the front matter, the headings, notes and
  fields above the last heading over the document the page's, that heading the title;
- a word processor's text export's grid, simple and multiline tables are one line a row
  (`pages/text_tables.py`).
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.pages.rtf import unrtf
from tei.convert.pages.text_tables import untable
from tests.cases import text_facts, text_xml

EML = (
    "From: Ann Lee <ann@example.org>\n"
    "To: Bo Park <bo@example.org>\n"
    "Subject: Fwd: the Ankara telegram\n"
    "Date: Mon, 6 Mar 2023 09:00:00 +0000\n"
    "MIME-Version: 1.0\n"
    'Content-Type: multipart/alternative; boundary="b1"\n\n'
    "--b1\n"
    'Content-Type: text/plain; charset="utf-8"\n'
    "Content-Transfer-Encoding: quoted-printable\n\n"
    "Here it is.\n\nAnn\n________________________________\n\n"
    "TELEGRAM\n\nFrom: Ambassador, Ankara\nNo. 77. May 4, 1960.\n\n"
    "The Prime Minister Menderes received me and spoke of the =\n"
    "situation in the army at some length.=20\n\nWARREN\n\n"
    "--b1\n"
    'Content-Type: text/html; charset="utf-8"\n\n'
    "<p>HTMLONLY</p>\n"
    "--b1--\n"
)


def test_a_raw_mail_is_read_as_its_client_shows_it(resources: Resources) -> None:
    facts = text_facts(EML, resources)
    xml = text_xml(EML, resources)
    assert facts["telegram_number"] == "77"
    assert facts["date"] == "1960-05-04"
    assert "the situation in the army" in xml
    assert "HTMLONLY" not in xml and "quoted-printable" not in xml


def test_rtf_is_read_as_its_words() -> None:
    text = unrtf("{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Times;}}{\\*\\generator W;}"
                 "\\pard T\\'c9L\\'c9GRAMME\\par Nos 12.{\\footnote Note text.}\\par"
                 " caf\\u233?\\par}")
    assert text == "TÉLÉGRAMME\n\nNos 12.[1]\n\ncafé\n\n[1] Note text.\n"


def test_an_rtf_file_converts(resources: Resources) -> None:
    facts = text_facts("{\\rtf1\\ansi\\pard TELEGRAM\\par Rome, 10 June 1940.\\par"
                       " No. 412.\\par Ciano received me.\\par}", resources)
    assert facts["date"] == "1940-06-10" and facts["telegram_number"] == "412"


DUBLIN_CORE = (
    '<?xml version="1.0"?>\n'
    '<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
    "<dc:title>Telegram, Walter Hines Page to Robert Lansing, May 2, 1917</dc:title>\n"
    "<dc:description>Transcription: LONDON, May 2, 1917.\n"
    "SECRETARY OF STATE, WASHINGTON.\n"
    "No. 6090. Balfour's mission has been well received and I have seen the King.\n"
    "PAGE.</dc:description>\n"
    "<dc:date>1917-05-02</dc:date>\n"
    "<dc:identifier>https://library.example.edu/page/6090</dc:identifier>\n"
    "<dc:identifier>Page Papers, Box 4, Folder 2</dc:identifier>\n"
    "</oai_dc:dc>\n"
)


def test_a_dublin_core_record_is_a_data_record(resources: Resources) -> None:
    facts = text_facts(DUBLIN_CORE, resources)
    assert facts["title"] == "Telegram, Walter Hines Page to Robert Lansing, May 2, 1917"
    assert facts["telegram_number"] == "6090"
    assert "Page Papers, Box 4, Folder 2" in text_xml(DUBLIN_CORE, resources)


def test_a_iiif_manifest_s_metadata_are_fields(resources: Resources) -> None:
    manifest = (
        '{"type": "Manifest", "id": "https://iiif.example.org/m/1",'
        ' "label": {"en": ["Grey to Goschen, 4 August 1914"]},'
        ' "metadata": [{"label": {"en": ["Shelfmark"]}, "value": {"none": ["FO 371/2162"]}}],'
        ' "items": [{"type": "Annotation", "id": "https://iiif.example.org/a/1",'
        ' "body": {"type": "TextualBody", "value": "Telegram.\\nLondon, 4 August 1914.\\n'
        'No. 270.\\nYou should ask for your passports at midnight and leave Berlin with the '
        'staff of the embassy.\\nGREY."}}]}')
    facts = text_facts(manifest, resources)
    assert facts["title"] == "Grey to Goschen, 4 August 1914"
    assert facts["archive_idno"] == "FO 371/2162"


ASCIIDOC = (
    "= Week 3: Berlin\n:author: course team\n\n"
    "[NOTE]\n====\nRead with the map.\n====\n\n"
    ".Source\n****\nAVPRF, f. 059, op. 1, p. 5, d. 3, l. 12.\n****\n\n"
    "=== Cable from Ambassador Pervukhin to Moscow, 13 August 1961\n\n"
    "*TOP SECRET*\n\nThe sector border was closed at 01.00.\n\nPERVUKHIN\n")


def test_an_asciidoc_file_s_last_heading_titles_its_document(resources: Resources) -> None:
    facts = text_facts(ASCIIDOC, resources)
    assert facts["title"] == "Cable from Ambassador Pervukhin to Moscow, 13 August 1961"
    assert facts["archive_idno"] == "f. 059, op. 1, p. 5, d. 3, l. 12"
    assert "*TOP" not in text_xml(ASCIIDOC, resources)


def test_a_restructuredtext_title_and_fields(resources: Resources) -> None:
    facts = text_facts(
        "=====================================\n"
        "Sir R. Hoare (Bucharest) to Lord Halifax\n"
        "=====================================\n\n"
        ":Date: 1939-09-21\n:Source: FO 371/23853\n\n"
        ".. contents::\n   :local:\n\n"
        "No. 617 Telegraphic\n\nThe Prime Minister was shot today.\\ [#]_\n\n"
        ".. [#] By the Iron Guard.\n", resources)
    assert facts["title"] == "Sir R. Hoare (Bucharest) to Lord Halifax"
    assert facts["telegram_number"] == "617"
    assert facts["notes"] == 1


def test_an_org_file_s_drawer_gives_the_reference(resources: Resources) -> None:
    text = (
        "#+TITLE: Reading notes\n#+DATE: <2023-04-18 Tue>\n\n"
        "* TODO Check the PDF\n  SCHEDULED: <2023-04-25 Tue>\n\n"
        "* Note on the talks, 27.09.1989\n  :PROPERTIES:\n  :ARCHIVE: AMSZ, DSiP, 38/93\n"
        "  :END:\n\n#+BEGIN_QUOTE\nWarsaw, 29 September 1989\n\nNOTE\n\n"
        "1. Minister Genscher congratulated Minister Skubiszewski.\n#+END_QUOTE\n")
    assert text_facts(text, resources)["archive_idno"] == "DSiP, 38/93"
    xml = text_xml(text, resources)
    assert "SCHEDULED" not in xml and "TODO" not in xml and "#+" not in xml


def test_obsidian_callouts_and_notion_properties_are_the_page_s(resources: Resources) -> None:
    obsidian = text_xml(
        "---\ntitle: Alekseev to Moscow\ndate: 1962-10-28\n---\n\n# Alekseev to Moscow\n\n"
        "> [!info] Provenance\n> See [[Cuba 1962|the map]].\n\n---\n\nTOP SECRET\n\n"
        "I handed ==Castro== the message.\n\nALEKSEEV\n", resources)
    assert "[!info]" not in obsidian and "[[" not in obsidian and "==" not in obsidian
    assert '<bibl type="source">See the map.</bibl>' in obsidian
    facts = text_facts(
        "# Chervonenko to Moscow, 21 August 1968\n\nCreated: March 2, 2024\n"
        "Archive: AVPRF, f. 059a, op. 58, d. 12\nStatus: Done\n\n<aside>\nDraft.\n</aside>\n\n"
        "## Text\n\nCIPHERED TELEGRAM\n\nSvoboda received me.\n\nS. CHERVONENKO\n", resources)
    assert facts["title"] == "Chervonenko to Moscow, 21 August 1968"
    assert facts["archive_idno"] == "f. 059a, op. 58, d. 12"


def test_a_text_export_s_tables_are_one_line_a_row() -> None:
    grid = ("+----------+--------+\n| Repeated | Paris, |\n| to:      | Bonn   |\n"
            "+----------+--------+\n")
    assert untable(grid).strip() == "Repeated to: Paris, Bonn"
    multiline = ("  --------------------\n  File     TNA, FCO 82/443\n  -------- -----------\n"
                 "  Status   Draft\n\n  Prepared K. Hamilton\n  --------------------\n")
    assert untable(multiline).split() == ["File:", "TNA,", "FCO", "82/443", "Status:", "Draft",
                                          "Prepared:", "K.", "Hamilton"]
