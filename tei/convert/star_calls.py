"""(frus63) A printed page's note marked with a star, as OCR or a PDF's text keeps it: the call
glued after a word's stop or closing quote (`had run its course.*`, `Tokyo,*`) and the note at
the page's foot opening with the same star and a space (`* See telegram No. 905, ...`). That
line is the note, not a list's bullet: told by each star line's call standing in the text
above it, on a page with at most three such lines (a list of starred items has more, and no
calls)."""

from __future__ import annotations

import re

_STAR_LINE = re.compile(r"^(\*{1,3})[ \t]+\S", re.MULTILINE)
_MAX_NOTES = 3


def _call(stars: str) -> re.Pattern[str]:
    """The call of a note of `stars`: glued after a stop, comma or closing quote, then a space
    or the line's end."""
    return re.compile(rf"(?<=[^\W\d_][.,;:!?])(?<!\*){re.escape(stars)}(?!\*)(?=\s|$)"
                      rf"|(?<=[.,;:!?][”’\"')]){re.escape(stars)}(?!\*)(?=\s|$)")


def star_notes(text: str) -> bool:
    """Whether the lines of `text` opening with a star and a space are notes whose calls stand
    above them (so the star is no bullet)."""
    lines = list(_STAR_LINE.finditer(text))
    return 0 < len(lines) <= _MAX_NOTES and all(
        _call(line.group(1)).search(text, 0, line.start()) for line in lines)
