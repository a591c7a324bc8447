"""(ocr97) A document host's counters as a copy of its page gives them, each a bullet with its
value on the next line (pdfslide's `• Upload` / `others`, `• View` / `1`, `• Download` /
`0` over `Embed Size (px)`): the values are dropped before any reader sees them (`View`
over its `1` had signed an FBI airtel); the bullets stay, page furniture by the
`document-host` row, so the store's summary line above them stays the text's (lead97: with
the bullets gone too, that line went with the viewer's furniture, its words lost). Two of the
three counters at least, each with its value, as a block; a bullet `View` alone is left as
it stands."""

from __future__ import annotations

import re

from tei.convert.read import Line

_COUNTER = re.compile(r"^(?:Upload|View|Download)$")
_VALUE = re.compile(r"^(?:\d[\d,]{0,9}|others|\w{1,30})$")
_NEEDED = 2


def drop_host_stats(lines: list[Line]) -> list[Line]:
    """`lines` without the values of the host's counters (see the module)."""
    pairs = [i for i in range(len(lines) - 1) if lines[i].bullet
             and _COUNTER.match(lines[i].text.strip())
             and _VALUE.match(lines[i + 1].text.strip()) and not lines[i + 1].bullet]
    if len({lines[i].text.strip() for i in pairs}) < _NEEDED:
        return lines
    values = {i + 1 for i in pairs}
    return [line for k, line in enumerate(lines) if k not in values]
