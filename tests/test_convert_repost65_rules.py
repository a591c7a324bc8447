"""Rules for documents reposted off their publishers, more platforms (repost65):

- a quoted telegram's parties line in title case (`Attolico to Ciano`, `Zimmermann to
  Bernstorff, Washington`) is a heading line naming sender and addressee (table `heading`,
  row `transmission`); a body or two full names (`Commonwealth Government to Bruce`) is not;
- a newsletter's section heading in capitals or a thesis's numbered section title may stand
  between the lead-in and the document (`pages/lead_in.py`);
- the reposter's tail under a registered name's signature (`Attolico`) or capitals with an
  office after a comma, short sentences and topic tags in it, and a capitals section heading
  right under the signature, are the page's (`pages/repost_tail.py`);
- Stack Exchange's `Improve this answer` opens the blog's foot; phpBB 3.3's `Quote` is a quote
  header and its profile block (`Posts: 1038`) the post's foot (`pages/board.py`);
- a LaTeX source is read as its typeset words (`pages/latex.py`);
- a collection's next numbered document ends the one above it (`pages/next_document.py`); a
  title naming a period (`From Bismarck's Fall to 1898`) names no parties.
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.pages.latex import untex
from tests.cases import text_facts, text_xml

ANSWER = (
    "History Stack Exchange\n"
    "Did the embassy warn Rome?\n"
    "Asked 4 years ago\n"
    "In August 1939 Ciano went to Salzburg. Was Rome warned by its own ambassador before?\n"
    "Share\nImprove this question\nFollow\n"
    "asked Oct 11, 2021 at 8:47\nuser1\n"
    "1 Answer\n"
    "Yes, and quite explicitly. The clearest example is the telegram he sent that day. "
    "My translation from the Italian documents follows here:\n"
    "Telegram No. 611\n"
    "Berlin, 15 August 1939\n"
    "Attolico to Ciano\n"
    "Secret.\n"
    "The date for action against Poland has been fixed and preparations will be complete "
    "by the end of the month.\n"
    "Attolico\n"
    "Note that Attolico was trying to get Mussolini to use the alliance as a brake here.\n"
    "Share\nImprove this answer\nFollow\nanswered Oct 12, 2021 at 10:31\nPiotr K.\n"
    "Add a comment\nYour Answer\nHot Network Questions\n"
)


def test_a_parties_line_names_sender_and_addressee(resources: Resources) -> None:
    facts = text_facts(ANSWER, resources)
    assert facts["sender"] == ["Bernardo Attolico"]
    assert facts["addressee"] == ["Galeazzo Ciano"]


def test_a_registered_name_signature_closes_the_answer(resources: Resources) -> None:
    assert text_facts(ANSWER, resources)["signed"] == "Attolico"
    assert "Mussolini" not in text_xml(ANSWER, resources).split("<text")[1]


def test_a_body_to_a_surname_is_no_parties_line(resources: Resources) -> None:
    found = resources.patterns.match("heading", "Commonwealth Government to Bruce")
    assert found is None
    assert resources.patterns.match("heading", "Friedel Trappen to Hermann Axen") is None


NEWSLETTER = (
    "THE DECLASSIFIED DISPATCH\n\nIssue No. 41 | July 2020\n\nDear readers,\n\n"
    "Sixty years ago this week the Congo was coming apart, and its leaders sent a short "
    "telegram to Moscow. This month's document is that telegram, in our own translation "
    "from the Russian text kept in the archive.\n\n"
    "DOCUMENT OF THE MONTH\n\n"
    "TELEGRAM\nLéopoldville, 14 July 1960\n"
    "To the Chairman of the Council of Ministers of the USSR, N. S. Khrushchev, Moscow\n\n"
    "We ask you to follow the development of the situation in the Congo hour by hour.\n\n"
    "LUMUMBA, Prime Minister of the Republic of the Congo\n\n"
    "WHAT HAPPENED NEXT\n"
    "Khrushchev answered the next day, and Hammarskjöld had troops there within two days.\n"
)


def test_a_lead_in_over_a_section_heading_opens_the_document(resources: Resources) -> None:
    facts = text_facts(NEWSLETTER, resources)
    assert facts["date"] == "1960-07-14"
    assert facts["place_of_origin"] == "Kinshasa"


def test_a_section_under_the_signature_opens_the_page_tail(resources: Resources) -> None:
    assert text_facts(NEWSLETTER, resources)["sender"] == ["Patrice Lumumba"]
    assert "Hammarskjöld" not in text_xml(NEWSLETTER, resources).split("<text")[1]


PHPBB = (
    "Axis History Forum\nBoard index ‹ WW2 Discussion\n"
    "Oshima's report, June 1941\n"
    "Post by Kurofune » 14 Mar 2013, 21:07\nDoes anyone have the Japanese original?\n"
    "Kurofune\nMember\nPosts: 212\nTop\n"
    "Re: Oshima's report, June 1941\n"
    "Post by Tetsuo_H » 15 Mar 2013, 09:52\nHere it is, my own English from the file.\n"
    "Quote\n"
    "Telegram No. 636\nSent from Berlin, 4 June 1941, 23.50\n"
    "Ambassador Oshima to Foreign Minister Matsuoka\n"
    "Yesterday I was received by Hitler at Berchtesgaden and talked with him for two hours.\n"
    "Tetsuo_H\nMember\nPosts: 1038\nTop\n"
)


def test_a_phpbb_quote_without_colon_and_profile_foot(resources: Resources) -> None:
    facts = text_facts(PHPBB, resources)
    assert facts["telegram_number"] == "636"
    assert facts["sender"] == ["Hiroshi Oshima"]
    assert "Tetsuo_H" not in text_xml(PHPBB, resources).split("<text")[1]


def test_latex_markup_is_taken_off() -> None:
    source = ("\\documentclass{article}\n\\begin{document}\n\\section*{B.1\\quad The "
              "``pilot''}\n\\begin{quote}\n\\noindent\\textsc{From}: Tokyo\\\\\n\\#901\n"
              "Re my \\#844.\\footnote{See\nabove.} End---here.\n% a comment\n\\end{quote}\n"
              "\\end{document}\n")
    lines = untex(source).split("\n")
    assert "B.1 The “pilot”" in lines
    assert "From: Tokyo" in lines
    assert "#901" in lines
    assert "Re my #844. End—here." in lines
    assert untex("Plain text with a \\ backslash.\n") == "Plain text with a \\ backslash.\n"


COLLECTION = (
    "German Diplomatic Documents, 1871-1914 — Volume II: From Bismarck's Fall to 1898\n\n"
    "No. 226\n\nThe Emperor William II to President Kruger\n\nTELEGRAM.\n\n"
    "Berlin, January 3, 1896.\n\n"
    "I express to you my sincere congratulations on restoring peace in your country.\n\n"
    "WILHELM I.R.\n\n[p. 388]\n\nNo. 227\n\nCount Hatzfeldt to the Foreign Office\n\n"
    "TELEGRAM.\n\nLondon, January 4, 1896.\n\nThe Emperor's telegram has produced ...\n"
)


def test_the_next_numbered_document_ends_the_first(resources: Resources) -> None:
    facts = text_facts(COLLECTION, resources)
    assert "Wilhelm II" in facts["sender"]
    assert facts["addressee"] == ["Paul Kruger"]
    assert facts["signed"] == "WILHELM I.R."
    assert "Hatzfeldt" not in text_xml(COLLECTION, resources).split("<text")[1]
