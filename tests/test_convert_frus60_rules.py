"""Rules for the FRUS document types of the 1950s-1970s as history.state.gov gives them:
editorial notes, records of National Security Council meetings, telephone transcripts,
action memoranda (frus60):

- the volume's chapter a page names over `Document 705` and the numbered heading (a
  country alone: `Indochina` over `705. Editorial Note`) is page text, no head of the
  document (`pages/frus.py`, as over a source note before);
- points lettered with a stop, small or capital (`a. Noted ...` / `b. Noted ...`, an
  estimate's `A. We believe ...`), are points when the next letter follows (table
  `numbering`, scheme `lettered`; `A. Gromyko said ...` alone opens with an initial); under
  a point `1.` they are its sub-points, so the points `1.` and `2.` stay one list;
- a record of the council's meeting names its item by number and title closed by the paper
  or action it takes up (`3. U.S. Policy Toward Cuba (NSC Action No. 2166)`): a section
  head, not a point (`agenda_items.py`);
- the persons of one paragraph are resolved in the text's order, so that a surname two
  register persons share in that year (`Dulles`, 1954) named by its office first
  (`Secretary of State Dulles`) is that person also after a drafting phrase later in the
  paragraph (`drafted by Dulles`), not a local `Dulles`;
- a sentence closed by its note's anchor (`... along the lines above.2`) is prose, never
  registry furniture under a one-word line taken for a signature (an action memorandum's
  `Recommendation` label);
- a surname alone that several register persons fit in the document's year, all with
  context rows (`name-context`), is the one the document's context points to: `Dulles`
  signing a Department of State telegram of 1955 is the Secretary (rows for John Foster
  and Allen Dulles; `ambiguity.told_apart`);
- a surname in office opening its line as a speaker's label before its colon (`Helms:
  The clashes ...`, a meeting's minutes, a telcon) is the holder (`office_surnames.py`);
- a heading's number label `N` is never the first letter of a word: a council paper's
  number under its heading (`NSC 68`) is no telegram number `SC 68` (table `heading`);
- register: Lodge (Henry Cabot Lodge) a surname in office, Guevara (Che Guevara) a
  surname; Marion W. Boggs, S. Everett Gleason, Jeanne W. Davis, Donald Petterson, Michael
  Sterner, Joseph W. Martin Jr.; Key Biscayne.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

NOTE = (
    "Office of the Historian\n"
    "Historical Documents\n"
    "Foreign Relations of the United States, 1952–1954, Indochina, Volume XIII, Part 1\n"
    "Indochina\n"
    "Document 705\n"
    "705. Editorial Note\n\n"
    "On April 3, 1954, Secretary of State Dulles met eight Members of Congress. According to "
    "a memorandum drafted by Dulles the same day, Senator Knowland asked about the allies.\n\n"
    "Previous\nNext\n"
)


def test_the_chapter_over_the_numbered_heading_is_page_text(resources: Resources) -> None:
    body = text_xml(NOTE, resources).split("<text")[1]
    assert "<head>" not in body
    assert "Indochina" not in body


def test_a_surname_named_first_by_its_office_is_that_holder_after_drafted_by(
        resources: Resources) -> None:
    xml = text_xml(NOTE, resources)
    assert 'drafted by <persName ref="#per-john-foster-dulles">Dulles</persName>' in xml
    assert 'xml:id="per-dulles"' not in xml


MEETING = (
    "541. Memorandum of Discussion at the 450th Meeting of the National Security Council1\n\n"
    "Washington, July 7, 1960, 9 a.m.\n\n"
    "3. U.S. Policy Toward Cuba (NSC Action No. 2166)\n\n"
    "Mr. Dulles said that Guevara had gone to Moscow.\n\n"
    "The National Security Council:\n\n"
    "a. Noted and discussed an oral briefing on the situation in Cuba.\n\n"
    "b. Noted the President’s view on the Organization of American States.\n\n"
    "Marion W. Boggs\n\n"
    "1 Source: Eisenhower Library, Whitman File, NSC Records. Top Secret.\n"
)


def test_an_item_closed_by_its_paper_is_a_head_and_lettered_actions_points(
        resources: Resources) -> None:
    xml = text_xml(MEETING, resources)
    assert '<div type="section" n="3">' in xml
    assert '<item n="a">' in xml and '<item n="b">' in xml
    assert text_facts(MEETING, resources)["numbered_points"] == 2


def test_guevara_and_the_note_taker_are_register_persons(resources: Resources) -> None:
    xml = text_xml(MEETING, resources)
    assert 'ref="#per-che-guevara">Guevara<' in xml
    assert 'ref="#per-marion-w-boggs"' in xml


POINTS = (
    "12. Telegram From the Embassy in Thailand to the Department of State1\n\n"
    "Bangkok, March 14, 1978, 0930Z.\n\n"
    "1. I called on the Foreign Minister this morning and explained our position.\n\n"
    "a. He said that his government understood it.\n\n"
    "b. He added that he saw no sign of a change in Hanoi.\n\n"
    "2. I will report further next week.\n\n"
    "A. Gromyko said nothing in public.\n\n"
    "Whitehouse\n"
)


def test_lettered_sub_points_keep_the_numbered_list_and_a_lone_initial_is_none(
        resources: Resources) -> None:
    xml = text_xml(POINTS, resources)
    assert text_facts(POINTS, resources)["numbered_points"] == 2
    assert '<item n="A">' not in xml


MEMO = (
    "52. Action Memorandum From the Assistant Secretary of State for African Affairs (Moose) "
    "to Secretary of State Vance1\n\n"
    "Washington, June 14, 1977\n\n"
    "SUBJECT\n\n"
    "Namibia: Next Steps with the Contact Group\n\n"
    "The Western Five will meet in London on June 20 to review the talks.\n\n"
    "Recommendation\n\n"
    "That you authorize us to instruct our representative in London along the lines above.2\n\n"
    "1 Source: Department of State, Lot 81D154, Box 13, Namibia. Confidential. Drafted by "
    "Donald Petterson.\n"
    "2 Vance initialed his approval.\n"
)


def test_a_recommendation_closed_by_its_anchor_stays_in_the_text(resources: Resources) -> None:
    xml = text_xml(MEMO, resources)
    assert 'type="registry" subtype="processing"' not in xml
    assert "<p>That you authorize us" in xml
    assert 'ref="#per-donald-petterson"' in xml


TELCON = (
    "41. Transcript of Telephone Conversation Between President Nixon and the President’s "
    "Assistant for National Security Affairs (Kissinger)1\n\n"
    "Washington, March 8, 1969, 11:20 a.m.\n\n"
    "P: I want Laird to look at the options before I leave for Key Biscayne.\n\n"
    "K: Rogers thinks we should wait until Lodge has seen Xuan Thuy again.\n"
)


def test_a_telcon_names_lodge_and_key_biscayne(resources: Resources) -> None:
    xml = text_xml(TELCON, resources)
    assert 'ref="#per-henry-cabot-lodge-jr">Lodge<' in xml
    assert 'ref="#pla-key-biscayne">Key Biscayne<' in xml


DEPARTMENT = (
    "45. Telegram From the Department of State to the Embassy in France1\n\n"
    "Washington, March 3, 1955—6 p.m.\n\n"
    "3120. Please inform Pinay that we agree.\n\n"
    "Dulles\n\n"
    "1 Source: Department of State, Central Files, 751.00/3–355. Secret.\n"
)


def test_a_department_telegram_signed_dulles_is_the_secretarys(resources: Resources) -> None:
    xml = text_xml(DEPARTMENT, resources)
    assert '<signed><persName ref="#per-john-foster-dulles">Dulles</persName>' in xml
    assert 'xml:id="per-dulles"' not in xml


PAPER = (
    "85. Report to the President by the National Security Council1\n\n"
    "top secret\n"
    "NSC 68\n\n"
    "Washington, April 14, 1950.\n\n"
    "Within the past thirty-five years the world has experienced two global wars.\n\n"
    "1 Source: S/S–NSC Files, Lot 63D351, NSC 68 Series.\n"
)


def test_a_council_papers_number_is_no_telegram_number(resources: Resources) -> None:
    assert text_facts(PAPER, resources)["telegram_number"] is None
    assert ">SC 68<" not in text_xml(PAPER, resources)


MINUTES = (
    "28. Minutes of a National Security Council Meeting1\n\n"
    "Washington, March 19, 1969, 10:10 a.m.–12:15 p.m.\n\n"
    "Helms: The clashes on the Ussuri River were the most serious yet.\n\n"
    "Rogers: We should say nothing that suggests we are taking sides.\n\n"
    "1 Source: National Archives, Nixon Presidential Materials, NSC Files. Top Secret.\n"
)


def test_a_speakers_label_is_the_surname_in_office(resources: Resources) -> None:
    xml = text_xml(MINUTES, resources)
    assert '<p><persName ref="#per-richard-helms">Helms</persName>:' in xml
    assert '<p><persName ref="#per-william-p-rogers">Rogers</persName>:' in xml
