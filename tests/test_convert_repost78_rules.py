"""Rules for headings and source lines as reposts run them together (repost78):

- an edition's document number, the parties' heading with its receipt and the telegram's
  number line run together into one line (a Kindle or EPUB copy: `No. 41 Sir D. Kelly
  (Moscow) to Mr. Eden (Received 4 March, 10.15 a.m.) No. 198 Telegraphic [NS 1022/14] ...
  MOSCOW, 3 March 1952, 7.40 p.m.`) is set apart into its printed lines: title, sender,
  receipt, number, registry reference and dateline read as from the print
  (`merged_headings.py`);
- a Soviet cipher telegram's form run together (`CIPHERED TELEGRAM No. 20117 From HAVANA
  Special No. 1 TOP SECRET Making copies is prohibited`) is set apart before `From`,
  `Special No.`, the classification and the copying ban: the number and the place of
  origin; a title line naming both parties in capitals stays one (`merged_headings.py`);
- a post's `Source:` line among the page's lines naming an archive (`Source: AVP RF, f.
  0104, ... Translated by X for the National Security Archive.`) is the source field:
  shelfmark and translator; naming an edition or a journal, the translator alone
  (`header.py`);
- after the held score: a Wikipedia article whose sections (`Prelude[edit]`) begin before any
  line naming a form, quoting a document under its own heading in a section, starts the
  document at that heading; a heading naming the parties is the title, the article's name
  the page's text (`pages/wiki_sections.py`).
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.merged_headings import split_merged_headings
from tei.convert.read import Line
from tests.cases import text_facts

KINDLE = (
    "No. 12 Sir W. Hayter (Moscow) to Mr. Lloyd (Received 9 June, 8.30 a.m.) No. 611 "
    "Telegraphic [NS 1051/22] Priority. Secret MOSCOW, 8 June 1956, 11.05 p.m.\n\n"
    "Mr. Molotov told me this evening that he would leave the Ministry within days.\n\n"
    "2. Repeated to Washington.\n\n"
    "Smith, Jane (ed.). Documents on British Policy (p. 88). Routledge. Kindle Edition.\n")
CIPHER = (
    "Our Cold War\nSubscribe\n\nPeter Lang\nMar 3, 2023\n\n"
    "The embassy's report follows.\n\n"
    "> CIPHERED TELEGRAM No. 4471 From BELGRADE Special No. 2 TOP SECRET Making copies is "
    "prohibited\n>\n> To the Ministry of Foreign Affairs of the USSR\n>\n"
    "> 1. Tito received me this morning and spoke of the Hungarian events.\n>\n"
    "> 2. He asked that his views be reported to Moscow.\n>\n"
    "> FIRYUBIN\n>\n> 7.XI.56\n\n"
    "Source: AVP RF, f. 0144, op. 30, p. 118, d. 4, ll. 12-13. Translated by Anna Berg "
    "for this blog.\n\nThanks for reading Our Cold War!\n")


def test_a_kindle_copys_run_together_edition_heading_is_read_as_printed(
        resources: Resources) -> None:
    facts = text_facts(KINDLE, resources)
    assert facts["title"] == "Sir W. Hayter (Moscow) to Mr. Lloyd"
    assert facts["date"] == "1956-06-08"
    assert facts["date_received"] == "1956-06-09T08:30"
    assert facts["telegram_number"] == "611"
    assert facts["sender"] == ["William Hayter"]


def test_a_run_together_cipher_form_gives_number_and_place(resources: Resources) -> None:
    facts = text_facts(CIPHER, resources)
    assert facts["telegram_number"] == "4471"
    assert facts["place_of_origin"] == "Belgrade"
    assert facts["archive_idno"] == "AVP RF, f. 0144, op. 30, p. 118, d. 4, ll. 12-13"
    assert facts["translator"] == "Anna Berg"


def test_a_capitals_title_line_naming_both_parties_stays_one() -> None:
    line = Line(1, "CIPHERED TELEGRAM No. 1187 FROM GROMYKO (NEW YORK) TO MOLOTOV, 27 March 1946")
    assert split_merged_headings([line]) == [line]
    plain = Line(2, "No. 87")
    assert split_merged_headings([plain]) == [plain]


WIKI = (
    "Battle of Sangju\nFrom Wikipedia, the free encyclopedia\nJump to navigation\n\n"
    "Prelude[edit]\nOn 2 May 1951 headquarters sent this order to the front:[4]\n\n"
    "Telegram of the Central Military Commission to Peng Dehuai, 2 May 1951\n"
    "To Comrade Peng Dehuai:\n(1) The enemy's attack has lasted five days and cost him "
    "heavily. You must hold the line north of the river and rotate the companies.\n"
    "(2) Do not counter-attack in daylight; report the situation every evening.\n"
    "Central Military Commission\n2 May, 21:00\n\n"
    "References[edit]\n4. ^ Collected telegrams, vol. 2, p. 45.\n")


def test_a_wiki_article_quoting_a_telegram_in_a_section_starts_it_at_its_heading(
        resources: Resources) -> None:
    facts = text_facts(WIKI, resources)
    assert facts["title"] == ("Telegram of the Central Military Commission to Peng Dehuai, "
                              "2 May 1951")
    assert facts["doc_type"] == "telegram"
    assert facts["addressee"] == ["Peng Dehuai"]
    assert facts["numbered_points"] == 2
