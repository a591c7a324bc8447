"""Rules from the lead's probes of unseen layouts (lead79):

- a register person's name right before a word naming what is called after a person (a
  policy, school, works, street, monument, prize or room: `the Brezhnev Doctrine`, `the
  Patrice Lumumba University`, `the Lenin Shipyard`, `Dzerzhinsky Square`, `the Stalin
  Prize`, `the Roosevelt Room`) is no mention of the person (table `collection-words`,
  item `eponym`, read by `glued.eponym`); the same name elsewhere in the sentence is.
"""

from __future__ import annotations

import re

import pytest

from tei.convert import Resources
from tests.cases import text_xml

_LETTER = ("TELEGRAM No. 412\n\nFrom: Warsaw\nTo: Moscow\n\n12 August 1980\n\n"
           "{sentence}\n\nB. Aristov\n")


def _tagged(sentence: str, resources: Resources) -> list[str]:
    """The register persons the body's sentence is tagged with."""
    body = text_xml(_LETTER.format(sentence=sentence), resources).split("<body", 1)[1]
    return re.findall(r'<persName ref="#(per-[\w-]+)"', body)


@pytest.mark.parametrize("sentence", [
    "Strikes spread from the Lenin Shipyard to the ports.",
    "The press quotes the Brezhnev Doctrine again.",
    "Students of the Patrice Lumumba University asked for meetings.",
    "A crowd gathered on Dzerzhinsky Square at noon.",
    "The Stalin Prize was given to him in 1951.",
    "THE LENIN SHIPYARD REMAINS ON STRIKE.",
])
def test_a_thing_named_after_a_person_is_no_mention_of_the_person(
        sentence: str, resources: Resources) -> None:
    """Only the signature's Aristov is a person."""
    assert _tagged(sentence, resources) == ["per-boris-aristov"]


@pytest.mark.parametrize(("sentence", "person"), [
    ("Brezhnev spoke of the Doctrine at length.", "per-leonid-brezhnev"),
    ("The Plan was drafted for Brezhnev. Street fighting followed.", "per-leonid-brezhnev"),
    ("Lenin wrote of the shipyard workers.", "per-vladimir-lenin"),
])
def test_the_person_named_elsewhere_is_still_the_person(
        sentence: str, person: str, resources: Resources) -> None:
    """Only the word right after the name, on the same line, makes it an eponym."""
    assert _tagged(sentence, resources)[0] == person
