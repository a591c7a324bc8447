"""Rules for Cold War documents reposted elsewhere (repost63):

- a message board's repost (`pages/board.py`): the quoted question and the poster's
  introduction ending in a colon under a quote header (`Quote from: USER on DATE`,
  vBulletin's `Originally Posted by USER`, XenForo's `USER said:`), or under a post line
  with no header (Reddit's `Posted by u/USER` / `3 yr. ago` on lines of their own), are the
  board's; so are the post's foot (`Logged`, `USER is offline  Reply With Quote`, `412
  comments`: row `forum-foot`), all after it and the poster's signature over it;
- a cipher's form line with its number after a comma (`Ciphered telegram, 183`);
- an NSA release's grade with its codeword (`TOP SECRET UMBRA`) and `VENONA` repeated from
  the head at the text's end are the last page's foot (`pages/page_stamps.py`); `REISSUE`
  alone is a control line; a `Comments:` label line may hold the first roman note;
- Scribd's newer page lines are furniture (`Download free for 30 days`, `Uploaded by`,
  `Save TITLE For Later`, `You are on page 1/ 18`); a form line under an article's
  sentence pointing to it (`printed below`) opens the document (`pages/preamble.py`);
- a journal page opening in the previous document's text (archive.org's full text of a
  CWIHP Bulletin page): its end, signature and whole bracketed source note over this
  document's heading go to the page text (`pages/above_head.py`);
- a newspaper database's issue line alone (`The Washington Post, January 6, 1972`) is the
  page's, its `Page A16` and `Continued on Page A17, Column 3` furniture.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

SMF = (
    "Cold War Chat » Crisis periods » Re: The Bohlen cable\n"
    "Author Topic: The Bohlen cable  (Read 912 times)\n"
    "0 Members and 1 Guest are viewing this topic.\n"
    "olegk\nFull Member\n***\nPosts: 88\n"
    "Re: The Bohlen cable\n"
    "« Reply #2 on: May 12, 2012, 11:02:10 AM »\n"
    "Quote from: tpeters on May 12, 2012, 09:40:55 AM\n"
    "Does anyone have the text?\n"
    "Here it is, from the microfilm edition:\n\n"
    "SECRET\n\n"
    "FROM: Paris\nTO: Secretary of State\nNO: 4410, May 17, 5 PM\n\n"
    "Khrushchev left the conference this afternoon without a further meeting.\n\n"
    "BOHLEN\n"
    "__________________\n"
    "\"Trust, but verify.\"\n"
    "Logged\n"
)


def test_the_quoted_question_and_the_introduction_are_the_boards(resources: Resources) -> None:
    xml = text_xml(SMF, resources)
    body = xml[xml.index("<text"):]
    assert "Does anyone have the text?" not in body
    assert "Here it is, from the microfilm edition:" not in body
    assert text_facts(SMF, resources)["telegram_number"] == "4410"


def test_the_posts_foot_and_signature_are_the_boards(resources: Resources) -> None:
    xml = text_xml(SMF, resources)
    body = xml[xml.index("<text"):]
    assert "Logged" not in body and "Trust, but verify" not in body
    assert text_facts(SMF, resources)["signed"] == "BOHLEN"


REDDIT = (
    "r/ColdWar\n"
    "Posted by u/archive_rat\n"
    "2 yr. ago\n"
    "A Polish cipher from Hanoi, 1965\n"
    "Typed this out from the Wilson Center page for the thread:\n\n"
    "Ciphered telegram, 2210\n\n"
    "Hanoi, 12 March 1965\n\n"
    "Pham Van Dong received the ambassador today and spoke of the bombing.\n\n"
    "Siedlecki\n\n"
    "57 comments\n"
    "Share\n"
    "level 1\n"
    "old_sarge\n"
    "Thanks for this.\n"
)


def test_a_reddit_post_over_its_document_and_its_comments_under_it(resources: Resources) -> None:
    xml = text_xml(REDDIT, resources)
    body = xml[xml.index("<text"):]
    assert "Typed this out" not in body and "Thanks for this." not in body
    facts = text_facts(REDDIT, resources)
    assert facts["date"] == "1965-03-12"
    assert facts["telegram_number"] == "2210"


VENONA = (
    "TOP SECRET UMBRA\n"
    "VENONA\n\n"
    "USSR                            Ref. No:  S/NBF/T511\n"
    "                                Issued:   4/4/1956\n\n"
    "REISSUE\n\n"
    "MEETING WITH KOMAR\n\n"
    "From: NEW YORK\nTo:   MOSCOW\nNo:   933\n21 June 1944\n\n"
    "To VIKTOR[i].\n\n"
    "KOMAR[ii] handed over the materials. [8 groups unrecovered]\n\n"
    "MAJ[iii]\n\n"
    "Comments: [i]   VIKTOR: Lt. Gen. P. M. FITIN.\n"
    "          [ii]  KOMAR: Not identified.\n"
    "          [iii] MAJ: Stepan APRESYAN.\n\n"
    "TOP SECRET UMBRA\n"
    "VENONA\n"
)


def test_a_releases_foot_repeating_its_head_is_no_signature(resources: Resources) -> None:
    facts = text_facts(VENONA, resources)
    assert facts["signed"] == "MAJ"
    assert facts["title"] == "MEETING WITH KOMAR"
    assert facts["notes"] == 3


SCRIBD = (
    "Open navigation menu\nClose suggestions\nDownload free for 30 days\n"
    "0 ratings0% found this document useful (0 votes)\n44 views9 pages\n"
    "Budapest 1956 in the Soviet Cables\nUploaded by\nreader_hu\nAI-enhanced title\n"
    "Save Budapest 1956 in the Soviet Cables For Later\nYou are on page 1/ 9\n"
    "The ambassador's report, printed below, reached Moscow during the night of the "
    "uprising's first day.\n"
    "TELEGRAM FROM BUDAPEST\n"
    "No. 3121\n"
    "24 October 1956\n"
    "The situation in the city remains grave; shooting continues near the radio building.\n"
    "ANDROPOV\n"
    "Share this document\n"
)


def test_a_form_line_under_an_articles_pointing_sentence(resources: Resources) -> None:
    facts = text_facts(SCRIBD, resources)
    assert facts["date"] == "1956-10-24"
    assert facts["telegram_number"] == "3121"
    assert facts["place_of_origin"] == "Budapest"


NEWSPAPER = (
    "The Washington Post, January 6, 1972\n"
    "Page A16\n\n"
    "SECRET\n\n"
    "FM AMEMBASSY ISLAMABAD\n"
    "TO SECSTATE WASHDC IMMEDIATE 2871\n\n"
    "1. President Yahya Khan received me this evening.\n\n"
    "FARLAND\n\n"
    "Continued on Page A17, Column 3\n"
)


def test_a_newspapers_issue_line_is_the_pages(resources: Resources) -> None:
    facts = text_facts(NEWSPAPER, resources)
    assert facts["place_of_origin"] != "Washington"
    xml = text_xml(NEWSPAPER, resources)
    assert "Continued on Page" not in xml[xml.index("<text"):]


PAGE = (
    "the question will not be raised again before the plenum.\n\n"
    "S. ANTONOV\n\n"
    "[Source: AVPRF, f. 0100, op. 51, d. 6, l. 12. Translated by\n"
    "Vladislav Zubok.]\n\n"
    "Ciphered Telegram from Soviet Ambassador to the PRC Pavel Yudin\n"
    "to Moscow, 3 August 1958\n\n"
    "Top Secret\n\n"
    "Today Mao Zedong received me again and spoke of the fleet.\n\n"
    "P. YUDIN\n"
)


def test_a_page_opening_in_the_previous_documents_text(resources: Resources) -> None:
    facts = text_facts(PAGE, resources)
    assert facts["date"] == "1958-08-03"
    assert facts["sender"] == ["Pavel Yudin"]
    assert "ANTONOV" not in text_xml(PAGE, resources).split("<text", 1)[1]
