"""Rules for the Wilson Center Digital Archive's pages as users copy them (wcda64):

- the Wayback Machine's newer toolbar (`INTERNET ARCHIVE`, the search box's `Go`, the live
  web proxy's and other collections with their notices) and archive.today's capture bar
  (`webpage capture`, `Saved from`, the capture's time in UTC, `All snapshots from host ...`,
  the view's tabs and links) are furniture (table `page-furniture`, rows `web-archive`);
- the current page's sharing button named by one capital (`X`) between two others, its
  breadcrumb from `Digital Archive` with slashes, and the
  Wilson Center's address at its foot are furniture;
- the older layout's `Associated Search Terms` are the page's subjects; subjects, topics and
  related documents take a long list, one term a line (`pages/fields.py`);
- a royal person's index heading (`Ashraf Pahlavi, Princess of Iran, 1919-2016`) names the
  person only (table `index-headings`, row `titled`); `Princess` and `Empress` are titles;
- a record's heading closing on `, Place, date` after its parties gives the place
  (`place_lines.py`), and so does a place with its comma alone over the date
  (`parted_datelines.py`: `New Delhi,` / `26 September 1959`);
- a register organisation with its department after a comma signs
  (`Ministry of Foreign Affairs, West Asia and Africa Department`), no foot address;
- a surname alone that several register persons fit is the one the page's index of persons
  names in the Library of Congress's form (`BOTHA` under `Botha, R. F. (Roelof Frederik),
  1932-2018`: Pik Botha; `index_persons.py`);
- a one-word name a register person and a register place share, right after a preposition
  of place (`near Choibalsan`), is the place (`place_series.py`);
- an office held ad interim (`Chargé d'affaires a.i.`) is a role under the signature mark
  (`roles.py`);
- a heading naming a body's meeting (`Minutes of the Meeting of the Directorate of the
  Italian Communist Party, 23 August 1968`) is the title, as a conversation's is
  (`pages/titles.py`); the editors' `[Part of the text is missing.]` is an omission;
- a Bulgarian or Romanian cipher telegram's `From Hanoi, 5.II.1968, 18:20` / `To Sofia,
  6.II.1968, 09:00` give the dispatch and the receipt (table `heading-east-bloc`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

TOOLBAR = (
    "The Wayback Machine - https://web.archive.org/web/20190422101733/"
    "https://digitalarchive.wilsoncenter.org/document/116511\n"
    "INTERNET ARCHIVE\nWayback Machine\nhttps://digitalarchive.wilsoncenter.org/document/116511\n"
    "Go\n14 captures\n03 Nov 2014 - 09 Aug 2022\nMAR\tAPR\tMAY\n22\n2018\t2019\t2020\n"
    "About this capture\nCOLLECTED BY\nCollection: Live Web Proxy Crawls\n"
    "These crawls are part of an effort to archive pages as they are created and archive "
    "the pages that they refer to.\nTIMESTAMPS\n"
)
ARCHIVE_TODAY = (
    "archive.ph\nwebpage capture\nSaved from\n"
    "https://digitalarchive.wilsoncenter.org/document/209455\nsearch\n"
    "14 Mar 2024 11:02:45 UTC\nAll snapshots from host digitalarchive.wilsoncenter.org\n"
    "Webpage\nScreenshot\nshare\ndownload .zip\nreport bug or abuse\n\n"
)
TELEGRAM_PAGE = (
    "Digital Archive\nInternational History Declassified\n\nFebruary 05, 1968\n\n"
    "Cipher Telegram from the Bulgarian Embassy in Hanoi to the Bulgarian Ministry of "
    "Foreign Affairs\n\nSummary:\n\nThe embassy reports on the offensive in the South.\n\n"
    "Contents:\n\nEnglish Translation\n\nCIPHER TELEGRAM\n\nFrom Hanoi, 5.II.1968, 18:20\n\n"
    "To Sofia, 6.II.1968, 09:00\n\nTO COMRADE IVAN BASHEV - MINISTER OF FOREIGN AFFAIRS\n\n"
    "The attacks on Saigon and Hue continue. The Vietnamese comrades ask for medicines.\n"
)


def test_the_wayback_newer_toolbar_is_furniture(resources: Resources) -> None:
    xml = text_xml(TOOLBAR + TELEGRAM_PAGE, resources)
    body = xml[xml.index("<text"):]
    assert "INTERNET ARCHIVE" not in xml and "These crawls" not in body
    assert "<head>Go</head>" not in body
    facts = text_facts(TOOLBAR + TELEGRAM_PAGE, resources)
    assert facts["title"].startswith("Cipher Telegram from the Bulgarian Embassy")


def test_from_and_to_lines_give_the_dispatch_and_the_receipt(resources: Resources) -> None:
    facts = text_facts(TELEGRAM_PAGE, resources)
    assert facts["place_of_origin"] == "Hanoi"
    assert facts["date_received"] == "1968-02-06T09:00"


LETTER_PAGE = (
    "Skip to content\nDigital Archive\nSearch\nBrowse\nTopics\nCollections\nAbout\n\n"
    "Digital Archive / Collections / Bulgaria in the Cold War\n\nMay 3, 1973\n\n"
    "Letter from Todor Zhivkov to Leonid Brezhnev\n\nOriginal Language\n\nRussian\n\n"
    "Contents\n\nEnglish Translation\n\nSofia,\n\n3 May 1973\n\nDear Leonid Ilyich,\n\n"
    "Allow me to thank you once more for the decision to grant our country new credits.\n\n"
    "With communist greetings,\n\nT. Zhivkov\n\nShare This Page\n\nFacebook\nX\nEmail\n"
    "Copy Link\n\nWilson Center\nOne Woodrow Wilson Plaza\n1300 Pennsylvania Ave., NW\n"
    "Washington, DC 20004-3027\n"
)


def test_archive_today_bar_is_furniture(resources: Resources) -> None:
    xml = text_xml(ARCHIVE_TODAY + LETTER_PAGE, resources)
    assert "webpage capture" not in xml and "All snapshots" not in xml
    assert text_facts(ARCHIVE_TODAY + LETTER_PAGE, resources)["title"] == (
        "Letter from Todor Zhivkov to Leonid Brezhnev")


def test_a_place_with_its_comma_over_the_date_is_one_dateline(resources: Resources) -> None:
    assert text_facts(LETTER_PAGE, resources)["place_of_origin"] == "Sofia"


def test_the_current_pages_share_letter_breadcrumb_and_address_go(resources: Resources) -> None:
    xml = text_xml(LETTER_PAGE, resources)
    for gone in (">X<", "Bulgaria in the Cold War", "Woodrow Wilson Plaza", "20004-3027"):
        assert gone not in xml


RECORD_PAGE = (
    "Skip to content\nDigital Archive\nSearch\nBrowse\nTopics\nCollections\nAbout\n\n"
    "October 6, 1961\n\nRecord of Conversation between Zhou Enlai and King Mahendra of Nepal\n\n"
    "Summary\n\nZhou Enlai and King Mahendra discuss the boundary treaty.\n\nCredits\n\n"
    "This document was made possible with support from the MacArthur Foundation\n\n"
    "Original Language\n\nChinese\n\nContents\n\nEnglish Translation\n\n"
    "Record of Conversation between Premier Zhou Enlai and His Majesty King Mahendra, "
    "Beijing, 5 October 1961\n\n"
    "Premier Zhou: We welcome Your Majesty to China again. The treaty shows that neighbors "
    "can settle their questions.\n\n"
    "On the question of Taiwan, the Princess said that Nepal recognizes one China.\n\n"
    "Ministry of Foreign Affairs, First Asian Department\n\n6 October 1961\n\n"
    "Associated People & Organizations\n\nZhou, Enlai, 1898-1976\n\n"
    "Ashraf Pahlavi, Princess of Iran, 1919-2016\n\nAssociated Places\n\nNepal\n"
)


MINUTES_PAGE = (
    "Skip to content\nDigital Archive\nSearch\nBrowse\nTopics\nCollections\nAbout\n\n"
    "June 10, 1971\n\nMinutes of Conversation between Nicolae Ceaușescu and Kim Il Sung\n\n"
    "Summary\n\nCeaușescu and Kim Il Sung discuss the reunification of Korea.\n\n"
    "Original Language\n\nRomanian\n\nContents\n\nTranslation - English\n\n"
    "Minutes of Conversation between Comrade Nicolae Ceaușescu and Comrade Kim Il Sung, "
    "Pyongyang, 10 June 1971\n\n"
    "The conversation took place at the Guest House and lasted from 10:00 to 13:30.\n\n"
    "Comrade Kim Il Sung: We have proposed to the South a confederation, but the Americans "
    "refuse any contact.\n"
)


def test_a_records_heading_closing_on_place_and_day_gives_the_place(
        resources: Resources) -> None:
    assert text_facts(MINUTES_PAGE, resources)["place_of_origin"] == "Pyongyang"


def test_a_ministry_with_its_department_signs(resources: Resources) -> None:
    assert text_facts(RECORD_PAGE, resources)["signed"] == (
        "Ministry of Foreign Affairs, First Asian Department")


def test_a_royal_index_heading_and_the_title_alone_name_no_person_princess(
        resources: Resources) -> None:
    xml = text_xml(RECORD_PAGE, resources)
    assert 'ref="#per-ashraf-pahlavi">Ashraf Pahlavi, Princess of Iran, 1919-2016<' in xml
    assert "per-princess" not in xml


def test_search_terms_and_related_documents_take_long_lists(resources: Resources) -> None:
    terms = "\n".join(f"Subject term {n}" for n in range(1, 7))
    related = "\n".join(f"May {n}, 1970\nReport from the Hungarian Embassy in Tehran on "
                        f"the Caspian Fisheries Talks, part {n}" for n in range(1, 4))
    xml = text_xml(RECORD_PAGE + f"\nAssociated Search Terms:\n\n{terms}\n\n"
                   f"Related Documents\n\n{related}\n", resources)
    subjects = xml[xml.index('<keywords n="subjects">'):]
    assert subjects.index("Subject term 6") < subjects.index("</keywords>")
    assert 'Tehran on the Caspian Fisheries Talks, part 3</term>' in xml


def test_a_name_a_person_and_a_town_share_after_near_is_the_town(resources: Resources) -> None:
    xml = text_xml(
        "Record of Conversation between Yu. Tsedenbal and L. I. Brezhnev, Crimea, 25 July 1974\n\n"
        "Tsedenbal: In the spring the Chinese patrols entered our territory near Choibalsan "
        "twice.\n", resources)
    assert 'ref="#pla-choibalsan">Choibalsan<' in xml


def test_the_pages_index_tells_apart_the_persons_a_surname_fits(resources: Resources) -> None:
    xml = text_xml(
        "August 09, 1977\n\nTelegram from the South African Embassy in Washington to the "
        "Department of Foreign Affairs\n\nTELEGRAM No. 412\n\n1. This morning I was called in "
        "by Under Secretary Habib about the Kalahari.\n\nBOTHA\n\n"
        "Associated People & Organizations\n\nBotha, R. F. (Roelof Frederik), 1932-2018\n\n"
        "Vorster, B. J. (Balthazar Johannes), 1915-1983\n\nAssociated Places\n\nSouth Africa\n",
        resources)
    assert '<signed><persName ref="#per-pik-botha">BOTHA</persName></signed>' in xml


def test_an_office_held_ad_interim_signs_under_the_signature_mark(resources: Resources) -> None:
    facts = text_facts(
        "Memorandum\n\nHanoi, 30 December 1965\n\nOn 29 December Comrade Le Duan received our "
        "party delegation led by Comrade Zoltán Komócsin.\n\n[signature illegible]\n"
        "Chargé d'affaires a.i.\n", resources)
    assert "Chargé d'affaires a.i." in str(facts["signed"])


def test_a_bodys_meeting_minutes_heading_is_the_title(resources: Resources) -> None:
    facts = text_facts(
        "DOCUMENT No. 5\n\nMinutes of the Meeting of the Directorate of the Italian Communist "
        "Party, 23 August 1968\n\nPresent: Longo, Berlinguer, Amendola.\n\nLongo opens the "
        "meeting. [Part of the text is missing.] The meeting closes at 13:00.\n", resources)
    assert facts["title"] == ("Minutes of the Meeting of the Directorate of the Italian "
                              "Communist Party, 23 August 1968")
    assert facts["date"] == "1968-08-23"
    assert facts["gaps"] == 1
