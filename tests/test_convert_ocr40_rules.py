"""Rules from the third blind OCR sample (ocr40): OCR's letters for digits in a date-time
group (`2l1450Z APR 76`, `27l83OZ JAN 63`: `l` or `I` for 1, `O` for 0) are read as its
digits, in the date reader and in the cable rows that take the group; a Soviet date stamp's
Roman month in lower case with `l` for `i` (`27 xl 63`) is November, while other lower-case
numerals stay no month (`2 x 45`); the E.O. line's classifying officer is a person when his
office symbol follows the brackets (`(GERLACH, FREDERICK H.) OR-M`); a drafting or approving
line that spells its officer apart (`DRAFTED BY: S/S-O: G. TWOHIE`) names a person, flattened
or not."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml


@pytest.mark.parametrize(("text", "when"), [
    ("R 2l1450Z APR 76", (1976, 4, 21, 14, 50)),
    ("FM WASHINGTON 27l83OZ JAN 63", (1963, 1, 27, 18, 30)),
    ("O 16O1O6Z NOV 79", (1979, 11, 16, 1, 6)),
    ("P 131923Z DEC 73", (1973, 12, 13, 19, 23)),
])
def test_ocr_letters_in_a_date_time_group_are_its_digits(resources, text, when) -> None:
    (found,) = resources.dates.find(text)
    assert (found.year, found.month, found.day, found.hour, found.minute) == when


@pytest.mark.parametrize("text", ["2lOOOOZ", "the 1O1 OZ JAN 63 group", "2l1450 APR 76"])
def test_letters_without_the_zone_or_the_group_shape_are_no_date(resources, text) -> None:
    assert not [d for d in resources.dates.find(text) if d.hour is not None]


@pytest.mark.parametrize(("text", "month"), [
    ("27 xl 63", 11), ("14 vll 57", 7), ("27 XI 63", 11), ("2 x 45", None), ("27 xi 63", None),
])
def test_an_ocr_lower_case_roman_month(resources, text, month) -> None:
    found = resources.dates.whole(text)
    assert (found.month if found else None) == month


_CABLE = ("CONFIDENTIAL\nPAGE 01 BONN 07731 211540Z\nACTION EUR-12\n"
          "INFO OCT-01 ISO-00 /013 W\n------------------211602Z 077310 /43\n"
          "R 2l1450Z APR 76\nFM AMEMBASSY BONN\nTO SECSTATE WASHDC 2140\n"
          "C O N F I D E N T I A L BONN 07731\n"
          "E.O. 12065: RDS-4 4/21/96 (STOESSEL, WALTER J.) OR-M\nTAGS: PFOR, GW\n"
          "SUBJECT: GENSCHER ON MBFR\n"
          "1. FOREIGN MINISTER GENSCHER TOLD ME ON APRIL 20 THAT THE FRG WOULD NOT OPPOSE\n"
          "THE NEW PROPOSAL.\nSTOESSEL\n")


def test_an_ocr_group_dates_a_cable_and_the_classifier_after_brackets_is_a_person(
        resources) -> None:
    facts = text_facts(_CABLE, resources)
    assert facts["date"] == "1976-04-21"
    assert "STOESSEL, WALTER J.</persName>" in text_xml(_CABLE, resources)


@pytest.mark.parametrize("line", ["DRAFTED BY: S/S-O: G. TWOHIE",
                                  "APPROVED BY EUR/SOV: J. D. MATLOCK"])
def test_a_drafting_line_s_spelt_out_officer_is_a_person(resources, line) -> None:
    text = (f"PAGE 01 STATE 237171\nORIGIN SS-10\n{line}\nP 131923Z DEC 73\n"
            "FM SECSTATE WASHDC\nTO AMEMBASSY PARIS PRIORITY\n"
            "1. PLEASE INFORM THE MINISTRY.\nKISSINGER\n")
    name = line.rsplit(": ", 1)[-1]
    assert f"{name}</persName>" in text_xml(text, resources)


def test_a_drafting_line_run_into_its_office_names_a_local_person(resources) -> None:
    # (cables44) the officer glued to his initials is a person the register lacks
    text = ("PAGE 01 STATE 017976\nORIGIN SS-15\nDRAFTED BY S/S-S:JJACOBSON\n"
            "P 262340Z JAN 77\nFM SECSTATE WASHDC\nTO AMEMBASSY CAIRO PRIORITY\n"
            "1. PLEASE INFORM THE MINISTRY.\nVANCE\n")
    assert '<persName ref="#per-j-jacobson">JJACOBSON</persName>' in text_xml(text, resources)
