"""A heading that shows no cable form: an archive's release stamps over a date line
(misses28), or (cables84) over lines no table knows and the paper's SUBJECT line, as
CREST's OCR gives a CIA memorandum whose `MEMORANDUM FOR:` line it garbled (`Approved For
Release ...` / `6 January 1992` / `lie Historical Review Section, CRB/ISD` / `SUBJECT:
Coordination of Documents ...`), or (cables85) over a date line and lines no table knows
alone (a CREST record that lost its field labels: `May 13, 1970` / `PDF icon ...pdf` /
`Approved For Releaarr'2003/03/25 : CIA-RDP...`). The stamp is put on any paper released
and a subject heads memoranda as much as cables, so neither tells a cable; a heading naming
a party, a number, a precedence or a routing does."""

from __future__ import annotations

from tei.convert.model import RegistryLine

_STAMPED = frozenset({"declassification", "dateline"})
_SUBJECTED = _STAMPED | {"other", "subject"}


def stamped_only(heading: list[RegistryLine]) -> bool:
    """Does `heading` hold a release stamp and otherwise only a date line, a subject line or
    lines no table knows?"""
    kinds = {line.subtype for line in heading}
    return "declassification" in kinds and kinds <= _SUBJECTED
