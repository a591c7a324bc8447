"""Rules for other archives' and editions' pages over a telegram or memorandum (sites59):

- a record's top lines: an archive's name, then up to two short record lines (the database's
  publisher, the collection: `ProQuest`, `Carter-Brezhnev Project, 1977-1980`; a search
  tool's name and a trail) over its fields, when a `Title:` field stands among the first
  ones: the record lines are the page's text, the fields are read;
- a run of fields no table knows (`Classification:`, `Origin:`; the National Archives
  Catalog's `From: Series: ...` over `Record Group 59: ...`) over a known one is record
  data, not the document;
- the Digital National Security Archive's and the National Archives Catalog's fields
  (`Accession Number`, `Local Identifier`, `Production Date(s)`, `Scope & Content`, ...), the
  Bundesarchiv's invenio, the IPN's and the Czech catalogues' fields (`Archivaliensignatur`,
  `Sygnatura`, `Tytuł`, `Język`, ...), Gallica's and Europeana's (`Droits`, `Identifiant`,
  `Rights statement`, ...); languages by their own names (`français`, `polski`);
- a catalogue's `Document type: Telegram` settles the type after the text's own form line
  (a subject naming a conversation makes no record of conversation);
- a link bar's `Permalink: https://...` cell is the page's address, and such a line under
  the text opens the page's foot;
- a shelfmark in brackets after an archive's name (`UK National Archives (PREM19/616 f120)`)
  and an archive's name with its abbreviation (`Archiwum Akt Nowych (AAN), ...`) name the
  repository; the CIA's reading room, the IPN and national libraries are archives' names;
- a receipt by the clock and the next day's ordinal (`Rec'd 9:40 p.m., 20th`);
- a Polish dateline after `z` (`z Waszyngtonu, dnia 14.12.1981 r.`); `szyfrogram` and
  `dépêche télégraphique` name telegrams.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts

DNSA = (
    "Digital National Security Archive\nProQuest\nKissinger Transcripts, 1969-1977\n\n"
    "Title: [Meeting with Ambassador Dobrynin]\nAccession Number: KT00999\n"
    "Document Date: June 4, 1973\nClassification: Top Secret\nOrigin: White House\n"
    "Length: 3 p.\nAbstract: Kissinger and Dobrynin review the summit's preparations.\n\n"
    "MEMORANDUM OF CONVERSATION\n\n"
    "Dr. Kissinger said that the President wanted the visit to be a success and that the "
    "draft principles should be ready by the middle of the month.\n"
)

NARA = (
    "National Archives Catalog\n\n"
    "Telegram from the American Embassy in Tehran to the Secretary of State\n\n"
    "National Archives Identifier: 7000001\nLocal Identifier: 761.91/12-1945\n"
    "From: Series: Central Decimal Files, 1945 - 1949\n"
    "Record Group 59: General Records of the Department of State, 1756 - 1999\n"
    "Production Date(s): 12/19/1945\n"
    "Scope & Content: The ambassador reports on the situation in Tabriz.\n\n"
    "TELEGRAM RECEIVED\n\nFROM: Tehran\nDated December 19, 1945\nRec'd 9:40 p.m., 20th\n\n"
    "Secretary of State,\nWashington.\n\n1127, December 19, 6 p.m.\n\n"
    "The consul at Tabriz reports that Democrats backed by Soviet troops occupied the "
    "government offices this morning and that the garrison has been confined to its barracks "
    "by order of Soviet officers.\n\nMURRAY\n"
)

THATCHER = (
    "Margaret Thatcher Foundation\n\n"
    "UK Embassy Washington to FCO (\"Conversation with Haig\") [telegram]\n\n"
    "Document type: Telegram\nDate: 1982 Apr 8\n"
    "Source: UK National Archives (PREM19/616 f120)\n\n"
    "CONFIDENTIAL\nFM WASHINGTON 082330Z APR 82\nTO IMMEDIATE FCO\n"
    "TELEGRAM NUMBER 1187 OF 8 APRIL\n\nCONVERSATION WITH HAIG\n\n"
    "1. HAIG ASKED ME TO CALL THIS AFTERNOON BEFORE HE LEFT FOR LONDON.\n\n"
    "HENDERSON\n\n"
    "Printer-friendly version | Cite this document | "
    "Permalink: https://www.margaretthatcher.org/document/100001\n"
)

IPN = (
    "Instytut Pamięci Narodowej\nInwentarz archiwalny\n\n"
    "Sygnatura: IPN BU 1585/5432\nTytuł: Szyfrogram ambasady PRL w Waszyngtonie\n"
    "Daty skrajne: 1981\nJęzyk: polski\n\nDrukuj | Pobierz | Udostępnij\n\n"
    "Szyfrogram Nr 7455\nz Waszyngtonu, dnia 14.12.1981 r.\n\n"
    "Dziś zostałem wezwany do Departamentu Stanu w sprawie wydarzeń w Polsce.\n\n"
    "Spasowski\n"
)


def test_record_lines_between_the_archive_and_a_title_field(resources: Resources) -> None:
    facts = text_facts(DNSA, resources)
    assert facts["title"] == "[Meeting with Ambassador Dobrynin]"
    assert facts["date"] == "1973-06-04"
    assert facts["archive_idno"] == "KT00999"
    assert facts["repository"] == "Digital National Security Archive"
    assert facts["summary"] == "Kissinger and Dobrynin review the summit's preparations."


def test_a_catalog_items_fields_and_its_hierarchy_lines(resources: Resources) -> None:
    facts = text_facts(NARA, resources)
    assert facts["archive_idno"] == "761.91/12-1945"
    assert facts["summary"] == "The ambassador reports on the situation in Tabriz."
    assert facts["telegram_number"] == "1127"


def test_a_receipt_by_the_clock_and_the_days_ordinal(resources: Resources) -> None:
    assert text_facts(NARA, resources)["date_received"] == "1945-12-20T21:40"


def test_the_catalogues_type_field_and_the_permalink_cell(resources: Resources) -> None:
    facts = text_facts(THATCHER, resources)
    assert facts["doc_type"] == "telegram"
    assert facts["telegram_number"] == "1187"
    assert facts["source_url"] == "https://www.margaretthatcher.org/document/100001"
    assert facts["repository"] == "UK National Archives"


def test_polish_inventory_fields_and_dateline(resources: Resources) -> None:
    facts = text_facts(IPN, resources)
    assert facts["title"] == "Szyfrogram ambasady PRL w Waszyngtonie"
    assert facts["archive_idno"] == "IPN BU 1585/5432"
    assert facts["repository"] == "Instytut Pamięci Narodowej"
    assert facts["date"] == "1981-12-14"
    assert facts["doc_type"] == "telegram"
