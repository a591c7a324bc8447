"""(ocr66) A heading line set letter-spaced word by word (a scan's `T E L E G R A M A    R E C E
B I D O`, `T É L É G R A M M E   A U   D É P A R T`): read with each word's letters joined
(`TELEGRAMA RECEBIDO`), so the form's tables know it. Only a whole line of two or more such
words, the words apart by a wider gap than the letters and one of them of five letters or
more; a single spaced word (`S E C R E T`) and a short pair (`C C  C P S U`) are the tables'.
A word of five capitals or more letter-spaced after a label's gap inside a line is joined too
(a CIA form's `CLASSIFICATION  S E C R E T / SECURITY INFORMATION`)."""

from __future__ import annotations

import re

_WORD = r"[^\W\d_](?: [^\W\d_])+"
_SPACED_LINE = re.compile(rf"^(\s*+)({_WORD}(?:\s{{2,}}{_WORD})+)\s*+$")
_LONG_WORD = 5
_SPACED_AFTER_GAP = re.compile(r"(?<=\S\s\s)\s*+(?P<run>[A-ZÀ-Ý](?: [A-ZÀ-Ý]){4,})(?=\s{2,}|\s/|$)")


def joined_letters(raw: str) -> str:
    """`raw` with its letter-spaced words joined when the whole line is such words, or a long
    one in capitals after a gap; else as it is."""
    if "  " not in raw:
        return raw
    found = _SPACED_LINE.match(raw)
    if not found:
        return _SPACED_AFTER_GAP.sub(lambda run: run["run"].replace(" ", ""), raw)
    words = [word.replace(" ", "") for word in re.split(r"\s{2,}", found.group(2))]
    if max(map(len, words)) < _LONG_WORD:
        return raw
    return found.group(1) + " ".join(words)
