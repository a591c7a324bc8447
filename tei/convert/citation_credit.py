"""(wcdx96) The credit of the scholar who obtained a document, inside an archive's citation."""

from __future__ import annotations

import re

from tei.convert.model import Header

# the reference's stop before a source's `Obtained by` clause ((misses49) `MINREX, DPRK, 1986.
# Obtained by X.`), (wcdx96) the credit's own `document` before it (`o.e. Document obtained by`)
BEFORE_CREDIT = re.compile(r"[.;]\s++(?:[Dd]ocument\s++)?$")


def obtained_before(header: Header, span: tuple[int, int] | None,
                    obtainer: re.Match[str]) -> None:
    """The citation's obtainer, and its shelfmark (at `span`) ending before the credit it ran
    into, as the old layout's CWIHP citations give it (`..., KC PZPR, XI A/13, AAN, Warsaw;
    document obtained by James G. Hershberg and Wanda Jarzabek; translation for CWIHP by ...`):
    the stop before `document obtained by` ends the reference."""
    header.obtainer = header.obtainer or obtainer.group("obtainer").strip()
    text = obtainer.string
    stop = BEFORE_CREDIT.search(text, 0, obtainer.start())
    if span and header.shelfmarks and stop \
            and span[0] < stop.start() < span[0] + len(header.shelfmarks[-1]):
        header.shelfmarks[-1] = text[span[0]:stop.start()].strip()
