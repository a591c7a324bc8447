"""How a text was laid out, told from its lines: the width it was hard-wrapped at, and how
many blank lines part two of its paragraphs (`read.logical_lines` joins by them)."""

from __future__ import annotations

import re
from statistics import median, quantiles

TELLING_LINES = 8  # lines of 20 characters or more it takes to tell a wrap width
_NARROW_WRAP, _WIDE_WRAP = 100, 120  # widths believed always; believed with `_CLOSE_LINES`
_CLOSE, _CLOSE_LINES = 0.9, 6  # lines ending this close to a wide width that tell it
_PAGED_CLOSE_LINES = 3  # (wcda60) as many in a printout counting its pages
# a run of at most this many lines, longer than the median line by these factors and than a
# typed line can be: small print
_SMALL_PRINT_LINES, _SMALL_PRINT_LOW, _SMALL_PRINT_HIGH = 4, 1.3, 2.5
_SMALL_PRINT_LENGTH = 90  # more than a typewriter's line mostly holds
_PAGE_COUNT = re.compile(r"^Page\s\d{1,4}\sof\s\d{1,4}$")


def paged(contents: list[str]) -> bool:
    """Whether a text counts its pages on lines of their own (`Page 1 of 2`): a printout's
    (a PDF export read back as text), hard-wrapped whatever its length."""
    return any(_PAGE_COUNT.match(content) for content in contents)


def wrap_width(lengths: list[int], printout: bool = False,
               closed: list[bool] | None = None) -> int | None:
    """Width a hard-wrapped text was wrapped at (from the lengths of its lines of 20
    characters or more; `closed`, whether each ends a sentence), or None when lines are
    whole paragraphs or too few to tell; a `printout` (`paged`) tells a wide width by fewer
    lines ending close to it."""
    if len(lengths) < TELLING_LINES:
        return None
    typed = _without_small_print(lengths, closed or [False] * len(lengths))
    width = _told_width(typed, printout) if typed else None
    return width if width is not None and width <= _NARROW_WRAP else _told_width(
        lengths, printout)


def _without_small_print(lengths: list[int], closed: list[bool]) -> list[int]:
    """(crest62) The lengths without a run of a few lines set much wider than the others (a
    report form's notice in small print across the page over a text typed at 60 columns:
    `This material contains information affecting the National Defense ...`); none when
    there is no such run of two lines or more wrapped inside a sentence (one long line, or
    lines each closing a sentence, are paragraphs left unwrapped)."""
    middle = median(lengths)
    wide = [i for i, length in enumerate(lengths)
            if max(_SMALL_PRINT_LOW * middle, _SMALL_PRINT_LENGTH) < length
            <= _SMALL_PRINT_HIGH * middle]
    if len(wide) < 2 or len(wide) > _SMALL_PRINT_LINES or 4 * len(wide) > len(lengths) \
            or wide[-1] - wide[0] != len(wide) - 1 or max(lengths) > lengths[wide[0]] * 2 \
            or any(closed[i] for i in wide[:-1]):
        return []
    return [length for i, length in enumerate(lengths) if i not in wide]


def _told_width(lengths: list[int], printout: bool) -> int | None:
    """The width `wrap_width` tells from `lengths` (at least a few)."""
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
