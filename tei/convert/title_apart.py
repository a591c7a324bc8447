"""(wcdv95) A record page's title over its text on a copy with no blank lines.

The Digital Archive's staging mirrors (dvincitest, drivingcreative) give a record compactly,
a paragraph a line and no blank line between: the date line, the title, then the text
(`October 27, 1956` / `Telegram from Soviet Politburo members Mikoyan and Suslov reporting
on the situation in Hungary` / `Today we participated for more than three hours in ...`).
Such a text has too few lines to tell a wrap width, and a title ends with no stop, so the
read stage took the title for a sentence broken at the line's end and ran it on into the
text's first paragraph: the page lost its title and the record its form and senders.

The line right under a page's opening date line does not run on into a line of prose (a
long line of many words closing on a stop) when it is title-shaped itself: not ending on a
small word, a comma or a hyphen that a wrapped title breaks after. A title wrapped over two
lines (`... between the Chinese` / `Delegation and ...`) still runs on: its second line is
short and no sentence."""

from __future__ import annotations

import re

from tei.convert.month_names import MONTH_NAMES
from tei.convert.rewrap import RUNNING_ON_WORDS

# a page's date line alone (`October 27, 1956`, `June 1953`, `1956`)
_DATE_LINE = re.compile(rf"^(?:(?:{MONTH_NAMES})\s(?:\d{{1,2}},\s)?)?\d{{4}}$")
_PROSE_WORDS = 20  # a paragraph's line, not a title's second line
_TITLE_WORDS = 40
_SENTENCE_END = re.compile(r"[.?!][\"”’'»)]*+$")


def title_apart(first: str, title: str, joined: int, content: str) -> bool:
    """Whether `content` starts apart from the page's title `title` (one physical line,
    `joined` pieces so far) under the page's first line `first`, a date line."""
    if joined != 1 or not _DATE_LINE.match(first.strip()):
        return False
    words = title.split()
    if not words or len(words) > _TITLE_WORDS or title.rstrip().endswith((",", "-", ":")):
        return False
    if words[-1].casefold() in RUNNING_ON_WORDS or _SENTENCE_END.search(title.rstrip()):
        return False
    return len(content.split()) >= _PROSE_WORDS and bool(_SENTENCE_END.search(content.rstrip()))
