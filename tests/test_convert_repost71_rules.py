"""Rules for telegrams reposted outside the archives (repost71):

- an X thread counting its posts at their ends (`... this end. 3/7`, or the count alone on a
  post's last line) loses the counts, and X's chrome between the posts (the `·` and day over
  a post, the reply, repost, like and view counts under it) and its bar over the first post
  (`Post`, `See new posts`, `Conversation`) are blanked; the last count closes the thread
  (`7/7`), so counts opening posts (`4/4 Source`) stay repost68's (`pages/thread.py`);
- Substack's subscribe box inside a post (`Thanks for reading NAME! Subscribe for free
  ...`, row `subscribe-box`) opens the post's foot only when no `blog-foot` row follows it;
  Substack's `Leave a comment` is a `blog-foot` row (`pages/blog_foot.py`);
- an embedded image's caption naming the form and its sender as a dateline (`Telegram from
  Sir M. Palairet, Vienna, 12 March 1938 (FO 371/22315).`) right over the form's name is
  the page's: the document starts at the form (`pages/lead_in.py`);
- Google Docs' plain-text export: its comments listed at the end of the file (`[a]NAME:
  ...`) and their letter marks glued in the text (`No. 811[b]`) go
  (`pages/word_comments.py`);
- a briefing book's next entry (its caption naming a form and a date over its `Source:`
  line, the `Document 2` line gone as furniture) ends the document (`pages/briefing_book.py`);
- register: Michel Palairet, Kurt Schuschnigg;
- after the held score: a note-taker's `My notes` (also `Research notes`, `Reading notes`)
  heading bullets under the quoted document's signature (a Notion export's `### My notes`):
  the page's (table `footnotes`, row `heading`; `pages/repost_tail.py`).
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.pages.thread import _suffixed, unthread
from tei.convert.pages.word_comments import without_comments
from tests.cases import text_facts, text_xml

X_THREAD = (
    "Post\nSee new posts\nConversation\n"
    "Old Cables\n@oldcables\n"
    "Sixty years ago tonight, on 3 May 1961, the Ambassador in Vientiane sent this cable. "
    "The cease-fire had been announced that morning and Washington wanted to know whether "
    "it would hold. Full transcription below. 🧵 1/4\n"
    "11:02 PM · May 3, 2021\n·\n12.1K\n Views\n4\n31\n"
    "Old Cables\n@oldcables\n·\nMay 3, 2021\n"
    "FROM: VIENTIANE\nTO: Secretary of State\nNO: 1921, MAY 3, 8 PM\n2/4\n3\n11\n"
    "Old Cables\n@oldcables\n·\nMay 3, 2021\n"
    "The cease-fire appeal was broadcast this morning and Pathet Lao units have stopped "
    "their advance on the road to the capital.\n3/4\n2\n9\n"
    "Old Cables\n@oldcables\n·\nMay 3, 2021\n"
    "BROWN /end 4/4\n"
)


def test_an_x_threads_counts_at_post_ends_and_chrome_go() -> None:
    text = unthread(X_THREAD)
    lines = text.split("\n")
    assert len(lines) == len(X_THREAD.split("\n"))
    assert "Post" not in lines and "Conversation" not in lines
    assert "12.1K" not in lines and "·" not in lines and "May 3, 2021" not in lines
    assert "BROWN" in lines
    assert "NO: 1921, MAY 3, 8 PM" in lines
    assert not any(line.endswith(("/4", "4/4")) for line in lines)


def test_counts_opening_posts_are_no_counts_at_ends() -> None:
    lines = ["Intro of the thread, a few words. 1/4", "2/4", "TELEGRAM", "3/4", "Text.",
             "4/4 Source: the published volume. /end"]
    assert _suffixed(lines) == []
    assert _suffixed([*lines[:5], "Source: the published volume. /end 4/4"]) == [0, 1, 3, 5]


def test_the_thread_reads_as_the_cable(resources: Resources) -> None:
    facts = text_facts(X_THREAD, resources)
    assert facts["date"] == "1961-05-03"
    assert facts["telegram_number"] == "1921"
    assert facts["signed"] == "BROWN"


SUBSTACK = (
    "The Archive Desk\nSubscribe\nSign in\n"
    "The Cable from Belgrade\nWhat the Minister saw on 27 March 1941\nJane Holloway\n"
    "Mar 27, 2024\n∙ Paid\n12\n3\nShare\n"
    "Eighty-three years ago today officers in Belgrade overthrew the regency that had just "
    "signed the Tripartite Pact. I went back to the file at Kew to read what the Legation "
    "reported that morning.\n"
    "The telegram below is the first of three that Mr. Campbell sent that day. I have "
    "transcribed it from the copy in the file; the capitals are the Foreign Office's.\n"
    "Thanks for reading The Archive Desk! Subscribe for free to receive new posts and "
    "support my work.\nSubscribe\n"
    "Telegram from Mr. R. Campbell, Belgrade, 27 March 1941 (FO 371/30253).\n"
    "CYPHER TELEGRAM\nFrom BELGRADE to FOREIGN OFFICE.\nMr. R. Campbell.\n"
    "D. 8.10 a.m. 27th March, 1941.\nR. 10.40 a.m. 27th March, 1941.\nNo. 418.\n"
    "IMMEDIATE.\n"
    "Army has taken over government buildings during the night. King Peter has been "
    "declared of age and the Regent has left the capital.\n"
    "What strikes me is how little the Minister guessed of the German answer.\n"
    "Leave a comment\nShare\n© 2024 Jane Holloway\n"
)


def test_a_subscribe_box_inside_the_post_is_no_foot(resources: Resources) -> None:
    facts = text_facts(SUBSTACK, resources)
    assert facts["telegram_number"] == "418"
    assert facts["date_received"] == "1941-03-27T10:40"
    assert facts["place_of_origin"] == "Belgrade"


def test_the_caption_over_the_form_is_the_pages(resources: Resources) -> None:
    xml = text_xml(SUBSTACK, resources)
    body = xml[xml.index("<text"):]
    assert "FO 371/30253" not in body
    assert "CYPHER TELEGRAM" in body


GOOGLE_DOCS = [
    "Campbell cable - working transcription", "", "CIPHER TELEGRAM", "No. 418[a]",
    "Army has taken over.[b]", "", "[a]Maria Torres: check the number", "",
    "[b]Maria Torres: 'taken over' or 'seized'?", "",
]


def test_google_docs_comments_and_marks_go() -> None:
    out = without_comments(GOOGLE_DOCS)
    assert len(out) == len(GOOGLE_DOCS)
    assert out[3] == "No. 418" and out[4] == "Army has taken over."
    assert out[6] == "" and out[8] == ""


def test_letters_in_brackets_without_comments_stay() -> None:
    lines = ["Text of the list item[a] and more.", "Last line."]
    assert without_comments(lines) == lines


BRIEFING_BOOK = (
    "National Security Archive\n\n"
    "The Laos Crisis, 1961\nBriefing Book #902\nEdited by A. Kral\nPublished: May 3, 2024\n\n"
    "Document 1\n"
    "Embassy Vientiane cable 1921 to State Department, 3 May 1961, Secret\n"
    "Source: National Archives, RG 59, Central Decimal File 1960-63, 751J.00/5-361\n"
    "The Ambassador reports the cease-fire appeal and the halt of the Pathet Lao advance.\n\n"
    "SECRET\nFM AMEMBASSY VIENTIANE\nTO SECSTATE WASHDC NIACT 1402\n"
    "DATE: 3 MAY 1961 1300Z\n\n"
    "1. CEASE-FIRE APPEAL BROADCAST BY ALL THREE PARTIES THIS MORNING ON RADIO VIENTIANE AND "
    "REPEATED AT NOON. ROYAL ARMY UNITS ORDERED TO HOLD POSITIONS.\n\n"
    "2. PATHET LAO UNITS HAVE STOPPED ON ROAD TO CAPITAL SOME FORTY KILOMETERS NORTH OF "
    "CITY. NO FIRING REPORTED SINCE DAWN IN THAT SECTOR.\n\n"
    "BROWN\n\n"
    "Document 2\n"
    "State Department cable 1377 to Embassy Vientiane, 4 May 1961, Secret\n"
    "Source: National Archives, RG 59, Central Decimal File 1960-63, 751J.00/5-461\n"
    "The Department instructs the Ambassador to press for a verified cease-fire.\n\n"
    "Document 3\n"
    "Memorandum for the President from Walt Rostow, \"Laos,\" 4 May 1961, Secret\n"
    "Source: John F. Kennedy Library, National Security Files, Countries, Laos, box 130\n"
    "Rostow summarizes the cables for the President ahead of the NSC meeting.\n\n"
    "The National Security Archive is a non-profit, 501(c)(3) organization.\n"
)


def test_a_briefing_books_next_entry_ends_the_document(resources: Resources) -> None:
    facts = text_facts(BRIEFING_BOOK, resources)
    assert facts["signed"] == "BROWN"
    assert facts["numbered_points"] == 2
    xml = text_xml(BRIEFING_BOOK, resources)
    assert "verified cease-fire" not in xml[xml.index("<text"):]


NOTION = (
    "# Murray to Byrnes (6 Mar 1946)\n\n"
    "Created: March 3, 2022 4:15 PM\nTags: Iran crisis\n\n"
    "> Typed from FRUS 1946, vol. VII. Footnotes left out.\n\n---\n\n### Text\n\n"
    "**861.24591/3–646: Telegram**\n\n"
    "**The Ambassador in Iran (Murray) to the Secretary of State**\n\n"
    "Tehran, March 6, 1946—noon.\n\n[Received March 7—9:20 a.m.]\n\n"
    "301. Consul Rossow at Tabriz reports heavy Soviet troop movements toward Tehran "
    "during the past two nights.\n\nMURRAY\n\n---\n\n### My notes\n\n"
    "- Compare with the consul's own telegram from Tabriz.\n"
    "- Was the Prime Minister's question answered before the 12th?\n"
)


def test_a_note_takers_notes_under_the_signature_are_the_pages(resources: Resources) -> None:
    facts = text_facts(NOTION, resources)
    assert facts["signed"] == "MURRAY"
    xml = text_xml(NOTION, resources)
    assert "answered before" not in xml[xml.index("<text"):]
