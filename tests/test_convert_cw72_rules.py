"""Rules for British and Commonwealth papers naming officials the register lacks (cw72):

- a sender field's seat before the officer's name in brackets (`The High Commissioner for
  New Zealand, Ottawa (Mr. R. H. Wade)`): Ottawa, not the capital of the country the office
  is for (heading_places.named_place);
- a name set off by commas after a title and its post after `of the` (`the Minister of the
  Interior, Bahjat Talhouni,`), its last word opening with an Arabic article or its given
  name spelt as a verb of speech (`the Prime Minister, Said el-Mufti,`: namerules);
- a register name with its given name or initials, or after one person's honorific, glued
  by a hyphen to a word that is no register surname is another person's compound surname
  (`K. C. O. Shann-Tilby`, `Mr. Shann-Tilby`, `Sir Archibald Nye-Tennant`: glued.py, parties),
  after an honorific or once so named even when both parts are register surnames
  (`Mr. Elbrick-Dawes`, then `Elbrick-Dawes`);
- the place words of a sender field's part ending in a ministry's unit name no seat
  (`Assistant Secretary, Pacific and Americas Branch`: table `office-units`);
- a record or note of a meeting held on a day, in capitals too, is dated by it (table
  `meeting-heading`);
- a distribution list over the officials' minutes at the foot is no signature
  (processing_lines.split_processing);
- the register's E. L. M. Burns is `General Burns` in 1957 (not William J. Burns).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

SAVINGRAM = (
    "SAVINGRAM\n\nNo. 27\n\n"
    "From:   The High Commissioner for New Zealand, Ottawa (Mr. R. H. Wade)\n"
    "To:     The Secretary of External Affairs, Wellington\n\n"
    "Dated:  14 November 1957\n\n"
    "I called on the Assistant Under-Secretary yesterday.\n"
)


def test_the_seat_before_the_officer_in_brackets(resources: Resources) -> None:
    facts = text_facts(SAVINGRAM, resources)
    assert facts["place_of_origin"] == "Ottawa"
    assert facts["sender"] == ["R. H. Wade"]


def test_names_set_off_by_commas_after_an_office(resources: Resources) -> None:
    text = ("TELEGRAM\n\nNo. 5\n\nAMMAN, 3 June 1956\n\n"
            "The Minister of the Interior, Bahjat Talhouni, told me that the Prime Minister, "
            "Said el-Mufti, had not been informed.\n")
    xml = text_xml(text, resources)
    assert ">Bahjat Talhouni</persName>" in xml
    assert ">Said el-Mufti</persName>" in xml


def test_a_hyphened_surname_is_not_the_register_person(resources: Resources) -> None:
    text = ("RECORD OF MEETING HELD IN THE CABINET ROOM, PARLIAMENT HOUSE, CANBERRA, ON 11 "
            "SEPTEMBER 1957\n\nPresent:\nMr. K. C. O. Shann-Tilby\nMr. D. O. Hay-Pilcher\n\n"
            "Mr. Shann-Tilby said that the Department agreed. General Burns was cited.\n")
    xml = text_xml(text, resources)
    assert "per-keith-shann" not in xml and "per-david-hay" not in xml
    assert ">Shann-Tilby</persName>" in xml and ">D. O. Hay-Pilcher</persName>" in xml
    assert '"#per-e-l-m-burns">General Burns' in xml
    assert text_facts(text, resources)["date"] == "1957-09-11"


def test_a_hyphened_surname_in_a_heading_party(resources: Resources) -> None:
    text = ("CYPHER TELEGRAM\n\nTO: U.K. HIGH COMMISSIONER IN CANADA (Sir Archibald Nye-Tennant)\n"
            "FROM: COMMONWEALTH RELATIONS OFFICE\n\nNo. 455        3rd May, 1955\n\n"
            "Please see the Minister and report.\n")
    assert text_facts(text, resources)["addressee"] == ["Archibald Nye-Tennant"]


def test_a_ministry_unit_is_no_seat(resources: Resources) -> None:
    text = ("SECRET\n\nMinute to:  The Secretary\n"
            "From:       Assistant Secretary, Pacific and Americas Branch\n\n"
            "Subject: ANZUS COUNCIL\n\nI attach a brief.\n\n(Sgd.) D. O. Hay-Pilcher\n"
            "14 August 1958\n")
    assert text_facts(text, resources)["place_of_origin"] is None


def test_a_distribution_list_over_the_minutes_is_no_signature(resources: Resources) -> None:
    text = ("TELEGRAM\n\nLONDON, 3 June 1956\n\nThe talks began today.\n\n"
            "DISTRIBUTED TO:\nLevant Department\nEastern Department\n\n"
            "Minutes:\nI agree. P.A.W.\n")
    assert text_facts(text, resources)["signed"] is None
    assert '<ab type="registry" subtype="distribution">Levant Department</ab>' in text_xml(
        text, resources)


def test_a_double_barrelled_surname_of_two_register_surnames(resources: Resources) -> None:
    text = ("TELEGRAM\n\nWASHINGTON, 19 June 1958\n\nI saw Mr. Elbrick-Dawes of the European "
            "Bureau.\n\n2. The Counsellor will call on Elbrick-Dawes tomorrow.\n")
    xml = text_xml(text, resources)
    assert "per-charles-g-dawes" not in xml and "per-c-burke-elbrick" not in xml
    assert xml.count('"#per-elbrick-dawes">Elbrick-Dawes</persName>') == 2
