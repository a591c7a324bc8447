"""(repost68) A social post's byline as a copy of its page gives it: the poster's display
name on its own line over the handle (`Dr. Helen Marsh` / `@hmarsh@historians.social`, a
Mastodon, Bluesky or X post). The handle is furniture (table `page-furniture`); the name
over it goes with it, as the page's, not a person of the document."""

from __future__ import annotations

import re

from tei.convert.pages.running import Rows
from tei.convert.read import Line

_HANDLE = re.compile(r"^@[\w.-]{1,40}+(?:@[\w-]{1,40}+(?:\.[\w-]{1,40}+)++)?$")
_NAME_WORDS = 4
_SENTENCE = re.compile(r"[.!?:;,]$")


def named_handles(lines: list[Line], rows: Rows) -> set[int]:
    """The indices of display names (a few words, no sentence) standing right over a handle
    line that the furniture table dropped; not the page's first line (its head's)."""
    return {i - 1 for i in range(2, len(lines))
            if rows[i] and _HANDLE.match(lines[i].text) and not rows[i - 1]
            and not lines[i].blank_before and len(lines[i - 1].text.split()) <= _NAME_WORDS
            and not _SENTENCE.search(lines[i - 1].text)}
