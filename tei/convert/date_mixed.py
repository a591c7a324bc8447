"""Numeric date shapes that mix their separators, read with `tei.convert.date_shapes`'s
numeric ones (after them, so that no shape there changes its reading).

(repost85) The day and month over a slash and the year after a stop, as the Russian editions
of the Civil War telegrams date them (The Trotsky Papers' `No. 9. Secret. 25/1.1919`, reposted
by the works' mirrors): the day first, as in every Russian date; never inside a longer run of
numbers (`1/25/1.1919`).

(wcde86) The day, the month's name and the year joined by stops without a space, as the
Wilson Center's translations of the Soviet General Staff's cipher telegrams give the receipt
(`Received 19:55 13.June.1951`): a named shape, tried with the other named ones.
"""

from __future__ import annotations

MIXED_SHAPES = [
    r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})\.(?P<y>1[89]\d{2}|20\d{2})(?![\d.]*\d)",
]


def dotted_named(mon: str) -> list[str]:
    """The named shape `13.June.1951` (`mon` the month alternation with its group)."""
    return [rf"(?<![\d.])(?P<d>\d{{1,2}})\.{mon}\.(?P<y>1[89]\d{{2}}|20\d{{2}})(?![\d.]*\d)"]
