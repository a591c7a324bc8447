"""(wcdb83) A document store's buttons between its title line and the export it carries.

A store's page (docslib and the like) gives the file's title, its counters (`Download PDF |
2 pages | 14 views`, furniture) and a button or two alone on their lines (`Report`) before
the export's own head, which repeats the title under its date. A short line of words there
(three words at most, no figure and no stop) under the page's title line is the store's when
the title comes again within a few lines below it and no date line was read yet: it does not
end the page's head, and a form's word among them (`Report`) heads no document.
"""

from __future__ import annotations

import re

from tei.convert.pages.title_again import repeats_title
from tei.convert.read import Line
from tei.convert.zones import Segments

_WORDS = 3
_REACH = 4  # lines under the button to the title's repetition
_BUTTON = re.compile(r"^[A-Z][^\d.:;!?()\[\]|/,]*+$")


def store_line(lines: list[Line], i: int, seg: Segments) -> bool:
    """Whether line `i` is a store's button over the export's repeated title."""
    title, text = seg.page_title, lines[i].text.strip()
    if "store-page" not in seg.facts:  # (lead83) a store's name line was read (`Docslib`):
        return False  # else `Top Secret` over a page's title again is the document's
    if title is None or seg.page_date is not None or title.no >= lines[i].no \
            or len(text.split()) > _WORDS or not _BUTTON.match(text):
        return False
    return any(repeats_title(line.text.strip(), title.text.strip())
               for line in lines[i + 1:i + 1 + _REACH])
