"""Rules from the first unseen-layout probe of session 38 (lead51: a FRUS document's TEI
source, a Hugo Markdown file with TOML front matter, a National Archives Catalog record copied
without blank lines over a telegram's extracted text), and from a sweep of the local entries
the fixtures' outputs made:

- the banner of every United States government site (`An official website of the United
  States government`, `Here's how you know`) and a site's `Help` link are navigation; so are
  the National Archives Catalog's viewer pager (`Object 1 of 2`) and its record's tail
  (`Contributors to this Record`, `No contributions yet.`, `Tags`, `Transcriptions`,
  `Comments`);
- a catalogue's title in title case goes on after its addressee's office with the subject's
  preposition (`... Secretary of State Regarding Soviet Notes`): no name;
- a title's word opening a series' or an office's name (`General Records of the Department of
  State`, `General Memoranda of Conversation`, `Dept. of State`, `the Cardinal Vicar`,
  `For Movements.`), a report's nouns after a word a title abbreviates (`VIET CONG UNITS`,
  `GENERAL WORKERS' UNION`, `the COE's Human Rights Commissioner`) and a heading's participle
  after its person (`Stalin, Forwarding a Letter`): no names;
- (lead52: a documents volume's telegram copied from Apple Books, a reference manager's note
  of a Wilson Center record, a FRUS page on a phone) an e-reader's foot under a copied
  passage (Apple Books' `Excerpt From` with the book's lines and copyright notice, a
  Kindle's one-line citation) goes, with the quotation marks round the passage (table
  `e-reader-excerpt`, `pages/excerpt_foot.py`); Zotero's item fields (`Loc. in Archive:` the
  shelfmark; `Short Title`, `Accessed`, `Extra`, `Date Added`, `Modified` the record's own)
  and its `Attachments` / `Snapshot` lines are the page's.
"""

from __future__ import annotations

import pytest

from tei.convert import Resources
from tests.cases import text_facts, text_xml


@pytest.mark.parametrize("line", [
    "An official website of the United States government", "Here's how you know",
    "Help", "Object 1 of 2", "Contributors to this Record", "No contributions yet.",
    "Transcriptions"])
def test_government_banner_and_catalog_viewer_lines_are_navigation(
        resources: Resources, line: str) -> None:
    text = (f"{line}\n\nTELEGRAM\n\nFrom: Ankara\nTo: Secretary of State\n"
            "No. 812, August 8, 1946\n\nThe Foreign Minister will reply tomorrow.\n\nWILSON\n")
    assert max(line.split(), key=len) not in text_xml(text, resources).split("<text")[1]


@pytest.mark.parametrize(("text", "word"), [
    ("Telegram from the American Embassy in Ankara to the Secretary of State Regarding Soviet "
     "Notes on the Straits\n\nThe note was delivered today.\n", "regarding"),
    ("Record Group 59: General Records of the Department of State\n\nThe note was delivered "
     "today.\n", "records"),
    ("The record is in the Dulles Papers, General Memoranda of Conversation, at the Eisenhower "
     "Library.\n", "memoranda"),
    ("Participants: Mr. William Bundy, Dept. of State\n\nThe note was delivered today.\n",
     "dept"),
    ("Note, Vyshinsky to Cde. I.V. Stalin, Forwarding a Letter from Zhou Enlai\n\nThe letter "
     "is enclosed.\n", "forwarding"),
    ("1. A SENIOR OFFICER TOLD SOURCE THAT VIET CONG UNITS WHICH HAD WITHDRAWN WERE "
     "REGROUPING.\n", "units"),
    ("1. THE GENERAL WORKERS' UNION TOLD POLOFF MAY 19 THAT IT WOULD STRIKE.\n", "workers"),
    ("1. (U) An article in which the COE's Human Rights Commissioner, Alvaro Gil-Robles, "
     "criticized the practice appeared today.\n", "human-rights"),
])
def test_a_title_s_word_before_a_common_word_makes_no_name(
        resources: Resources, text: str, word: str) -> None:
    assert f"per-{word}" not in text_xml(text, resources)


_DAFP = ("142\n\nCASEY TO SPENDER\n\nCablegram 301 CANBERRA, 4 May 1954, 6.10 p.m.\n\n"
         "TOP SECRET IMMEDIATE\n\nCabinet decided that Australia should not commit forces.\n\n"
         "[AA : A1838, 3014/10/1/2, ii]")


@pytest.mark.parametrize("foot", [
    "\u201d\n\nExcerpt From\nDocuments on Australian Foreign Policy\nDepartment of Foreign "
    "Affairs and Trade\nThis material may be protected by copyright.\n",
    "\u201d\n\nExcerpt From: Department of Foreign Affairs and Trade. \u201cDocuments on "
    "Australian Foreign Policy.\u201d Apple Books.\n"])
def test_an_apple_books_excerpt_reads_as_its_passage(resources: Resources, foot: str) -> None:
    facts = text_facts(f"\u201c{_DAFP}{foot}", resources)
    assert (facts["title"], facts["archive_idno"]) == ("CASEY TO SPENDER",
                                                       "A1838, 3014/10/1/2, ii")
    assert "Excerpt" not in text_xml(f"\u201c{_DAFP}{foot}", resources)


def test_a_kindle_citation_under_a_passage_is_its_foot(resources: Resources) -> None:
    text = (f"{_DAFP}\n\nDepartment of Foreign Affairs and Trade. Documents on Australian "
            "Foreign Policy (p. 212). DFAT. Kindle Edition.\n")
    assert "Kindle" not in text_xml(text, resources)


def test_a_zotero_note_s_fields_are_the_record_s(resources: Resources) -> None:
    text = ("# Cable from the Chinese Embassy in Vietnam, 'Views on the Bombing'\n\n"
            "Item Type: Document\nDate: 1965-04-13\nShort Title: Views on the Bombing\n"
            "Archive: History and Public Policy Program Digital Archive\n"
            "Loc. in Archive: PRC FMA 106-00880-02\nAccessed: 3/14/2024, 10:22:05 AM\n"
            "Date Added: 3/14/2024, 10:22:05 AM\n\n## Attachments\n\n- Snapshot\n\n"
            "Ministry of Foreign Affairs:\n\nOn the afternoon of 12 April, Premier Pham Van Dong "
            "received Ambassador Zhu Qiwen and said that the bombing north of the 17th parallel "
            "would not shake the determination of the Vietnamese people.\n\n"
            "Embassy in Vietnam\n13 April 1965\n")
    assert text_facts(text, resources)["archive_idno"] == "PRC FMA 106-00880-02"
    body = text_xml(text, resources).split("<text")[1]
    assert "Snapshot" not in body and "Accessed" not in body
