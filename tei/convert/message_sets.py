"""Read stage: a US military message in the character-oriented format (USMTF, the GENADMIN
of the Joint Staff and the commands, 1980s-1990s) sets its heading as slash-parted sets, each
opening a line with its identifier and closed by a double slash (`MSGID/GENADMIN/CJCS//`,
`SUBJ/EXECUTE ORDER ...//`, `REF/A/MSG/CJCS/152235ZJAN91//`, `NARR/...//`, `DECL/OADR//`).
A set's identifier opens a new line, never run on to the line above (`SET_START`, read by
`read.py`); the remarks set's identifier (`RMKS/`, `GENTEXT/REMARKS/`) stands on a line of its
own, so that the numbered paragraph it runs into (`RMKS/1. (S) THE PRESIDENT ...`) opens
as the other points do; a heading set wrapped over lines (`NARR/REF A IS YOUR ESTIMATE OF` /
`READINESS.//`) is one line down to its double slash."""

from __future__ import annotations

import re

from tei.convert.stacked_labels import PhysicalLine

# a set's identifier: the format's own set names, then the slash
SET_START = (r"(?:MSGID|SUBJ|REF|NARR|AMPN|RMKS|GENTEXT|DECL|POC|ORDTYP|TIMEZONE|PERID"
             r"|AKNLDG|HEADING)/(?=\S|$)")
SET_START_RE = re.compile(f"^{SET_START}")
_REMARKS = re.compile(r"^(?P<set>RMKS/|GENTEXT/(?:REMARKS|TEXT)/)(?P<text>\d{1,2}\.\s.*)$")
_HEADING_SET = re.compile(r"^(?:MSGID|SUBJ|REF|NARR|AMPN|POC|DECL)/\S")
_SET_LINES = 6  # a heading set wraps over this many lines at most


def remarks_sets(physical: list[PhysicalLine]) -> list[PhysicalLine]:
    """`physical` with the remarks set's identifier on its own line before its first point,
    and each heading set's wrapped lines on its first."""
    out: list[PhysicalLine] = []
    index = 0
    while index < len(physical):
        number, text, bullet = physical[index]
        found = _REMARKS.match(text.strip())
        end = _set_end(physical, index)
        if found:
            out += [(number, found["set"], False), (number, found["text"], bullet)]
        elif end > index:
            joined = " ".join(line.strip() for _, line, _ in physical[index:end + 1])
            out.append((number, joined, bullet))
            index = end
        else:
            out.append((number, text, bullet))
        index += 1
    return out


def _set_end(physical: list[PhysicalLine], index: int) -> int:
    """The index of the line closing the heading set that opens at `index` (its double
    slash), or `index` when the set closes on its line or no line near closes it."""
    if not _HEADING_SET.match(physical[index][1].strip()) or \
            physical[index][1].rstrip().endswith("//"):
        return index
    for k in range(index + 1, min(len(physical), index + _SET_LINES)):
        text = physical[k][1].strip()
        if not text or SET_START_RE.match(text):
            return index
        if text.endswith("//"):
            return k
    return index
