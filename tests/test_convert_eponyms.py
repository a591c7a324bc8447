"""Family rule: a person's name before a collection word (`Dulles Papers`, `Yeltsin
Documents`, `Eisenhower Library`) names the collection, not the person."""

from __future__ import annotations

import re

from tei.convert import convert_text

_HEAD = "Telegram\n\nMoscow, 3 May 1956\n\n"


def _names(text: str, resources) -> set[str]:
    xml = convert_text(_HEAD + text + "\n", "t", resources).xml.decode()
    return set(re.findall(r'<persName ref="[^"]+">([^<]+)</persName>', xml[xml.index("<text"):]))


def test_a_collection_named_after_a_person_is_no_mention_of_him(resources) -> None:
    found = _names("We spoke of the plan. [Source: Dulles Papers, Box 4; Eisenhower Library.]",
                   resources)
    assert not found & {"Dulles", "Eisenhower"}


def test_the_person_himself_is_still_named(resources) -> None:
    assert "Eisenhower" in _names("Eisenhower papers over the rift, Bulganin said.", resources)
