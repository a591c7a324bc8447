"""(frus86) The years a document without a year of its own lies in, as the persons it
names tell them: a FRUS page stored without its dateline, its file number dateless
(`740.0011 European War 1939/2375`) or a subject file (`POL 26 S VIET`), names the officials
of its time in its text and its source note (`eyes only for Rusk, Harriman, Ball,
Hilsman, and Hughes`). The years in which most of the register persons it has named held
their dated offices stand for its year where a surname in office is read (`Ball`,
`Taylor`, `Helms`: `office_surnames`): at least `_AGREEING` persons, and more than half of
those with dated offices, in office in each such year."""

from __future__ import annotations

from collections import Counter

from tei.convert.context import Context
from tei.convert.lifespan import office_years

_AGREEING = 3  # the persons (at least) whose offices must share the year


def named_years(ctx: Context) -> tuple[int, ...]:
    """The years most of the persons the document has named so far held office in, when
    enough of them agree (see the module); else ()."""
    spans = [office_years(entry) for entry in ctx.used.values() if entry.kind == "person"]
    spans = [span for span in spans if span]
    counts: Counter[int] = Counter()
    for span in spans:
        counts.update({year for first, last in span for year in range(first, last + 1)})
    if not counts:
        return ()
    top = max(counts.values())
    if top < _AGREEING or 2 * top <= len(spans):
        return ()
    return tuple(sorted(year for year, count in counts.items() if count == top))
