"""(formats68) A mail saved whole (an `.eml` file, a message cut from an mbox): its raw
MIME form rather than the text a mail client shows. The transport's fields (`Received:`,
`DKIM-Signature:`, `X-...`) and the MIME structure (a multipart's boundary lines, each
part's `Content-Type:` and `Content-Transfer-Encoding:` fields) are the file's, not the
page's: what is read is the header a client shows (`From:`, `Date:`, `To:`, `Cc:`,
`Subject:`, under the mbox's envelope line) over the mail's plain-text parts, decoded from
quoted-printable (`=20`, `=E2=80=99`, soft line breaks `=` at a line's end) or base64 in
their charset. An HTML alternative, attachments that are no text and the epilogue after
the last boundary (a list's footer) are left out; a mail attached whole (a forward as
attachment) shows its header under a forwarding line and over a rule, then its text.
`pages/mail.py` then reads the header and the covering note as the page's.

The mail is read by the standard library's parser, which resolves nothing outside it.
"""

from __future__ import annotations

import re
from email import message_from_string, policy
from email.message import EmailMessage, Message

_HEAD = 4_000
# the header's first field (or an mbox envelope line) opens the file
_OPENING = re.compile(r"\A\ufeff?(?:From\s\S{1,200}\s[^\n]{10,60}\n|(?:Return-Path|Received|From"
                      r"|Delivered-To|Message-ID|MIME-Version|Date|To|Subject|X-[\w-]{1,40}):)")
# the raw form: MIME fields in the mail's header
_MIME = re.compile(r"^(?:MIME-Version|Content-Type|Content-Transfer-Encoding):", re.MULTILINE
                   | re.IGNORECASE)
_SHOWN = ("From", "Date", "To", "Cc", "Subject")
_ENVELOPE = re.compile(r"\AFrom\s[^\n]*")
# an attached mail as a client shows it: its header under a forwarding line, a rule
_FORWARDED = "---------- Forwarded message ---------"
_RULE = "_" * 32


def is_raw_mail(text: str) -> bool:
    """Whether `text` is a mail in its raw MIME form: header fields open it and MIME fields
    stand in its header (before its first blank line)."""
    head = text[:_HEAD]
    header = head.split("\n\n", 1)[0]
    return bool(_OPENING.match(head)) and bool(_MIME.search(header))


def unmime(text: str) -> str:
    """A raw mail as its client shows it (header fields, then its text parts decoded);
    any other text as it is."""
    if not is_raw_mail(text):
        return text
    envelope = _ENVELOPE.match(text) if text.startswith("From ") else None
    message = message_from_string(text[envelope.end() + 1:] if envelope else text,
                                  policy=policy.default)
    shown = [envelope.group()] if envelope else []
    return "\n".join([*shown, *_shown_text(message)]).rstrip("\n") + "\n"


def _shown_text(message: Message) -> list[str]:
    """A message's shown header fields, a blank line, then its text parts' lines."""
    lines = [f"{name}: {' '.join((str(message[name]) if '=?' in raw else raw).split())}"
             for name, raw in message.raw_items() if name.title() in _SHOWN]
    return [*lines, "", *_body(message)]


def _body(message: Message) -> list[str]:
    """The lines of a message's plain-text parts in order (an attached mail's own header
    and text among them)."""
    if message.get_content_type() == "message/rfc822":
        inner = message.get_payload()
        inner = inner[0] if isinstance(inner, list) else inner
        if not isinstance(inner, Message):
            return []
        header, _, body = "\n".join(_shown_text(inner)).partition("\n\n")
        return ["", _FORWARDED, *header.split("\n"), _RULE, "", *body.split("\n")]
    if message.is_multipart():
        parts = list(message.iter_parts()) if isinstance(message, EmailMessage) \
            else message.get_payload()
        if message.get_content_subtype() == "alternative":
            plain = [p for p in parts if p.get_content_type() == "text/plain"]
            parts = plain[:1] or parts[:1]
        return [line for part in parts for line in _body(part)]
    if message.get_content_type() != "text/plain":
        return []
    try:
        content = message.get_content() if isinstance(message, EmailMessage) \
            else message.get_payload(decode=True).decode("utf-8", "replace")
    except (LookupError, ValueError):  # an unknown charset: the bytes as Latin-1
        content = message.get_payload(decode=True).decode("latin-1")
    return content.replace("\r\n", "\n").split("\n")
