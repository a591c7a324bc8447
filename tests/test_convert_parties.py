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
