"""Rules from the misses of the blind sample cables38 (US State Department cables of 1976-2009
as FOIA releases, PlusD texts of released PDFs and Cablegate reposts present them): a `FOR`
line under the classification naming several officers (`NSC FOR D. CLARK, S. RICE AND
D.STEINBERG;`, `COMMERCE FOR BIS (BROWN AND DENYER)`) names each of them, never the offices of
a line of symbols (`JOINT STAFF FOR CHAIRMAN, DIR JS, J3;`); a classification run into the
section mark (`CONFIDENTIALSECTION 01 OF 04 USUN NEW YORK 001817`) still gives the cable's
post and number; the tag codes set under empty `TAGS:` and `SUBJECT:` labels (`OVIP, NU`) are
the tags, never a name; an initial run into a surname in capitals (`T.BRANDT`) keeps its
space in the regularised name."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_FOIA_RELEASE = (
    "UNCLASSIFIED\n\nRELEASED IN FULL\nPAGE 01        BAMAKO 01187 01 OF 03 221410Z\n"
    "ACTION AF-01\nINFO LOG-00 ADS-00 /002W\n------------------2C01AF 221411Z /38\n"
    "O 221405Z JUN 95\nFM AMEMBASSY BAMAKO\nTO SECSTATE WASHDC IMMEDIATE 2291\n"
    "INFO AMEMBASSY DAKAR\n"
    "CONFIDENTIALSECTION 01 OF 03 BAMAKO 001187\n"
    "WHITEHOUSE PASS NSC FOR R. GALLOWAY, P. NORDHOFF AND K.ABERNATHY;\n"
    "JOINT STAFF FOR CHAIRMAN, DIR JS, J3;\n"
    "DAKAR FOR MCALLISTER\n"
    "E.O. 12356: DECL:OADR\nTAGS: PREL, ML\nSUBJECT: NORTHERN TALKS\n\n"
    "1. CONFIDENTIAL - ENTIRE TEXT.\n\n"
    "2. THE TALKS RESUMED ON JUNE 21 IN THE PRESENCE OF OBSERVERS.\n")

_CABLEGATE = (
    "C O N F I D E N T I A L SECTION 01 OF 04 VIENNA 000812\n"
    "SIPDIS\n"
    "STATE FOR EUR/CE, ISN/RA\n"
    "COMMERCE FOR ITA (HOLT AND PRZYBYLSKI)\n"
    "NSC FOR GRANGER\n"
    "E.O. 12958: DECL: 03/14/2018\nTAGS: PREL, ETTC, AU\n"
    "SUBJECT: AUSTRIA: EXPORT CONTROL TALKS\n"
    "Classified By: DCM Laura Feinstein for reasons 1.4 (b) and (d)\n"
    "1. (C) Summary: The talks went well. End summary.\n")

_TAGS_BELOW = (
    "CONFIDENTIAL\nPAGE 01\nSTATE 214470\nORIGIN ARA-15\n"
    "DRAFTED BY ARA/AND:JMORALES:LP\n------------------051722 141515Z /40\n"
    "O 141500Z AUG 79\nFM SECSTATE WASHDC\n"
    "TO ALL AMERICAN REPUBLIC DIPLOMATIC POSTS IMMEDIATE\n"
    "C O N F I D E N T I A L STATE 214470\n"
    "E.O. 12065: GDS 8/14/85 (MORALES, JOHN)\nTAGS:\nSUBJECT:\nPEPR, BL\n"
    "VISIT OF BOLIVIAN FOREIGN MINISTER\n1. C-ENTIRE TEXT\n"
    "2. THE FOREIGN MINISTER WILL ARRIVE ON AUGUST 20.\n")


@pytest.mark.parametrize("text, names", [
    (_FOIA_RELEASE, ["R. GALLOWAY", "P. NORDHOFF", "K.ABERNATHY", "MCALLISTER"]),
    (_CABLEGATE, ["HOLT", "PRZYBYLSKI"]),
])
def test_a_for_line_names_each_officer(resources, text: str, names: list[str]) -> None:
    xml = text_xml(text, resources)
    for name in names:
        assert f">{name}</persName>" in xml, name


def test_a_line_of_offices_names_no_one(resources) -> None:
    xml = text_xml(_FOIA_RELEASE, resources)
    assert "DIR JS</persName>" not in xml
    assert "CHAIRMAN</persName>" not in xml


@pytest.mark.parametrize("text, place, number", [
    (_FOIA_RELEASE, "Bamako", "001187"),
    (_CABLEGATE, "Vienna", "000812"),
])
def test_the_run_on_section_mark_keeps_post_and_number(resources, text: str, place: str,
                                                       number: str) -> None:
    found = text_facts(text, resources)
    assert found["place_of_origin"] == place
    assert found["telegram_number"] == number


@pytest.mark.parametrize("text, tags", [
    (_TAGS_BELOW, "PEPR, BL"),
    ("CONFIDENTIAL\nFM SECSTATE WASHDC\nTO AMEMBASSY LA PAZ\n"
     "C O N F I D E N T I A L STATE 214471\nTAGS:\nSUBJECT:\nOVIP, BL\n"
     "VISIT OF THE VICE PRESIDENT\n1. C-ENTIRE TEXT\n", "OVIP, BL"),
])
def test_tag_codes_under_empty_labels_are_the_tags(resources, text: str, tags: str) -> None:
    xml = text_xml(text, resources)
    assert f'<ab type="registry" subtype="tags">{tags}</ab>' in xml
    assert f">{tags.split(',')[0]}</persName>" not in xml


@pytest.mark.parametrize("text, reg", [
    (_FOIA_RELEASE, "K. Abernathy"),
    ("LIMITED OFFICIAL USE\nFM AMEMBASSY OSLO\nTO SECSTATE WASHDC 1187\n"
     "LIMITED OFFICIAL USE OSLO 04410\nBONN FOR H. LUNDGREN AND T.WESTERBERG\n"
     "TAGS: PREL, NO\nSUBJECT: FISHERIES\n1. THE TALKS ENDED.\n", "T. Westerberg"),
])
def test_a_run_on_initial_keeps_its_space(resources, text: str, reg: str) -> None:
    assert f'<persName type="reg">{reg}</persName>' in text_xml(text, resources)
