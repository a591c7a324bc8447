"""A decrypt release's title: the caption in capitals that the NSA's Venona translations set
in their heading, right over the `From:` line or the message's number line (`REPORT ON JOSIAH
ELLIS DuBOIS OF "NABOB'S" ESTABLISHMENT, ... (1945)`; `REQUEST FOR CANCELLATION OF PROJECTED` /
`TRIP TO "SMYRNA" BY "ARSENIJ"`), one line or two. The caption is the document's title."""

from __future__ import annotations

import re

from tei.convert.covernames import is_cover_word
from tei.convert.model import RegistryLine, text_of

_WORDS = re.compile(r"[^\W\d_]{3,}")
_SENTENCE_STOP = re.compile(r"[.!?:](?:\s|$)")
MAX_WORDS = 20
# the heading rows a caption stands over: the sender's `From:` row, the number row
_UNDER = frozenset({"sender", "cable-number"})
# what a caption's line was read as, by its distance over that row: its first line, ending
# in a phrase after `FOR`, may have been read as an `X FOR Y` handling line (`REQUEST FOR
# CANCELLATION OF PROJECTED`)
_ROWS = {1: frozenset({"other"}), 2: frozenset({"other", "info"})}
# (cables55) a cable's information addressees over its number line (a State telegram's
# printed form has a `Control:` row too: `INFO CINCPAC` / `HICOMRY`), no caption
_INFO = re.compile(r"^INFO\s")


def is_caption(text: str) -> bool:
    """A caption's line: three words of three letters or more, four in five of them in
    capitals (or cover names), at most 20 words, no sentence's stop."""
    words = _WORDS.findall(text)
    # (intel69) a cover name with the NSA's digraphs counts as capitals (`"SONYa" CONTACTS
    # WITH "KhOLMS"`)
    capitals = sum(word.isupper() or is_cover_word(word) for word in words)
    return (len(words) >= 3 and capitals >= 0.8 * len(words)
            and len(text.split()) <= MAX_WORDS and not _SENTENCE_STOP.search(text))


def release_title(heading: list[RegistryLine]) -> str:
    """The caption of a heading with a release's control row (`USSR Ref. No:`): its one or
    two lines in capitals (kept as printed, joined by a space) over a `From:` or number row;
    else ''."""
    if not any(line.subtype == "control" for line in heading):
        return ""
    texts = [" ".join(text_of(line.content).split()) for line in heading]
    for i, line in enumerate(heading):
        if line.subtype not in _UNDER:
            continue
        rows = [k for k in (i - 2, i - 1) if k >= 0 and heading[k].subtype in _ROWS[i - k]
                and _capitals(texts[k])]
        rows = rows[-1:] if rows and rows[-1] != i - 1 else rows
        if rows and rows[-1] == i - 1 and not _INFO.match(texts[rows[0]]) \
                and is_caption(" ".join(texts[k] for k in rows)):
            return " ".join(texts[k] for k in rows)
    return ""


def _capitals(text: str) -> bool:
    """A line in capitals (four in five of its letters), a name's small letters allowed
    (`DuBOIS`)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
