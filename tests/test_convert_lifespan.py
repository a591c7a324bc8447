"""Register persons against the document's year: no dead or unborn person in a living
actor's position, no surname alone linked far from the person's dated offices."""

from __future__ import annotations

import re

import pytest

from tei.convert.lifespan import in_office_reach, living_in, may_be_actor
from tests.cases import text_xml


def _refs(xml: str, form: str) -> list[str]:
    return re.findall(rf'<persName ref="#([^"]+)">{re.escape(form)}</persName>', xml)


@pytest.mark.parametrize(("year", "living"), [(1953, True), (1954, False), (1877, False),
                                              (None, True)])
def test_living_in_reads_birth_and_death(year: int | None, living: bool, resources) -> None:
    assert living_in(resources.register.entries["per-joseph-stalin"], year) is living


@pytest.mark.parametrize(("year", "near"), [(1943, True), (1942, False), (1970, True),
                                            (1971, False)])
def test_a_surname_reaches_ten_years_before_and_five_after_dated_offices(
        year: int, near: bool, resources) -> None:
    taylor = resources.register.entries["per-maxwell-taylor"]  # offices 1953-1965
    assert in_office_reach(taylor, year) is near


def test_a_full_name_is_not_held_to_the_offices(resources) -> None:
    taylor = resources.register.entries["per-maxwell-taylor"]
    assert may_be_actor(taylor, "Maxwell Taylor", 1980)
    assert not may_be_actor(taylor, "Taylor", 1980)


@pytest.mark.parametrize(("line", "linked"), [
    ("Recipients:\nCom. Rapacki\nCom. Nowak", False),
    ("Polish policy still follows the Rapacki plan of 1957.", True),
])
def test_a_dead_person_is_no_addressee_but_stays_in_history(line: str, linked: bool,
                                                            resources) -> None:
    """`Com. Rapacki` in 1988 is a namesake (Adam Rapacki died in 1970); the plan named
    after him is his."""
    xml = text_xml(f"Warsaw, 14 October 1988\n\nThe talks went on.\n\n{line}", resources)
    refs = _refs(xml, "Rapacki")
    assert refs and all((ref == "per-adam-rapacki") is linked for ref in refs)


def test_a_surname_alone_far_from_the_registers_persons_offices_is_local(resources) -> None:
    """`Taylor` in a 1980 cable is not General Maxwell Taylor (offices 1953-1965); in 1962
    it may be."""
    text = "Jakarta, 7 March {year}\n\nThe Governor told Taylor in Dili that the talks would go on."
    assert _refs(text_xml(text.format(year=1980), resources), "Taylor") == ["per-taylor"]
    assert _refs(text_xml(text.format(year=1962), resources), "Taylor") == ["per-maxwell-taylor"]


def test_an_undated_office_holds_no_surname_to_the_dated_ones(resources) -> None:
    """Zhou Enlai: `Premier of the PRC` (undated) and foreign minister (1949-1958)."""
    assert in_office_reach(resources.register.entries["per-zhou-enlai"], 1972)
