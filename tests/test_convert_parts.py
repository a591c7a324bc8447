"""Opener and closer parts: address lines split from the message, signature names, roles."""

from __future__ import annotations

import pytest

from tei.convert.model import Mark, Part
from tei.convert.parts import (
    SLASHED_NAME,
    foot_address,
    parenthesised_name,
    signature_names,
    split_address,
)
from tei.convert.signer_lines import merge_roles


@pytest.mark.parametrize(("text", "address", "rest"), [
    ("Cde. Gromyko, copy to Cdes. Zorin. I have received the note.", "Cde. Gromyko, copy to "
     "Cdes. Zorin.", "I have received the note."),
    ("Following for the Minister from Wrong, Begins: Acheson told me today.",
     "Following for the Minister from Wrong, Begins:", "Acheson told me today."),
])
def test_an_address_is_split_after_its_first_sentence_or_begins(text: str, address: str,
                                                                rest: str) -> None:
    assert split_address(text) == (address, rest)


def test_an_abbreviation_or_initial_does_not_end_the_address() -> None:
    assert split_address("To Mr. A. Smith") is None


@pytest.mark.parametrize(("text", "names"), [
    ("/Kohler/", ["Kohler"]),
    ("(Sd.) R. G. Casey", ["R. G. Casey"]),
    ("Kim Il Sung [Korean leader]", ["Kim Il Sung"]),
    ("/A. PUZANOV/", ["A. PUZANOV"]),
    ("/A. von Ribbentrop/", ["A. von Ribbentrop"]),
])
def test_the_names_of_a_signature_line(text: str, names: list[str]) -> None:
    assert [text[a:b] for a, b in signature_names(text)] == names


def test_a_role_and_its_signature_are_one_signed_part() -> None:
    role, name = Part("role", ["Ambassador"]), Part("signed", ["Bohlen"])
    [signed] = merge_roles([role, name])
    assert signed == Part("signed", ["Ambassador", Mark("lb"), "Bohlen"])


def test_the_lines_under_a_foot_address_belong_to_it() -> None:
    parts = [Part("signed", ["Vagnozzi"]), Part("address", ["His Eminence"]),
             Part("signed", ["Cardinal Cicognani"]), Part("role", ["Secretary of State"])]
    assert [p.kind for p in foot_address(parts)] == ["signed", "address", "address", "address"]


@pytest.mark.parametrize(("text", "signature"), [
    ("(A.H. Tange)", True), ("(Tulsi Giri)", True), ("(Jawaharlal Nehru)", True),
    ("(Working Notes)", False), ("(Original Scan)", False), ("(Tulsi Giri) said so", False)])
def test_a_typed_signature_in_parentheses(text: str, signature: bool, resources) -> None:
    """(invent26) initials and surname, or a full name of no common word, in parentheses."""
    assert parenthesised_name(text, resources.patterns) == signature


def test_a_slashed_phrase_is_no_signers_name() -> None:
    """(wc52) A Bulgarian stenographic protocol's `/Shorthand record/` is a marking between
    slashes, not a file copy's typed signature."""
    assert not SLASHED_NAME.search("/Shorthand record/")
    assert SLASHED_NAME.search("/N. S. Khrushchev/")
