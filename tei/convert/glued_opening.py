"""(wcdb84) A line opening with a small word glued to a capitalised one (`notThe Korean party
and government delegation ...`, a stray word a page's markup left before the text): the
store's copy lost the break there, so the line starts a paragraph of its own and runs on to
no line above it (the funder's line of a test-mirror page with no blank lines,
`... support from Leon Levy Foundation` / `notThe Korean ...`)."""

from __future__ import annotations

import re

# two small letters or more glued to a capital and a small letter: no word of a sentence
# runs on so (`iPhone`, `deGaulle`: one letter or a particle only)
_GLUED = re.compile(r"^(?!(?:de|di|da|du|le|la|van|von|mc|mac)[A-Z])[a-z]{2,}+[A-Z][a-z]")


def glued_opening(following: str) -> bool:
    """Whether `following` opens with a small word glued to a capitalised word."""
    return _GLUED.match(following) is not None
