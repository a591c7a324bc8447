"""Rules for the Wilson Center Digital Archive's pages, copies and PDF text (wcda63):

- a record's place line of its own UNDER its date and hour line (`14 February 1961, 11:00
  hrs.` / `Tirana`) is where the talk was held (`place_lines._place_under_date`);
- and so is the place before the date on a line of its own under the record's heading
  sentence (`Ulaanbaatar, 15 January 1966`: `place_lines._MET_ON_IN`);
- a salutation does not make a letter of what the catalogue's `Type` field and the text's
  own heading both call a memorandum (`MEMORANDUM` over `Comrades,`: `doc_types`);
- the PDF export's text without blank lines: the citation under `Citation:` ends at the next
  field's label (`Summary:`; `pages/citation_block`), the title wrapped over two lines is
  one when the quoted citation under its label repeats both (`pages/unquoted_citation`), and
  a sentence cut by the export's running line (`Wilson Center Digital Archive Translation -
  English`) is one paragraph (`pages/furniture`: the line turns a page);
- over the page's foot, the archive's summary whose subject is an office the title names,
  reporting in the present tense (`The Ministry for State Security reports ...`), is the
  summary (`pages/summary`);
- the Yugoslav and Czechoslovak grade `STATE SECRET` is a classification, and a form's
  `For:` line under the ministry's `To:` names the addressee (table `patterns`);
- the Wayback Machine's capture panel opened (`Organization: Alexa Crawls`, its notice
  `Starting in 1996, Alexa Internet has been donating ...`, `loading`) is furniture (table
  `patterns`, row `web-archive`); a note `from the talks between` delegations is their
  record (`doc-types`);
- a Chinese person's surname (the register gives a Wade-Giles form) is the first of two
  romanised syllables (`Zhu De`, `Tao Zhu`): `Zhu` alone may be Zhu De, never Tao Zhu
  (`name_index`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

RECORD = (
    "RECORD OF CONVERSATION\n\n"
    "of Comrade Enver Hoxha with the Ambassador of the People's Republic of China\n\n"
    "3 March 1962, 10:00 hrs.\n\n"
    "Tirana\n\n"
    "Comrade Enver Hoxha said that the Albanian side thanks the Chinese comrades for the grain.\n\n"
    "The ambassador replied that the ships would leave in April.\n"
)


def test_a_place_line_under_the_date_and_hour_line_is_the_place(resources: Resources) -> None:
    assert text_facts(RECORD, resources)["place_of_origin"] == "Tirana"


MEMORANDUM = (
    "Skip to content\n\n"
    "May 4, 1970\n\n"
    "Memorandum from Todor Zhivkov to the Politburo\n\n"
    "Strictly confidential!\n\n"
    "To the Members of the Politburo of the CC of the BCP\n\n"
    "MEMORANDUM\n\n"
    "by Todor Zhivkov\n\n"
    "Comrades,\n\n"
    "I inform you about the talks in Moscow on the deliveries of oil.\n\n"
    "T. Zhivkov\n\n"
    "Zhivkov informs the Politburo about the talks in Moscow.\n\n"
    "Document Information\n\n"
    "Source\n\n"
    "Central State Archive, Sofia, Fond 1-B, Opis 35, a.e. 1.\n\n"
    "Type\n\n"
    "Memorandum\n"
)


def test_a_memorandum_heading_over_a_salutation_stays_a_memorandum(resources: Resources) -> None:
    assert text_facts(MEMORANDUM, resources)["doc_type"] == "memorandum"


PDF_TEXT = (
    "Digital Archive\n"
    "International History Declassified\n"
    "digitalarchive.wilsoncenter.org\n"
    "June 3, 1966\n"
    "Telegram from the Polish Embassy in Hanoi to the Ministry of\n"
    "Foreign Affairs, Warsaw\n"
    "Citation:\n"
    "\"Telegram from the Polish Embassy in Hanoi to the Ministry of Foreign Affairs,\n"
    "Warsaw,\" June 3, 1966, Wilson Center Digital Archive, AMSZ, Zespół Depesz, w. 3,\n"
    "t. 12, 1966. Translated by Anna Wrona.\n"
    "Summary:\n"
    "The embassy reports on the bombing of the fuel depots near Hanoi.\n"
    "Original Language:\n"
    "Polish\n"
    "Contents:\n"
    "Translation - English\n"
    "Ciphergram No. 7012\n"
    "Today the Vietnamese comrades told me that the depots near Haiphong had been emptied in\n"
    "time and that the losses were small. The Ministry of Foreign Affairs expects that the\n"
    "Wilson Center Digital Archive Translation - English\n"
    "Americans will bomb the port next.\n"
    "Siedlecki\n"
)


def test_the_unspaced_pdf_text_keeps_its_fields_apart(resources: Resources) -> None:
    facts = text_facts(PDF_TEXT, resources)
    assert facts["title"] == ("Telegram from the Polish Embassy in Hanoi to the Ministry of "
                              "Foreign Affairs, Warsaw")
    assert facts["summary"] == "The embassy reports on the bombing of the fuel depots near Hanoi."
    assert facts["translator"] == "Anna Wrona"
    assert facts["telegram_number"] == "7012"


def test_a_sentence_over_the_pdf_running_line_is_one_paragraph(resources: Resources) -> None:
    assert "expects that the Americans will bomb" in " ".join(
        text_xml(PDF_TEXT, resources).split())


OFFICE_SUMMARY = (
    "Skip to content\n\n"
    "March 2, 1978\n\n"
    "Information by the Ministry for State Security on the Charter Movement\n\n"
    "Ministry for State Security\n\n"
    "Berlin, 2 March 1978\n\n"
    "According to reliable sources, the signatories of the charter met again in Prague.\n\n"
    "The security organs expect further arrests in the coming weeks.\n\n"
    "The Ministry for State Security reports on a meeting of the charter's signatories in "
    "Prague and on expected arrests.\n\n"
    "Associated People & Organizations\n\n"
    "Document Information\n"
)


def test_an_office_of_the_title_reporting_over_the_foot_is_the_summary(
        resources: Resources) -> None:
    assert text_facts(OFFICE_SUMMARY, resources)["summary"] == (
        "The Ministry for State Security reports on a meeting of the charter's signatories in "
        "Prague and on expected arrests.")


def test_a_chinese_family_name_alone_is_the_first_syllable(resources: Resources) -> None:
    register = resources.register
    named = [entry.reg for entry in register.persons_by_surname("Zhu")]
    assert "Zhu De" in named and "Tao Zhu" not in named
    assert register.by_surname("Tao").reg == "Tao Zhu"


YUGOSLAV = (
    "STATE SECRET\n\n"
    "Telegram No. 455\n\n"
    "Moscow, 3 May 1967, 10:00\n\n"
    "To: Federal Secretariat for Foreign Affairs, Belgrade\n\n"
    "For: Comrade Marko Nikezić\n\n"
    "Gromyko received me today and spoke about the Middle East.\n\n"
    "Ambassador\n\n"
    "Lazar Lilić\n"
)


def test_a_for_line_under_the_ministry_names_the_addressee(resources: Resources) -> None:
    assert text_facts(YUGOSLAV, resources)["addressee"] == ["Marko Nikezić"]


def test_state_secret_is_a_classification(resources: Resources) -> None:
    assert 'subtype="classification">STATE SECRET<' in text_xml(YUGOSLAV, resources)


THREE_LINE_TITLE = (
    "Digital Archive\n"
    "International History Declassified\n"
    "May 2, 1957\n"
    "Cable from the Chinese Embassy in the Democratic People's\n"
    "Republic of Korea to the Ministry of Foreign Affairs, 'On the\n"
    "Situation in Kaesong'\n"
    "Citation:\n"
    "\"Cable from the Chinese Embassy in the Democratic People's Republic of Korea to the\n"
    "Ministry of Foreign Affairs, 'On the Situation in Kaesong',\" May 2, 1957, Wilson Center\n"
    "Digital Archive, PRC FMA 106-00144-02. Translated by Anna Li.\n"
    "Summary:\n"
    "The embassy reports on the mood in Kaesong.\n"
    "Contents:\n"
    "Translation - English\n"
    "Ministry of Foreign Affairs:\n"
    "The situation in Kaesong is calm.\n"
    "Chinese Embassy in Korea\n"
)


def test_a_title_wrapped_over_three_lines_is_one(resources: Resources) -> None:
    assert text_facts(THREE_LINE_TITLE, resources)["title"] == (
        "Cable from the Chinese Embassy in the Democratic People's Republic of Korea to the "
        "Ministry of Foreign Affairs, 'On the Situation in Kaesong'")


WAYBACK_NOTE = (
    "The Wayback Machine - https://web.archive.org/web/20121015031544/"
    "http://digitalarchive.wilsoncenter.org/document/111830\n"
    "success\nfail\nAbout this capture\nCOLLECTED BY\nOrganization: Alexa Crawls\n"
    "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet "
    "Archive.\nTIMESTAMPS\nloading\n\n"
    "Search in\n\nDigital Archive International History Declassified\n\n"
    "October 21, 1956\n\n\n"
    "  • Citation\n\n    get citation\n\n"
    "    The Polish and Soviet delegations continue their talks.\n"
    "    \"Note from the Talks between the Delegations of the CPSU CC and the PUWP CC,\" "
    "October 21, 1956, History and Public Policy Program Digital Archive, AAN, KC PZPR, "
    "sygn. 2662.\n"
    "  • share document\n\n\nEnglish HTML\n\n"
    "NOTE\n\nfrom the talks between the delegations of the CPSU CC and the PUWP CC\n\n"
    "Comrade Khrushchev said that the Soviet troops would return to their bases.\n\n"
    "Comrade Gomułka thanked him.\n"
)


def test_the_opened_capture_panel_is_furniture(resources: Resources) -> None:
    facts = text_facts(WAYBACK_NOTE, resources)
    assert facts["date"] == "1956-10-21"
    assert facts["archive_idno"] == "AAN, KC PZPR, sygn. 2662"
    assert "Alexa" not in text_xml(WAYBACK_NOTE, resources).split("<text")[-1]


def test_a_note_from_the_talks_is_their_record(resources: Resources) -> None:
    assert text_facts(WAYBACK_NOTE, resources)["doc_type"] == "record of conversation"


PLACE_FIRST = (
    "RECORD OF CONVERSATION\n\n"
    "between the First Secretary of the MPRP CC, Chairman of the MPR Council of Ministers "
    "Comrade Yu. Tsedenbal and the Ambassador of the USSR in the MPR Comrade L. N. Solovyov\n\n"
    "Ulaanbaatar, 3 June 1964\n\n"
    "Comrade Tsedenbal said that the Mongolian side thanks the Soviet comrades for the help.\n\n"
    "The ambassador promised to report this to Moscow.\n"
)


def test_a_place_before_the_date_under_the_heading_is_the_place(resources: Resources) -> None:
    assert text_facts(PLACE_FIRST, resources)["place_of_origin"] == "Ulaanbaatar"
