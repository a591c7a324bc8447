"""Rules for FRUS pages naming officials the register lacks (frus72):

- a memorandum's writer's initials alone at its foot without stops (`RMK`) sign it when
  they are the initials of the sender the heading names in full (`Memorandum From Robert
  M. Krimer of the Office of ...`) or of the office holder it names (`(Rostow)`), not a
  typist's initials of the `processing` table (`signer_lines.sender_initials`, read by
  `processing_lines` and `closing`);
- the heading `Mr. <full name>, <office>, to <addressee>` whose office holds `to` itself
  (`Assistant to the Personal Representative of the President to Pope Pius XII`) is the
  page's heading (table `frus`, row `heading`), so the number opening the text is the
  telegram's; its parties are cut at the `to` after the office's comma (table
  `title-shapes`, row `parties`);
- a register place after an honorific and a surname particle (`Mr. von Bergen`) is a
  surname (`glued.given_place`);
- a drafting or clearance line typed in mixed case (`Drafted by: ARA/EP:LBPezzullo:jb`)
  names its officers: initials glued to a surname in small letters
  (`drafting_lines._mixed_officers`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

MEMO = ("88. Memorandum From {writer} of the Office of Soviet Union Affairs to the Country "
        "Director for Soviet Union Affairs (Dubs)1\n\nWashington, June 4, 1971.\n\n"
        "The First Secretary called on me about the consulate question.\n\n{initials}\n\n"
        "    1. Source: National Archives, RG 59. Confidential.\n")


def test_the_writers_bare_initials_sign_the_memorandum(resources: Resources) -> None:
    xml = text_xml(MEMO.format(writer="Robert M. Krimer", initials="RMK"), resources)
    assert "<signed>RMK</signed>" in xml


def test_other_bare_initials_stay_a_processing_line(resources: Resources) -> None:
    xml = text_xml(MEMO.format(writer="Robert M. Krimer", initials="JDB"), resources)
    assert "<signed>JDB</signed>" not in xml


TITTMANN = ("740.0011 European War 1939/28841: Telegram\n\n"
            "Mr. Harold H. Tittmann, Assistant to the Personal Representative of the President "
            "to Pope Pius XII, to the Secretary of State\n\n"
            "Vatican City, March 11, 1943—noon.\n[Received March 12—8:20 a.m.]\n\n"
            "41. Mr. von Bergen called at the Secretariat of State yesterday.\n\nTittmann\n")


def test_full_name_office_heading_and_its_number(resources: Resources) -> None:
    facts = text_facts(TITTMANN, resources)
    assert facts["telegram_number"] == "41"
    assert facts["title"].startswith("Mr. Harold H. Tittmann, Assistant")


def test_the_office_of_the_sender_names_no_party(resources: Resources) -> None:
    xml = text_xml(TITTMANN, resources)
    sent = xml[xml.index('<correspAction type="sent">'):
               xml.index('<correspAction type="received">')]
    assert "Tittmann" in sent and "Pius" not in sent
    received = xml[xml.index('<correspAction type="received">'):]
    assert "Pius" not in received[:received.index("</correspAction>")]


def test_a_place_after_honorific_and_particle_is_a_surname(resources: Resources) -> None:
    xml = text_xml(TITTMANN, resources)
    assert "Mr. <persName" in xml and "von Bergen</persName>" in xml
    assert 'placeName ref="#pla-bergen"' not in xml


def test_mixed_case_drafting_line_names_its_officers(resources: Resources) -> None:
    xml = text_xml(
        "Memorandum From the Deputy Assistant Secretary (Cargo) to the Assistant Secretary "
        "(Hennessy)\n\nWashington, May 2, 1972.\n\nThe talks will open in Quito.\n\n"
        "Drafted by: ARA/EP:LBPezzullo:jb\nCleared by: EUR/SOV:RMKrimer\n", resources)
    assert "ARA/EP:<persName" in xml and ">LBPezzullo</persName>:jb" in xml
    assert 'ref="#per-r-m-krimer">RMKrimer</persName>' in xml
