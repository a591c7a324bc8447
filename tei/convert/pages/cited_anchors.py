"""(frus92) The anchors of a FRUS page's notes when the heading's note is no `Source:` note
(the 1950s volumes: `1. This telegram, drafted by Johnson, was repeated to Pusan ...`,
`1. Drafted and signed by Assistant Secretary Holland.`): each further note's anchor is
either glued to a word or stop (`message.3`) or to the number of a cable the text cites
(`Reference your 522`: telegram 52, anchor 2; `our 504`), in the notes' order. Only a
chain that finds every note's anchor makes the list the notes (read by `frus_notes`)."""

from __future__ import annotations

import re

from tei.convert.read import Line

# (frus94) a delegation's series telegram (`661. Gocus 783. ...`): its notes' anchors glued to
# the series numbers it cites, looked for even when the heading carries no anchor
_SERIED = re.compile(r"^\d{1,5}\.\s(?:Gocus|Usgoc|Secto|Tosec|Dulte|Tedul)\s\d")


def seried(body: list[Line]) -> bool:
    """Whether the text opens with a delegation series' number after the telegram's."""
    return bool(body) and bool(_SERIED.match(body[0].text))


def mixed_chain(body: list[Line], first: int, count: int) -> list[tuple[int, str]]:
    """(line, marker) of the anchors `first` .. `first + count - 1`, each found after the one
    before it, glued or on a cited cable's number; [] when one of them is not found."""
    from tei.convert.pages.frus_notes import _GLUED, _cited, _glued_number

    chain: list[tuple[int, str]] = []
    line_no, pos = 0, 0
    for marker in (str(first + k) for k in range(count)):
        found = None
        for j in range(line_no, len(body)):
            text = body[j].text
            if text.startswith("["):
                continue
            start = pos if j == line_no else 0
            hits = [m.start() for m in _GLUED.finditer(text, start) if _glued_number(m) == marker]
            hits += [m.start("n") for m in _cited(marker).finditer(text, start)]
            if hits:
                found = (j, min(hits) + 1)
                break
        if found is None:
            return []
        line_no, pos = found
        chain.append((line_no, marker))
    return chain
