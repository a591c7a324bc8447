"""(cw89) A reference number shaped like a numeric date right after `No.` (a mission's
letter cited by its number: `Further to our letter to you No. 4/2/2202 dated 2 December
2008`, a UN letter on UNISPAL): a number, no date; a date with its month's name after `No.`
stays a date (`No. 12, 3 March 1962` is read at its month)."""

from __future__ import annotations

import re

# `No.`, `Nr.`, `N°` and the OCR's nought for the O, right before the digits
_NUMBER_LABEL = re.compile(r"(?i)\b(?:n[o0]|nr|n[°º])\.?\s*+$")


def after_label(match: re.Match[str], text: str) -> bool:
    """Whether the date `match` found in `text` is all figures (its month a number) and
    stands right after a number's label."""
    return bool(match.groupdict().get("m")) and _NUMBER_LABEL.search(
        text, max(0, match.start() - 6), match.start()) is not None
