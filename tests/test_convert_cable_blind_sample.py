"""Rules from the blind sample of cables (Cablegate pages, plusd printouts, Foreign Office
telegrams) tried on invented variants: publisher's redactions, the banner's form, the
article list under the metadata table, routing lines never joined, clearance lines, a
date-time group with a spaced zone, capitals signatures over a page's classification,
and the Foreign Office heading."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tei.convert.read import logical_lines
from tests.tei_facts import facts, signed, xp


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


def _heading(root: etree._Element) -> list[tuple[str, str]]:
    return [(ab.get("subtype"), " ".join(ab.xpath("string()").split()))
            for ab in xp(root, "//tei:div[@subtype='heading']/tei:ab")]


_PAGE = ("Viewing cable 09RIGA412, LATVIA: XXXXXXXXXXXX REPORT ON COALITION TALKS\n"
         "Reference ID\tCreated\tReleased\tClassification\tOrigin\n"
         "09RIGA412\t2009-07-02 10:10\t2010-12-05 12:12\tCONFIDENTIAL\tEmbassy Riga\n")
_CABLE = ("R 021010Z JUL 09\nFM AMEMBASSY RIGA\nTO RUEHC/SECSTATE WASHDC 6012\n"
          "INFO RUEHTL/AMEMBASSY TALLINN 1402\nRUEHVL/AMEMBASSY VILNIUS 2210\n"
          "C O N F I D E N T I A L RIGA 000412\n\nSUBJECT: LATVIA: COALITION TALKS\n\n"
          "1. (C) A party official, XXXXXXXXXXXX, told us the talks would resume. "
          "XXXXXXXXXXXX agreed.\n\nGARBER\n")


def test_a_publishers_redaction_is_a_gap_that_keeps_the_placeholder(resources) -> None:
    root = _root(_PAGE + _CABLE, resources)
    gaps = xp(root, "//tei:text//tei:gap")
    assert [gap.get("reason") for gap in gaps] == ["obfuscated", "obfuscated"]
    assert all(gap.xpath("string()") == "XXXXXXXXXXXX" for gap in gaps)


def test_a_banner_naming_the_form_overrides_a_type_word_in_its_subject(resources) -> None:
    assert facts(_root(_PAGE + _CABLE, resources))["doc_type"] == "cable"


def test_the_article_list_under_the_table_leaves_the_heading_whole(resources) -> None:
    articles = "Appears in these articles:\nhttp://www.example.org/news/2010/12/05/latvia\n"
    root = _root(_PAGE + articles + _CABLE, resources)
    assert facts(root)["telegram_number"] == "000412"
    assert ("info", "RUEHVL/AMEMBASSY VILNIUS 2210") in _heading(root)


def test_routing_lines_and_a_spaced_classification_are_never_joined() -> None:
    wide = "THE MINISTER SAID THAT THE GOVERNMENT WOULD NOT CHANGE ITS POSITION ON"
    text = (f"{wide}\nTHE QUESTION.\nRUEKJCS/SECDEF WASHINGTON DC PRIORITY\n"
            "RUEKJCS/JOINT STAFF WASHDC PRIORITY\nC O N F I D E N T I A L RIGA 000412\n"
            f"{wide}\nCONFIDENTIAL\n")
    lines = [line.text for line in logical_lines(text)]
    assert "RUEKJCS/JOINT STAFF WASHDC PRIORITY" in lines
    assert "C O N F I D E N T I A L RIGA 000412" in lines
    assert lines[-1] == "CONFIDENTIAL"


_PRINTOUT = ("CONFIDENTIAL\nPAGE 01 STATE 031200\nORIGIN EUR-12\n"
             "DRAFTED BY EUR/CE: JSMITH: LW\n2/11/74 EXT 21377\nAPPROVED BY EUR: AHARTMAN\n"
             "S/ S- O: PKENNEDY\nEUR/ CE: DANDERSON\n--------------------- 061122\n"
             "P 121530 Z FEB 74\nFM SECSTATE WASHDC\nTO AMEMBASSY BONN PRIORITY\n"
             "C O N F I D E N T I A L STATE 031200\nE. O. 11652: GDS\nTAGS: PFOR, GW\n"
             "SUBJECT: VISIT OF THE FOREIGN MINISTER\n"
             "1. PLEASE INFORM THE FOREIGN OFFICE THAT THE DATES ARE AGREED. {ending}\n"
             "CONFIDENTIAL\n")


def test_clearances_and_a_spaced_zone_stay_in_the_heading(resources) -> None:
    root = _root(_PRINTOUT.format(ending="KISSINGER"), resources)
    heading = _heading(root)
    assert ("control", "S/ S- O: PKENNEDY") in heading
    assert ("control", "2/11/74 EXT 21377") in heading
    assert facts(root)["date"] == "1974-02-12"
    assert facts(root)["telegram_number"] == "031200"


@pytest.mark.parametrize(("ending", "name"), [("KISSINGER", "KISSINGER"), ("SOONEST", None)])
def test_a_capitals_signature_over_the_pages_classification(ending: str, name: str | None,
                                                            resources) -> None:
    root = _root(_PRINTOUT.format(ending=ending), resources)
    assert signed(root) == name
    assert "CONFIDENTIAL" not in (signed(root) or "")


def test_a_foreign_office_heading_with_its_addressed_to_line(resources) -> None:
    source = ("This telegram is of particular secrecy and should be retained by the authorised "
              "recipient and not passed on.\nCypher/OTP\nFROM TOKYO TO FOREIGN OFFICE\n"
              "Sir E. Dening\nNo. 88\n3rd March, 1953\nD. 4.15 p.m. 3rd March, 1953\n"
              "R. 6.30 a.m. 4th March, 1953\nSECRET\n"
              "Addressed to Foreign Office telegram No. 88 of 3rd March, repeated for "
              "information to Washington.\n\nThe Prime Minister told me today that he would "
              "not dissolve the Diet.\n")
    root = _root(source, resources)
    found = facts(root)
    assert (found["place_of_origin"], found["telegram_number"]) == ("Tokyo", "88")
    assert found["date_received"] == "1953-03-04T06:30"
    assert _heading(root)[-1][0] == "info"
    assert not xp(root, "//tei:text//tei:supplied")
