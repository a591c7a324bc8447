"""Rules for institutional archives' and research projects' document pages (docs37b):

- the American Presidency Project's page, in its newer and older (until 2018) layouts
  (`pages/presidency.py`, table `presidency-page`):
  the site's menu is dropped; the president's name over his term line (`35th President of
  the United States: 1961 ‐ 1963`) is the page's text and the edition's author (the sender
  of a letter that names none itself); the title and date lines under it are the page's;
  the project's `Note:` on the release under the close is a note (table `footnotes`, told
  in the third person: a first-person handling minute stays a processing line); the
  citation (`<president>, <title>. Online by Gerhard Peters and John T. Woolley, The
  American Presidency Project <address>`) gives the source address; the foot's labels and
  sharing links go, its category names are index terms, its copyright line the licence (no
  signers `Categories`, `Twitter Facebook`);
- the United Nations Archives' (ARMS) reference code over each page of a code cable
  (`S-1052-0003-07   Page 1 of 2`) is furniture carrying the shelfmark (`page-furniture`
  row `arms-reference`);
- the Stasi Records Archive's shelfmark with its sigla (`BStU, MfS, ...`, `BArch, MfS,
  ...`), alone or in the Mediathek's `Signature:` field, is the shelfmark
  (`archival-reference`); the Mediathek's menu words and buttons (`Mediathek`, `Topics`,
  `Print | Share`) are furniture, its `Rights notice:` the licence, so the signature over it
  closes the text;
- a catalogue record's `Author:` / `Recipient:` naming a register person is the sender /
  addressee when the document names no person as one (`authorship.catalogue_parties`, table
  `catalogue-parties`);
- the Avalon Project's newer head and foot (its tagline, the collections menu by period,
  the library's copyright) are furniture (`page-furniture` row `avalon-site`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

PRESIDENCY = (
    "Skip to main content\nThe American Presidency Project\nAbout Search\nDocuments\n"
    "Guidebook\nStatistics\nMedia\nElections\n"
    "Harry S. Truman\n33rd President of the United States: 1945 ‐ 1953\n"
    "Letter to Prime Minister Attlee on the Situation in Korea\nDecember 09, 1950\n"
    "Dear Mr. Prime Minister:\n\n"
    "I have read with care the record of our talks in Washington this week. I agree that "
    "the forces in Korea must not be withdrawn except under pressure.\n\n"
    "Very sincerely yours,\n\nHARRY S. TRUMAN\n\n"
    "Note: The text of the letter was released by the White House on December 10.\n"
    "Harry S. Truman, Letter to Prime Minister Attlee on the Situation in Korea Online by "
    "Gerhard Peters and John T. Woolley, The American Presidency Project "
    "https://www.presidency.ucsb.edu/node/230612\n"
    "Filed Under\nCategories\nLetters\nSimple Search of Our Archives\nTwitter Facebook\n"
    "Copyright © The American Presidency Project\nTerms of Service | Privacy | Accessibility\n"
)


def test_the_presidency_project_page_gives_title_date_parties_and_address(
        resources: Resources) -> None:
    facts = text_facts(PRESIDENCY, resources)
    assert facts["title"] == "Letter to Prime Minister Attlee on the Situation in Korea"
    assert facts["date"] == "1950-12-09"
    assert facts["sender"] == ["Harry S. Truman"]
    assert facts["addressee"] == ["Clement Attlee"]
    assert facts["source_url"] == "https://www.presidency.ucsb.edu/node/230612"
    assert facts["signed"] == "HARRY S. TRUMAN"
    assert facts["notes"] == 1  # the project's `Note:` on the release


def test_the_presidency_project_menu_and_foot_are_no_text(resources: Resources) -> None:
    body = text_xml(PRESIDENCY, resources).split("<text", 1)[1]
    for word in ("Guidebook", "Categories", "Twitter", "Online by", "Simple Search"):
        assert word not in body


def test_the_un_archives_reference_code_is_the_shelfmark(resources: Resources) -> None:
    facts = text_facts(
        "S-0371-0045-0003                                             Page 1 of 1\n\n"
        "                       INCOMING CODE CABLE\n\n"
        "TO:        URQUHART, UNATIONS, NEW YORK\nFROM:      SIILASVUO, UNEF, CAIRO\n"
        "DATE:      26 OCTOBER 1973\nNUMBER:    UNEF-114\nSUBJECT:   OBSERVERS AT SUEZ\n\n"
        "1. THE FIRST OBSERVERS REACHED SUEZ AT 1400 HOURS.\n\n"
        "2. BOTH SIDES HAVE AGREED TO RESPECT THE CEASEFIRE LINE.\n\nREGARDS.\n", resources)
    assert facts["archive_idno"] == "S-0371-0045-0003"
    assert facts["telegram_number"] == "UNEF-114"


STASI = (
    "Stasi Records Archive\nMediathek\nTopics\n"
    "Report on the visit of the Czechoslovak minister\n\n"
    "Date: 3 May 1968\nSignature: BArch, MfS, SdM, Nr. 1462, Bl. 12-15\n"
    "Document type: Information\nAuthor: Ministry for State Security\n"
    "Recipient: Walter Ulbricht\n\n"
    "Berlin, 3 May 1968\n\n"
    "The Czechoslovak Minister of the Interior, Pavel, was received in Berlin. He stated that "
    "the party leadership would not permit any interference in the work of the security "
    "organs.\n\n"
    "Mielke\n\n"
    "Rights notice: This document may be used for research and educational purposes.\n"
    "Print | Share\n"
)


def test_the_stasi_shelfmark_and_the_record_s_recipient(resources: Resources) -> None:
    facts = text_facts(STASI, resources)
    assert facts["archive_idno"] == "BArch, MfS, SdM, Nr. 1462, Bl. 12-15"
    assert facts["addressee"] == ["Walter Ulbricht"]
    assert facts["signed"] == "Mielke"


def test_the_mediathek_s_menu_and_buttons_are_furniture(resources: Resources) -> None:
    body = text_xml(STASI, resources).split("<text", 1)[1]
    for word in ("Mediathek", "Topics", "Print | Share", "Rights notice"):
        assert word not in body


def test_the_record_s_author_is_the_sender_when_the_document_names_none(
        resources: Resources) -> None:
    facts = text_facts(
        "Title: Information on the talks in Moscow\nDate: 12 June 1970\n"
        "Author: Erich Mielke\nRecipient: Erich Honecker\n\n"
        "Information\n\nOn 10 June the Soviet side informed us of the talks with Bahr.\n",
        resources)
    assert facts["sender"] == ["Erich Mielke"]
    assert facts["addressee"] == ["Erich Honecker"]


def test_the_avalon_project_s_newer_head_and_foot_are_furniture(resources: Resources) -> None:
    body = text_xml(
        "Avalon Project - Documents in Law, History and Diplomacy\n"
        "Avalon Home\tDocument Collections\tAncient 4000bce - 399\tMedieval 400 - 1399\t"
        "19th Century 1800 - 1899\t20th Century 1900 - 1999\t21st Century 2000 -\n"
        "The Reich Foreign Minister to the German Embassy in the Soviet Union\n"
        "Telegram\nBerlin, August 14, 1939\nNo. 175 of August 14\n\n"
        "Please call upon Herr Molotov personally and communicate the following to him.\n\n"
        "RIBBENTROP\n\n© 2008 Lillian Goldman Law Library\n", resources).split("<text", 1)[1]
    for words in ("Avalon", "Medieval", "Goldman"):
        assert words not in body


def test_the_presidency_project_s_older_layout(resources: Resources) -> None:
    facts = text_facts(
        "The American Presidency Project\nDocument Archive\nDwight D. Eisenhower\n"
        "XXXIV President of the United States: 1953 - 1961\n"
        "98 - Letter to Konrad Adenauer, Chancellor of the Federal Republic of Germany.\n"
        "April 19, 1957\n\nDear Mr. Chancellor:\n\n"
        "I was glad to learn of your talks with Foreign Minister Pineau in Paris.\n\n"
        "Sincerely,\n\nDWIGHT D. EISENHOWER\n\n"
        'Citation: Dwight D. Eisenhower: "Letter to Konrad Adenauer, Chancellor of the Federal '
        'Republic of Germany.," April 19, 1957. Online by Gerhard Peters and John T. Woolley, '
        "The American Presidency Project. http://www.presidency.ucsb.edu/ws/?pid=10765.\n"
        "© 1999-2017 - Gerhard Peters and John T. Woolley - The American Presidency Project\n",
        resources)
    assert facts["title"] == ("Letter to Konrad Adenauer, Chancellor of the Federal Republic "
                              "of Germany.")
    assert facts["date"] == "1957-04-19"
    assert facts["addressee"] == ["Konrad Adenauer"]
    assert facts["source_url"] == "http://www.presidency.ucsb.edu/ws/?pid=10765"
