"""Rules for Wilson Center Digital Archive pages read through other tools and older sites
(wcda69):

- Google Translate's website proxy bar over a page (`Google Translate`, `Original language:
  German`, `Translation language: English`, `Show original`, the `translate.goog` address)
  and its request under it (`Rate this translation`) are furniture (table `page-furniture`,
  row `web-archive`);
- a read-it-later app's lines (`View Original`, `Saved to Pocket`, the user's lower-case
  `Tags:` line) are furniture (row `reader-view`), a cable's `TAGS: PREL` is not;
- the phone layout's accordion: a label with its toggle (`Source −`) is the label
  (`patterns.label_key`), and a closed section's label (`Associated Places +`) takes no
  value (`pages/fields.py`);
- a language under the `Original Language` label beside furniture is its value, no viewer
  tab (`pages/viewer_tabs.py`);
- a diary entry titled after its keeper (`From the Diary of X, Record of a Conversation
  with Y`) over the page's date line is the page's title (`pages/titles.title_over_date`);
- the CWIHP Virtual Archive's page furniture (the project's and archive's names, `Printer
  Friendly Version`, `Top of Page`, its copyright and address) (row `site-foot`) and its
  `(Original Source: ...)` line in round brackets, the editors' source
  (`pages/references.BRACKETED_SOURCE`);
- a Bulletin's documents one after another, each a dated title over its bracketed source:
  the next one ends the document (`pages/next_document.py`), and the source line under
  the page's title is the document's (`references.source_under_title`); such a title
  over its source under an article's introduction heads the document
  (`above_head._introduced_document`);
- a title of several words after a country's adjective before a name (`Soviet Chargé
  d'Affaires S. Antonov`) is the title, the name after it the person (`parties.py`);
- the current layout's `Related Content` cards are the page's index list (row `related`);
- the signer's post under the text (`USSR AMBASSADOR TO POLAND`) gives the seat, a
  capital (`seats.signer_post_seat`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

_PAGE = ("Skip to content\nWilson Center Digital Archive\nHome / Documents\n\n"
         "February 9, 1965\nTelegram from the GDR Embassy in Hanoi to the Ministry of Foreign "
         "Affairs\n\nSummary\nThe ambassador reports on the air attacks.\n\n"
         "Telegram No. 37/65\nHanoi, February 9, 1965\n\nThe attacks went on today.\n\nWendt\n")


def test_google_translate_proxy_bar_is_furniture(resources: Resources) -> None:
    bar = ("Google Translate\nOriginal language: German\nTranslation language: English\n"
           "Show original\nhttps://digitalarchive-wilsoncenter-org.translate.goog/document/1"
           "?_x_tr_sl=de&_x_tr_tl=en\n")
    facts = text_facts(f"{bar}{_PAGE}\nRate this translation\n", resources)
    assert facts["title"] == "Telegram from the GDR Embassy in Hanoi to the Ministry of Foreign " \
                             "Affairs"
    assert facts["telegram_number"] == "37/65"
    assert "Rate this" not in text_xml(f"{bar}{_PAGE}\nRate this translation\n", resources)


def test_read_it_later_lines_are_furniture(resources: Resources) -> None:
    head = ("Letter from Kim Il Sung to Zhou Enlai\ndigitalarchive.wilsoncenter.org\n"
            "View Original\n4 min read\nSaved to Pocket\n\nTags: korea, china\n\n"
            "August 3, 1953\n\nSummary\nKim Il Sung thanks Zhou Enlai for the aid.\n\n")
    body = "Dear Comrade Zhou Enlai!\n\nWe thank you.\n\nKim Il Sung\n"
    facts = text_facts(head + body, resources)
    assert facts["summary"] == "Kim Il Sung thanks Zhou Enlai for the aid."
    assert "Pocket" not in text_xml(head + body, resources)


def test_a_cables_tags_line_stays(resources: Resources) -> None:
    xml = text_xml("SECRET\nTAGS: PREL, PGOV\nSUBJECT: TALKS\n\n1. The talks went on.\n\n"
                   "SMITH\n", resources)
    assert "PREL" in xml


_PHONE = ("Menu\nWilson Center Digital Archive\nSearch\nClose\n\n"
          "From the Diary of P. K. Ponomarenko, Record of a Conversation with Władysław "
          "Gomułka\n\nOctober 25, 1956\n\nSummary\nGomułka asks for the recall of the Soviet "
          "advisers.\n\nDocument Information +\nAssociated Places +\n\n"
          "Translation - English\nShow more\n\nSECRET\nCopy No. 3\n\n"
          "Today I visited Comrade Gomułka at his request.\n\nP. PONOMARENKO\n\n"
          "Source −\nAVP RF, f. 0122, op. 40, p. 312, d. 14, ll. 88-90.\n\n"
          "Original Language −\nRussian\n\nShare This Page\nBack to top\n")


def test_phone_accordion_and_diary_title(resources: Resources) -> None:
    facts = text_facts(_PHONE, resources)
    assert facts["title"] == ("From the Diary of P. K. Ponomarenko, Record of a Conversation "
                              "with Władysław Gomułka")
    assert facts["summary"] == "Gomułka asks for the recall of the Soviet advisers."
    assert facts["original_language"] == "Russian"
    assert facts["archive_idno"] == "AVP RF, f. 0122, op. 40, p. 312, d. 14, ll. 88-90"
    xml = text_xml(_PHONE, resources)  # the closed sections took no line as their values
    assert "<term>SECRET</term>" not in xml and ">Copy No. 3</ab>" in xml


_ARCHIVE = ("Cold War International History Project\nVirtual Archive\n"
            "Printer Friendly Version\nEmail this page\n\n"
            "Cable from Zhou Enlai to Wang Bingnan, 2 August 1955\n\n"
            "Cable from Zhou Enlai to Wang Bingnan\n\n"
            "(Original Source: PRC FMA 111-00011-03. Translated by Zhao Lin.)\n\n"
            "Wang Bingnan:\n\nYour telegram has been received.\n\nZhou Enlai\n"
            "2 August 1955, 23:00\n\nTop of Page\n"
            "Copyright 2004 Woodrow Wilson International Center for Scholars. All rights "
            "reserved.\n")


def test_virtual_archive_page_and_round_bracket_source(resources: Resources) -> None:
    facts = text_facts(_ARCHIVE, resources)
    assert facts["archive_idno"] == "PRC FMA 111-00011-03"
    assert facts["translator"] == "Zhao Lin"
    assert facts["sender"] == ["Zhou Enlai"] and facts["addressee"] == ["Wang Bingnan"]
    assert "Printer Friendly" not in text_xml(_ARCHIVE, resources)


_BULLETIN = ("COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN, ISSUE 16 212\n\n"
             "DOCUMENT No. 1\n\nCiphered Telegram from S. Antonov to the USSR MFA, 18 August "
             "1959\n\n[Source: AVP RF, f. 0100, op. 52, p. 443, d. 5, ll. 101-103.]\n\n"
             "CIPHERED TELEGRAM No. 21744\n\nFrom Beijing\n\nZhang Wentian did not appear.\n\n"
             "S. ANTONOV\n\nDOCUMENT No. 2\n\nCiphered Telegram from S. Antonov to the USSR "
             "MFA, 27 August 1959\n\n[Source: AVP RF, f. 0100, op. 52, p. 443, d. 5, "
             "ll. 110-111.]\n\nCIPHERED TELEGRAM No. 22310\n\nFrom Beijing\n\n"
             "The communique was published today.\n\nS. ANTONOV\n")


def test_bulletin_next_document_ends_the_first(resources: Resources) -> None:
    facts = text_facts(_BULLETIN, resources)
    assert facts["archive_idno"] == "AVP RF, f. 0100, op. 52, p. 443, d. 5, ll. 101-103"
    assert facts["telegram_number"] == "21744"
    body = text_xml(_BULLETIN, resources).split("<text")[1]
    assert "communique" not in body and "22310" not in body


def test_a_countrys_chargé_d_affaires_before_the_name(resources: Resources) -> None:
    facts = text_facts("August 18, 1959\nCiphered Telegram from Soviet Chargé d'Affaires "
                       "Ivan Petrovsky to the USSR MFA\n\nToday it rained.\n", resources)
    assert facts["sender"] == ["Ivan Petrovsky"]


def test_the_signers_post_under_the_text_gives_the_seat(resources: Resources) -> None:
    facts = text_facts("October 25, 1956\n\nRECORD OF CONVERSATION\nwith W. Gomułka\n\n"
                       "Today I visited Comrade Gomułka at his request.\n\n"
                       "USSR AMBASSADOR TO POLAND\nP. PONOMARENKO\n", resources)
    assert facts["place_of_origin"] == "Warsaw"


def test_an_articles_introduction_over_the_first_document(resources: Resources) -> None:
    text = ("CWIHP BULLETIN 14/15 61\n\nUlbricht's Letter on the Border Closure\n\n"
            "Translated and introduced by Anna Keller\n\nThe letter below was found in the "
            "files of the SED Politburo.\n\nLetter from Walter Ulbricht to Nikita Khrushchev, "
            "14 August 1961\n\n[Source: SAPMO-BArch, DY 30/3509, pp. 21-23.]\n\n"
            "Dear Nikita Sergeyevich!\n\nThe measures were carried out.\n\nW. Ulbricht\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "Letter from Walter Ulbricht to Nikita Khrushchev, 14 August 1961"
    assert facts["archive_idno"] == "SAPMO-BArch, DY 30/3509, pp. 21-23"
    assert facts["addressee"] == ["Nikita Khrushchev"]


_RELATED = ('September 2, 1980\n'
             'Telegram from the Polish Embassy in Moscow to the Polish Ministry of Foreign'
             ' Affairs\n'
             '\n'
             'Summary\n'
             "Ambassador Kociołek reports Soviet officials' views on the Gdańsk agreement.\n"
             '\n'
             '\n'
             'Translation - English\n'
             'Original Scan\n'
             '\n'
             'CIPHERGRAM No. 9024\n'
             '\n'
             'From Moscow, sent 2.09.1980 at 18:40, received 2.09.1980 at 19:55\n'
             '\n'
             'To: Deputy Minister Józef Czyrek\n'
             '\n'
             "Today Comrade Rusakov's deputy, Comrade Shakhnazarov, told me that the Soviet"
             " leadership regards the agreement signed in Gdańsk as a forced concession.\n"
             '\n'
             'He asked whether Comrade Gierek would remain First Secretary.\n'
             '\n'
             'Kociołek\n'
             '\n'
             'Related Content\n'
             '\n'
             'August 31, 1980\n'
             'Protocol of the Agreement in Gdańsk\n'
             'Text of the agreement between the government commission and the strike committee.\n'
             '\n'
             'September 5, 1980\n'
             'Note on a Conversation with the Soviet Ambassador in Warsaw\n'
             'Aristov on the change of leadership in the PUWP.\n'
             '\n'
             'Document Information\n'
             '\n'
             'Source\n'
             'AMSZ, Departament IV, z. 32/84, w. 6. Translated by Małgorzata Gnoińska.\n'
             '\n'
             'Original Archive\n'
             'Archive of the Ministry of Foreign Affairs, Poland\n'
             '\n'
             'Original Language\n'
             'Polish\n'
             '\n'
             'Rights\n'
             'The History and Public Policy Program welcomes reuse of Digital Archive materials'
             ' for research and educational purposes.\n'
             '\n')


def test_related_content_cards_are_the_pages(resources: Resources) -> None:
    facts = text_facts(_RELATED, resources)
    assert facts["signed"] == "Kociołek"
    assert "Protocol of the Agreement" not in text_xml(_RELATED, resources).split("<body>")[1]
