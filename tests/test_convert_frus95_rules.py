"""Rules for FRUS learnt from real pages (frus95: Ethiopia 1935-1936, Spain 1936, China 1926,
Korea 1950-1954 and 1968, the Berlin crisis 1961-1963 on history.state.gov and on the
Department's 2001-2009 archive, a forum copy of a Quebec 1944 paper):

- a file line whose number carries a conference's letters after a dash before the slash
  (`396.1–GE/3–2454: Telegram`) is the file line (table `frus`, rows `source`): it dates the
  telegram;
- a 1964-68 telegram printed from the Johnson Library's copy, an address line (`For the
  President`) over the copy's caption (`Text of Cable From Ambassador Porter (Seoul 4321)`):
  the caption gives the telegram's number and sender (table `frus-channel`, rows `for-line`
  and `cable-text`, read by `pages/frus_numbers._cable_text`);
- the 2001-2009 archive's chapter heading, its months closed by a colon over its title
  (`October-November 1961:` / `The Crisis at the Friedrichstrasse Crossing`), is page text,
  so that the dateline opens the document (`pages/frus_chapter.py`, moved out of
  `pages/frus.py`);
- `Mr. President.` closed by a full stop and run on opens a letter (Churchill's notes to
  Roosevelt at the conferences: table `frus-letter`);
- a plural noun after `Major` (`Major Addresses, Statements and Press Conferences of General
  Charles de Gaulle`) is no name (table `not-names`);
- register: Claude G. Bowers, Alessandro Lessona, Nguyen Van Loc; `Pyun` a surname in office
  of Pyun Yung-tai; Engert's office in Ethiopia; places Bilbao, Santander, Gijón.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def test_a_conference_file_line_dates_the_telegram(resources: Resources) -> None:
    facts = text_facts(
        "396.1–GE/4–2054: Telegram\n\n"
        "The Secretary of State to the Embassy in Korea\n\n"
        "640. Please inform the Foreign Minister that the plenary opens on Monday.\n", resources)
    assert facts["archive_idno"] == "396.1–GE/4–2054"
    assert facts["date"] == "1954-04-20"


def test_a_library_cable_caption_gives_number_and_sender(resources: Resources) -> None:
    facts = text_facts(
        "120. Telegram From the Embassy in Vietnam to the Department of State1\n"
        "Saigon, March 2, 1968.\n"
        "For the President\n"
        "Text of Cable From Ambassador Bunker (Saigon 20811)\n"
        "I saw President Thieu this morning about the new budget.\n", resources)
    assert facts["telegram_number"] == "20811"
    assert facts["sender"] == ["Ellsworth Bunker"]


def test_the_archive_chapter_months_are_page_text(resources: Resources) -> None:
    xml = text_xml(
        "January-March 1962:\n"
        "The Question of the Western Alliance\n\n"
        "30. Telegram From the Embassy in France to the Department of State/1/\n\n"
        "Paris, February 2, 1962, 6 p.m.\n\n"
        "/1/Source: Department of State, Central Files, 751.00/2-262. Secret.\n\n"
        "3700. The Foreign Minister told me today that nothing would change before spring.\n",
        resources)
    assert "<dateline>" in xml
    assert "<p>January-March" not in xml


def test_mr_president_with_a_stop_opens_a_letter(resources: Resources) -> None:
    facts = text_facts(
        "Prime Minister Churchill to President Roosevelt\n"
        "Quebec, September 14, 1944\n"
        "Mr. President. I send you the paper on shipping we spoke of at luncheon.\n"
        "W S C\n", resources)
    assert facts["doc_type"] == "letter"


def test_major_addresses_is_no_person(resources: Resources) -> None:
    xml = text_xml(
        "Telegram From the Embassy in France to the Department of State\n\n"
        "Paris, May 3, 1962.\n\n"
        "2100. See Major Addresses, Statements and Press Conferences of General Charles de"
        " Gaulle, p. 170.\n", resources)
    assert "per-addresses" not in xml


def test_the_register_knows_bowers_and_lessona(resources: Resources) -> None:
    xml = text_xml(
        "The Ambassador in Spain (Bowers) to the Secretary of State\n\n"
        "210. A telegram from Lessona was shown to me today.\n", resources)
    assert "per-claude-g-bowers" in xml
    assert "per-alessandro-lessona" in xml
