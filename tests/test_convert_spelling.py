"""Spelling variants of register surnames: German transliterations and other spellings
share a key with the register's spelling; short or differently named ones do not match."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tei.convert import spelling
from tei.convert.spelling import keys, misread_of, spelling_key, variant_of


@pytest.mark.parametrize(("variant", "register"), [
    ("Semjonow", "Semyonov"), ("Stanischew", "Stanishev"), ("Chruschtschow", "Khrushchev"),
    ("Biryusov", "Biryuzov"), ("Kusnezow", "Kuznetsov"), ("Semenov", "Semyonov"),
    ("Kossygin", "Kosygin"), ("Schiwkow", "Zhivkov"),
])
def test_a_variant_spelling_shares_a_key_with_the_register_spelling(
        variant: str, register: str, resources) -> None:
    assert spelling_key(register, resources.patterns) in keys(variant, resources.patterns)


@pytest.mark.parametrize(("name", "person"), [
    ("Semjonow", "Vladimir Semyonov"), ("Wladimir Semjonow", "Vladimir Semyonov"),
    ("Baschew", "Ivan Bashev"), ("Biryusov", "Sergey Biryuzov"),
])
def test_variant_of_finds_the_one_register_person(name: str, person: str, resources) -> None:
    found = variant_of(name, resources.register, resources.patterns)
    assert found is not None and found.reg == person


@pytest.mark.parametrize("name", ["Damm", "John Kenneth Galbraith", "Lukanow", "Boris Semjonow",
                                  "J. Faure"])
def test_no_variant_for_a_short_ambiguous_or_differently_named_surname(name: str,
                                                                       resources) -> None:
    assert variant_of(name, resources.register, resources.patterns) is None


@given(word=st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüé", min_size=1, max_size=12))
def test_keys_ignore_case(word: str, resources) -> None:
    assert keys(word, resources.patterns) == keys(word.upper(), resources.patterns)


def test_the_cached_surname_index_is_the_one_worked_out(resources) -> None:
    register, patterns = resources.register, resources.patterns
    assert register.key
    spelling.surname_index.cache_clear()
    assert spelling.surname_index(register, patterns) == \
        spelling._surname_index(register, patterns)
    spelling.surname_index.cache_clear()
    assert spelling.surname_index(register, patterns) == \
        spelling._surname_index(register, patterns)


@pytest.mark.parametrize(("name", "person"), [
    ("MALCOLM MarDONALD", "Malcolm MacDonald"), ("Andrei Gromyho", "Andrei Gromyko"),
    ("Walter Ulbrieht", "Walter Ulbricht")])
def test_a_full_name_with_one_letter_of_its_surname_misread_is_the_register_person(
        name: str, person: str, resources) -> None:
    found = misread_of(name, resources.register)
    assert found is not None and found.reg == person


@pytest.mark.parametrize("name", [
    "John MarDONALD", "M. MarDONALD", "Dean Rusk Jr", "Malcolm MrDONALD",
    "Andrei Gromyho Sr", "Ivan Petrov"])
def test_no_misread_without_the_given_name_a_one_letter_difference_or_two_words(
        name: str, resources) -> None:
    assert misread_of(name, resources.register) is None
