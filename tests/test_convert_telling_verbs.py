"""Family rule: a verb of telling before the person told names him (`told Taylor in Dili`,
`stressed to Taylor`), not a place, a body, a day or an officer's abbreviation."""

from __future__ import annotations

import re

from tei.convert import convert_text

_HEAD = "Cablegram\n\nFrom: Jakarta\nTo: Canberra\n\n"


def _names(text: str, resources) -> set[str]:
    xml = convert_text(_HEAD + text + "\n", "t", resources).xml.decode()
    return set(re.findall(r'<persName ref="[^"]+">([^<]+)</persName>', xml[xml.index("<text"):]))


def test_the_person_told_is_named(resources) -> None:
    assert "Kesterton" in _names("The Governor told Kesterton in Dili that talks would go on.",
                                 resources)
    assert "Kesterton" in _names("The Governor stressed to Kesterton that it was tentative.",
                                 resources)


def test_a_place_a_day_or_an_officer_told_is_no_person(resources) -> None:
    found = _names("The Governor told Lisbon, informed Monday and told Poloff.", resources)
    assert not found & {"Lisbon", "Monday", "Poloff"}
