"""Read stage (memlet82): a memorandum's party label over two or more offices, each office's
symbol, a dash and its officer on a line of its own, the lines after the first set under the
first value's column (`FROM:      EUR/RPM - George S. Vest  GSV` /
`           INR/REC - William G. Hyland  WGH`): each such line is a party of the label, as
if the label stood before it (`FROM: INR/REC - William G. Hyland  WGH`), so that both
offices' officers are senders (or addressees under `TO:`)."""

from __future__ import annotations

import re

# a party label and its value's column (`FROM:      `, `TO      : `)
_PARTY_LINE = re.compile(r"^(?P<label>(?:FROM|TO|From|To)\s*+:[ \t]++)(?=\S)")
# an office's symbol (`INR/REC`, `S/P`, `EUR`), a dash and its officer's capitalised name
_OFFICE_PARTY = re.compile(r"^(?P<indent> ++)[A-Z]{1,6}+(?:/[A-Z]{1,6}+){0,3}+\s?[-–—]\s?"
                           r"(?:Mr\.\s|Mrs\.\s|Ms\.\s|Dr\.\s)?[A-Z][\w.'’-]*+\s[A-Z]")
_SLACK = 1  # a column typed one space off


def repeated_party_labels(text: str) -> str:
    """`text` with each office's line under a party label's value given that label."""
    lines = text.split("\n")
    label = ""
    for at, line in enumerate(lines):
        found = _PARTY_LINE.match(line)
        if found:
            label = found.group("label")
            continue
        office = _OFFICE_PARTY.match(line) if label else None
        if office and abs(len(office.group("indent")) - len(label)) <= _SLACK:
            lines[at] = label.rstrip() + " " + line.lstrip()
            continue
        label = ""
    return "\n".join(lines)
