"""(wcdf86) The archive's own sentence after a shelfmark that a full stop ends (the Digital
Archive's Polish citations: `Szyfrogramy from Moskwa 1962, 6/77 w-83 t-1263. Polish Foreign
Ministry Archive (AMSZ), Warsaw. Obtained by ...`): part of the reference whose places the
register marks, so the archive's seat (`Warsaw`) is tagged as it is where a comma joins them."""

from __future__ import annotations

import re

# the next sentence, naming an archive, up to its own stop (no digit-led reference after it)
_ARCHIVE_SENTENCE = re.compile(r"\.\s++(?=[A-Z])[^.\n]{0,120}?\bArchiv(?:e|es|o|um)?\b[^.\n]{0,80}?"
                               r"(?=\.(?:\s|$))")


def seat(citation: str, span: tuple[int, int]) -> tuple[int, int]:
    """The shelfmark's span, its end taken over the archive's sentence right after it."""
    found = _ARCHIVE_SENTENCE.match(citation, span[1])
    return (span[0], found.end()) if found else span
