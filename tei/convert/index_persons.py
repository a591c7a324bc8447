"""(wcda64) The persons a page's index names in the Library of Congress's inverted form
(`Botha, R. F. (Roelof Frederik), 1932-2018`, table `index-headings`, row `person`), read
back into their own order (`R. F. Botha`, `Roelof Frederik Botha`): they tell apart the
register persons a surname alone fits (`BOTHA` signing in 1977: Pik Botha, not P. W. Botha)."""

from __future__ import annotations

import re
from functools import lru_cache

from tei.convert.patterns import Patterns

_FULLER = re.compile(r"\((?P<full>[^()]{2,60}+)\)")


@lru_cache(maxsize=64)
def indexed_names(text: str, patterns: Patterns) -> str:
    """The index headings of persons in `text` in their own order, one name a line."""
    names = []
    for line in text.splitlines():
        line = line.strip()
        if "," not in line or len(line) > 120:
            continue
        found = patterns.match("index-headings", line)
        if found is None or found[0] != "person":
            continue
        surname, given = found[1].group("surname"), found[1].group("given")
        names.append(f"{given} {surname}")
        fuller = _FULLER.search(line)
        if fuller:
            names.append(f"{fuller.group('full')} {surname}")
    return "\n".join(names)
