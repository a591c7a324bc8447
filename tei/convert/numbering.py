"""Numbering schemes of points (table `numbering`): a point's scheme and number, the number
that follows another (`3`, `c`, `IV`, `四`), and where a message's next point stands."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from tei.convert.model import Block, NumberedList, Paragraph, text_of
from tei.convert.patterns import Patterns
from tei.convert.quoted import Unit

_ROMAN = {"I": 1, "V": 5, "X": 10}
# (invent26) the Chinese numerals of Chinese and Japanese points (`一、`, `二、` ... `十一、`)
_CJK_DIGITS = "一二三四五六七八九"
FIRST_POINTS = {"1", "a", "A", "i", "I", "一"}
# the schemes whose points come two at least: a point only when the next one follows
_PAIRED = ("roman", "lettered")
# a message's number alone, as `points` sets it apart from its first point (`2041.`)
_MESSAGE_NUMBER = re.compile(r"^(?P<n>\d{2,6})\.$")


def point_number(patterns: Patterns, unit: Unit) -> tuple[str, tuple[str, str]]:
    """(scheme, (number, text)) of a unit that opens with a point's number."""
    scheme, match = patterns.match("numbering", unit.text)
    return scheme, (match.group("n"), match.group("text"))


def next_point(patterns: Patterns, units: list[Unit], i: int, scheme: str,
               expected: str) -> int | None:
    """The index of the point numbered `expected` in `scheme`, when it is the next numbered
    unit from `i` on (not inside an embedded document; sub-points lettered with a stop under
    another scheme's point passed over); else None."""
    for j in range(i, len(units)):
        if units[j].embedded:
            return None
        found = patterns.match("numbering", units[j].text)
        if found and found[0] == "lettered" != scheme:
            continue  # (frus60) `a.`, `b.` under a point `1.`: its sub-points, its paragraphs
        if found:
            return j if found[0] == scheme and found[1].group("n") == expected else None
    return None


def lone_number(patterns: Patterns, units: list[Unit], i: int) -> bool:
    """The message's first paragraph opens with a number that is no first point and that
    no point follows (a telegram's number, `6. For Ambassador ...`)."""
    scheme, (n, _) = point_number(patterns, units[i])
    return n not in FIRST_POINTS and next_point(
        patterns, units, i + 1, scheme, successor(n, scheme)) is None


def no_point(patterns: Patterns, units: list[Unit], i: int, first: bool) -> bool:
    """A unit that opens with a number and is yet no point: the message's `first` paragraph's
    lone number (`lone_number`), or (wcda59) a Roman numeral that no next point follows
    (Roman points come two at least: `V. Kuznetsov said ...` opens with an initial), or
    (frus60, cables60) a letter with a stop so followed (`A. Gromyko said ...`), or
    (cables81) a military message's lettered reference (`A. CINCPACFLT 150305Z APR 69`:
    table `heading-us-cable`, row `reference`)."""
    scheme, (n, _) = point_number(patterns, units[i])
    if scheme == "lettered" and _reference(patterns, units[i].text):
        return True
    if scheme in _PAIRED and next_point(
            patterns, units, i + 1, scheme, successor(n, scheme)) is None:
        return True
    return first and lone_number(patterns, units, i)


def _reference(patterns: Patterns, text: str) -> bool:
    """(cables81) A lettered line the heading reads as a cited message (its date-time group)."""
    found = patterns.match("heading", text) if "Z " in text else None
    return found is not None and found[0] == "reference"


def lettered_point(patterns: Patterns, text: str, above: str | None) -> bool:
    """(cables60) A line that goes on a run of lettered points (`B. RESUPPLY BY AIR NORMAL.`
    under `A. ENEMY SHELLING ...`): text, however short and capitalised, never a signature
    (`A. SMITH` alone still signs)."""
    found = patterns.match("numbering", text) if above is not None else None
    if found is None or found[0] != "lettered":
        return False
    over = patterns.match("numbering", above)
    return over is not None and over[0] == "lettered" and successor(
        over[1].group("n"), "lettered") == found[1].group("n")


def successor(n: str, scheme: str) -> str:
    """The number after `n` in `scheme` (arabic, alpha, lettered, roman or cjk)."""
    if scheme in ("alpha", "lettered"):
        return chr(ord(n) + 1)
    if scheme == "roman":
        return _to_roman(_from_roman(n) + 1)
    if scheme == "cjk":
        return _to_cjk(_from_cjk(n) + 1)
    return str(int(n) + 1)


def _from_cjk(text: str) -> int:
    """`三` 3, `十` 10, `十二` 12, `二十一` 21 (up to 99)."""
    tens, ten, units = text.rpartition("十")
    if not ten:
        return _CJK_DIGITS.index(units) + 1
    return 10 * (_CJK_DIGITS.index(tens) + 1 if tens else 1) + (
        _CJK_DIGITS.index(units) + 1 if units else 0)


def _to_cjk(number: int) -> str:
    tens, units = divmod(number, 10)
    head = ("" if tens == 1 else _CJK_DIGITS[tens - 1]) + "十" if tens else ""
    return head + (_CJK_DIGITS[units - 1] if units else "")


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


def number_over_points(blocks: Sequence[Block]) -> str:
    """(lead36) A telegram's number set before its first point (`2041. 1. Embassy was
    informed ...`, parted from it when the second point follows: `points`) as a copy of a
    FRUS page outside the volume gives it (Wikisource): the number alone over a list that
    opens at 1; else ''."""
    for first, second in pairwise(blocks):
        found = _MESSAGE_NUMBER.match(text_of(first.content).strip()) \
            if isinstance(first, Paragraph) else None
        if found and isinstance(second, NumberedList) and second.items[0].n == "1":
            return found.group("n")
    return ""
