"""Rules from the misses of the blind sample cables42 (AID cables in PlusD, UN code cables,
FRUS agency circulars): an AID cable's clearing officers' remarks in parentheses (`(DRAFT)`,
`(INFO)`) and its `DESIRED DISTRIBUTION` codes stay in the printout heading, so its date-time
group dates it, and name no person; a UN code cable's number labelled with its series
(`NUMBER: UNAMIR: 100`) is the number after the series; a FRUS circular's number may carry
the agency's letters after a dash (`USIA–7520.`) and its channel line may close with a
semicolon; a surname alone in an actor's place whose register match was dead by then is the
one living namesake."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_AID = ("UNCLASSIFIED\nPAGE 01 STATE 040210\n61\nORIGIN AID-78\n"
        "INFO OCT-01 AF-10 EUR-25 IO-14 ISO-00\n"
        "DRAFTED BY AFR/CWR:OCYLKE\nAPPROVED BY AA/AFR:SCADAMS,JR.\n"
        "AFR/CWR:JSNYDER {remark}\nIO/AGR:ROLSON (INFO)\n{distribution}"
        "--------------------- 033870\nR 281440Z FEB 74\nFM SECSTATE WASHDC\n"
        "TO AMEMBASSY DAKAR\nUNCLAS STATE 040210\nAFDROUGHT\nE.O. 11652: N/A\n"
        "SUBJECT: SAHEL EMERGENCY\n1. THE CONFERENCE MET IN BRUSSELS ON FEBRUARY 12.\n")
_DISTRIBUTIONS = [
    "",
    "DESIRED DISTRIBUTION\n2C ACTION AFR 25 INFO DRC PHA TAAG PPC EXSEC OFP C CT FFP\n"
    "H AGRIC CLASS CHORN 1 2 3 8 78P\n",
    "DESIRED DISTRIBUTION\n7L ACTION AFR 17 INFO AATADRC PHA TAAG GCAF PA PPC\n"
    "P C CALI CT F P CIA AGRIC COM DOD X INT TRSY CHRON 1 2 3 6 8\n90P\n",
]


@pytest.mark.parametrize("distribution", _DISTRIBUTIONS)
@pytest.mark.parametrize("remark", ["(DRAFT)", "(SUBSTANCE)", "(PHONE)"])
def test_an_aid_cables_clearances_and_distribution_keep_the_heading(
        resources, remark: str, distribution: str) -> None:
    text = _AID.format(remark=remark, distribution=distribution)
    facts = text_facts(text, resources)
    assert facts["date"] == "1974-02-28"
    assert facts["telegram_number"] == "040210"
    xml = text_xml(text, resources)
    heading = xml.split("<text", 1)[1].split("SUBJECT")[0]
    # (cables44) the four officers are persons, their remarks and the distribution no names
    assert heading.count("<persName") == 4
    assert f"{remark[1:-1]}</persName>" not in heading and "INFO</persName>" not in heading


def test_a_clearance_remark_alone_is_no_heading_line_of_its_own(resources) -> None:
    xml = text_xml("(DRAFT)\n\nThe text of a letter begins here.\n", resources)
    assert 'subtype="control"' not in xml


_UN = ("UNITED NATIONS\nOUTGOING CODE CABLE\n\nTO:      AKASHI, UNPROFOR, ZAGREB\n"
       "FROM:    ANNAN, UNATIONS, NEW YORK\nDATE:    3 MARCH 1994\nNUMBER:  {number}\n"
       "SUBJECT: Convoys\n\n1. Please raise the matter with the authorities.\n")


@pytest.mark.parametrize(("number", "read"), [("UNPROFOR: 612", "612"), ("UNAMIR:100", "100"),
                                              ("B-412", "B-412"), ("Z-418", "Z-418")])
def test_a_code_cables_number_after_its_series_label(resources, number: str, read: str) -> None:
    facts = text_facts(_UN.format(number=number), resources)
    assert facts["telegram_number"] == read
    assert facts["addressee"] == ["Yasushi Akashi"]


_CIRCULAR = ("88. Circular Telegram From the {agency} to All Principal Posts1\n\n"
             "Washington, {date}.\n\n{number}. For PAOs from Director Reinhardt{end} "
             "Pass also Branch Posts.\n\n1. The budget has been presented to the Congress.\n")


@pytest.mark.parametrize(("agency", "number", "end"), [
    ("United States Information Agency", "USIA–7520", ";"),
    ("International Communication Agency", "ICA–25113", ";"),
    ("International Communication Agency", "ICA 25113", ".")])
def test_an_agency_circulars_number_and_channel(resources, agency: str, number: str,
                                                end: str) -> None:
    text = _CIRCULAR.format(agency=agency, date="October 3, 1978", number=number, end=end)
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == number
    assert "John E. Reinhardt" in facts["sender"]
    assert 'ref="#per-paos"' not in text_xml(text, resources)
