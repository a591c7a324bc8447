"""(wcdi88) A dateline that sets its date first and its town after it with no comma between,
as the Digital Archive's page gives a record's heading cells flattened on one line
(`November 20, 1986    Pyongyang`, a Mongolian record of Batmunkh's talk with Kim Il Sung;
the reader keeps one space of the run): the town, when a register place of at most three
words that is no country ends the line after a whole date."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.states import is_country

_TRAIL_WORDS = 3  # a town's words after the date (`Ulan Bator`, `Rio de Janeiro`)


def place_after_date(words: list[str], ctx: Context) -> str:
    """The register town that ends `words` after a whole date, else ''."""
    for k in range(1, min(_TRAIL_WORDS, len(words) - 1) + 1):
        place = " ".join(words[-k:])
        if not place[:1].isupper() or not ctx.res.dates.whole(" ".join(words[:-k])):
            continue
        entry = ctx.res.register.lookup(place.rstrip("."))
        return place if entry is not None and entry.kind == "place" \
            and not is_country(entry) else ""
    return ""
