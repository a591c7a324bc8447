"""Every expected fact of every test case is found at the contract's place in the TEI."""

from __future__ import annotations

import pytest

from tests.cases import CASES, Case, case_facts, converted, gap_param
from tests.tei_facts import XML_ID, names_of, referenced, xp

SCALARS = [
    "title", "date", "date_received", "doc_type", "sender", "addressee", "place_of_origin",
    "telegram_number", "incoming_number", "outgoing_number", "archive_idno", "repository",
    "editorial_insertions", "gaps", "registry_notes", "stamps", "signed", "numbered_points",
    "notes", "summary", "funder", "translator", "original_language", "source_url",
    "embedded_documents",
]
NAME_KINDS = {"persons": "person", "places": "place", "organizations": "org"}

FACT_CASES = [gap_param(case, key, key) for case in CASES for key in SCALARS
              if key in case.expected]
NAME_CASES = [gap_param(case, key, key) for case in CASES for key in NAME_KINDS
              if key in case.expected]
UNKNOWN_CASES = [gap_param(case, "unknown_names") for case in CASES
                 if case.expected.get("unknown_names")]


@pytest.mark.parametrize(("case", "key"), FACT_CASES)
def test_fact(case: Case, key: str, resources) -> None:
    expected = case.expected[key]
    found = case_facts(case, resources)[key]
    if key == "title" and expected is None:
        assert found, "a title must be built when the source has none"
    elif key == "summary" and expected:
        assert " ".join(expected.split()) == found
    else:
        assert found == expected


@pytest.mark.parametrize(("case", "key"), NAME_CASES)
def test_names_are_tagged(case: Case, key: str, resources) -> None:
    root, _ = converted(case, resources)
    known = [names_of(entry) for entry in referenced(root, NAME_KINDS[key])]
    missing = [name for name in case.expected[key] if not any(name in n for n in known)]
    assert not missing, f"not tagged as {NAME_KINDS[key]}: {missing}"


@pytest.mark.parametrize("case", UNKNOWN_CASES)
def test_unknown_names_get_local_entries_and_warnings(case: Case, resources) -> None:
    root, warnings = converted(case, resources)
    local = {" ".join("".join(e.itertext()).split()): e.get(XML_ID) for e in
             xp(root, "//tei:person[tei:note[@type='local']]/tei:persName[@type='reg']/..")}
    for name in case.expected["unknown_names"]:
        entry = next((ident for reg, ident in local.items() if name.casefold() in reg.casefold()),
                     None)
        assert entry, f"{name} has no local entry"
        assert xp(root, f"//tei:text//tei:persName[@ref='#{entry}']"), f"{name} is not tagged"
        assert any(name.casefold() in w.message.casefold() and w.rule == "unknown-name"
                   for w in warnings), f"no warning names {name}"
