"""(wcdx96) The funder's name alone at the foot of a current Digital Archive page."""

from __future__ import annotations

import re

from tei.convert.read import Line
from tei.convert.zones import Segments


def funder_alone(line: Line, seg: Segments) -> tuple[str, str, str] | None:
    """The funder field `line` is when it is the funder's name alone, the one the page's top
    line already named (`This document was made possible with support from Leon Levy
    Foundation`): the current site's foot ends with it under its last field, its `Funder`
    label lost (`Original Classification` / `Top Secret` / `Leon Levy Foundation`). It is the
    page's furniture, not a line of the document (nor its sender)."""
    if seg.funder and _norm(line.text) == _norm(seg.funder):
        return "page-fields", "funder", line.text.strip()
    return None


def _norm(text: str) -> str:
    return re.sub(r"[\s.]+", " ", text).strip().casefold()
