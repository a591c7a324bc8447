"""Rules for the header facts of reposted documents (repost73):

- a capitals heading naming form, number, `FROM` and `TO` on one line under a post's
  introduction is the document's heading (`pages/lead_in.py`);
- a word processor's bulleted tab field (`•<TAB>Telegram No.:<TAB>42`) is `Label: value`
  (`read_cells.py`);
- a dateline with its clock under the signature (`Geneva, 12 May 1954, 11 p.m.`) is the
  close's, no summary (`pages/summary.py`);
- a Markdown heading naming the form under a post's HTML introduction titles the page over its
  front matter's title (`pages/frontmatter.py`); `Telegram 812 from` gives the number (table
  `title-facts`, row `number`);
- dispatch and receipt run on as two sentences give a line each (`read_cells.py`);
- a title closed after a dash by place and day gives the place of origin (table `title-facts`,
  row `registered-place`);
- a source line in brackets at the foot is the source field (`pages/fields.py`); a release
  sentence after the file is no part of the shelfmark (`classified_tail.py`);
- the number line with day and hour after `No.`, in capitals under FM and TO (tables `heading`,
  `heading-us-cable`, row `cable-number`);
- a heading run together from the form's number, the post and the day (`Telegram No. 412,
  Moscow, 6th December, 1962`: table `heading`, row `cable-number`);
- after the held score: a Discord channel's message heads (`USER — 12/03/2021 3:41 PM`) are
  the board's (table `page-furniture`, row `forum-post`); `src:` labels the source
  (table `page-fields`); a date in parentheses alone under the signature (`(13 October 1950,
  9 p.m.)`) is the close's dateline (`dateline_parts.whole_date`).
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.classified_tail import unclassified
from tests.cases import text_facts, text_xml

TEXT = "Today I met Eden at his residence. The conversation lasted about an hour and a half.\n"


def test_a_capitals_heading_under_a_posts_introduction_is_the_documents(
        resources: Resources) -> None:
    facts = text_facts(
        "Posted by u/archive_rat\n"
        "Found this in the files, posting the text for discussion. Any thoughts on this?\n\n"
        "**TELEGRAM No. 4231 FROM SHTYKOV TO VYSHINSKY, 14 January 1950**\n\nTOP SECRET\n\n"
        "Kim Il Sung asked me again about a meeting. I told him I would report it to Moscow.\n\n"
        "SHTYKOV\n", resources)
    assert facts["telegram_number"] == "4231"
    assert facts["date"] == "1950-01-14"
    assert facts["addressee"] == ["Andrei Vyshinsky"]


def test_a_bulleted_tab_field_and_a_foot_dateline_with_its_clock(resources: Resources) -> None:
    facts = text_facts(
        "Telegram from Zhou Enlai to Mao Zedong, 12 May 1954\n\n"
        "•\tTelegram No.:\t42\n\nChairman Mao:\n\n" + TEXT + "\nZhou Enlai\n"
        "Geneva, 12 May 1954, 11 p.m.\n", resources)
    assert facts["telegram_number"] == "42"
    assert facts["place_of_origin"] == "Geneva"
    assert not facts.get("summary")


def test_a_markdown_heading_under_an_html_introduction_titles_the_page(
        resources: Resources) -> None:
    facts = text_facts(
        '---\ntitle: "Unger on the Plain of Jars"\n---\n\n<div class="intro">\n'
        "The cable below came back from a review request last year.\n</div>\n\n"
        "## Telegram 812 from Vientiane, 6 December 1962\n\n"
        "Souvanna told me this morning that the forces had withdrawn from two positions.\n\n"
        "UNGER\n", resources)
    assert facts["title"] == "Telegram 812 from Vientiane, 6 December 1962"
    assert facts["telegram_number"] == "812"


def test_sent_and_received_sentences_a_dashed_title_place_and_a_bracketed_source(
        resources: Resources) -> None:
    facts = text_facts(
        "Telegram from Gromyko to the CC CPSU — New York, 26 September 1962\n\n"
        "*Sent: 26.IX.1962, 23:40. Received in Moscow: 27.IX.1962, 06:15.*\n\n"
        + TEXT + "\nA. GROMYKO\n\n(Source: AVP RF, f. 0102, op. 18, p. 124, d. 15, ll. 3-5.)\n",
        resources)
    assert facts["date_received"] == "1962-09-27T06:15"
    assert facts["place_of_origin"] == "New York"
    assert facts["archive_idno"] == "AVP RF, f. 0102, op. 18, p. 124, d. 15, ll. 3-5"


def test_a_release_sentence_is_no_part_of_the_shelfmark() -> None:
    assert unclassified('Laos, Box 131, "Cables 12/62". Declassified NLK-11-214.') == \
        'Laos, Box 131, "Cables 12/62"'
    assert unclassified("RG 59. Secretariat files") == "RG 59. Secretariat files"


def test_the_number_line_with_day_and_hour_in_capitals(resources: Resources) -> None:
    xml = text_xml("FM AMEMBASSY SAIGON\nTO SECSTATE WASHDC\nNO. 1004, NOVEMBER 6, 8 PM\n\n"
                   "Big Minh told me this morning that the generals will announce it.\n\n"
                   "LODGE\n", resources)
    assert '<idno type="telegram">1004</idno>' in xml
    facts = text_facts("TELEGRAM\nNo. 1004, November 6, 1963, 8 p.m.\n\n" + TEXT + "\nLODGE\n",
                       resources)
    assert facts["telegram_number"] == "1004"


def test_a_heading_of_number_post_and_day_run_together(resources: Resources) -> None:
    facts = text_facts("Telegram No. 412, Moscow, 6th December, 1962\n\n" + TEXT
                       + "\nSource: FO 371/163567, NS 1051/48.\n", resources)
    assert facts["telegram_number"] == "412"
    assert facts["date"] == "1962-12-06"
    assert facts["place_of_origin"] == "Moscow"


def test_a_discord_channels_message_heads_are_the_boards(resources: Resources) -> None:
    facts = text_facts(
        "kremlin_files — 12/03/2021 3:41 PM\nhere it is, typed up from the scan\n\n"
        "kremlin_files — 12/03/2021 3:42 PM\nCIPHERED TELEGRAM\nNo. 5127\n"
        "Moscow, 7 December 1962\n\n" + TEXT + "\nA. GROMYKO\n\n"
        "kremlin_files — 12/03/2021 3:43 PM\nsrc: AVP RF f. 059, op. 1, p. 6, d. 31, l. 88\n",
        resources)
    assert facts["signed"] == "A. GROMYKO"
    assert facts["date"] == "1962-12-07"
    assert facts["archive_idno"] == "AVP RF f. 059, op. 1, p. 6, d. 31, l. 88"


def test_a_date_in_parentheses_under_the_signature_is_the_dateline(resources: Resources) -> None:
    facts = text_facts("Comrades Peng Dehuai and Gao Gang:\n\n" + TEXT
                       + "\nMao Zedong\n(13 October 1950, 9 p.m.)\n", resources)
    assert facts["date"] == "1950-10-13"
    assert facts["signed"] == "Mao Zedong"
