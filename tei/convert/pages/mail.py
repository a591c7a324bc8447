"""An e-mail carrying a document: the mail's header lines (`From:` with an address,
`Sent:`/`Date:`, `To:`, `Cc:`, `Subject:`) and the sender's covering note above a rule or a
forwarding line (`-----Original Message-----`, `---------- Forwarded message ---------`)
are the page's, not the document's: their `From:` and `To:` name the mail's parties, their
date the day it was sent."""

from __future__ import annotations

import re

from tei.convert.read import Line
from tei.convert.zones import Segments

_ADDRESS = re.compile(r"^From:\s[^@]{0,80}?<?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}>?"
                      r"(?:\s|$)", re.IGNORECASE)  # a short text's header may run on in one line
_HEADER = re.compile(r"^(?:From|Sent|Date|To|Cc|Bcc|Subject|Reply-To|Attachments?):\s",
                     re.IGNORECASE)
_FORWARD = re.compile(r"^-{2,}\s*+(?:Original\s++Message|Forwarded\s++message)\s*+-{2,}$",
                      re.IGNORECASE)
_HEADER_LINES = 8
_NOTE_LINES = 25  # the covering note's reach, down to its rule


def mail_front(lines: list[Line], seg: Segments) -> int:
    """The index where the carried document starts under a mail's header and covering note
    (those lines kept as the page's text); 0 when the page opens with no mail header or no
    rule or forwarding line parts the note from the document."""
    if not lines or not _ADDRESS.match(lines[0].text):
        return 0
    end = 1
    while end < min(len(lines), _HEADER_LINES) and _HEADER.match(lines[end].text):
        end += 1
    if not any("subject:" in line.text.casefold() for line in lines[:end]):
        return 0
    for k in range(end, min(len(lines), end + _NOTE_LINES)):
        if _FORWARD.match(lines[k].text):
            seg.fields.setdefault("page-text", []).extend(lines[:k + 1])
            return k + 1
        if lines[k].rule_before:
            seg.fields.setdefault("page-text", []).extend(lines[:k])
            return k
    return 0
