"""(repost83) The editors' or a poster's prose over a reposted document crediting its
translation in a sentence, unlabelled (a CWIHP Bulletin's introduction: `They were obtained
by the author and translated by Stephen Carter.1`; its copy on the Internet Archive, the line
cut by the page's width: `translation below is by Vladislav Zubok.`): the translator, when no
field or source line named one. The name is capitalised words (initials first perhaps) closing
the sentence, a note call after its stop allowed."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Header

_CREDIT = re.compile(r"\b(?:translated\s++by|translation\s++(?:below\s++|here\s++)?is\s++by)\s++"
                     r"(?P<translator>(?:[A-Z]\.\s?){0,2}+[A-Z][\w'’-]++(?:\s[A-Z][\w'’-]++){0,3}+)"
                     r"\.\d{0,2}$")


def prose_translator(header: Header, text: str, ctx: Context) -> None:
    """The translator a sentence of the page's prose credits, if none was named."""
    found = _CREDIT.search(text.strip())
    if found and not header.translator:
        header.translator = found.group("translator")
