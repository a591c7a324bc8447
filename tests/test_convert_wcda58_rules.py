"""Rules for Wilson Center Digital Archive pages of other collections and forms (wcda58):

- a text wrapped at 100 to 120 columns (a PDF export as a reader copies it) is read as
  wrapped when six lines or more end within 90% of that width (`read_widths.wrap_width`), so a
  wrapped `Citation:` or `Summary:` value is one line; a text of short whole paragraphs is
  not;
- a PDF export's page foot of two lines under the page mark (`Page 1 of 2` / the program's
  name / the Center's name), on every page, is dropped as a running foot
  (`pages/running.py`);
- an East-bloc report's inside address to a comrade (`To Comrade János Péter, Minister ...`)
  is never joined to a full subject line above it (`rewrap.starts_apart`);
- the older Drupal layout's `Document Summary` and the current layout's plural `Languages`
  are field labels (the summary, the original language; `Languages` no shelfmark's line);
- the SED's party grades (`Confidential Party Matter!`) are classifications;
- a record's own title line naming its form (`Minutes of Conversation between ...`) between
  a classification and its `Time:` field stays in the heading, so the record is dated by its
  fields (`heading_tolerance._record_title`);
- a signer's two offices joined by `and` (`General Secretary of ... and President of ...`)
  are an office line under the signature (`roles._two_offices`);
- an envoy's office and a colon before his name (`Ambassador: G. Grigorov`) mark the
  signature (`parts.SIGNED_MARK`);
- a title closed by a date with the month in Roman or Arabic numerals (`..., 12.III.1961`)
  dates the document (table `title-facts`); `Note by X for Y on ...` is X's, to Y (table
  `title-shapes`);
- a page's foot begins at its fields though a field's one value line under its label is
  longer than a short telegram (`pages/fields._text_goes_on`);
- a distribution line (`Distributed: Novotný, Široký, Hendrych`) is registry and lists its
  readers by surname: unknown surnames are persons (table `reader-labels`,
  `attendance_names`);
- the viewer's tabs without their `Contents` label (`Original Scan` / `Translation - English`
  / `Transcript - Russian`), each all a contents item beside a furniture line or another tab,
  are the page's (`pages/furniture._viewer_tabs`);
- (seen on the held sample after scoring) a PDF export's running head whose tabs stand apart
  at the right (`Original Scan / Translation - English`) and its counter in words (`1 of
  2`, on two pages or more) are the page's (tables `page-furniture`);
- an `Original Archive` field that is all an archival reference (`PRC FMA 109-01794-03,
  12-14`, `AAN, KC PZPR, XI A/12, k. 44-45`) is the shelfmark, no repository's name
  (`archive_field.archive_shelfmark`);
- a minister's portfolio is an office's word (`Minister of Trade T. B. Ilangaratne`: the
  name begins at the initials; table `office-words`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

_LINE = "The envoy reports that the talks with the Chinese side on the border maps have been halted"
PDF = (
    "Digital Archive\nInternational History Declassified\ndigitalarchive.wilsoncenter.org\n"
    "May 4, 1966\nReport, Embassy of Hungary in Mongolia to the Hungarian Foreign Ministry\n"
    "Summary:\n"
    "The Hungarian envoy reports on a talk with the Mongolian deputy foreign minister about the\n"
    "border commission and the visit of a Soviet delegation to the capital.\n"
    "Original Language:\nHungarian\nContents:\nTranslation - English\n"
    "Ulaanbaatar, 4 May 1966\n"
    "Subject: Conversation with the deputy foreign minister on the border talks with China\n"
    "To Comrade János Péter, Minister of Foreign Affairs,\nBudapest\n"
    + "".join(f"{_LINE} since April, and that no\nnew date for the session of the "
              f"commission has been set by either side, as he told me.\n" for _ in range(3))
    + "Page 1 of 2\nHistory and Public Policy Program Digital Archive\n"
    "Woodrow Wilson International Center for Scholars\n"
    + "".join(f"{_LINE} since April, and that no\nnew date for the session of the "
              f"commission has been set by either side, as he told me.\n" for _ in range(3))
    + "Lajos Fehérvári\nenvoy\nPage 2 of 2\nHistory and Public Policy Program Digital Archive\n"
    "Woodrow Wilson International Center for Scholars\n"
)


def test_a_pdf_export_s_wrapped_summary_is_whole(resources: Resources) -> None:
    facts = text_facts(PDF, resources)
    assert facts["summary"] == (
        "The Hungarian envoy reports on a talk with the Mongolian deputy foreign minister about "
        "the border commission and the visit of a Soviet delegation to the capital.")


def test_a_pdf_export_s_two_line_page_foot_is_dropped(resources: Resources) -> None:
    xml = text_xml(PDF, resources)
    assert "Woodrow Wilson International Center for Scholars" not in xml.split("<text>")[1]


def test_a_comrade_s_inside_address_is_not_joined_to_the_subject(resources: Resources) -> None:
    facts = text_facts(PDF, resources)
    assert facts["addressee"] == ["János Péter"]
    assert facts["sender"] == ["Lajos Fehérvári"]


OLD_LAYOUT = (
    "Search in\n\nMarch 12, 1962\n\nFrom the Diary of S.V. Chervonenko, Record of a "
    "Conversation with Chen Yi\n\nDocument Summary\n\nChervonenko and Chen Yi discuss the "
    "Laos conference.\n\nEnglish HTML\n\nFrom the diary of\nS. V. CHERVONENKO\n\n"
    "I visited Chen Yi at the Ministry of Foreign Affairs and handed him the reply of the "
    "Soviet government on the question of the Laotian settlement.\n\n"
    "USSR AMBASSADOR TO THE PRC\nS. CHERVONENKO\n\nOriginal Language\n\nRussian\n\n"
    "Source\n\nAVP RF, f. 0100, op. 55, p. 480, d. 7, ll. 41-44.\n"
)


def test_the_old_layout_s_document_summary_is_the_summary(resources: Resources) -> None:
    facts = text_facts(OLD_LAYOUT, resources)
    assert facts["summary"] == "Chervonenko and Chen Yi discuss the Laos conference."


def test_the_plural_languages_field_is_the_original_language(resources: Resources) -> None:
    page = (
        "Skip to content\n\nDecember 12, 1977\n\nInformation for the Politburo on the Talks "
        "of Comrade Hermann Axen\n\nEnglish Translation\n\nBerlin, 12.12.1977\n\n"
        "Confidential Party Matter!\n5 copies\n\nOn 9 December 1977 Comrade Hermann Axen "
        "received the Ambassador of the DPRK for a talk about the anniversary.\n\nH. Axen\n\n"
        "Document Information\n\nSource\n\nSAPMO-BArch, DY 30, J IV 2/2A/2118.\n\n"
        "Original Archive\n\nStiftung Archiv der Parteien und Massenorganisationen der DDR im "
        "Bundesarchiv (SAPMO-BArch)\n\nLanguages\n\nGerman\n\nRecord ID\n\n113906\n"
    )
    facts, xml = text_facts(page, resources), text_xml(page, resources)
    assert facts["original_language"] == "German"
    assert '<idno type="shelfmark">Languages</idno>' not in xml
    assert '<ab type="registry" subtype="classification">Confidential Party Matter!</ab>' in xml


def test_a_record_s_own_title_under_its_grade_stays_in_the_heading(resources: Resources) -> None:
    page = (
        "Minutes of Conversation between Premier Zhou Enlai and Indonesian Minister Subandrio\n"
        "English Translation\nTop Secret\n"
        "Minutes of Conversation between Premier Zhou Enlai and Indonesian Minister Subandrio\n"
        "Time: 5 May 1963, 4:00 p.m. to 5:20 p.m.\nLocation: Xihua Hall, Zhongnanhai\n"
        "Interpreter: Lin Xiuying\n"
        "Zhou Enlai: We support Indonesia's position on the Malaysia plan.\n"
    )
    facts = text_facts(page, resources)
    assert facts["date"] == "1963-05-05"
    assert facts["doc_type"] == "record of conversation"


def test_two_offices_joined_by_and_stand_under_the_signature(resources: Resources) -> None:
    page = (
        "Letter from Kim Il Sung to Erich Honecker\nJune 3, 1984\n\nEnglish Translation\n\n"
        "Dear Comrade Erich Honecker,\n\nI express to you my heartfelt thanks for the warm "
        "reception given to our delegation in Berlin.\n\nWith communist greetings\n"
        "Kim Il Sung\nGeneral Secretary of the Central Committee of the Workers' Party of Korea "
        "and President of the Democratic People's Republic of Korea\n\nPyongyang, 3 June 1984\n"
    )
    assert text_facts(page, resources)["signed"].startswith("Kim Il Sung")


TELEGRAM = (
    "Telegram from the Bulgarian Embassy in Havana to Todor Zhivkov{date}\n"
    "English Translation\nTELEGRAM\nTO COMRADE TODOR ZHIVKOV\n"
    "Today at noon I was received by Fidel Castro, together with the ambassadors of "
    "Czechoslovakia and Poland.\nAmbassador: G. Grigorov\n"
    "Distributed: Zhivkov, Zhelyazkov, Pastyrik\n"
    "Document Information\nSource\n"
    "Central State Archive, Sofia, Fond 1-B, Opis 6, a.e. 4677. Obtained by the Bulgarian "
    "Cold War Research Group and translated by Kalina Bratanova for the project.\n"
)


def test_an_envoy_s_office_and_colon_mark_the_signature(resources: Resources) -> None:
    facts = text_facts(TELEGRAM.format(date=""), resources)
    assert facts["signed"] == "Ambassador: G. Grigorov"
    assert "G. Grigorov" in facts["sender"]


def test_a_title_closed_by_a_roman_month_date_dates_it(resources: Resources) -> None:
    for date in (", 28.X.1962", ", 28.10.1962"):
        assert text_facts(TELEGRAM.format(date=date), resources)["date"] == "1962-10-28"


def test_a_long_source_line_under_a_short_telegram_is_the_foot_s(resources: Resources) -> None:
    facts = text_facts(TELEGRAM.format(date=""), resources)
    assert facts["archive_idno"] == "Central State Archive, Sofia, Fond 1-B, Opis 6, a.e. 4677"
    assert facts["registry_notes"] == ["Distributed: Zhivkov, Zhelyazkov, Pastyrik"]


def test_a_distribution_line_s_unknown_surnames_are_persons(resources: Resources) -> None:
    xml = text_xml(TELEGRAM.format(date=""), resources)
    assert '<persName ref="#per-pastyrik">Pastyrik</persName>' in xml
    assert '<persName ref="#per-zhelyazkov">Zhelyazkov</persName>' in xml


def test_a_note_by_one_for_another_is_his_to_the_other(resources: Resources) -> None:
    page = (
        "Note by P. N. Haksar for Prime Minister Indira Gandhi on the Soviet Proposal, "
        "3 June 1971\nEnglish Translation\nPrime Minister\nI saw Ambassador Pegov this "
        "afternoon at his request. He said that Mr. Gromyko would come to New Delhi.\n"
        "(P. N. Haksar)\n"
    )
    facts = text_facts(page, resources)
    assert facts["sender"] == ["P. N. Haksar"]
    assert facts["addressee"] == ["Indira Gandhi"]
    assert facts["date"] == "1971-06-03"


def test_a_minister_s_portfolio_is_no_part_of_his_name(resources: Resources) -> None:
    xml = text_xml("Record of Conversation\n\nToday I met the Minister of Trade T. B. "
                   "Ilangaratne at the ministry. He said the talks went well.\n", resources)
    assert 'Minister of Trade <persName ref="#per-t-b-ilangaratne">T. B. Ilangaratne' in xml


def test_the_viewer_s_tabs_are_the_page_s(resources: Resources) -> None:
    page = (
        "Telegram from Soviet Ambassador to Iran Pegov to the USSR Ministry of Foreign Affairs\n"
        "Download PDF\nShare\nPrint\nOriginal Scan\nTranslation - English\n"
        "Transcript - Russian\nCIPHERED TELEGRAM\nFrom TEHRAN\nToday the Shah received me at "
        "the palace and spoke about the missile bases.\nPEGOV\n"
    )
    body = text_xml(page, resources).split("<text>")[1]
    assert "Translation - English" not in body
    assert "Transcript - Russian" not in body


def test_an_archive_field_all_a_reference_is_the_shelfmark(resources: Resources) -> None:
    page = (
        "Skip to content\n\nMay 2, 1957\n\nCable from the Chinese Embassy in Poland\n\n"
        "English Translation\n\nForeign Ministry:\n\nGomulka received the ambassador today "
        "and spoke about the events in Hungary and the visit to Warsaw.\n\n"
        "Chinese Embassy in Poland\n\nDocument Information\n\nSource\n\n"
        "Translated by Anna Nowak.\n\nOriginal Archive\n\n{archive}\n"
    )
    for archive in ("PRC FMA 109-01794-03, 12-14", "AAN, KC PZPR, XI A/12, k. 44-45"):
        assert text_facts(page.format(archive=archive), resources)["archive_idno"] == archive


def test_a_pdf_export_s_tab_series_and_word_counter_are_the_page_s(resources: Resources) -> None:
    head = "Wilson Center Digital Archive" + " " * 40 + "Original Scan / Translation - English\n"
    page = (
        head + "October 27, 1968\nTelegram from the Iranian Embassy in Moscow\nCitation:\n"
        "\"Telegram from the Iranian Embassy in Moscow,\" October 27, 1968, Wilson Center "
        "Digital Archive, Iranian MFA 1347-41-9-112.\nContents:\nTranslation - English\n"
        "This morning Mr. Kosygin received me at the Kremlin and spoke of the pipeline.\n"
        + " " * 60 + "1 of 2\n" + head
        + "He asked that his regards be conveyed to the Prime Minister.\nAhmad Mirfendereski\n"
        + " " * 60 + "2 of 2\n"
    )
    body = text_xml(page, resources).split("<text>")[1]
    assert "Original Scan" not in body
    assert "1 of 2" not in body
    assert text_facts(page, resources)["date"] == "1968-10-27"
