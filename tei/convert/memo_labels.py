"""(cables85) A US memorandum's heading as an OCR view without punctuation gives it: its
`To` and `From` labels in title case (`To S PC - Mr Cargo`, `From Jac Perry`, the National
Security Archive's view of a State FOIA release), where a cable's heading sets its `TO` and
`FM` lines in capitals. Such a heading, with no line only a cable has (a precedence, a
routing or transmission line, a number), is a memorandum's, not a cable's."""

from __future__ import annotations

import re

from tei.convert.model import RegistryLine, text_of

_LABELS = {"addressee": "To ", "sender": "From "}
_MEMO_KINDS = frozenset({"addressee", "sender", "dateline", "date", "subject", "other",
                         "declassification", "classification", "reference"})


def memo_labelled(heading: list[RegistryLine]) -> bool:
    """Whether `heading` is a memorandum's: its addressee and sender lines opened by their
    labels in title case, and no line of a kind a memorandum's heading lacks."""
    found = {kind: any(line.subtype == kind and text_of(line.content).startswith(label)
                       for line in heading) for kind, label in _LABELS.items()}
    return all(found.values()) and all(line.subtype in _MEMO_KINDS for line in heading)



_RELAY_KINDS = frozenset({"precedence", "routing"})
_MEMORANDUM = re.compile(r"^MEMORANDUM\s++FOR\b")


def unrelayed(heading: list[RegistryLine]) -> list[RegistryLine]:
    """`heading` without a memorandum's form line (`MEMORANDUM FOR THE SECRETARY`) that
    stands under a relay's lines, its precedence or routing line and its date-time group (a
    Situation Room message to the Secretary's party): that memorandum is the text the cable
    carries, not the document's form."""
    seen: set[str] = set()
    kept = []
    for line in heading:
        if not (line.subtype == "document-type" and _RELAY_KINDS & seen and "date" in seen
                and _MEMORANDUM.match(text_of(line.content))):
            kept.append(line)
        seen.add(line.subtype)
    return kept
