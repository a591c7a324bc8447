"""(wcdh87) A dateline's venue set between slashes after the date, as the Bulgarian party's
stenographic records print it (`Sofia, September, 10th, 1980, /"Boyana" residence/`): the
place and the date are the dateline's, the venue is no part of its date."""

from __future__ import annotations

_VENUE_CHARS = (2, 60)  # how long the venue between the slashes may be


def without_slashed_venue(text: str) -> str:
    """`text` without the venue between slashes that closes it (maybe after a comma, maybe
    before a full stop), if it has one; read from the end, so no search runs over the line."""
    end = text.rstrip()
    end = end[:-1] if end.endswith(".") else end
    if not end.endswith("/"):
        return text
    start = end.rfind("/", 0, len(end) - 1)
    venue = end[start + 1:-1]
    if start < 0 or not _VENUE_CHARS[0] <= len(venue) <= _VENUE_CHARS[1] or "\n" in venue:
        return text
    return end[:start].rstrip().rstrip(",").rstrip()
