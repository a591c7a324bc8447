"""How a text was laid out, told from its lines: the width it was hard-wrapped at, and how
many blank lines part two of its paragraphs (`read.logical_lines` joins by them)."""

from __future__ import annotations

import re
from statistics import quantiles

TELLING_LINES = 8  # lines of 20 characters or more it takes to tell a wrap width
_NARROW_WRAP, _WIDE_WRAP = 100, 120  # widths believed always; believed with `_CLOSE_LINES`
_CLOSE, _CLOSE_LINES = 0.9, 6  # lines ending this close to a wide width that tell it
_PAGED_CLOSE_LINES = 3  # (wcda60) as many in a printout counting its pages
_PAGE_COUNT = re.compile(r"^Page\s\d{1,4}\sof\s\d{1,4}$")


def paged(contents: list[str]) -> bool:
    """Whether a text counts its pages on lines of their own (`Page 1 of 2`): a printout's
    (a PDF export read back as text), hard-wrapped whatever its length."""
    return any(_PAGE_COUNT.match(content) for content in contents)


def wrap_width(lengths: list[int], printout: bool = False) -> int | None:
    """Width a hard-wrapped text was wrapped at (from the lengths of its lines of 20
    characters or more), or None when lines are whole paragraphs or too few to tell; a
    `printout` (`paged`) tells a wide width by fewer lines ending close to it."""
    if len(lengths) < TELLING_LINES:
        return None
    width = int(quantiles(lengths, n=10)[-1])
    if width <= _NARROW_WRAP:
        return width
    # (wcda58) a PDF export's 100 to 120 columns: told by many lines that end close to it
    close = sum(1 for length in lengths if _CLOSE * width <= length <= width)
    needed = _PAGED_CLOSE_LINES if printout else _CLOSE_LINES
    return width if width <= _WIDE_WRAP and close >= needed else None


def paragraph_gap(physical: list[tuple[int, str, bool]]) -> int:
    """How many blank lines part two paragraphs: two in a copy that set a blank line after
    every line (its paragraphs stand three apart: every run of blank lines between two
    lines is of an odd length, a quarter of them or more of three or more), else one."""
    gaps: list[int] = []
    run: int | None = None
    for _, content, _ in physical:
        if content:
            if run is not None:
                gaps.append(run)
            run = 0
        elif run is not None:
            run += 1
    if len(gaps) < TELLING_LINES or any(g % 2 == 0 for g in gaps):
        return 1
    return 2 if 4 * sum(1 for g in gaps if g >= 3) >= len(gaps) else 1
