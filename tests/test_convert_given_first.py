"""Names the register lacks written given name first in running text (`given_first`, tables
`given-first`, `not-surnames`); texts invented."""

from __future__ import annotations

import pytest

from tei.convert.given_first import given_first_spans


def _names(text: str, resources) -> list[str]:
    return [text[a:b] for a, b in given_first_spans(text, resources.patterns, resources.register)]


@pytest.mark.parametrize(("text", "names"), [
    ("Giorgio Amendola and Pietro Ingrao led the debate.", ["Giorgio Amendola", "Pietro Ingrao"]),
    ("He met Stanisław Kociołek in Gdańsk.", ["Stanisław Kociołek"]),
    ("Then João Neves da Fontoura spoke.", ["João Neves da Fontoura"]),
    ("Mr. Francis E. Meloy called.", ["Francis E. Meloy"]),
    # (cables75) in capitals, before a stop, a comma or a common word or verb
    ("PIETRO INGRAO SPOKE.", ["PIETRO INGRAO"]),
])
def test_a_given_name_and_a_capitalised_word_are_a_name(text: str, names: list[str],
                                                        resources) -> None:
    assert _names(text, resources) == names


@pytest.mark.parametrize("text", [
    "The Warren Commission reported.",  # an institution's noun
    "He studied at George Washington University.",  # a capitalised word after the pair
    "They sailed up the St. Lawrence Seaway.",  # a place's abbreviation before it
    "Visit Fort George Wright today.",  # a capitalised word before it inside the sentence
    "It was John Paul who spoke.",  # the surname a given name too
    "GEORGE WASHINGTON UNIVERSITY REPORTED.",  # capitals: a capitalised word after the pair
    "They met in Florence Monday.",  # a place, no given name
])
def test_no_name_from_institutions_places_capitals_or_longer_proper_nouns(text: str,
                                                                          resources) -> None:
    assert _names(text, resources) == []
