"""Rules for documents reposted outside their publishers, as a user copies them (repost64):

- a quoted document's heading under a repost's lead-in line (`The text of the cable
  follows:`, `Here is the text:`, a thesis's `... in full.23`, a thread's `... 👇`) opens
  the document, the lines above being the page's, on a page whose head gave no title,
  date or fields (under a post's head, a lead-in of 30 words at least) and with no line of
  a form's heading above it; a mail digest's message
  headers are no such heading; under a colon, a dateline alone opens it (a book's `I give it
  here as I wrote it:` over `Moscow, March 3, 1953`) (`pages/lead_in.py`);
- a blog's foot from its first sharing widget or comments' heading after the page's first
  third
  (`Share this:`, `2 thoughts on "..."`, `Leave a Reply`, Blogger's `Posted by X at 21:47`,
  `2 comments:`) is the blog's (row `blog-foot`, `pages/blog_foot.py`);
- a reposter's prose under a signature in capitals, and unmarked notes (bullets or numbered)
  under a notes heading at a repost's end, are the page's (`pages/repost_tail.py`);
- a word processor's bullet written with a tab (`•<TAB>`, `–<TAB>`) is a bullet
  (`read.py`);
- a paragraph headed as a translator's or editor's note over the document is the page's
  introduction (`pages/preamble.py`);
- a thread's post numbers (`2/ `) and the quotation marks around each part of a quoted
  document are taken off (`pages/thread.py`), its unroll's lines are furniture (row
  `thread`); a Markdown page's edit link is navigation;
- a newsletter's and blog platform's buttons and counts (Substack's `Subscribe`, `12 Likes`,
  its thanks under the post; Medium's `Listen`, `Written by NAME`; Blogger's `Email This`,
  `Share to Twitter`) are furniture, the thanks and the author box a blog's foot.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

NEWSPAPER = (
    "THE NEW YORK TIMES, FRIDAY, MARCH 7, 1975\n\n"
    "Text of Cable From Saigon\n\n"
    "WASHINGTON, March 6 — Following is the text of a cable sent by the American Embassy in "
    "Saigon, which was made available to The New York Times by a Congressional aide.\n\n"
    "The text of the cable follows:\n\n"
    "CONFIDENTIAL\n"
    "O 041015Z MAR 75\n"
    "FM AMEMBASSY SAIGON\n"
    "TO SECSTATE WASHDC IMMEDIATE 2210\n"
    "C O N F I D E N T I A L SAIGON 2417\n"
    "SUBJECT: SITUATION IN BAN ME THUOT\n"
    "1. Thieu told me this morning that the highlands could be held.\n"
    "2. I am less sure.\n"
    "MARTIN\n"
)


def test_a_cable_under_a_newspapers_lead_in_is_the_document(resources: Resources) -> None:
    facts = text_facts(NEWSPAPER, resources)
    assert facts["date"] == "1975-03-04"
    assert facts["telegram_number"] == "2417"
    assert facts["signed"] == "MARTIN"


THESIS = (
    "112\n"
    "Chapter Four\n"
    "The British record is the only one available, and the ambassador's report deserves "
    "quotation in full, since it has been cited only in fragments.41\n"
    "FROM MOSCOW TO FOREIGN OFFICE\n"
    "Sir W. Hayter\n"
    "No. 1203\n"
    "2nd October, 1956\n"
    "D. 5.10 p.m. 2nd October, 1956\n"
    "R. 7.25 p.m. 2nd October, 1956\n"
    "Mr. Shepilov received me this afternoon and spoke of Suez.\n"
)


def test_a_thesis_sentence_with_its_anchor_leads_in(resources: Resources) -> None:
    facts = text_facts(THESIS, resources)
    assert facts["telegram_number"] == "1203"
    assert facts["date"] == "1956-10-02"
    assert facts["sender"] == ["William Hayter"]


DIGEST = (
    "H-DIPLO Digest - 3 Mar 1999 to 4 Mar 1999 (#1999-51)\n\n"
    "There is 1 message totalling 24 lines in this issue.\n\n"
    "Topics of the day:\n\n"
    "  1. Query: Bohlen in Moscow\n\n"
    "----------------------------------------------------------------------\n\n"
    "Date:    Wed, 3 Mar 1999 10:11:12 -0500\n"
    "From:    H-Diplo Editors <h-diplo@h-net.msu.edu>\n"
    "Subject: Query: Bohlen in Moscow\n\n"
    "Anyone who has worked on Bohlen's reports from Moscow will know this one. The whole "
    "text, from my notes, is below. Here is the text:\n\n"
    "> TELEGRAM\n"
    "> Department of State\n"
    "> CONFIDENTIAL\n"
    "> FROM: Moscow\n"
    "> TO: Secretary of State\n"
    "> NO: 1432, March 9, 1955, 4 PM\n"
    ">\n"
    "> Molotov spoke today of the Austrian treaty.\n"
    ">\n"
    "> BOHLEN\n"
)


def test_a_digests_message_headers_are_no_quoted_heading(resources: Resources) -> None:
    facts = text_facts(DIGEST, resources)
    assert facts["telegram_number"] == "1432"
    assert facts["place_of_origin"] == "Moscow"


WORDPRESS = (
    "Cold War Notes\n"
    "Menu\n"
    "A cable from Belgrade\n"
    "Posted on May 2, 2015 by dmilic\n"
    "Below is my translation of the ambassador's cable, found in the archive last year.\n"
    "CIPHERED TELEGRAM\n"
    "From BELGRADE\n"
    "No. 216\n"
    "12 June 1955\n"
    "To MOSCOW, Cde. V. M. MOLOTOV\n"
    "Tito received me today and spoke of the coming visit.\n"
    "V. VALKOV\n"
    "What strikes me is how cautious the ambassador remains throughout the whole text.\n"
    "Share this:\n"
    "Twitter\n"
    "Facebook\n"
    "Like this:\n"
    "Related\n"
    "2 thoughts on \"A cable from Belgrade\"\n"
    "Pavel S.\n"
    "May 3, 2015 at 9:12 am\n"
    "Did Khrushchev see it before he flew to Belgrade?\n"
    "Reply\n"
    "Leave a Reply Cancel reply\n"
)


def test_a_blogs_foot_and_remark_are_the_pages(resources: Resources) -> None:
    facts = text_facts(WORDPRESS, resources)
    assert facts["signed"] == "V. VALKOV"
    xml = text_xml(WORDPRESS, resources)
    text = xml[xml.index("<text"):]
    assert "Khrushchev" not in text and "strikes me" not in text


WORD_EXPORT = (
    "Working translations – Prague 1968\n\n"
    "Translated by Jana Horák from the Czech original, with the archive's reference below.\n\n"
    "Telegram – encrypted\n"
    "\tSent: Moscow, 23.8.1968, 11:20\n"
    "\tNo.:\t3812/1968\n"
    "\tTo:\tPrague\n\n"
    "Today I spoke with Comrade Kuznetsov. He asked that we pass on the following:\n"
    "•\tthe talks will continue tomorrow;\n"
    "•\tno statement will be made before they end.\n"
    "Koucký\n\n"
    "Translator’s notes:\n"
    "–\tKuznetsov is Vasily Kuznetsov, First Deputy Minister of Foreign Affairs.\n"
)


def test_a_word_processors_tabbed_bullets_and_notes(resources: Resources) -> None:
    xml = text_xml(WORD_EXPORT, resources)
    text = xml[xml.index("<text"):]
    assert "<p>•</p>" not in text and "<p>–</p>" not in text
    assert "First Deputy Minister" not in text  # the translator's note: the page's
    facts = text_facts(WORD_EXPORT, resources)
    assert facts["telegram_number"] == "3812/1968"
    assert facts["signed"] == "Koucký"


MARKDOWN = (
    "---\n"
    "title: \"Zhou Enlai to Mao Zedong (20 January 1950)\"\n"
    "translator: \"Li Ming\"\n"
    "---\n\n"
    "# Zhou Enlai to Mao Zedong (20 January 1950)\n\n"
    "> **Translator's note.** Translated from the Chinese by Li Ming. The telegram went to "
    "Moscow, where Mao was staying.\n\n"
    "**Telegram**\n\n"
    "Chairman Mao:\n\n"
    "(1) The delegation will leave Beijing tonight.\n\n"
    "(2) Wang Jiaxiang will meet us at the border.\n\n"
    "Zhou Enlai\n\n"
    "---\n\n"
    "## Notes\n\n"
    "1. The delegation's list is in the next document.\n"
    "2. The date is that of the draft.\n\n"
    "*Edit this page on GitHub*\n"
)


def test_a_markdown_copys_note_above_and_notes_below_are_the_pages(resources: Resources) -> None:
    facts = text_facts(MARKDOWN, resources)
    assert facts["numbered_points"] == 2
    assert facts["signed"] == "Zhou Enlai"
    assert facts["addressee"] == ["Mao Zedong"]


THREAD = (
    "Thread by @coldwarcables\n"
    "1/ Sixty years ago today the Soviet ambassador in Havana sent this. My translation 👇\n"
    "2/ \"CIPHERED TELEGRAM\n"
    "From HAVANA\n"
    "28 October 1962\n"
    "To the MFA USSR.\"\n"
    "3/ \"Castro received me at noon and spoke of the letter of the 27th.\"\n"
    "4/ \"ALEKSEEV\" /end\n"
    "3:02 PM · Oct 28, 2022\n"
)


def test_a_threads_numbers_and_quotes_are_taken_off(resources: Resources) -> None:
    facts = text_facts(THREAD, resources)
    assert facts["date"] == "1962-10-28"
    assert facts["signed"] == "ALEKSEEV"
    assert facts["sender"] == ["Aleksandr Alekseev"]


SUBSTACK = (
    "The Cold War Letter\nSubscribe\nSign in\n"
    "Kennan's cable of 1952\nThe ambassador's last word before he was expelled\n"
    "Mark Owen\nSep 20, 2022\nShare\n"
    "George Kennan's tenure in Moscow lasted only a few months. His last substantive cable, "
    "which I read at College Park, is quoted below in full.\n"
    "Subscribe\n"
    "FROM MOSCOW\nTO SECRETARY OF STATE\nNO. 512, SEPTEMBER 19, 1952, 6 P.M.\nSECRET\n"
    "Vyshinsky received me today and was correct but cold.\n"
    "KENNAN\n"
    "Thanks for reading The Cold War Letter! Subscribe for free to receive new posts.\n"
    "12 Likes\n3 Comments\n"
)


def test_a_newsletters_buttons_between_lead_in_and_heading(resources: Resources) -> None:
    facts = text_facts(SUBSTACK, resources)
    assert facts["sender"] == ["George Kennan"]
    assert facts["signed"] == "KENNAN"


BOOK = (
    "Full text of \"Memoirs of a Diplomat\"\nSee other formats\n\n"
    "MEMOIRS OF A DIPLOMAT \n\n204 \n\n"
    "my telegram to the Department went out that night, and I \n"
    "give it here as I wrote it: \n\n"
    "Moscow, March 3, 1953 \n\n"
    "Secretary of State, Washington. \n\n"
    "No. 1212. Stalin is reported gravely ill. The city is quiet \n"
    "and there is no sign of troop movement. \n\n"
    "BEAM \n"
)


def test_a_books_telegram_opening_with_its_dateline_under_a_colon(resources: Resources) -> None:
    facts = text_facts(BOOK, resources)
    assert facts["date"] == "1953-03-03"
    assert facts["place_of_origin"] == "Moscow"
