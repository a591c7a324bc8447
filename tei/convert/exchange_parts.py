"""(memlet81) The letters of an exchange printed on one page, each under its number in Roman
figures alone on its line (`I` / `New Delhi, 18 January 1964` / `My dear Prime Minister,` ...
`Yours sincerely,` / `Jawaharlal Nehru` / the foot address / `II` / `Colombo, 25 January
1964` / `My dear Prime Minister,` ...): the second letter's number under a text, with a
salutation among the two lines under it, begins the next document, so that the first
letter's close, signature and foot address make its closer (`closing.following_document`)."""

from __future__ import annotations

import re

from tei.convert.patterns import Patterns
from tei.convert.quoted import Unit

# the later letters' numbers: II to XII, alone on the line, a stop perhaps after them
_LATER_NUMBER = re.compile(r"^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,2})\.?$")
_SALUTATION_REACH = 2  # the dateline, then the salutation


def later_letter(unit: Unit, after: list[Unit], patterns: Patterns) -> bool:
    """Whether `unit` is a later letter's Roman number over its salutation."""
    return not unit.embedded and bool(_LATER_NUMBER.match(unit.text.strip())) and any(
        not u.embedded and patterns.match("salutation", u.text)
        for u in after[:_SALUTATION_REACH])
