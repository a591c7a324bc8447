"""Rules from the blind sample of FRUS documents of the 1912-1943 volumes (frus39):
telegrams, despatches and instructions as history.state.gov pages give them.

- A decimal file number may join letters by an ampersand (`767.68119T&M/8: Telegram`,
  `File No. 767.68119T&M/2.`): the file line is still the archive's reference (table `frus`).
- A cited telegram given as its number, `of` and its date (`our 19 of November 25, 3 p.m.`)
  is dated at its month, not on the number (`dates._numbered`).
- Another country's adjective before an organisation's name that the register gives to one
  state only (`the Mexican Congress`) is that country's organisation, a local entry
  (`org_country.other_adjective`).
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml

_TELEGRAM = ("{file}: Telegram\n\n"
             "The Special Mission at Lausanne to the Secretary of State\n\n\n"
             "26. The reasons were as given in {cited}. Nothing further.\n\n"
             "  • Child\n  • Grew\n")
_DESPATCH = ("File No. {file}.\n\n"
             "The American Minister to the Secretary of State.\n\n"
             "No. 311.]\n\n"
             "Sir: I have the honor to report that the bill was read in the {adjective} Congress "
             "on the 14th instant, as the Department's {cited} foresaw.\n\n"
             "I have [etc.]\n\n"
             "Henry P. Fletcher.\n")


@pytest.mark.parametrize("file", ["767.68119T&M/8", "711.94T&C/12"])
def test_a_file_number_with_an_ampersand_is_the_archive_reference(resources, file: str) -> None:
    assert text_facts(_TELEGRAM.format(file=file, cited="our 19 of November 25"),
                      resources)["archive_idno"] == file
    assert text_facts(_DESPATCH.format(file=file, adjective="American", cited="58"),
                      resources)["archive_idno"] == file


@pytest.mark.parametrize("cited, when", [
    ("our 19 of November 25, 3 p.m.", "--11-25"),
    ("your 44 of December 4", "--12-04"),
    ("telegram 7 of March 9", "--03-09"),
])
def test_a_cited_number_of_a_date_is_no_day(resources, cited: str, when: str) -> None:
    xml = text_xml(_TELEGRAM.format(file="767.68119T&M/8", cited=cited), resources)
    assert re.findall(r'<date when="([^"]+)"', xml.split("<text")[1]) == [when]


def test_a_day_of_a_month_without_its_own_day_stays_a_date(resources) -> None:
    xml = text_xml(_TELEGRAM.format(file="767.68119T&M/8", cited="our letter of 19 of November"),
                   resources)
    assert '<date when="--11-19">' in xml


@pytest.mark.parametrize("adjective, local", [
    ("Mexican", True), ("Chilean", True), ("American", False), ("United States", False)])
def test_another_countrys_congress_is_not_the_united_states_congress(
        resources, adjective: str, local: bool) -> None:
    xml = text_xml(_DESPATCH.format(file="812.032/4", adjective=adjective, cited="58"), resources)
    assert ('org-united-states-congress' not in xml) is local
