"""(wcda70) A page copied from a screen reader's speech viewer or log (NVDA, JAWS, Narrator,
VoiceOver): each element's role stands beside its text (`banner landmark`, `heading level 1
Cable from Zhou Enlai to ...`, `button Download PDF`, `list 3 items` / `link Zhou, Enlai,
1898-1976` / `out of list`). Read as the page it speaks: landmarks, lists' bounds and
controls dropped, the roles before or after a text cut (table `screen-reader`), a heading
set apart by a blank line as the page shows it.
"""

from __future__ import annotations

import re

from tei.convert.patterns import Patterns

_HEAD = 3_000
# the roles that tell a speech log from a text: a landmark, a heading's level, a list's bounds
_SIGNS = re.compile(r"^(?:(?:banner|main|navigation|contentinfo|complementary|region)[ \t]++"
                    r"(?:landmark|region)\b|heading,?[ \t]++level[ \t]++[1-6]\b|list(?:[ \t]++"
                    r"(?:with|of))?[ \t]++\d{1,4}+[ \t]++items?$|out[ \t]++of[ \t]++list$|.{3,200},"
                    r"[ \t]++heading,?[ \t]++level[ \t]++[1-6]$)", re.MULTILINE | re.IGNORECASE)
_LEAST = 3  # signs in the head
_HEADING = re.compile(r"(?i)^heading|,\s++heading,?\s++level\s++[1-6]$")


def unspeak(text: str, patterns: Patterns) -> str:
    """`text` without a screen reader's roles when it is a speech log's copy; any other text
    as it is."""
    head = text[:_HEAD]
    if "level" not in head and "landmark" not in head and "region" not in head \
            and "of list" not in head:
        return text  # no sign at all: spared the search
    if len(_SIGNS.findall(head)) < _LEAST:
        return text
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        found = patterns.match("screen-reader", line) if line else None
        if found is None:
            out.append(raw)
            continue
        name, hit = found
        if name in ("region", "control"):
            continue
        if _HEADING.search(line) and out and out[-1].strip():
            out.append("")  # a heading opens its block
        out.append(line[hit.end():] if name == "role" else line[:hit.start()])
    return "\n".join(out)
