"""(wcdn91) A typed signature in parentheses with the day it was signed on the same line:
an Indian file noting's or ministry letter's close, `(S. Dutt) 4.5.58`, `(M.J. Desai)
12.3.1959` (the NPIHP's Indian records on the Wilson Center's pages). The bracketed name
signs (`parts.parenthesised_name` decides that it is one), the rest is the closer's
dateline; the brackets stay in the text, out of the name."""

from __future__ import annotations

import re

from tei.convert.parts import parenthesised_name
from tei.convert.patterns import Patterns

# a signer's name in capitals, then the date (`KOHOUT 12.3.59`), as closers had it before
_NAME_DATE = re.compile(r"^(?P<name>[A-Z][A-Z'’\- ]*[A-Z])\s+(?P<date>\d.*)$")
# the bracketed name, then a short numeric or written date (at most 20 characters)
_PAREN_DATED = re.compile(r"^(?P<name>\([^()\n]{3,60}+\))\s++(?P<date>\d[\d./\s\w-]{2,20}+)$")


def paren_name_date(text: str, patterns: Patterns) -> re.Match[str] | None:
    """`(S. Dutt) 4.5.58`: the match (groups `name`, with its brackets, and `date`) or None;
    the caller checks that the date reads whole."""
    found = _PAREN_DATED.match(text.strip())
    return found if found and parenthesised_name(found.group("name"), patterns) else None


def name_date(text: str, patterns: Patterns) -> re.Match[str] | None:
    """A closer's name and date on one line: in capitals, or (wcdn91) in brackets."""
    return _NAME_DATE.match(text) or paren_name_date(text, patterns)


def name_span(name: str) -> list[tuple[int, int]]:
    """The name's span inside a signature part: inside its brackets, if it has them."""
    return [(1, len(name) - 1)] if name.startswith("(") and name.endswith(")") else [(0, len(name))]
