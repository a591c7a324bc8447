"""The branches of the `apposition` rule (`namerules`) for a cable's names in capitals
before their office and a comma.

(cables44) A name of two or three words before a new or acting office (`ASA SARASIN, NEW
DIRECTOR GENERAL OF ECONOMIC AFFAIRS, TOLD`); none of its words a function word (`CONSISTED
OF ROMANOV, DEPUTY CHIEF`: not the name `CONSISTED OF ROMANOV`).
(cables86) A delegation's list in a capitals cable, each member a surname alone before his
office and a comma (`SOVIET TEAM CONSISTED OF ROMANOV, DEPUTY CHIEF, MFA TREATY AND LEGAL
DIVISION; KOVALEV, DEPUTY CHIEF, ...; AND YAKOVLYEV, COUNSELOR, MFA ...`): a surname of four
letters or more after `OF`, `AND`, a list's comma, semicolon or colon or at a line's start
(the list's wrap), before a role of the
`apposition-roles` table and then `OF`/`TO`/`IN`/`AT`/`FOR` or a comma and a word in capitals.
"""

from __future__ import annotations

import re

from tei.convert.patterns import Patterns

_FUNCTION = r"(?!(?:OF|AND|THE|TO|IN|AT|FOR|BY|WITH|ON|FROM)\b)"
_WORD = rf"{_FUNCTION}[A-Z][A-Z'’-]++"


def capitals_apposition(patterns: Patterns) -> str:
    """The regex source of the two branches (groups `capitals` and `lone`), each opening with
    `|` to follow the rule's other branches."""
    roles = "|".join(re.escape(w.upper()) for w in patterns.words("apposition-roles"))
    office = rf"(?:(?:DEPUTY|VICE|FIRST)[\s-]++)?(?:{roles})(?:[\s-]GENERAL)?"
    return (rf"|(?<![\w.])(?P<capitals>{_WORD}(?:\s{_WORD}){{1,2}}),\s++"
            rf"(?:(?:NEW|ACTING|FORMER)\s++)?{office}\s++(?:OF|TO|IN|AT|FOR)\b"
            rf"|(?:^|(?<=\bOF\s)|(?<=\bAND\s)|(?<=[,;:]\s))(?P<lone>{_FUNCTION}[A-Z]{{4,}}+),\s++"
            rf"{office}(?:\s++(?:OF|TO|IN|AT|FOR)\b|,\s++[A-Z]{{2,}}+\b)")
