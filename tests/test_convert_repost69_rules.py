"""Rules for telegrams reposted outside the archives (repost69):

- an Obsidian note's quotation callout (`> [!quote] Telegram from ...`, `[!cite]`) holds
  the quoted document, read as a block quote, not as the note-taker's `Note:` paragraphs
  (`pages/note_apps.py`);
- a mail's sign-off and signature block under the forwarded document's signature (`Thanks!`
  / `Dan` / `--` / `Daniel Pollard` / `PhD Candidate, ...`) are the page's
  (`pages/repost_tail.py`);
- a signature in capitals, or a section heading under one, has text above it: a telegram's
  place and address in capitals opening the text (`TSARITSYN` / `TO PEOPLE'S COMMISSAR
  STALIN`) are no signature with the reposter's words under it (`pages/repost_tail.py`);
- the Marxists Internet Archive's bar of a Collected Works item (`Lenin Collected Works |
  Volume 44 | Index`) is furniture (table `page-furniture`, row `mia-navigation`), and its
  note that the text follows the telegraph form names the form (table `edition-form-note`,
  `doc_types.py`);
- Project Gutenberg's notes (`[Footnote 1: See No. 6.]`, table `footnotes`) and page marks
  (`[Pg 27]`, table `page-furniture`, row `page-mark`); the collection's next number as the
  copy's last line ends the document (`pages/next_document.py`);
- Course Hero's stamps on an uploaded reader (table `page-furniture`, row `study-site`);
  The National Archives' reference alone under the document (`FO 371/31567, J 512/38/16`,
  table `archival-reference`);
- a word processor's comments at the foot (`Commented [AB1]: ...`) and their marks in the
  text (`[AB1]`) go (`pages/word_comments.py`);
- the French name of Danzig (`Dantzig`) in the places register;
- after the held score: HathiTrust's full-text view (`Page 37 (#59)`, `Full-text`) and its
  print foot for a reader or library (`Generated at Yale University on ...`); Substack's
  paywall mark, share menu, subscribe box and comments' head; a list member's `With
  thanks,` over name and university under the quoted telegram's signature in capitals,
  which is no topic tag (`pages/lead_in.py`, `pages/repost_tail.py`).
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.pages.word_comments import without_comments
from tests.cases import text_facts, text_xml

OBSIDIAN = (
    "---\n"
    "tags: [cold-war, berlin]\n"
    "created: 2023-02-11\n"
    "---\n"
    "# Thompson, 16 Aug 1961\n\n"
    "Related: [[Berlin Crisis 1961]]\n\n"
    "> [!quote] Telegram from the Embassy in the Soviet Union to the Department of State\n"
    "> Moscow, August 16, 1961, 7 p.m.\n"
    ">\n"
    "> I believe the measures of August 13 are intended to stop the flight of refugees.\n"
    ">\n"
    "> Thompson\n\n"
    "> [!note] To do\n"
    "> Compare with the Kohler memo.\n"
)


def test_an_obsidian_quote_callout_holds_the_document(resources: Resources) -> None:
    facts = text_facts(OBSIDIAN, resources)
    assert facts["title"] == ("Telegram from the Embassy in the Soviet Union to the "
                              "Department of State")
    assert facts["date"] == "1961-08-16"
    assert facts["sender"] == ["Llewellyn Thompson"]
    assert facts["signed"] == "Thompson"


MAIL = (
    "From: Whitaker, Ellen M <ewhitaker@example.edu>\n"
    "Sent: Thursday, October 8, 2020 9:41 AM\n"
    "To: Reading Group <group@example.edu>\n"
    "Subject: FW: Hull telegram\n\n"
    "Forwarding Dan's transcription below.\n\n"
    "________________________________\n"
    "From: Pollard, Daniel <dpollard@example.edu>\n"
    "Sent: Wednesday, October 7, 2020 5:12 PM\n"
    "To: Whitaker, Ellen M <ewhitaker@example.edu>\n"
    "Subject: Hull telegram\n\n"
    "711.94/2541: Telegram\n"
    "The Secretary of State to the Ambassador in Japan (Grew)\n"
    "Washington, November 27, 1941—8 p.m.\n\n"
    "796. Please inform the Foreign Minister orally that the document handed to Ambassador "
    "Nomura yesterday is a statement of principles and not an ultimatum.\n\n"
    "HULL\n\n"
    "Thanks!\n"
    "Dan\n\n"
    "--\n"
    "Daniel Pollard\n"
    "PhD Candidate, Department of History\n"
)


def test_a_mail_sign_off_under_the_forwarded_telegram(resources: Resources) -> None:
    facts = text_facts(MAIL, resources)
    assert facts["signed"] == "HULL"
    body = text_xml(MAIL, resources)
    body = body[body.index("<body"):]
    assert "Pollard" not in body and "Thanks!" not in body


MIA = (
    "Lenin Internet Archive | Collected Works Volume 44 | Index\n\n"
    "V. I. Lenin\n\n"
    "To J. V. Stalin\n\n"
    "Written: Written on June 9, 1918\n"
    "First Published: First published in 1942; Published according to the telegraph form\n"
    "Source: Lenin's Collected Works, Volume 44.\n\n"
    "TSARITSYN\n"
    "TO PEOPLE'S COMMISSAR STALIN\n\n"
    "Your telegram of June 8 received. Send the grain trains to Moscow without a day's "
    "delay; every truck held up at Tsaritsyn means hunger in Petrograd.\n\n"
    "Report twice a week, by direct wire, how many trains have gone north.\n\n"
    "Lenin\n\n"
    "Lenin Collected Works | Volume 44 | Index\n"
    "<< previous | next >>\n"
)


def test_a_marxists_archive_telegram_opening_in_capitals(resources: Resources) -> None:
    facts = text_facts(MIA, resources)
    assert facts["doc_type"] == "telegram"
    assert facts["signed"] == "Lenin"
    xml = text_xml(MIA, resources)
    body = xml[xml.index("<body"):]
    assert "grain trains" in body and "Collected Works" not in body


GUTENBERG = (
    "*** START OF THE PROJECT GUTENBERG EBOOK COLLECTED DIPLOMATIC DOCUMENTS ***\n\n"
    "                                                            [Pg 27]\n\n"
    "No. 17.\n\n"
    "Sir G. Buchanan, British Ambassador at St. Petersburgh, to Sir Edward Grey.--"
    "(Received July 25.)\n\n"
    "(Telegraphic.)                           St. Petersburgh, July 25, 1914.\n\n"
    "I saw the Minister for Foreign Affairs this morning, and he told me that the note had "
    "produced the worst possible impression in Russia.[1] The Council of Ministers would "
    "meet again this afternoon.\n\n"
    "M. Sazonof begged me to urge upon you once more a declaration of solidarity.\n\n"
    "I replied that I could hold out no hope of such a declaration.\n\n"
    "The French Ambassador, who was present, spoke to the same effect.\n\n"
    "[Footnote 1: See No. 6.]\n\n"
    "                                                            [Pg 28]\n\n"
    "No. 18.\n"
)


def test_a_gutenberg_note_page_marks_and_the_next_number(resources: Resources) -> None:
    facts = text_facts(GUTENBERG, resources)
    assert facts["notes"] == 1
    assert facts["date"] == "1914-07-25"
    xml = text_xml(GUTENBERG, resources)
    body = xml[xml.index("<body"):]
    assert "No. 18" not in body and "Pg 28" not in body


READER = (
    "This study source was downloaded by 100000845512390 from CourseHero.com on "
    "04-18-2023 21:07:44 GMT -05:00\n\n"
    "https://www.coursehero.com/file/61234987/HIST-2210-Reader-Week-7pdf/\n"
    "Sir M. Lampson (Cairo) to Mr. Eden\n\n"
    "No. 412.   Cypher.                                  Cairo, 4th February, 1942.\n\n"
    "At 9 p.m. I went to Abdin Palace and handed the King the document of abdication.\n\n"
    "FO 371/31567, J 512/38/16\n"
    "This study resource was\n"
    "shared via CourseHero.com\n"
)


def test_a_course_hero_reader_with_a_kew_reference(resources: Resources) -> None:
    facts = text_facts(READER, resources)
    assert facts["date"] == "1942-02-04"
    assert facts["sender"] == ["Miles Lampson"]
    assert facts["archive_idno"] == "FO 371/31567, J 512/38/16"
    assert "CourseHero" not in text_xml(READER, resources)


def test_word_comments_and_their_marks_go() -> None:
    lines = ["The Reich took note of the communication of December 8.[AB1] Until then [1].",
             "", "Commented [AB1]: check the date"]
    assert without_comments(lines) == [
        "The Reich took note of the communication of December 8. Until then [1].", "", ""]
    assert without_comments(["A mark [AB1] without its comment stays."]) == [
        "A mark [AB1] without its comment stays."]


def test_the_french_name_of_danzig(resources: Resources) -> None:
    text = ("M. Coulondre, Ambassadeur de France à Berlin, à M. Georges Bonnet, Ministre des "
            "Affaires étrangères.\n\nBerlin, 30 août 1939, 23 h 10.\n\n"
            "Les propositions allemandes concernant Dantzig et le Corridor.\n\nCoulondre.\n")
    assert "#pla-gdansk" in text_xml(text, resources)


LIST_POST = (
    "H-Diplo\n\n"
    "Query: a Moscow telegram of 1946\n"
    "Discussion published by Peter Lindqvist on Tuesday, May 5, 2015\n\n"
    "Dear colleagues,\n\n"
    "I found the following carbon, which I transcribe in full:\n\n"
    "TELEGRAM SENT\n"
    "SECRET\n"
    "Dated March 20, 1946\n"
    "Secretary of State,\n"
    "Washington.\n"
    "1079, March 20, 7 p.m.\n"
    "Vyshinski received me this afternoon on the Iranian question and refused to name a "
    "date.\n"
    "I do not think further representations here will change the Soviet position.\n"
    "KENNAN\n\n"
    "With thanks,\n"
    "Peter Lindqvist\n"
    "Uppsala University\n"
)


def test_a_list_members_sign_off_under_a_capitals_signature(resources: Resources) -> None:
    facts = text_facts(LIST_POST, resources)
    assert facts["signed"] == "KENNAN"
    assert facts["sender"] == ["George Kennan"]


HATHI = (
    "Full view\n"
    "Page 37 (#59)\n"
    "Full-text\n\n"
    "File No. 763.72/53.\n"
    "Ambassador Herrick to the Secretary of State.\n"
    "[Telegram.]\n"
    "AMERICAN EMBASSY,\n"
    "Paris, August 2, 1914, 3 p.m.\n"
    "[Received August 3, 9.40 a.m.]\n"
    "The President of the Republic received me this morning.\n"
    "HERRICK.\n\n"
    "Generated at Yale University on 2021-09-14 16:02 GMT / "
    "https://hdl.handle.net/2027/uc1.b3456712\n"
)


def test_a_hathitrust_full_text_page(resources: Resources) -> None:
    facts = text_facts(HATHI, resources)
    assert facts["date"] == "1914-08-02"
    assert facts["date_received"] == "1914-08-03T09:40"
    assert "Generated at" not in text_xml(HATHI, resources)
