"""(ocr64) An OCR's lookalikes in a word of capitals: a small `l` read for `I`
(`VlKTOR`, `MlNISTRY`) and a zero read for `O` (`T0P SECRET`, `M0SCOW`). Between two
capitals, in a word of capitals only, they are the capital letters the typescript has, so
that a name or a heading's word reads as written (a word of mixed case such as `McCLOY`
or `ZhENYa`, a code with other digits such as `B01676R`, stays as it is). (ocr72) So is
one ending a word of at least three capitals (`KRASUCKl`, `RAPACKl`, `FAZI0`)."""

from __future__ import annotations

import re

# a word of capitals with a lookalike between two capitals
_WORD = re.compile(r"(?<![\w'’-])(?=[A-Z]++[l0][A-Z])[A-Z][A-Zl0]*[A-Z](?!\w)")
_LOOKALIKE = re.compile(r"(?<=[A-Z])[l0](?=[A-Z])")
_CAPITALS = 2  # plain capitals a word has besides its lookalikes
# (ocr72) a lookalike ending a word of three capitals or more (`OLECHOWSKl`, `FAZI0`)
_LAST = re.compile(r"(?<![\w'’-])[A-Z]{3,}[l0](?![\w'’-])")


def read_capitals(text: str) -> str:
    """`text` with the lookalikes of its capitals words read as the capitals they stand
    for (`VlKTOR` as `VIKTOR`, `T0P` as `TOP`)."""
    if "l" not in text and "0" not in text:
        return text
    return _LAST.sub(_read_last, _WORD.sub(_read, text))


def _read_last(match: re.Match[str]) -> str:
    word = match.group()
    return word[:-1] + ("I" if word[-1] == "l" else "O")


def _read(match: re.Match[str]) -> str:
    word = match.group()
    if sum(c.isupper() for c in word) < _CAPITALS:
        return word
    return _LOOKALIKE.sub(lambda m: "I" if m.group() == "l" else "O", word)
