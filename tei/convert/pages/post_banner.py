"""(cables94) A blog's repost of a Cablegate mirror's page, copied from the blog's top: the
blog's name (a short line without a figure), the post's date as Blogger sets it, in the
blog's language (table `blog-post`, row `post-date`: `terça-feira, 1 de fevereiro de 2011`,
`Tuesday, February 1, 2011`), then the mirror's banner (`Viewing cable 08MEXICO1487,
SCENE SETTER ...`, table `page-title`) and the mirror's record. The blog's name and the
post's date are the page's, never the cable's (the post's day is not the cable's date): they
go to the page text, and the banner is the page's head."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_NAME_WORDS = 6  # a blog's name over the post's date


def post_over_banner(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """The index of the mirror's banner under a blog's name and post date (0: none); the
    lines above it go to the page text."""
    match = ctx.res.patterns.match
    for k in (0, 1):
        if k + 1 >= len(lines):
            return 0
        found = match("blog-post", lines[k].text)
        if found is None or found[0] != "post-date":
            continue
        banner = match("page-title", lines[k + 1].text)
        if banner is None or banner[1].groupdict().get("form") != "cable":
            return 0
        if k and (len(lines[0].text.split()) > _NAME_WORDS
                  or any(ch.isdigit() for ch in lines[0].text)):
            return 0
        seg.fields.setdefault("page-text", []).extend(lines[:k + 1])
        return k + 1
    return 0
