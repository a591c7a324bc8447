"""A sovereign named by a title alone (`sovereign_titles`, table `sovereign-titles`): the one
holder of the office in the document's year; texts invented."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tei.convert.sovereign_titles import holder
from tests.tei_facts import xp


def _persons(body: str, year: int, resources) -> list[tuple[str, str]]:
    text = f"TELEGRAM\n\nTehran, 3 March {year}\n\n{body}\n\nHECK\n"
    root = etree.fromstring(convert_text(text, "t", resources).xml)
    return [(p.get("ref"), p.text) for p in xp(root, "//tei:body//tei:persName")]


@pytest.mark.parametrize(("body", "expected"), [
    ("MINISTER OF WAR ON INSTRUCTION OF SHAH ASKS THAT WE ACCELERATE DELIVERY.", "SHAH"),
    ("He said that the Shah wished the talks to go on.", "Shah"),
    ("The Shah's concern is growing.", "Shah"),
])
def test_the_title_alone_is_its_holder_in_the_year(body: str, expected: str,
                                                    resources) -> None:
    assert ("#per-mohammad-reza-pahlavi", expected) in _persons(body, 1972, resources)


@pytest.mark.parametrize(("body", "year"), [
    ("He said that the Shah wished the talks to go on.", 1985),  # no Shah then
    ("He spoke of a shah of the old kind.", 1972),  # lower case: a word
    ("The tomb of Nadir Shah was closed.", 1972),  # after a capitalised name
])
def test_no_holder_out_of_office_in_lower_case_or_beside_a_name(body: str, year: int,
                                                                resources) -> None:
    assert not [ref for ref, _ in _persons(body, year, resources)
                if ref == "#per-mohammad-reza-pahlavi"]


@pytest.mark.parametrize(("office", "year", "person"), [
    ("Pope", 1950, "Pius XII"), ("Pope", 1958, None), ("pope", 1981, "John Paul II"),
    ("Emperor of Russia", 1914, "Nicholas II"), ("Shah of Iran", 1941, None),
    ("Shah of Iran", 1930, "Reza Shah")])
def test_a_year_of_handover_names_no_holder(office: str, year: int, person: str | None,
                                            resources) -> None:
    found = holder(office, year, resources.register)
    assert (found.reg if found else None) == person


def test_only_the_offices_own_years_count(resources) -> None:
    """A pope who was Secretary of State before is no pope in those years."""
    from tei.convert.register import Entry, Register
    from tei.xmlio import TEI_NS
    element = etree.fromstring(
        f'<person xmlns="{TEI_NS}"><persName type="reg">Eugenio Pacelli</persName>'
        "<occupation>Cardinal Secretary of State (1930-1939); Pope (1939-1958)</occupation>"
        "</person>")
    register = Register([Entry("per-pacelli", "person", "Eugenio Pacelli", element)])
    assert holder("Pope", 1935, register) is None
    assert holder("Pope", 1950, register).id == "per-pacelli"
    assert holder("Cardinal Secretary of State", 1935, register).id == "per-pacelli"
