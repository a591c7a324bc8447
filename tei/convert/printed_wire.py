"""(frus84) A telegram the older FRUS volumes print in a letter's heading: the parties by
their courtesy titles (`Mr. Woodford to Mr. Sherman.`), the dateline, then the text in
telegraphese with no salutation, no courtesy close and no signature. A despatch or an
instruction under the same heading opens with its `Sir:`; a note in the third person is
told by its own opening. `doc_types.document_type` reads such a heading as it reads no
title at all: an unsaluted text under a dateline alone, a telegram where the title names
both parties."""

from __future__ import annotations

import re

from tei.convert.model import Message
from tei.convert.print_wraps import COURTESY_TITLES
from tei.convert.zones import Segments

_TITLES = COURTESY_TITLES
_NAME = r"[A-Z][\w'’-]*+"
_COURTESY = re.compile(rf"^{_TITLES}\.?\s(?:[A-Z]\.\s)*+{_NAME}(?:\s{_NAME}){{0,2}}\sto\s"
                       rf"{_TITLES}\.?\s(?:[A-Z]\.\s)*+{_NAME}(?:\s{_NAME}){{0,2}}\.?$")


def unheaded(seg: Segments, message: Message, title: str) -> bool:
    """Whether the text stands under no title, or (frus84) under a courtesy heading only, and
    under no head of its own."""
    return (seg.page_title is None or bool(_COURTESY.match(title))) and not message.heads
