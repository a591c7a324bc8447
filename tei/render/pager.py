"""A page's previous/next navigation without a Saxon call for plain neighbours.

The navigation's markup depends only on which neighbours a page has and whether their dates
are blank; their address, title and date are copied into it. For neighbours whose facts hold
only characters the serialiser writes as they are (letters and digits of any script, space,
a few punctuation marks; ASCII in the address), the navigation is the stylesheet's, rendered
once per shape with marker values, with the facts put in place of the markers; anything else
is rendered by the stylesheet (about 0.2 ms a page; the copy a hundredth of that).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tei.render.context import Link

Render = Callable[[Link | None, Link | None], str]  # the stylesheet's navigation
Shape = tuple[bool | None, bool | None]  # per side: no link (None), else whether dated

_PLAIN_ADDRESS = re.compile(r"[A-Za-z0-9.,:;()_/-]*")  # addresses: no URI escaping either
_PUNCTUATION = frozenset(" ,.:;()_/-'\"\u2019")
_MARKERS = {side: tuple(f"TTPAGER{side.upper()}{part}X" for part in ("HREF", "TITLE", "DATE"))
            for side in ("prev", "next")}
_XML_SPACE = " \t\n\r"


class Pager:
    """The navigation of pages, its markup per shape rendered once by `render`."""

    def __init__(self, render: Render) -> None:
        self._render = render
        self._templates: dict[Shape, str | None] = {}

    def __call__(self, prev: Link | None, next_: Link | None) -> str:
        """The navigation for these neighbours, as `render` gives it."""
        links = (prev, next_)
        if not all(link is None or _plain(link) for link in links):
            return self._render(prev, next_)
        shape = tuple(None if link is None else bool(link.date.strip(_XML_SPACE))
                      for link in links)
        template = self._template(shape)  # type: ignore[arg-type]
        if template is None:
            return self._render(prev, next_)
        for side, link in zip(("prev", "next"), links, strict=True):
            if link is not None:
                for marker, value in zip(_MARKERS[side], (link.href, link.title, link.date),
                                         strict=True):
                    template = template.replace(marker, value)
        return template

    def _template(self, shape: Shape) -> str | None:
        """The navigation of a shape with marker values (None when a marker does not come
        out once, as it is: then every such page is rendered by the stylesheet)."""
        if shape not in self._templates:
            links = [None if dated is None else Link(*_MARKERS[side][:2],
                                                     _MARKERS[side][2] if dated else "")
                     for side, dated in zip(("prev", "next"), shape, strict=True)]
            template = self._render(*links)
            expected = [marker for link, side in zip(links, ("prev", "next"), strict=True)
                        if link is not None for marker in _MARKERS[side][:3 if link.date else 2]]
            found = all(template.count(marker) == 1 for marker in expected)
            self._templates[shape] = template if found else None
        return self._templates[shape]


def _plain(link: Link) -> bool:
    """Whether the link's facts come out of the serialiser as they are (letters and digits
    of any script, a few punctuation marks; the address ASCII) and hold no marker."""
    return bool(_PLAIN_ADDRESS.fullmatch(link.href)) and all(
        "TTPAGER" not in value and all(c.isalnum() or c in _PUNCTUATION for c in value)
        for value in (link.href, link.title, link.date))
