"""A foot address wrapped over two lines (misses33).

A letter's addressee at its foot, under the signature, is one line in some copies
(`Ambassador Yu Taik Kim Korean Mission in Japan Tokyo`) and wrapped in others, the name on
its line and the mission under it (`Ambassador Yu Taik Kim` / `Korean Mission in Japan,` /
`TOKYO`: the Korean archive's newer page template, a typed letter's address block). The
`foot-address` rows that need the mission on the line (an office and name alone is a
signature's: `Ambassador Dumitru Popa`) read the two lines as one: a short line that is no
foot address alone but is one with the next line is joined to it; (frus64) never to a line
that is a foot address alone (`WILLIAM H. SEWARD.` / `John Bigelow, Esq., &c., &c., &c.`:
the signature over a 19th-century despatch's foot address).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tei.convert.patterns import Patterns
from tei.convert.quoted import Unit
from tei.convert.read import Line

_FOOT = 8  # units from the end where the foot address may stand
_WORDS = 8  # the name's line: an office and a name


def wrapped_foot_address(units: list[Unit], patterns: Patterns) -> list[Unit]:
    """`units` with a foot address's name line joined to the mission's line under it."""
    for i in range(max(0, len(units) - _FOOT), len(units) - 1):
        first, second = units[i], units[i + 1]
        if any(unit.embedded or len(unit.lines) != 1 for unit in (first, second)) \
                or len(first.text.split()) > _WORDS or patterns.match("foot-address", first.text) \
                or patterns.match("foot-address", second.text):
            continue
        joined = f"{first.text.rstrip()} {second.text.strip()}"
        if patterns.match("foot-address", joined):
            line = first.lines[0]
            merged = Unit([Line(line.no, joined, line.blank_before, line.rule_before, line.bullet)])
            return [*units[:i], merged, *units[i + 2:]]
    return units


# (memcon80) a foot address to a mission or a ministry (`To the Embassy of the United
# Kingdom`, `A la Embajada de los`, `An die` over `Botschaft der Union der`)
_MISSION = re.compile(r"(?i)\b(?:embass|legation|ministry|mission|embajada|ministerio|embaixada"
                      r"|minist[ée]rio|ambasciata|ministero|botschaft|gesandtschaft|ministerium"
                      r"|ambassade|minist[èe]re|high\s++commission|consulate)|^An\s++(?:die|das|den)$")


def mission_address_lines(units: list[Unit], close: int, end: int, patterns: Patterns,
                          kind: Callable[[str], str | None]) -> set[int]:
    """(memcon80) The closer's units under a foot address to a mission or a ministry, down to
    a salutation or a dateline: the rest of the body's name and its seat (`Sozialistischen
    Sowjetrepubliken` / `Rolandseck`), read as the address's text, never as signers' names."""
    found: set[int] = set()
    under = False
    for i in range(close, end):
        text = units[i].text
        if under and kind(text) in ("signed", "role", None):
            found.add(i)
            continue
        under = kind(text) == "address" and bool(_MISSION.search(text)) and bool(
            patterns.match("foot-address", text))
    return found
