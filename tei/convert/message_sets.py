"""Read stage: a US military message in the character-oriented format (USMTF, the GENADMIN
of the Joint Staff and the commands, 1980s-1990s) sets its heading as slash-parted sets, each
opening a line with its identifier and closed by a double slash (`MSGID/GENADMIN/CJCS//`,
`SUBJ/EXECUTE ORDER ...//`, `REF/A/MSG/CJCS/152235ZJAN91//`, `NARR/...//`, `DECL/OADR//`).
A set's identifier opens a new line, never run on to the line above (`SET_START`, read by
`read.py`); the remarks set's identifier (`RMKS/`, `GENTEXT/REMARKS/`) stands on a line of its
own, so that the numbered paragraph it runs into (`RMKS/1. (S) THE PRESIDENT ...`) opens
as the other points do."""

from __future__ import annotations

import re

from tei.convert.stacked_labels import PhysicalLine

# a set's identifier: the format's own set names, then the slash
SET_START = (r"(?:MSGID|SUBJ|REF|NARR|AMPN|RMKS|GENTEXT|DECL|POC|ORDTYP|TIMEZONE|PERID"
             r"|AKNLDG|HEADING)/(?=\S)")
_REMARKS = re.compile(r"^(?P<set>RMKS/|GENTEXT/(?:REMARKS|TEXT)/)(?P<text>\d{1,2}\.\s.*)$")


def remarks_sets(physical: list[PhysicalLine]) -> list[PhysicalLine]:
    """`physical` with the remarks set's identifier on its own line before its first point."""
    out: list[PhysicalLine] = []
    for number, text, bullet in physical:
        found = _REMARKS.match(text.strip())
        if found:
            out += [(number, found["set"], False), (number, found["text"], bullet)]
        else:
            out.append((number, text, bullet))
    return out
