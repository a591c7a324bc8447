"""Rules for US State Department cables naming officers the register lacks (cables72):

- a PlusD page copied without its box label (`Content`): the record table ends at the
  cable's own first line (its letter-spaced classification line, `PAGE 01`, `VZCZC`,
  `SIPDIS`; table `plusd-record`, row `cable`), so the cable's `TAGS:` line under it is no
  record label and the cable's number stays in its text;
- a state before its city in a sender field is not the place written from (PlusD's record
  field `From: Kyrgyzstan Bishkek`: Bishkek; `named_places.named_place`), with the
  capitals of seven former Soviet republics in the register;
- the State Department's telegraphic abbreviations of titles before a name are titles
  (table `honorifics`, item `title`: `FONMIN`, `DEPFONMIN`, `DCM`, `POLCOUNS`, `POLOFF`,
  `EMBOFF`, `DATT`, `A/S`, `CHARGE`, `DIRGEN`, `SYG`, `Counselor of Embassy`, `Pol/Econ
  Chief`, `Co-Chair` ...), so the
  unregistered surname after one is a person, and `Co-Chair` is none;
- `authority` is an office word (`Port Authority Director Hamad`: no person `Port Authority`);
- a drafting or clearance line's officer the register lacks is split where the surname is
  one the text names alone (`GTHALLORAN` beside `DAS HALLORAN`: G. T. Halloran);
- a local person's capitals `Mc` surname keeps the capital after `Mc` (`McCormack`);
- (held sample) the break `BT` or end mark `NNNN` alone on its line starts a block of its own
  (`read._NEW_BLOCK`): it does not run on to a last paragraph ending in the signer's surname,
  which stays the signature.
"""

from __future__ import annotations

import re

from tei.convert import Resources
from tests.cases import text_facts, text_xml

PLUSD = ("Cable: 03BISHKEK1187_a\nCanonical ID: 03BISHKEK1187_a\n"
         "Original Classification: CONFIDENTIAL\nCharacter Count: 1200\n"
         "Locator: TEXT ONLINE\nTAGS: PREL, KG\nType: TE - Telegram (cable)\n"
         "From: Kyrgyzstan Bishkek\nTo: Secretary of State\n"
         "Date: 2003 June 4, 10:52 (Wednesday)\n\n"
         "C O N F I D E N T I A L BISHKEK 001187\n\nSIPDIS\n\n"
         "E.O. 12958: DECL: 06/04/2013\nTAGS: PREL, KG\nSUBJECT: FONMIN ON MANAS\n\n"
         "1. (C) FONMIN ZAKHEIM TOLD AMBASSADOR MCCORMACK JUNE 3 THAT ALL WAS WELL.\n"
         "2. (C) DCM SLOAN AND POLOFF KESSLER ATTENDED.\nMCCORMACK\n")


def _persons(xml: str) -> list[str]:
    return re.findall(r"<persName ref=\"[^\"]*\">([^<]*)</persName>", xml.split("<text")[1])


def test_plusd_table_ends_at_the_cable_s_own_first_line(resources: Resources) -> None:
    facts = text_facts(PLUSD, resources)
    assert facts["telegram_number"] == "001187"
    assert facts["place_of_origin"] == "Bishkek"
    text = text_xml(PLUSD, resources).split("<text")[1]
    assert "SIPDIS" in text and "C O N F I D E N T I A L" in text


def test_abbreviated_titles_name_unregistered_persons(resources: Resources) -> None:
    xml = text_xml(PLUSD, resources)
    found = _persons(xml)
    assert {"ZAKHEIM", "SLOAN", "KESSLER"} <= set(found)
    assert "McCormack" in xml and "Mccormack" not in xml


def test_counselor_of_embassy_and_co_chair(resources: Resources) -> None:
    text = ("FM SECSTATE WASHDC\nTO AMEMBASSY MANAGUA\n"
            "1. COUNSELOR OF EMBASSY ITURBE WAS PRESENT.\n"
            "2. Minister Mammadyarov met Co-Chair Ambassador Bryza in Chisinau.\n"
            "3. CHARGE SMITHERS AND MFA DIRGEN BANGURA MET. THE CHARGE SAID LITTLE.\n")
    found = _persons(text_xml(text, resources))
    assert "ITURBE" in found and "Bryza" in found
    assert "SMITHERS" in found and "BANGURA" in found and "SAID" not in found
    assert "Co-Chair" not in found


def test_port_authority_is_no_person(resources: Resources) -> None:
    text = ("FM AMEMBASSY MANAMA\nTO SECSTATE WASHDC\n"
            "1. The Ambassador met June 15 with Port Authority Director Hamad to review it.\n")
    found = _persons(text_xml(text, resources))
    assert "Port Authority" not in found and "Hamad" in found


def test_drafting_officer_split_by_a_surname_the_text_names(resources: Resources) -> None:
    text = ("DRAFTED BY ARA/CEN:GTHALLORAN:MMW\nAPPROVED BY ARA:QXWOMBLE\n"
            "O 101820Z MAY 77\nFM SECSTATE WASHDC\nTO AMEMBASSY MANAGUA\n"
            "1. DAS HALLORAN WAS PRESENT.\n")
    xml = text_xml(text, resources)
    assert "G. T. Halloran" in xml and "Thalloran" not in xml


def test_break_line_does_not_run_on_to_the_signed_paragraph(resources: Resources) -> None:
    text = ("UNCLASSIFIED\n\nPAGE 01 STATE 328811 232215Z\nORIGIN EUR-00\n\n"
            "DRAFTED BY EUR/SOV:KMACHTERBERG\nAPPROVED BY P:LSEAGLEBURGER\n"
            "O 232211Z NOV 82 ZFF4\nFM SECSTATE WASHDC\n"
            "TO ALL DIPLOMATIC AND CONSULAR POSTS IMMEDIATE\nBT\n"
            "UNCLASSIFIED STATE 328811\n\nCIRCULAR\n\nSUBJECT: GUIDANCE\n\n"
            "1. POSTS MAY DRAW ON THE FOLLOWING IN RESPONDING TO HOST\n"
            "GOVERNMENT QUESTIONS.\n\n"
            "2. WE DO NOT EXPECT AN EARLY CHANGE IN SOVIET POLICY. EAGLEBURGER\nBT\n#8811\n"
            "NNNN\n")
    assert text_facts(text, resources)["signed"] == "EAGLEBURGER"
