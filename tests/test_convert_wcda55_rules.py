"""Rules for the Wilson Center Digital Archive's pages and their copies (wcda55):

- the current page copied from its top: a menu of link lines between two navigation lines
  over the date line (`Search` / `Collections` / `Themes` / `Topics` / `About`) is
  navigation, so an index label there takes no date or title as its terms; a field's label
  (`Citation`) is never such a link; `Share This Page`'s `Email` button is furniture;
- the index of persons and places (`Associated People & Organizations`, `Associated Places`)
  keeps up to 16 short terms and tags their names; a Library of Congress heading names its
  entry as a whole (`Kim, Il-song, 1912-1994`: either order of the inverted name;
  `Moskovskii, Vasilii Pavlovich`: the one register person of that surname, in its usual
  spelling, and initial; `Phạm, Văn Đồng`; `Korea (North)`: North Korea; `Vietnam
  (Democratic Republic)`: the Democratic Republic of Vietnam); table `index-headings`;
- a journal's span under its writer (`for the period 1 through 2 April 1958`) is no `for X`
  address (the month was a person), and `From the journal of` makes an untitled text a record
  of conversation;
- a sentence opened by a day word before the date (`Today, 17 July 1971, I was received ...`)
  is no dateline (`Today` was the place of origin);
- a message board's post line and quote header are furniture (phpBB `Post by USER » DATE`,
  `Quote:`, `USER wrote:`; SMF `Quote from: USER on DATE`), and the board's lines above the
  quote are kept as source lines; a form's name under a repost's line introducing it with a
  colon opens the cable's heading;
- a CWIHP Bulletin's running head of a double issue (`64 COLD WAR ... BULLETIN 6-7`) is
  furniture, and the editors' `[...]` alone over a collection's document heading is the
  previous document's tail, no gap of this document; on a Google Books page the book's
  title in its own case and `Copyrighted material` are running heads too;
- register: the Woodrow Wilson International Center for Scholars is an organisation (no
  person Woodrow Wilson); Raúl Roa under his title (`TO: MINISTER ROA`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

CURRENT_PAGE = (
    "Skip to content\nSearch\nCollections\nThemes\nTopics\nAbout\n\n"
    "May 4, 1962\n\n"
    "Ciphered Telegram, Moskovsky to Gromyko\n\n"
    "Moskovsky reports on a talk with Pak Song-chol about the spring sowing.\n\n"
    "CIPHERED TELEGRAM\n\nFrom PYONGYANG\n\n"
    "Today Minister Pak Song-chol told me that the spring sowing would end early this year "
    "because of the dry weather.\n\n"
    "MOSKOVSKY\n\n"
    "Document Information\n\nSource\n\nAVPRF, f. 0102, op. 18, d. 5, l. 3.\n\n"
    "Associated People & Organizations\n\n{people}\n\n"
    "Associated Places\n\n{places}\n\n"
    "Share This Page\nFacebook\nTwitter\nEmail\n"
)


def _page(people: str = "Pak, Song-chol, 1913-2008", places: str = "Korea (North)") -> str:
    return CURRENT_PAGE.format(people=people, places=places)


def test_a_head_menu_over_the_date_line_is_navigation(resources: Resources) -> None:
    facts = text_facts(_page(), resources)
    assert facts["title"] == "Ciphered Telegram, Moskovsky to Gromyko"
    xml = text_xml(_page(), resources)
    assert 'keywords n="topics"' not in xml and 'keywords n="collections"' not in xml
    assert "<term>Email</term>" not in xml


def test_an_inverted_heading_names_its_register_person(resources: Resources) -> None:
    xml = text_xml(_page(), resources)
    assert '<term><persName ref="#per-pak-song-chol">Pak, Song-chol, 1913-2008</persName></term>' \
        in xml


def test_a_romanized_surname_finds_the_register_s_spelling(resources: Resources) -> None:
    xml = text_xml(_page(people="Moskovskii, Vasilii Pavlovich"), resources)
    assert '<persName ref="#per-vasily-moskovsky">Moskovskii, Vasilii Pavlovich</persName>' in xml


def test_a_country_with_its_quarter_is_that_country(resources: Resources) -> None:
    xml = text_xml(_page(), resources)
    assert '<term><placeName ref="#pla-north-korea">Korea (North)</placeName></term>' in xml


def test_a_vietnamese_heading_and_a_state_s_form(resources: Resources) -> None:
    xml = text_xml(_page(people="Phạm, Văn Đồng, 1906-2000",
                         places="Vietnam (Democratic Republic)"), resources)
    assert '<persName ref="#per-pham-van-dong">Phạm, Văn Đồng, 1906-2000</persName>' in xml
    assert '<placeName ref="#pla-north-vietnam">Vietnam (Democratic Republic)</placeName>' in xml


def test_a_long_index_keeps_all_its_terms(resources: Resources) -> None:
    people = "\n".join(["Pak, Song-chol, 1913-2008", "Kim, Il-song, 1912-1994",
                        "Gromyko, Andrei Andreevich, 1909-1989", "Nam, Il, 1913-1976",
                        "Moskovskii, Vasilii Pavlovich"])
    xml = text_xml(_page(people=people), resources)
    assert xml.count("<term><persName") == 5


JOURNAL = (
    "TOP SECRET\n\nFrom the journal of\n\nA. M. PUZANOV\n\n"
    "for the period 1 through 2 April 1958\n\n"
    "1 April 1958\n\n"
    "I received Minister of Foreign Affairs Nam Il at his request. He said that the volunteers "
    "would leave in the second half of April.\n\n"
    "A. PUZANOV\n"
)


def test_a_journal_s_span_is_no_address(resources: Resources) -> None:
    xml = text_xml(JOURNAL, resources)
    assert "per-april" not in xml
    assert text_facts(JOURNAL, resources)["doc_type"] == "record of conversation"


def test_a_day_word_opening_a_sentence_is_no_place(resources: Resources) -> None:
    text = ("TELEGRAM\n\nSender: Beijing\nNo.: 076.151\nDate: 17.07.1971, 21:30\n"
            "To: Comrade Corneliu Mănescu, Minister of Foreign Affairs\n\n"
            "Today, 17 July 1971, I was received by Zhou Enlai at his request.\n\n"
            "Signed: Aurel Duma\n")
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == "Beijing"
    assert "pla-today" not in text_xml(text, resources)


BOARD = (
    "Re: Soviet cables on Korea\n"
    "Post by reader42 » Mon Feb 01, 2016 9:05 pm\n\n"
    "Typed out from the Wilson Center page:\n\n"
    "{quote}\n"
    "Ciphered Telegram from Roshchin to Filippov [Stalin], 7 October 1950\n\n"
    "CIPHERED TELEGRAM No. 25510\n\nFrom BEIJING\n\nTo Comrade FILIPPOV\n\n"
    "Zhou Enlai informed me this evening that the Politburo had discussed Korea again.\n\n"
    "ROSHCHIN\n"
)


def test_a_board_s_lines_over_its_quote_are_the_board_s(resources: Resources) -> None:
    for quote in ("Quote:", "reader41 wrote:"):
        facts = text_facts(BOARD.format(quote=quote), resources)
        assert facts["title"] == "Ciphered Telegram from Roshchin to Filippov [Stalin], " \
            "7 October 1950"
        xml = text_xml(BOARD.format(quote=quote), resources)
        assert '<bibl type="source">Typed out from the Wilson Center page:</bibl>' in xml
        assert "Post by" not in xml


def test_a_form_name_under_an_introducing_line_opens_the_heading(resources: Resources
                                                                 ) -> None:
    text = ("Re: the Lippmann column\nQuote from: oldcable on March 02, 2011, 11:40:05 PM\n"
            "Anyone have it?\nHere it is, from the CWIHP translation:\n\n"
            "CIPHERED TELEGRAM\n\nFrom WASHINGTON\nTo: USSR Ministry of Foreign Affairs\n\n"
            "Lippmann proposed an exchange of the missiles in Cuba for those in Turkey.\n\n"
            "25.X.62    A. DOBRYNIN\n")
    assert text_facts(text, resources)["doc_type"] == "telegram"
    assert '<ab type="registry" subtype="document-type">CIPHERED TELEGRAM</ab>' \
        in text_xml(text, resources)


def test_a_bulletin_page_s_head_and_elided_tail_are_no_document_text(resources: Resources
                                                                     ) -> None:
    text = ("64 COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN 6-7 \n\n[...] \n\n"
            "Document 18: Ciphered Telegram, Mao Zedong to Filippov [Stalin], 1 March 1951 \n\n"
            "CIPHERED TELEGRAM No. 1086 \n\nTo Comrade FILIPPOV \n\n"
            "I am sending you the report of Cde. Peng Dehuai on the front. \n\n"
            "MAO ZEDONG \n\n"
            "COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN 6-7 65 \n")
    facts = text_facts(text, resources)
    assert facts["title"] == "Ciphered Telegram, Mao Zedong to Filippov [Stalin], 1 March 1951"
    assert facts["gaps"] == 0
    assert "BULLETIN 6-7" not in text_xml(text, resources).split("<text")[1]


def test_a_google_books_page_s_lines_name_no_person(resources: Resources) -> None:
    text = ("Cold War International History Project Bulletin, Issues 6-7\n"
            "Woodrow Wilson International Center for Scholars, 1995\n"
            "Page 38\nCopyrighted material\n\nDocument 4\n\n"
            "Ciphered Telegram, Vyshinsky to Shtykov, 30 January 1950\n\n"
            "CIPHERED TELEGRAM\n\nPYONGYANG\n\nSOVIET AMBASSADOR\n\n"
            "Transmit to Kim Il Sung that I am ready to receive him.\n\nVYSHINSKY\n\n30.I.50\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "Ciphered Telegram, Vyshinsky to Shtykov, 30 January 1950"
    assert "per-woodrow-wilson" not in text_xml(text, resources)


def test_a_minister_named_by_title_and_surname_is_the_addressee(resources: Resources) -> None:
    text = ("URGENT\n\nTO: MINISTER ROA\n\nFROM: LECHUGA\n\nNew York, 9 November 1962\n\n"
            "This morning I met with U Thant about the inspection.\n\nLECHUGA\n")
    assert text_facts(text, resources)["addressee"] == ["Raúl Roa"]


def test_a_quote_header_without_a_board_keeps_the_lines_above(resources: Resources) -> None:
    text = ("CIPHERED TELEGRAM\n\nFrom PYONGYANG\n\nTo Comrade GROMYKO\n\n"
            "Kim Il Sung sent a letter to the Premier of the PRC.\nHe wrote:\n"
            "\"We are grateful for the help of the Chinese volunteers.\"\n\nPUZANOV\n")
    xml = text_xml(text, resources)
    assert "He wrote:" in xml.split("<text")[1]
    assert "Kim Il Sung</persName> sent a letter" in xml.split("<text")[1]
