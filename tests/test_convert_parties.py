"""Parties of a title: a name in parentheses is a person unless the register names it."""

from __future__ import annotations

import pytest

from tei.convert.context import Context
from tei.convert.parties import parties


@pytest.mark.parametrize(("part", "person"), [
    ("the Cuban Ministry of Foreign Relations (MINREX)", None),
    ("The Chargé in the Soviet Union (Kohler)", "Foy D. Kohler"),
    ("the Embassy in Havana (Kovacs)", "Kovacs")])
def test_a_parenthesised_register_name_is_no_new_person(part: str, person: str | None,
                                                        resources) -> None:
    ctx = Context(resources, "t")
    found = [p.entry for p in parties(part, ctx) if p.entry is not None]
    persons = [e.reg for e in found if e.kind == "person"]
    assert persons == ([person] if person else [])
    assert all(e.kind != "person" or e.reg != "Minrex" for e in found)


@pytest.mark.parametrize(("part", "person"), [
    ("Secretary of State Rogers", "William P. Rogers"),
    ("Minister for Foreign Affairs Casey", "Richard Casey"),
    ("Under Secretary of State Ball", "George Ball")])
def test_a_title_of_several_words_tells_the_surname_s_bearer(part: str, person: str,
                                                            resources) -> None:
    """A title with connecting words (`of`, `for`) is left out whole and told by the
    register persons' occupations."""
    found = [p.entry.reg for p in parties(part, Context(resources, "t")) if p.entry]
    assert found == [person]
