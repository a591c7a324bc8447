"""A decrypt release's title: the caption in capitals that the NSA's Venona translations set
in their heading, right over the `From:` line or the message's number line (`REPORT ON JOSIAH
ELLIS DuBOIS OF "NABOB'S" ESTABLISHMENT, ... (1945)`; `REQUEST FOR CANCELLATION OF PROJECTED` /
`TRIP TO "SMYRNA" BY "ARSENIJ"`), one line or two. The caption is the document's title."""

from __future__ import annotations

import re

from tei.convert.model import RegistryLine, text_of

_WORDS = re.compile(r"[^\W\d_]{3,}")
_SENTENCE_STOP = re.compile(r"[.!?:](?:\s|$)")
MAX_WORDS = 20
# the heading rows a caption stands over: the sender's `From:` row, the number row
_UNDER = frozenset({"sender", "cable-number"})


def is_caption(text: str) -> bool:
    """A caption's line: three words of three letters or more, four in five of them in
    capitals, at most 20 words, no sentence's stop."""
    words = _WORDS.findall(text)
    return (len(words) >= 3 and sum(word.isupper() for word in words) >= 0.8 * len(words)
            and len(text.split()) <= MAX_WORDS and not _SENTENCE_STOP.search(text))


def release_title(heading: list[RegistryLine]) -> str:
    """The caption of a heading with a release's control row (`USSR Ref. No:`): its one or
    two lines (kept as printed, joined by a space) over a `From:` or number row; else ''."""
    if not any(line.subtype == "control" for line in heading):
        return ""
    texts = [" ".join(text_of(line.content).split()) for line in heading]
    for i, line in enumerate(heading[1:], 1):
        if line.subtype not in _UNDER or not is_caption(texts[i - 1]):
            continue
        first = i - 2 if i >= 2 and _caption_row(heading[i - 2], texts[i - 2]) else i - 1
        if _caption_row(heading[i - 1], texts[i - 1]):
            return " ".join(texts[first:i])
    return ""


def _caption_row(line: RegistryLine, text: str) -> bool:
    """A heading row that no table knows (`other`) and that reads as a caption."""
    return line.subtype == "other" and is_caption(text)
