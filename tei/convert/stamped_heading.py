"""A heading that shows no cable form: an archive's release stamps over a date line
(misses28), or (cables84) over lines no table knows and the paper's SUBJECT line, as
CREST's OCR gives a CIA memorandum whose `MEMORANDUM FOR:` line it garbled (`Approved For
Release ...` / `6 January 1992` / `lie Historical Review Section, CRB/ISD` / `SUBJECT:
Coordination of Documents ...`), or (cables85) over a date line and lines no table knows
alone (a CREST record that lost its field labels: `May 13, 1970` / `PDF icon ...pdf` /
`Approved For Releaarr'2003/03/25 : CIA-RDP...`). The stamp is put on any paper released
and a subject heads memoranda as much as cables, so neither tells a cable; a heading naming
a party, a number, a precedence or a routing does.

(wcdt94) Nor does a grade over a date line alone, perhaps under a letterhead and lines no
table knows: the Stasi's internal papers as the Wilson Center translates them (`Berlin, 27
February 1986` / `Strictly Confidential`; `Ministry for State Security` / `The Minister` /
`Berlin, 22 August 1979` / `Cosmic Top Secret`) are graded and dated as any paper is."""

from __future__ import annotations

from tei.convert.model import RegistryLine

_STAMPED = frozenset({"declassification", "dateline"})
_SUBJECTED = _STAMPED | {"other", "subject"}
_GRADED = frozenset({"classification", "dateline", "letterhead", "other"})


def stamped_only(heading: list[RegistryLine]) -> bool:
    """Does `heading` hold a release stamp and otherwise only a date line, a subject line or
    lines no table knows, or (wcdt94) a grade and a date line and otherwise only a letterhead
    and lines no table knows?"""
    kinds = {line.subtype for line in heading}
    return ("declassification" in kinds and kinds <= _SUBJECTED) or (
        {"classification", "dateline"} <= kinds <= _GRADED)
