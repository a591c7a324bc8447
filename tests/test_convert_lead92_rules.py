"""Rules from the lead's probes (lead92):

- a place's name before a street word in small letters (table `street-words`: `Massachusetts
  Avenue`, `Pennsylvania Avenue`, `Gorky Street`) names the street, not the place
  (`glued.eponym`); a road names the place it leads to (`the Burma Road`), and in a cable in
  capitals the word cannot tell a street from a town's road (`EAST OF CAEN ROAD`), so the
  place stays; a square stays the place it is in.
- a file whose papers all lie in one year is a row of table `file-years`, the year its name
  (the Paris Peace Conference's file: `tests/test_convert_frus90_rules.py`).
"""

from __future__ import annotations

import re

import pytest

from tei.convert import Resources
from tests.cases import text_xml

MEMO = ("MEMORANDUM OF CONVERSATION\n\nWashington, March 3, 1962\n\nSUBJECT: Berlin\n\n"
        "The Soviet Ambassador called this morning. {sentence}\n\nDean Rusk\n")


def _places(xml: str) -> list[str]:
    body = xml[xml.index("<body"):]
    return re.findall(r"<placeName[^>]*>([^<]*)</placeName>", body)


@pytest.mark.parametrize(("sentence", "street"), [
    ("He will be at the residence on Massachusetts Avenue all afternoon.", "Massachusetts"),
    ("The President's car went down Pennsylvania Avenue to the Capitol.", "Pennsylvania"),
    ("He drove along Virginia Avenue and down Texas Street.", "Virginia"),
])
def test_a_place_before_a_street_word_names_the_street(
        sentence: str, street: str, resources: Resources) -> None:
    places = _places(text_xml(MEMO.format(sentence=sentence), resources))
    assert street not in places
    assert "Washington" in places


@pytest.mark.parametrize(("sentence", "place"), [
    ("He said Massachusetts would vote against the treaty.", "Massachusetts"),
    ("He reported fighting east of the Caen road.", "Caen"),
    ("The closing of the Burma Road was settled by the agreement.", "Burma"),
])
def test_a_place_not_before_a_street_word_stays(
        sentence: str, place: str, resources: Resources) -> None:
    assert place in _places(text_xml(MEMO.format(sentence=sentence), resources))


def test_a_cable_in_capitals_keeps_the_town_of_a_road(resources: Resources) -> None:
    cable = ("SECRET\nFROM: MOSCOW\nTO: SECSTATE WASHDC\n\nFORTRESS COMMANDANT REPORTS LOSS OF "
             "HEIGHTS EAST OF CAEN ROAD NOT CONFIRMED.\n\nTHOMPSON\n")
    assert "CAEN" in _places(text_xml(cable, resources))
