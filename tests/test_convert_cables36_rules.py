"""Rules for the intelligence and precedence forms of US cables (cables36): a precedence
alone on its line (`us urgent`, `NIACT`, `Flash`, `Operational Immediate`, `MOST IMMEDIATE`)
is a `precedence` heading line, not a classification, while a line that gives a grade with
it (`SECRET - PRIORITY`) stays `classification`; the CIA's intelligence information cable
(TDCS) is a cable whose number is its TDCS number (FRUS's en dashes, the early 1960s
series with its thousands comma, `TDCS DB-3/658,904`), whose colon fields (`COUNTRY:`,
`DATE OF INFO:`, `PLACE & DATE ACQ:`, `SOURCE:`) are heading lines that date nothing (the
date of the information is no sending date) and whose `END OF MESSAGE` is no signature; a
FRUS note anchor the text lost, glued to the number of a cable the text cites (`Your
4782`: telegram 478, note 2), anchors its note there."""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml


def _subtype(xml: str, line: str) -> str | None:
    found = re.search(rf'<ab type="registry" subtype="([\w-]+)">{re.escape(line)}</ab>', xml)
    return found.group(1) if found else None


@pytest.mark.parametrize(("mark", "text"), [
    ("us urgent", "851.00/2–348: Telegram\n\nThe Secretary of State to the Embassy in Italy\n\n"
                  "{mark}\n\n412. Urtel 377. Department agrees with your proposal.\n\n"
                  "Marshall\n"),
    ("NIACT", "TELEGRAM\n\n{mark}\n\nFM AMEMBASSY VIENTIANE\nTO SECSTATE WASHDC 1207\n\n"
              "1. The Prime Minister asked to see me tonight.\n\nSMITH\n"),
    ("MOST IMMEDIATE", "CYPHER TELEGRAM\n\nTo: Foreign Office\nFrom: Cairo\n\n{mark}\n\n"
                       "No. 812\n\nThe Egyptian Government has asked for a meeting.\n"),
    ("Operational Immediate", "Telegram No. 55\n\n{mark}\n\nThe convoy sailed this morning.\n"),
])
def test_precedence_alone_is_precedence(mark, text, resources) -> None:
    xml = text_xml(text.format(mark=mark), resources)
    assert _subtype(xml, mark) == "precedence"


@pytest.mark.parametrize("mark", ["SECRET - PRIORITY", "Top Secret. Urgent.", "SECRET"])
def test_a_grade_stays_classification(mark, resources) -> None:
    xml = text_xml(f"TELEGRAM\n\n{mark}\n\nNo. 412\n\nThe Minister will arrive on Monday.\n",
                   resources)
    assert _subtype(xml, mark) == "classification"


_TDCS_CREST = (
    "INTELLIGENCE INFORMATION CABLE\nCOUNTRY: BURMA\nDATE OF INFO: 4 MARCH 1962\n"
    "SUBJECT: ATTITUDE OF ARMY OFFICERS TOWARD THE NEW COUNCIL\n"
    "PLACE & DATE ACQ: BURMA, RANGOON (5 MARCH 1962)\n"
    "SOURCE: AN OFFICIAL WITH GOOD ACCESS WHO HAS REPORTED RELIABLY.\n"
    "TDCS DB-3/649,117\n1. ON 4 MARCH SEVERAL OFFICERS SAID THE COUNCIL WOULD MEET WEEKLY.\n"
    "2. FIELD DISSEM: STATE CINCPAC.\nEND OF MESSAGE\n")
_TDCS_FRUS = (
    "41. Intelligence Information Cable1\n\nTDCS DB–315/00271–64\n\n"
    "Washington, January 22, 1964.\n\nCOUNTRY: South Vietnam\n\n"
    "DATE OF INFO: 19-20 January 1964\n\nSUBJECT: Rumors of a new change of government\n\n"
    "PLACE & DATE ACQ: Vietnam, Saigon (21 January 1964)\n\n"
    "SOURCE: A Vietnamese officer whose reports have been reliable.\n\n"
    "1. Officers of the corps staff said a change was being planned for the end of the month."
    "\n\n2. Field dissem: Embassy, MACV.\n\n"
    "  1. Source: Johnson Library, National Security File, Vietnam Country File. Secret.\n")


@pytest.mark.parametrize(("text", "number", "date"), [
    (_TDCS_CREST, "TDCS DB-3/649,117", None),  # no distribution date: the cable is undated
    (_TDCS_FRUS, "TDCS DB–315/00271–64", "1964-01-22"),  # the dateline, not DATE OF INFO
])
def test_tdcs_cable_number_and_date(text, number, date, resources) -> None:
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == number
    assert facts["date"] == date
    assert facts["doc_type"] == "cable"
    assert facts["signed"] is None


@pytest.mark.parametrize("text", [_TDCS_CREST, _TDCS_FRUS])
def test_tdcs_fields_are_heading_lines(text, resources) -> None:
    xml = text_xml(text, resources)
    heading = xml.split('<div type="message"')[0]
    for label in ("DATE OF INFO:", "PLACE &amp; DATE ACQ:", "SOURCE:"):
        assert re.search(rf'subtype="other">{label}', heading), label


@pytest.mark.parametrize(("cited", "before"), [
    ("Your 21753", "Your 2175"),  # the Embassy's telegram 2175, note 3
    ("Deptel 8093", "Deptel 809"),
    ("Embtels 47123 and 4730", "Embtels 4712"),  # frus_1955_57v15_d18's `Embtels 6765 and 687`
])
def test_anchor_glued_to_cited_number(cited, before, resources) -> None:
    text = ("212. Telegram From the Embassy in France to the Department of State1\n\n"
            "Paris, March 4, 1958, 6 p.m.\n\n"
            "3120. Eyes only for the Secretary. Gaillard told me today2 that he had read "
            f"{cited} with care and would answer by Friday.\n\nHoughton\n\n"
            "  1. Source: Department of State, Central Files, 751.00/3–458. Secret; Priority.\n"
            "  2. March 4.\n  3. Not printed.\n")
    xml = text_xml(text, resources)
    assert f'{before}<note place="foot" n="3">Not printed.</note>' in xml
    assert '<p><note place="foot" n="3">' not in xml
