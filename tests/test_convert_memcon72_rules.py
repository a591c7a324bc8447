"""Rules for records and memoranda of conversations in layouts the fixtures had not shown,
their participants mostly people the register lacks (memcon72):

- a record's one-sentence heading naming the talk by whose it was (`Record of the Prime
  Minister's talk with Mr. ..., at 12 noon on 23rd March, 1965, at South Block.`): the record
  of the conversation, the day after `on` its date (table `heading`, row `document-type`;
  table `meeting-titles`, read on the heading's form line by `doc_types._meeting_or_decision`);
- a signer's office naming the head he serves (`Secretary to the Prime Minister`) is no
  heading of two parties (table `frus`), and `Joint`, `Additional`, `Principal` open a role
  line under a signature (table `role-openers`);
- a participants label alone may stand a blank line above its members (`Present:`), and the
  other side's group after a blank line may open with its country alone (`United States`),
  its members the register lacks given as `Name, office` (`label_members`);
- a place field running on to a line that closes with the town (`PLACE: Secretary's Suite` /
  `Waldorf Towers, New York`) names the town (`heading_tolerance.place_run_on`);
- a record's title over its own `Date:` with `Time:` or `Location:` fields: the record's
  heading, not the page's catalogue fields (`pages.record_top.record_heading_field`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

INDIAN = ("Prime Minister's Secretariat\nNew Delhi\n\nTOP SECRET\n\n"
          "Record of the Prime Minister's talk with Mr. P. K. Orlovsky, Counsellor of the "
          "Embassy of the U.S.S.R., at 4 p.m. on 11th May, 1966, at South Block.\n\n"
          "The Counsellor said that he had called on instructions.\n\n"
          "2. The Prime Minister said that India valued the understanding.\n\n"
          "                         (R. N. Varkey)\n"
          "                 {office}\n"
          "                         12.5.1966\n")


def test_a_record_of_whose_talk_is_a_record_dated_by_its_day(resources: Resources) -> None:
    facts = text_facts(INDIAN.format(office="Secretary to the Prime Minister"), resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["date"] == "1966-05-11"


def test_a_signers_office_under_the_head_he_serves_stays_in_the_closer(
        resources: Resources) -> None:
    xml = text_xml(INDIAN.format(office="Secretary to the Prime Minister"), resources)
    assert 'type="attachment"' not in xml
    assert "Secretary to the Prime Minister</signed>" in xml
    xml = text_xml(INDIAN.format(office="Joint Secretary"), resources)
    assert "per-joint" not in xml


MEMCON = ("MEMORANDUM OF CONVERSATION\n\n"
          "PARTICIPANTS:   Ruritania\n"
          "                  Karel Vondrasek, Minister of Foreign Affairs and Deputy "
          "Prime Minister\n"
          "                  Ota Kubelik, Ambassador of Ruritania to the United States\n\n"
          "                United States\n"
          "                  Henry A. Kissinger, Secretary of State\n"
          "                  Philip C. Habib, Assistant Secretary for East Asian and "
          "Pacific Affairs\n"
          "                  Walter B. Ashcombe, Country Director for Ruritania and "
          "Moldavia (Notetaker)\n\n"
          "DATE AND TIME:  Friday, October 3, 1975\n"
          "                4:00 - 4:45 p.m.\n\n"
          "PLACE:          Secretary's Suite\n"
          "                Waldorf Towers, New York\n\n"
          "SUBJECT:        Bases; Trade\n\n"
          "Kissinger: Welcome, Mr. Minister. We will meet the date your government set, and the "
          "figures will be ready for your press before you leave New York next week.\n\n"
          "Vondrasek: Thank you. We would like to announce it at home, not here.\n")


def test_the_other_sides_country_line_and_unknown_members_stay_participants(
        resources: Resources) -> None:
    xml = text_xml(MEMCON, resources)
    assert 'subtype="participants"><persName ref="#per-walter-b-ashcombe">' in xml
    assert "<head>" not in xml


def test_a_place_fields_run_on_line_closing_with_its_town(resources: Resources) -> None:
    facts = text_facts(MEMCON, resources)
    assert facts["place_of_origin"] == "New York"
    assert facts["date"] == "1975-10-03"


def test_a_present_label_over_a_blank_line_keeps_its_members(resources: Resources) -> None:
    xml = text_xml("CONFIDENTIAL\n\nRECORD OF A MEETING HELD AT 10 DOWNING STREET ON "
                   "TUESDAY, 12 NOVEMBER 1968\n\nPresent:\n\nThe Prime Minister\n"
                   "Mr. Oswin Tregarthen\nMr. Lemuel Pardoe\n\n"
                   "The Prime Minister welcomed the Minister.\n\n2. MR. PARDOE agreed.\n",
                   resources)
    assert 'subtype="participants">Mr. <persName ref="#per-lemuel-pardoe">' in xml
    assert 'subtype="sender"' not in xml


def test_a_records_title_over_its_date_time_and_location(resources: Resources) -> None:
    text = ("Minutes of Premier Zhou Enlai's Conversation with Foreign Minister Dawa Norbu\n\n"
            "Date: 6 June 1966\nTime: 10:30 a.m. to 12:15 p.m.\n"
            "Location: East Hall, Great Hall of the People, Beijing\n\n"
            "Interpreter: Zhang Shu\n\n"
            "Zhou Enlai: Welcome.\n\nNorbu: Thank you.\n")
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == "Beijing"
    assert facts["date"] == "1966-06-06"
    assert 'subtype="time">Time:' in text_xml(text, resources)
