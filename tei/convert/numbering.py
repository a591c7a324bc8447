"""Numbering schemes of points: the number that follows another (`3`, `c`, `IV`)."""

from __future__ import annotations

_ROMAN = {"I": 1, "V": 5, "X": 10}


def successor(n: str, scheme: str) -> str:
    """The number after `n` in `scheme` (arabic, alpha or roman)."""
    if scheme == "alpha":
        return chr(ord(n) + 1)
    if scheme == "roman":
        return _to_roman(_from_roman(n) + 1)
    return str(int(n) + 1)


def _from_roman(text: str) -> int:
    total = 0
    for a, b in zip(text, text[1:] + " ", strict=True):
        value = _ROMAN[a]
        total += -value if b in _ROMAN and _ROMAN[b] > value else value
    return total


def _to_roman(number: int) -> str:
    out = ""
    for value, numeral in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            out += numeral
            number -= value
    return out
