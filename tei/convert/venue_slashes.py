"""(wcdh87) A dateline's venue set between slashes after the date, as the Bulgarian party's
stenographic records print it (`Sofia, September, 10th, 1980, /"Boyana" residence/`): the
place and the date are the dateline's, the venue is no part of its date."""

from __future__ import annotations

import re

_SLASHED_VENUE = re.compile(r",?\s*+/[^/\n]{2,60}+/\.?$")


def without_slashed_venue(text: str) -> str:
    """`text` without the venue between slashes that closes it, if it has one."""
    return _SLASHED_VENUE.sub("", text)
