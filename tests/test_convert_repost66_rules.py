"""Rules for telegrams reposted outside the archives, more platforms (repost66):

- a lead-in's run of heading lines may be an edition's (table `frus`: the decimal file's line
  `861.00/2–2246: Telegram`, the editors' heading by offices); a FRUS document quoted under a
  lead-in further down the page is read by the FRUS reader (`pages/quoted_edition.py`);
  FRUS's unnumbered heading `Telegram From the Embassy in India to the Department of State`
  is an edition's heading (`frus`, `document-heading`);
- under a colon, a dateline may follow a form line or an edition's heading; a colon may
  carry its note anchor in brackets (`reads:[3]`, never a clock's `07:38`); a short prose
  line over a rule and a dateline leads in a course reader's document, and the form and
  parties line above it is the title (`pages/lead_in.py`); a post's clock alone is the page's;
- a block quote's one-line British heading (`Telegram No. 412. Sir M. Lampson to Mr. Eden.
  Cairo, 4th February, 1942.`) is split into number, parties and dateline (`run-on-heading`);
- a wiki section heading with its edit link (`Aftermath[edit]`) under the quoted document
  ends it (`pages/wiki_sections.py`);
- the reposter's tail: a signature with its glued anchor (`Wilson.32`), a surname several
  register persons bear, the article's footnotes, a paragraph the page's turn cuts, a blog's
  `Tags:` line (`pages/repost_tail.py`);
- an edition's next heading in capitals by form and parties ends the document
  (`pages/next_document.py`);
- English Wikisource's collection subpage (path title, header template, arrows, glued page
  number) is the page's, its edition heading read by the FRUS reader (`pages/wikisource.py`);
- furniture: Reddit's bar, buttons and votes; Google Books' book page lines; JSTOR's cover and
  download stamp; MediaWiki's footer and licence template; a course reader's running head;
- after the held score: phpBB's two-word poster (`Post by Hans-Dieter K. » ...`), post number
  and `Top` link; a poster's sign-off (`Regards,` / name) ends the reposter's tail, and a
  mail's note signed off (`Best,` / `Rachel`) over a forwarded cable's heading leads it in;
  Project Gutenberg's header is boilerplate; the Internet Archive's bar is furniture; a bare
  page's collection number over its parties' heading (in capitals too) opens the document,
  the book's front matter above it the page's, the FRUS reader reading it; a board's post
  number (`#1`) does not stop the lead-in's search.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

SUBSTACK = (
    "Cold Archive\nSubscribe\nSign in\n\n"
    "What the chargé wrote\nDaniel Ferreira\nFeb 22, 2024\n38\nShare\n\n"
    "Almost nobody reads the opening of the cable, which is oddly apologetic and much more "
    "careful than its reputation. Here is the heading and the first paragraph as the "
    "volume prints them:\n\n"
    "861.00/2–2246: Telegram\n\n"
    "The Chargé in the Soviet Union (Kennan) to the Secretary of State\n\n"
    "Moscow, February 22, 1946—9 p.m.\n[Received February 22—3:52 p.m.]\n\n"
    "511. Answer to Dept's 284 involves questions so intricate that I cannot compress "
    "answers into a single brief message.\n\nKennan\n\n"
    "Two things stand out in this opening paragraph, and both are worth a moment.\n\n"
    "Subscribe\n"
)

REDDIT = (
    "r/AskHistorians\nSearch Reddit\nLog In\n\n"
    "Did the United States help India in 1962?\n\nUpvote\n412\nDownvote\nShare\n\n"
    "u/mughal_miniature avatar\nmughal_miniature\n\n"
    "It helped, and quickly, though on a scale far smaller than Delhi wanted, as the "
    "ambassador's cable of the eighth day of the fighting shows:\n\n"
    "Telegram From the Embassy in India to the Department of State\n\n"
    "New Delhi, October 28, 1962, 6 p.m.\n\n"
    "1434. Prime Minister asked me to call this afternoon at his house.\n\n"
    "Galbraith\n\n"
    "The airlift started on 3 November, after the requests had come through.\n\n"
    "Upvote\n287\nDownvote\nAward\n"
)

WIKIPEDIA = (
    "From Wikipedia, the free encyclopedia\n\n"
    "The Abdeen Palace incident was a confrontation on 4 February 1942 in Cairo.[1]\n\n"
    "Lampson's report[edit]\n\n"
    "Lampson reported the outcome to the Foreign Secretary the same night:[2]\n\n"
    "Telegram No. 412. Sir M. Lampson to Mr. Eden. Cairo, 4th February, 1942.\n"
    "I went to the Palace at 9 p.m. King Farouk received me.\n\n"
    "Aftermath[edit]\n\n"
    "The incident humiliated the King and is often cited among the causes of the revolution.\n"
)


def test_a_frus_document_quoted_under_a_lead_in_is_read_as_frus(resources: Resources) -> None:
    facts = text_facts(SUBSTACK, resources)
    assert facts["title"] == "The Chargé in the Soviet Union (Kennan) to the Secretary of State"
    assert facts["telegram_number"] == "511"
    assert facts["date"] == "1946-02-22"
    assert facts["archive_idno"] == "861.00/2–2246"
    assert facts["signed"] == "Kennan"


def test_the_unnumbered_frus_heading_under_a_colon(resources: Resources) -> None:
    facts = text_facts(REDDIT, resources)
    assert facts["title"] == "Telegram From the Embassy in India to the Department of State"
    assert facts["telegram_number"] == "1434"
    assert facts["date"] == "1962-10-28"
    assert facts["sender"] == ["John Kenneth Galbraith"]


def test_reddit_buttons_are_furniture(resources: Resources) -> None:
    body = text_xml(REDDIT, resources).split("<text")[1]
    assert "Downvote" not in body and "Upvote" not in body and "avatar" not in body


def test_a_one_line_heading_under_an_anchored_colon(resources: Resources) -> None:
    facts = text_facts(WIKIPEDIA, resources)
    assert facts["telegram_number"] == "412"
    assert facts["sender"] == ["Miles Lampson"]
    assert facts["addressee"] == ["Anthony Eden"]
    assert facts["date"] == "1942-02-04"


def test_a_wiki_section_heading_ends_the_quoted_document(resources: Resources) -> None:
    body = text_xml(WIKIPEDIA, resources).split("<text")[1]
    assert "Farouk" in body and "humiliated" not in body


def test_a_clock_is_no_colon_before_a_cable(resources: Resources) -> None:
    facts = text_facts("Friday, 24 July 2009, 07:38\nC O N F I D E N T I A L SEOUL 001171\n"
                       "SIPDIS\nSUBJECT: MEETING WITH THE MINISTER\n\n"
                       "1. (C) The minister outlined the succession.\n", resources)
    assert facts["date"] == "2009-07-24"


def test_a_block_quote_closed_by_an_anchored_signature(resources: Resources) -> None:
    text = (
        "The Ambassador and the Coup\nAuthor(s): M. Villasenor\n"
        "Source: The Americas, Vol. 71, No. 3 (January 2015), pp. 401-428\n"
        "This content downloaded from 132.248.9.41 on Tue, 14 Mar 2023 18:22:07 UTC\n"
        "All use subject to https://about.jstor.org/terms\n\n"
        "When the end came, Wilson's report to Washington was short and revealing:\n\n"
        "     American Embassy, Mexico, February 18, 1913—4 p.m.\n"
        "     My confidential agent reports that General Huerta has arrested President "
        "Madero.\n     Wilson.32\n\n"
        "Two features deserve comment. First, the agent was a member of the embassy staff, "
        "as the memoir concedes.33 Second, Wilson reported the\n\n"
        "32 Wilson to Knox, telegram, February 18, 1913, 4 p.m., ibid., 720.\n"
        "This content downloaded from 132.248.9.41 on Tue, 14 Mar 2023 18:22:07 UTC\n"
        "All use subject to https://about.jstor.org/terms\n")
    body = text_xml(text, resources).split("<text")[1]
    assert "Huerta" in body and "deserve comment" not in body and "jstor" not in body
    assert text_facts(text, resources)["date"] == "1913-02-18"


def test_the_next_capitals_heading_ends_a_google_books_page(resources: Resources) -> None:
    facts = text_facts(
        "Google Books\nSoviet Documents on Foreign Policy: 1917-1924\nJane Degras\n"
        "Royal Institute of International Affairs, 1951 - Soviet Union - 501 pages\n"
        "Search inside\nGet this book in print\nAll sellers »\n\n"
        "TELEGRAM FROM CHICHERIN TO CURZON REPLYING TO THE BRITISH PROPOSAL\n\n"
        "17 July 1920\n\n"
        "The Soviet Government has received the telegram of the British Government.\n\n"
        "CHICHERIN\n\n"
        "TELEGRAM FROM CHICHERIN TO THE GOVERNMENTS OF LITHUANIA, LATVIA\n\n"
        "Pages displayed by permission of Royal Institute of International Affairs. "
        "Copyright.\nTerms of Service\n", resources)
    assert facts["signed"] == "CHICHERIN"


def test_a_wikisource_subpage_template_is_the_page(resources: Resources) -> None:
    facts = text_facts(
        "Collected Diplomatic Documents/British Diplomatic Correspondence/No. 41\n"
        "From Wikisource\n← No. 40\tCollected Diplomatic Documents\n"
        "British Diplomatic Correspondence\tNo. 42 →\nNo. 41\n"
        "71Collected Diplomatic Documents — British Diplomatic Correspondence\n\n"
        "No. 41.\n\nSir M. de Bunsen to Sir Edward Grey.—(Received July 27.)\n\n"
        "(Telegraphic.)\n\nVienna, July 27, 1914.\n\n"
        "I have had conversations with all my colleagues.\n\n"
        "PD-old-90\nDevelopers\nStatistics\n", resources)
    assert facts["title"] == "Sir M. de Bunsen to Sir Edward Grey"
    assert facts["date_received"] == "1914-07-27"
    assert facts["sender"] == ["Maurice de Bunsen"]
    assert facts["signed"] is None


def test_a_course_reader_document_under_a_rule(resources: Resources) -> None:
    facts = text_facts(
        "HIST 2745 / ASIA 2745\nCourse Reader — Spring 2025\n\nDocument 6.3\n"
        "Telegram from Ho Chi Minh to President Harry S. Truman, 28 February 1946\n\n"
        "Questions for discussion: to whom is Ho appealing, and in whose language?\n\n"
        "------------------------------------------------------------\n\n"
        "Hanoi, February 28, 1946\n\n"
        "WE THEREFORE APPEAL TO THE UNITED STATES TO INTERFERE URGENTLY.\n\n"
        "RESPECTFULLY,\nHO CHI MINH\n\n"
        "------------------------------------------------------------\n\n"
        "Note: The telegram was passed to the OSS mission and forwarded to Washington.\n"
        "42\nHIST 2745 Course Reader — Week 6\n", resources)
    assert facts["title"] == "Telegram from Ho Chi Minh to President Harry S. Truman, " \
        "28 February 1946"
    assert facts["date"] == "1946-02-28"
    assert facts["signed"] == "HO CHI MINH"


def test_a_post_clock_and_tags_line_stay_the_page(resources: Resources) -> None:
    facts = text_facts(
        "cold_war_files\nThe day Bevin decided\ncoldwarfiles wrote\nMarch 14th, 2009\n21:12\n\n"
        "I typed out the telegram from the volume for 1948 so that you can read it whole:\n\n"
        "740.00119 Control (Germany)/6–2548: Telegram\n\n"
        "The Ambassador in the United Kingdom (Douglas) to the Secretary of State\n\n"
        "London, June 25, 1948—8 p.m.\n\n"
        "2812. Bevin told me this afternoon that the Cabinet had agreed.\n\nDouglas\n\n"
        "Note how short it is, and how clearly he had made up his mind already.\n\n"
        "Tags: berlin, cold war, frus\n", resources)
    assert facts["telegram_number"] == "2812"
    assert facts["signed"] == "Douglas"


def test_a_phpbb_post_with_a_two_word_poster_and_sign_off(resources: Resources) -> None:
    facts = text_facts(
        "Axis History Forum\nBoard index\nHans-Dieter K.\nMember\n#1\n"
        "Post by Hans-Dieter K. » 14 Feb 2016, 20:48\n\n"
        "The German ambassador in Rome wired Berlin several hours before the speech. Here is "
        "the telegram as printed in the documents volume:\n\n"
        "No. 407\n\nThe Ambassador in Italy to the Foreign Ministry\n\nTelegram\n\n"
        "MOST URGENT\nRome, June 10, 1940—1:25 p.m.\nNo. 1088 of June 10\n"
        "Received June 10—2:40 p.m.\n\n"
        "Count Ciano has just asked me to call on him.\n\nMackensen\n\n"
        "So Berlin had it by mid-afternoon at the latest, which settles the question.\n\n"
        "Regards,\nHans-Dieter\nTop\nMarcello\nMember\n", resources)
    assert facts["telegram_number"] == "1088"
    assert facts["date_received"] == "1940-06-10T14:40"
    assert facts["signed"] == "Mackensen"


def test_a_gutenberg_book_and_a_collection_number_over_capitals(resources: Resources) -> None:
    gutenberg = text_facts(
        "The Project Gutenberg eBook of Collected Diplomatic Documents, by Various\n\n"
        "Title: Collected Diplomatic Documents\n\nAuthor: Various\n\n"
        "*** START OF THE PROJECT GUTENBERG EBOOK COLLECTED DIPLOMATIC DOCUMENTS ***\n\n"
        "No. 4.\n\n"
        "Telegram from the Russian Minister for Foreign Affairs to the Russian Chargé "
        "d'Affaires at Vienna.\n\n(Translation.)\n\nSt. Petersburgh, July 11 (24), 1914.\n\n"
        "Please communicate the following to the Minister at once.\n\n(Signed) SAZONOF.\n",
        resources)
    assert gutenberg["sender"] == ["Sergey Sazonov"]
    assert gutenberg["date"] == "1914-07-24"
    archive = text_facts(
        "Internet Archive logo\nUpload icon\nSign up | Log in\n\n"
        "CORRESPONDENCE\n\nREGARDING THE\n\nNEGOTIATIONS BETWEEN JAPAN AND RUSSIA\n\n"
        "54 NEGOTIATIONS BETWEEN JAPAN AND RUSSIA.\n\nNo. 48.\n\n"
        "BARON KOMURA TO MR. KURINO.\n\n(Telegram.)\n\nTokio, February 5, 1904.\n\n"
        "You will address to Count Lamsdorff a signed note.\n\nNo. 49.\n\n"
        "BARON KOMURA TO MR. KURINO.\n\n(Telegram.)\n\nTokio, February 5, 1904.\n\n"
        "You will present the two notes at the same time.\n", resources)
    assert archive["title"].casefold() == "baron komura to mr. kurino"
    assert archive["sender"] == ["Jutaro Komura"]
    assert archive["addressee"] == ["Shinichiro Kurino"]


def test_a_mail_note_signed_off_over_a_forwarded_cable(resources: Resources) -> None:
    facts = text_facts(
        "Fwd: the cable you asked about\nInbox\n\nRachel Lindqvist <r.l@example.edu>\n"
        "Tue, Mar 12, 2024, 4:31 PM\nto me\n\nHi Tomás,\n\n"
        "Here it is, typed out from my photo of the printout. Sorry about the line breaks.\n\n"
        "Best,\nRachel\n\n"
        "DEPARTMENT OF STATE TELEGRAM\nSECRET\n\nPAGE 01 TEL AV 08112 091422Z\n\n"
        "O 091340Z OCT 73\nFM AMEMBASSY TEL AVIV\nTO SECSTATE WASHDC IMMEDIATE 7164\n\n"
        "S E C R E T TEL AVIV 8112\n\nSUBJECT: REQUEST FOR RESUPPLY\n\n"
        "1. THE PRIME MINISTER ASKED ME TO SEE HER TODAY.\n\nKEATING\n", resources)
    assert facts["date"] == "1973-10-09"
    assert facts["place_of_origin"] == "Tel Aviv"
