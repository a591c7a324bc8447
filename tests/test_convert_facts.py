"""Every expected fact of every test case is found at the contract's place in the TEI.

One test per case checks all its facts and reports every one that is wrong; a fact listed in
tests/fixtures/known_gaps.json must stay wrong (a known gap met fails the test until it is
taken off the list, so the list only shrinks)."""

from __future__ import annotations

import pytest

from tests.cases import CASES, KNOWN_GAPS, Case, case_facts, converted
from tests.tei_facts import XML_ID, names_of, referenced, xp

SCALARS = [
    "title", "date", "date_received", "doc_type", "sender", "addressee", "place_of_origin",
    "telegram_number", "incoming_number", "outgoing_number", "archive_idno", "repository",
    "editorial_insertions", "gaps", "registry_notes", "stamps", "signed", "numbered_points",
    "notes", "summary", "funder", "translator", "original_language", "source_url",
    "embedded_documents",
]
NAME_KINDS = {"persons": "person", "places": "place", "organizations": "org"}


def _scalar_problem(case: Case, key: str, found: object) -> str | None:
    """What is wrong with a case's fact `key`, or None."""
    expected = case.expected[key]
    if key == "title" and expected is None:
        return None if found else "a title must be built when the source has none"
    if key == "summary" and expected:
        expected = " ".join(expected.split())
    return None if found == expected else f"expected {expected!r}, found {found!r}"


def _names_problem(case: Case, key: str, resources) -> str | None:
    """The expected names of kind `key` that are not tagged as that kind, or None."""
    root, _ = converted(case, resources)
    known = [names_of(entry) for entry in referenced(root, NAME_KINDS[key])]
    missing = [name for name in case.expected[key] if not any(name in n for n in known)]
    return f"not tagged as {NAME_KINDS[key]}: {missing}" if missing else None


def _unknown_names_problem(case: Case, resources) -> str | None:
    """An unknown name without its local entry, its tag or its warning, or None."""
    root, warnings = converted(case, resources)
    local = {" ".join("".join(e.itertext()).split()): e.get(XML_ID) for e in
             xp(root, "//tei:person[tei:note[@type='local']]/tei:persName[@type='reg']/..")}
    for name in case.expected["unknown_names"]:
        entry = next((ident for reg, ident in local.items() if name.casefold() in reg.casefold()),
                     None)
        if not entry:
            return f"{name} has no local entry"
        if not xp(root, f"//tei:text//tei:persName[@ref='#{entry}']"):
            return f"{name} is not tagged"
        if not any(name.casefold() in w.message.casefold() and w.rule == "unknown-name"
                   for w in warnings):
            return f"no warning names {name}"
    return None


def problems(case: Case, resources) -> dict[str, str | None]:
    """Each expected fact of `case` with what is wrong with it (None when it is met)."""
    found = case_facts(case, resources)
    out: dict[str, str | None] = {key: _scalar_problem(case, key, found[key])
                                  for key in SCALARS if key in case.expected}
    out |= {key: _names_problem(case, key, resources)
            for key in NAME_KINDS if key in case.expected}
    if case.expected.get("unknown_names"):
        out["unknown_names"] = _unknown_names_problem(case, resources)
    return out


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.stem)
def test_every_fact_is_met_but_the_known_gaps(case: Case, resources) -> None:
    gaps = set(KNOWN_GAPS.get(case.stem, []))
    checked = problems(case, resources)
    wrong = [f"{key}: {problem}" for key, problem in checked.items()
             if problem and key not in gaps]
    met = [key for key, problem in checked.items() if key in gaps and not problem]
    assert not wrong, "\n".join(wrong)
    assert not met, (f"known gaps now met, take them off tests/fixtures/known_gaps.json: "
                     f"{met}")
