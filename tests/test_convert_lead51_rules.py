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
  after its person (`Stalin, Forwarding a Letter`): no names.
"""

from __future__ import annotations

import pytest

from tei.convert import Resources
from tests.cases import text_xml


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
