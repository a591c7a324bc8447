"""(memlet82) A heading of an edition's bare number, a dateline and the list of those present
(`No. 214` / `Paris, 16 May 1968, 4 p.m.` / `Present: M. Couve de Murville, ...; Mr. Stewart,
...`), as DBPO and other editions head the record of a meeting titled by its date and place
alone: no cable form, the record of the conversation (its number the edition's, no telegram's)."""

from __future__ import annotations

from collections.abc import Sequence

from tei.convert.model import RegistryLine

# the lines such a heading may hold: no form line naming a cable, no address, no routing
_BARE = frozenset({"cable-number", "dateline", "classification", "participants"})


def attended_heading(heading: Sequence[RegistryLine]) -> bool:
    """True when the heading lists those present under a dateline and holds nothing else
    but a bare number and a grade."""
    kinds = {line.subtype for line in heading}
    return {"participants", "dateline"} <= kinds and kinds <= _BARE
