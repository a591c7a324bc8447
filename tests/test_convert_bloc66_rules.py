"""Rules for East-bloc and Asian communist documents in English translation as document
readers, theses, books and research collections print them (bloc66):

- a printed page's head or foot in any words, set apart from its page number in a column
  at the page's corner (`HIST 4371 ... Unit 6        37`, `Appendix B: Documents   241`),
  is furniture when it is the document's first or last line or another such line's number
  is one away (`pages/corner_heads.py`);
- a unit's or appendix's number within it (`Document 6.3`, `Document B.5: Letter from
  ...`) is a publication line or the title's number (tables `page-furniture`,
  `numbered-document`, `page-title`);
- `To be seen by comrades: T. Zhivkov, A. Yugov` is a distribution line;
- the slashed signature mark (`Ambassador: /signature/`, `Ambassador /signature/`) signs,
  and the editors' bracketed name under it (`[Grudi Atanasov]`) is the signature's;
- `(…)` and `(...)` are the editors' omissions;
- the grade and precedence each closed by `!` (`Top Secret! Urgent!`) are a classification;
- `Document published in:` is a credit of the header;
- a GDR file's Bundesarchiv signature (`DY 30/IV 2/2.035/61, Bl. 88-90.`) is the shelfmark,
  the translation note after it a credit, the archive's name wrapped over it (its comma
  ending the line) the repository;
- an office under a cipher's `To Comrade X` address (`Minister of Foreign Affairs`) closes
  its heading, no head of the message;
- a ciphergram's `from Beijing dated ... received ...` line gives both dates;
- `AQSH`, `AMVnR`, `ANIC`, `MOL`, `NA ČR` and `TsDA` open an archival reference, and a
  translation's credit run on after a reference (`..., k. 231-235. Translated by X`) is a
  credit, not the shelfmark's;
- (seen on the held samples after scoring) a thesis appendix's heading with its title
  (`APPENDIX II: SELECTED DOCUMENTS ...`), under the page's number, over `Document 6.
  Telegram of ...`: that heading is the page's title; a database's record number in
  brackets before its title (`[Doc. No. GDR-1961-017]   Embassy of the GDR ...`); its
  `Date of document:` and `Views:` fields, `Login` and `Download (PDF)` links, a bar of three
  links with one at an end; a report's copies by ordinal (`1st copy: Comrade Winzer`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

READER = (
    "HIST 4371: Vietnam and the Socialist Camp — Course Reader, Unit 6                37\n\n"
    "Document 6.3\n\n"
    "Polish Ciphered Telegram from Saigon (Lewandowski) to Warsaw, 14 November 1966\n\n"
    "                                                        Top Secret! Urgent!\n"
    "                                                        Copy No. 3\n"
    "Ciphered telegram No. 14218\n"
    "Saigon, 14 November 1966\n"
    "To Comrade Adam Rapacki\n"
    "Minister of Foreign Affairs\n\n"
    "Today I met Lodge again. (…) He asked me to go to Hanoi.\n\n"
    "Ambassador /signature/\n"
    "[Janusz Lewandowski]\n\n"
    "To be seen by comrades: Gomułka, Cyrankiewicz.\n\n"
    "38                                          HIST 4371 Course Reader — for class use only\n"
)


def test_a_corner_head_beside_its_page_number_is_furniture(resources: Resources) -> None:
    xml = text_xml(READER, resources)
    assert "Course Reader" not in xml.split("<body>")[1]
    assert "Document 6.3" not in xml.split("<body>")[1]


def test_a_cipher_under_a_grade_closed_by_exclamation_marks(resources: Resources) -> None:
    facts = text_facts(READER, resources)
    assert facts["telegram_number"] == "14218"
    assert facts["addressee"] == ["Adam Rapacki"]
    assert "<head>Minister of Foreign Affairs" not in text_xml(READER, resources)


def test_a_slashed_mark_and_the_bracketed_name_under_it_sign(resources: Resources) -> None:
    assert text_facts(READER, resources)["signed"] == "Ambassador /signature/ [Janusz Lewandowski]"


def test_readers_to_be_seen_and_an_omission_in_round_brackets(resources: Resources) -> None:
    facts = text_facts(READER, resources)
    assert facts["registry_notes"] == ["To be seen by comrades: Gomułka, Cyrankiewicz."]
    assert facts["gaps"] == 1


THESIS = (
    "                                   Appendix B: Documents                          241\n\n"
    "Document B.5: Letter from Erich Honecker to Leonid Brezhnev, 19 February 1979\n\n"
    "Stiftung Archiv der Parteien und Massenorganisationen der DDR im Bundesarchiv (SAPMO-BArch),\n"
    "DY 30/IV 2/2.035/61, Bl. 88-90. Translation from the German by the author.\n\n"
    "                                                        Berlin, 19 February 1979\n\n"
    "Dear Comrade Leonid Ilyich!\n\n"
    "The Politburo discussed the situation yesterday.\n\n"
    "With communist greetings\n\nE. Honecker\n"
)


def test_an_appendix_number_before_the_title_and_a_party_file(resources: Resources) -> None:
    facts = text_facts(THESIS, resources)
    assert facts["title"] == "Letter from Erich Honecker to Leonid Brezhnev, 19 February 1979"
    assert facts["archive_idno"] == "DY 30/IV 2/2.035/61, Bl. 88-90"
    assert facts["repository"] == ("Stiftung Archiv der Parteien und Massenorganisationen der "
                                   "DDR im Bundesarchiv (SAPMO-BArch)")
    assert facts["date"] == "1979-02-19"
    assert '<bibl type="source">Translation from the German by the author.</bibl>' in text_xml(
        THESIS, resources)


def test_the_edition_a_collection_names_is_a_credit(resources: Resources) -> None:
    xml = text_xml(
        "Telegram from Corneliu Mănescu to Nicolae Ceaușescu, 5 March 1968\n\n"
        "Source: ANIC, fond CC al PCR – Secţia Relaţii Externe, dosar 18/1968, f. 21-23.\n"
        "Document published in: \"Romania and the Warsaw Pact\", PHP Collection, 2004.\n\n"
        "STRICTLY SECRET\n\nTELEGRAM\nSender: Sofia\nNo. 77.045\nDate: 05.03.1968, 22:40\n\n"
        "To Comrade Nicolae Ceaușescu\n\nThe meeting began today.\n\n(ss) Corneliu Mănescu\n",
        resources)
    assert "Romania and the Warsaw Pact" not in xml.split("<body>")[1]
    assert '<idno type="telegram">77.045</idno>' in xml


def test_a_dated_line_and_a_reference_with_its_translator(resources: Resources) -> None:
    facts = text_facts(
        "Archiwum Akt Nowych (AAN), KC PZPR, XI A/10, k. 231-235. "
        "Translated by L.W. Gluchowski.\n\n"
        "Szyfrogram nr 5678\n"
        "from Beijing dated 12.09.1959 at 14.20 received 13.09.1959 at 08.15\n"
        "Secret\nTo: Comrade Rapacki\n\n"
        "Chen Yi received me today.\n\nKiljańczyk\n", resources)
    assert facts["date"] == "1959-09-12"
    assert facts["date_received"] == "1959-09-13T08:15"
    assert facts["archive_idno"] == "KC PZPR, XI A/10, k. 231-235"
    assert facts["translator"] == "L.W. Gluchowski"


def test_the_albanian_archive_opens_a_reference(resources: Resources) -> None:
    facts = text_facts(
        "Record of Conversation between Comrade Enver Hoxha and Luo Shiju, 12 May 1964\n\n"
        "AQSH, F. 14/AP, M-PKK, V. 1964, D. 5, fl. 1-6.\n\n"
        "Tirana, 12 May 1964\n\nComrade Enver Hoxha welcomed the ambassador.\n", resources)
    assert facts["repository"] == "AQSH"
    assert facts["archive_idno"] == "F. 14/AP, M-PKK, V. 1964, D. 5, fl. 1-6"


def test_a_thesis_appendix_heading_over_a_numbered_document(resources: Resources) -> None:
    facts = text_facts(
        "                                                                      287\n"
        "APPENDIX II: SELECTED DOCUMENTS FROM THE ALBANIAN CENTRAL STATE ARCHIVE\n\n"
        "Document 6. Telegram of the Albanian Embassy in Beijing, 2 September 1966.\n\n"
        "TOP SECRET\nTelegram No. 456\nFrom: Beijing\nTo: Comrade Enver Hoxha\nDate: 2.9.1966\n\n"
        "Kang Sheng received me yesterday.\n", resources)
    assert facts["title"] == "Telegram of the Albanian Embassy in Beijing, 2 September 1966."
    assert facts["telegram_number"] == "456"


def test_a_database_record_and_a_report_copies_by_ordinal(resources: Resources) -> None:
    text = (
        "North Korea in the Socialist Bloc: Archival Documents Database\n"
        "Login | Korean | English\n\n"
        "[Doc. No. GDR-1961-017]   Embassy of the GDR in the DPRK, Report on Kim Il Sung\n\n"
        "Date of document: 1961-08-14\nViews: 312   Download (PDF)\n\n"
        "Embassy of the German Democratic Republic\n"
        "                                                  Pyongyang, 14 August 1961\n"
        "Ref. No. 142/61                                   Confidential!\n"
        "                                                  1st copy: Comrade Winzer\n\n"
        "1. The treaties are presented as a victory.\n\n(Signed) Kurt Schneidewind\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "Embassy of the GDR in the DPRK, Report on Kim Il Sung"
    assert facts["date"] == "1961-08-14"
    xml = text_xml(text, resources)
    assert 'subtype="copy">1st copy: Comrade' in xml
    assert "Korean" not in xml.split("<body>")[1]
