"""An e-mail carrying a document: the mail's header lines (`From:` with an address,
`Sent:`/`Date:`, `To:`, `Cc:`, `Subject:`) and the sender's covering note above a rule or a
forwarding line (`-----Original Message-----`, `---------- Forwarded message ---------`)
are the page's, not the document's: their `From:` and `To:` name the mail's parties, their
date the day it was sent. (invent17) Outlook names the sender without an address (`From:
Hartley, Emma` over `Sent:`); a chain's earlier mail, its header blanked by `copies.py`, has
its own covering note, and a note without a rule under it ends at its writer's first name
alone on a line (`Rob`), under a sentence of the note, when the document follows close
under it. (invent24) A message saved from a mailbox file (mbox) opens with its envelope line
(`From ADDRESS Tue Mar 14 09:22:17 2000`) and carries raw fields among the usual ones
(`Return-Path:`, `Message-ID:`, `MIME-Version:`, `Content-Type:`). (repost69) Outlook's chain:
the earlier mail's header right under the rule (`____` / `From: ...` / `Sent: ...`) is the
page's too (its covering note left to the lead-in's readers). (repost79) A forwarding line
under the forwarder's own note, its header under it in any order (Thunderbird's `Subject:`
first), closes the page's lines too."""

from __future__ import annotations

import re

from tei.convert.read import Line
from tei.convert.zones import Segments

_ADDRESS = re.compile(r"^From:\s[^@]{0,80}?<?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}>?"
                      r"(?:\s|$)", re.IGNORECASE)  # a short text's header may run on in one line
_HEADER = re.compile(r"^(?:From|Sent|Date|To|Cc|Bcc|Subject|Reply-To|Attachments?|Return-Path"
                     r"|Message-ID|MIME-Version|Content-Type|Content-Transfer-Encoding"
                     r"|In-Reply-To|References):\s", re.IGNORECASE)
_ENVELOPE = re.compile(r"^From\s[^\s@]{1,64}@\S{1,200}\s++[A-Z][a-z]{2}\s++[A-Z][a-z]{2}\s++"
                       r"\d{1,2}\s++\d{1,2}:\d{2}(?::\d{2})?\s++\d{4}$")
_FORWARD = re.compile(r"^-{2,}\s*+(?:Original\s++Message|Forwarded\s++message)\s*+-{2,}$",
                      re.IGNORECASE)
_DISPLAY_NAME = re.compile(r"^From:\s++[A-Z][\w'’.-]*+(?:,?\s++[A-Z][\w'’.-]*+){0,3}$")
_SENT = re.compile(r"^(?:Sent|Date):\s", re.IGNORECASE)
_SIGN_OFF = re.compile(r"^(?:(?:Best|Thanks|Cheers|Regards|Best\s++wishes|Kind\s++regards|Many"
                       r"\s++thanks),?\s++)?[A-Z][a-z'’-]{1,20}(?:\s[A-Z][a-z'’-]{1,20})?$")
_NOTE_END = re.compile(r"[.!?:]$")
_HEADER_LINES = 12  # an mbox message's raw fields among the usual ones
_NOTE_LINES = 25  # the covering note's reach, down to its rule
_BLANKED = 4  # source lines between a note and the next: an earlier mail's blanked header


def mail_front(lines: list[Line], seg: Segments) -> int:
    """The index where the carried document starts under a mail's header and covering note
    (those lines kept as the page's text); 0 when the page opens with no mail header or no
    rule or forwarding line parts the note from the document."""
    end = _header_end(lines)
    k = _note_end(lines, end) if end else _forwarded(lines)
    if k:
        seg.fields.setdefault("page-text", []).extend(lines[:k])
        under = _header_end(lines[k:])  # (repost69) the chain's earlier mail under the rule
        seg.fields["page-text"].extend(lines[k:k + under])
        k += under
    return k


def _forwarded(lines: list[Line]) -> int:
    """(repost79) The index after a forwarded mail's header under a forwarding line that
    follows the forwarder's own note (Thunderbird's `-------- Forwarded Message --------` over
    `Subject:`, `Date:`, `From:`, `To:` in any order), 0 when none."""
    for k in range(min(len(lines), _NOTE_LINES)):
        if not _FORWARD.match(lines[k].text):
            continue
        end = k + 1
        while end < min(len(lines), k + 1 + _HEADER_LINES) and _HEADER.match(lines[end].text):
            end += 1
        header = [line.text.casefold() for line in lines[k + 1:end]]
        return end if any(text.startswith("from:") for text in header) and any(
            text.startswith(("subject:", "date:", "sent:")) for text in header) else 0
    return 0


def _header_end(lines: list[Line]) -> int:
    """The index after the mail header `lines` open with (0: none)."""
    if not lines or not (_ADDRESS.match(lines[0].text) or _DISPLAY_NAME.match(lines[0].text)
                         or _ENVELOPE.match(lines[0].text)):
        return 0
    end = 1
    while end < min(len(lines), _HEADER_LINES) and _HEADER.match(lines[end].text):
        end += 1
    header = lines[:end]
    addressed = _ADDRESS.match(lines[0].text) or _ENVELOPE.match(lines[0].text)
    if not any("subject:" in line.text.casefold() for line in header) or (
            not addressed and not any(_SENT.match(line.text) for line in header)):
        return 0
    return end


def _note_end(lines: list[Line], end: int) -> int:
    """Where the document starts under the covering note that begins at `end`: after a
    forwarding line, at a rule, or after the writer's name that closes the last note (0:
    none found)."""
    for k in range(end, min(len(lines), end + _NOTE_LINES)):
        if _FORWARD.match(lines[k].text):
            return k + 1
        if lines[k].rule_before:
            return k
        if _signs_note(lines, k, end) and k + 1 < len(lines) and not lines[k + 1].rule_before \
                and lines[k + 1].no - lines[k].no < _BLANKED:
            return k + 1
    return 0


def _signs_note(lines: list[Line], k: int, end: int) -> bool:
    """`Rob` alone under a sentence of the note: its writer's name closing it."""
    return k > end and bool(_SIGN_OFF.match(lines[k].text)) and bool(
        _NOTE_END.search(lines[k - 1].text)) and not _HEADER.match(lines[k - 1].text)
