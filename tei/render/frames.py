"""A page's frame (head, banner with the edition's navigation, footer) made once per kind of
page rather than on every page.

With the parameter `frame` false, the document and index stylesheets write a page's title,
section and scripts (packed with their lengths, unescaped) followed by its content alone; the
frame of pages of that section, with those scripts, in that context, is rendered once with
marker values (`tt:frame-of` in xslt/html/frame.xsl) and the page's title and content are
put in place of the markers. A title holding a character the serialiser would escape, or a
frame whose markers do not come out once each, leaves the page to the stylesheet whole.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

TITLE = "TTFRAMETITLEX"  # markers of a frame's title and content
BODY = "TTFRAMEBODYX"
Render = Callable[[str, str, tuple[str, ...]], str]  # (context, section, scripts) -> frame
Key = tuple[str, str, tuple[str, ...]]
_KEPT = 16  # frames kept: pages of a few sections in one or two contexts


def unpack(result: str) -> tuple[list[str], str]:
    """The strings a stylesheet packed ahead of its result (`tt:packed`: their count, their
    lengths in characters, then the strings) and the rest of the result."""
    count, _, rest = result.partition(" ")
    *lengths, rest = rest.split(" ", int(count))
    strings = []
    for length in map(int, lengths):
        strings.append(rest[:length])
        rest = rest[length:]
    return strings, rest


class Frames:
    """The frames of one stylesheet's pages, each rendered by `render` when first needed."""

    def __init__(self, render: Render) -> None:
        self._render = render
        self._frames: dict[Key, tuple[str, str, str] | None] = {}

    def page(self, context: str, bare: str) -> str | None:
        """The whole page of a result written without its frame, in `context`; None when
        the stylesheet must write it whole."""
        (title, section, *scripts), content = unpack(bare)
        frame = self._frame((context, section, tuple(scripts)))
        if frame is None or not _plain(title):
            return None
        return frame[0] + title + frame[1] + content + frame[2]

    def _frame(self, key: Key) -> tuple[str, str, str] | None:
        """The frame before its title, between title and content and after the content."""
        if key not in self._frames:
            if len(self._frames) == _KEPT:
                del self._frames[next(iter(self._frames))]  # the oldest
            frame = self._render(*key)
            if frame.count(TITLE) == 1 and frame.count(BODY) == 1 and frame.index(
                    TITLE) < frame.index(BODY):
                before, _, rest = frame.partition(TITLE)
                self._frames[key] = (before, *rest.split(BODY))  # type: ignore[assignment]
            else:
                self._frames[key] = None
        return self._frames[key]


def _plain(title: str) -> bool:
    """Whether the serialiser writes the title as it is: letters, marks, digits,
    punctuation and symbols (not `&`, `<`, `>`) and the space; no marker."""
    return TITLE not in title and BODY not in title and all(
        char == " " or (unicodedata.category(char)[0] in "LMNPS" and char not in "&<>")
        for char in title)
