"""(ocr64) A form's clock time standing alone on a heading line (`6:21 A.M.`, `4:52 P.M.`,
`1710`), as an OCR sets a receipt's hour a few cells under its date: the hour it gives;
(ocr87) its colon perhaps read as a semicolon (`2;31 P.M.`)."""

from __future__ import annotations

import re

_CLOCK = re.compile(r"^(?P<h>[01]?\d|2[0-3])[:.;]?(?P<m>[0-5]\d)\s*+"
                    r"(?:(?P<half>[AaPp])\.?\s?[Mm]\.?)?$")


def clock_hour(text: str) -> str | None:
    """`6:21 A.M.` as `06:21:00`, `4:52 P.M.` as `16:52:00`; None for anything else."""
    found = _CLOCK.match(text.strip())
    if not found:
        return None
    hour = int(found["h"])
    half = (found["half"] or "").lower()
    if half and not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if half == "p" else 0) if half else hour
    return f"{hour:02d}:{found['m']}:00"
