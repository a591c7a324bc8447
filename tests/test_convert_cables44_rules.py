"""Rules of the cables44 sample (State cables), each tried on invented cables:

- a drafting or clearance line's officer the register lacks is a local person, its
  initials split off where a surname can open (`WSBUTCHER`: W. S. Butcher), the typist's
  initials and the officer's remark no name (`drafting_lines.py`);
- the clearance lines under `APPROVED BY` are read without their label (`S/S-O:TMARTIN`);
- `COMMISSIONER` is a title before a name (table `honorifics`: `COMMISSIONER GARBA`);
- a cable's routing on one line from its date-time group (`O 122314Z MAR 04 FM SECSTATE
  WASHDC TO AMEMBASSY MADRID IMMEDIATE`) is cut into its lines at any length
  (`pages/flattened.py`).
"""

from __future__ import annotations

import pytest

from tei.convert.context import Context
from tei.convert.pages.flattened import split_flattened
from tei.convert.read import Line
from tests.cases import text_facts, text_xml

CABLE = (
    "UNCLASSIFIED\nPAGE 01 STATE 201144\nORIGIN AF-10\nINFO OCT-01 ISO-00 /011 R\n"
    "DRAFTED BY {drafted}\nAPPROVED BY {approved}\n{cleared}\n--------------------- 118822\n"
    "R 121430Z MAR 79\nFM SECSTATE WASHDC\nTO AMEMBASSY LUSAKA\n"
    "UNCLAS STATE 201144\nSUBJECT: GRAIN SHIPMENTS\n"
    "1. THE SHIPMENT WILL LEAVE HOUSTON NEXT WEEK.\nVANCE\n"
)


def _cable(drafted: str = "AF/S:PKREUTZER:JW", approved: str = "AF:WHLUERS",
           cleared: str = "AF/S:RSBRADSHAW") -> str:
    return CABLE.format(drafted=drafted, approved=approved, cleared=cleared)


@pytest.mark.parametrize(("word", "person"), [
    ("PKREUTZER", "per-p-kreutzer"),  # one initial: `KR` opens a surname
    ("WHLUERS", "per-w-h-luers"),  # `HL` opens none: two initials
    ("RSBRADSHAW", "per-r-s-bradshaw"),  # on the clearance line without a label
])
def test_an_officer_the_register_lacks_is_a_local_person(word: str, person: str,
                                                         resources) -> None:
    xml = text_xml(_cable(), resources)
    assert f'<persName ref="#{person}">{word}</persName>' in xml


def test_the_officers_are_persons_of_the_cable(resources) -> None:
    xml = text_xml(_cable(), resources)
    for name in ("P. Kreutzer", "W. H. Luers", "R. S. Bradshaw"):
        assert f'<persName type="reg">{name}</persName>' in xml


def test_the_typist_and_the_remark_are_no_names(resources) -> None:
    xml = text_xml(_cable(drafted="AF/S:PKREUTZER:JWLM",
                          cleared="EB/OFP:DJOHANSEN(SUBS)\nS/S-O:TMARTIN"), resources)
    assert ">JWLM<" not in xml and ">SUBS<" not in xml
    assert '<persName ref="#per-d-johansen">DJOHANSEN</persName>(SUBS)' in xml
    assert '<persName ref="#per-t-martin">TMARTIN</persName>' in xml


@pytest.mark.parametrize("line", [
    "TAGS:PINS",  # no office symbol with a slash
    "REF: STATE 12345",
    "THE EMBASSY/CONSULATE:PLEASE ADVISE",  # words, not an office and its officer
])
def test_other_lines_with_colons_name_no_officer(line: str, resources) -> None:
    xml = text_xml(_cable(cleared=line), resources)
    assert "per-p-lease" not in xml and "per-p-ins" not in xml and "per-t-ags" not in xml


def _parts(text: str, resources) -> list[str]:
    return [line.text for line in split_flattened([Line(1, text)], Context(resources, "t"))]


def test_a_short_routing_line_is_cut_into_its_lines(resources) -> None:
    line = "O 122314Z MAR 04 FM SECSTATE WASHDC TO AMEMBASSY MADRID IMMEDIATE"
    assert _parts(line, resources) == [
        "O 122314Z MAR 04", "FM SECSTATE WASHDC", "TO AMEMBASSY MADRID IMMEDIATE"]


def test_a_date_time_group_with_one_item_is_not_cut(resources) -> None:
    line = "R 121120Z SEP 75 FM AMEMBASSY BANGKOK"
    assert _parts(line, resources) == [line]


def test_a_one_line_routing_gives_the_cable_s_facts(resources) -> None:
    text = ("P 041530Z JUN 09 FM AMEMBASSY NAIROBI TO RUEHC/SECSTATE WASHDC PRIORITY 6021\n"
            "C O N F I D E N T I A L NAIROBI 001187\n\nSUBJECT: WELLS\n\n"
            "1. (C) The district commissioner asked for tankers.\n\nRANNEBERGER\n")
    found = text_facts(text, resources)
    assert (found["date"], found["doc_type"], found["place_of_origin"]) == (
        "2009-06-04", "cable", "Nairobi")
    assert found["telegram_number"] == "001187"


PARAGRAPH = ("CONFIDENTIAL\nPAGE 01 JAKART 08812 180412Z\nR 180350Z JUL 74\n"
             "FM AMEMBASSY JAKARTA\nTO SECSTATE WASHDC 6630\n"
             "C O N F I D E N T I A L JAKARTA 8812\nSUBJECT: MEETING\n1. {text}\nNEWSOM\n")


@pytest.mark.parametrize(("text", "name"), [
    ("ASA SARASIN, NEW DIRECTOR GENERAL OF ECONOMIC AFFAIRS, TOLD US SO.", "ASA SARASIN"),
    ("HARYONO NIMPUNO, ACTING DIRECTOR GENERAL FOR POLITICAL AFFAIRS, AGREED.",
     "HARYONO NIMPUNO"),
    ("HARYO NIMPU, DEPUTY MINISTER OF FINANCE, AGREED.", "HARYO NIMPU"),
])
def test_a_capitals_name_before_its_office_is_a_person(text: str, name: str,
                                                       resources) -> None:
    xml = text_xml(PARAGRAPH.format(text=text), resources)
    assert f">{name}</persName>," in xml


@pytest.mark.parametrize("text", [
    "ON THE SECOND DAY, MINISTER OF FINANCE SPOKE.",  # no name before the office
    "THE CHARGE, HEAD OF THE EMBASSY SINCE MAY, SAID SO.",
])
def test_other_capitals_words_before_an_office_are_no_name(text: str, resources) -> None:
    xml = text_xml(PARAGRAPH.format(text=text), resources)
    item = xml.split('<item n="1">', 1)[1].split("</item>")[0]
    assert "<persName" not in item


@pytest.mark.parametrize("word", ["UNAVAILABLE", "UNWILLING", "ABSENT"])
def test_an_adjective_after_a_minister_is_no_name(word: str, resources) -> None:
    text = f"FOUND THE INDUSTRY MINISTER {word} AND READY TO TALK ONLY IN GENERALITIES."
    item = text_xml(PARAGRAPH.format(text=text), resources).split('<item n="1">', 1)[1]
    assert "<persName" not in item.split("</item>")[0]


def test_a_commissioner_before_a_surname_names_him(resources) -> None:
    text = "COMMISSIONER ADEKUNLE HAD URGED THE SECRETARY TO VISIT."
    item = text_xml(PARAGRAPH.format(text=text), resources).split('<item n="1">', 1)[1]
    assert ">ADEKUNLE</persName>" in item.split("</item>")[0]


def test_an_office_in_telegraphese_after_commissioner_is_no_name(resources) -> None:
    text = "COMMISSIONER EXTERNAL AFFAIRS HAD URGED THE SECRETARY TO VISIT."
    item = text_xml(PARAGRAPH.format(text=text), resources).split('<item n="1">', 1)[1]
    assert "<persName" not in item.split("</item>")[0]
