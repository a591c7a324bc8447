"""Layout of the plain-text edition: the blocks the text stylesheet yields (as JSON, see
xslt/text/wrap.xsl) become lines wrapped at 72 columns, words never broken.

Wrapping in the stylesheet cost about a fifth of the text transform (SaxonC's string
functions); here it costs a few hundredths of a millisecond a document. The rules are the
stylesheet's: XPath's `normalize-space` and lengths in code points.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence

WIDTH = 72  # columns of a line
MIN_WIDTH = 20  # narrowest text beside a line's prefix
_XML_SPACE = " \t\n\r"
_XML_SPACES = re.compile(r"[ \t\n\r]+")

Block = Sequence[str | bool]  # text (line breaks as newlines), first, rest, tight


def layout(blocks_json: str) -> str:
    """The text edition from the stylesheet's blocks `[text, first, rest, tight]`: the
    blocks with text, each after a blank line (a line break only if tight), their lines
    wrapped and prefixed (`first` the first line, `rest` the others); a newline at the
    end."""
    kept = [block for block in json.loads(blocks_json) if str(block[0]).strip(_XML_SPACE)]
    parts = []
    for number, block in enumerate(kept):
        if number:
            parts.append("\n" if block[3] else "\n\n")
        parts.append("\n".join(block_lines(block)))
    return "".join(parts) + "\n"


def block_lines(block: Block) -> list[str]:
    """One block as lines: its own line breaks kept, each line wrapped, prefixes added."""
    text, first, rest = str(block[0]), str(block[1]), str(block[2])
    width = max(WIDTH - len(rest), MIN_WIDTH)
    lines = [line for part in text.split("\n") for line in wrap_lines(part, width)]
    return [(rest if number else first) + line for number, line in enumerate(lines)]


def normalize_space(text: str) -> str:
    """XPath's `normalize-space`: runs of XML white space as one space, none at the ends."""
    if "\n" in text or "\t" in text or "\r" in text or "  " in text:
        text = _XML_SPACES.sub(" ", text)
    return text.strip(" ")


def wrap_lines(text: str, width: int) -> Iterator[str]:
    """Lines of at most `width` characters (a longer word stands alone on its line): each
    the longest run of whole words that fits, ending at the last space among the first
    `width` + 1 characters from its start (else, after a longer word, at the next space)."""
    words = normalize_space(text)
    start = 0
    while start < len(words):
        window = words[start:start + width + 1]
        if len(window) <= width:
            line = window
        else:
            space = window.rfind(" ")
            line = window[:space] if space >= 0 else words[start:].split(" ", 1)[0]
        yield line
        start += len(line) + 1
