"""Names several register entries share, resolved by the document's country context."""

from __future__ import annotations

import pytest

from tei.convert.ambiguity import candidates, in_context

SHARED = {"org-foreign-office", "org-federal-foreign-office",
          "org-ministry-of-foreign-affairs-of-japan"}


def test_a_shared_form_names_all_its_entries(resources) -> None:
    entry = resources.register.entries["org-foreign-office"]
    assert {e.id for e in candidates(resources.register, entry, "Foreign Office")} == SHARED
    assert {e.id for e in candidates(resources.register, entry, "FOREIGN OFFICE")} == SHARED
    assert candidates(resources.register, entry, "FCO") == (entry,)


@pytest.mark.parametrize(("text", "chosen"), [
    ("Received in Bonn. The Federal Government will answer.", "org-federal-foreign-office"),
    ("His Majesty's Government will answer. Whitehall distribution.", "org-foreign-office"),
    ("Repeated to Tokyo.", "org-ministry-of-foreign-affairs-of-japan"),
    ("The Chinese authorities were told.", None),
    ("Repeated to Tokyo and London.", None),
])
def test_the_entry_with_the_most_evidence_is_chosen(text: str, chosen: str | None,
                                                    resources) -> None:
    entry = resources.register.entries["org-foreign-office"]
    shared = candidates(resources.register, entry, "Foreign Office")
    found = in_context(text, shared, resources.patterns)
    assert (found.id if found else None) == chosen
