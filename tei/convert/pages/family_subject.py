"""(wcdl90) The archive's summary under a record whose title names an East Asian person in
full opens with that person's family name alone, as English summaries call Korean, Chinese
and Vietnamese leaders (`Kim expresses concern about ...` under `Excerpt from a
Conversation with ... Kim Yong-nam, Moscow`; `Zhou reports ...` under `Telegram, Zhou
Enlai to Mao Zedong ...`): the family name, as the line's first word and its subject, then
its verb in lower case; no `I` or `we` in the line."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.eastasian import east_asian_spans
from tei.convert.read import Line
from tei.convert.zones import Segments

_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y)\b")


def family_subject(line: Line, seg: Segments, ctx: Context) -> bool:
    """Whether `line` opens with the family name of an East Asian name of the page's title,
    then a word in lower case (its verb)."""
    words = line.text.split(maxsplit=2)
    if seg.page_title is None or len(words) < 3 or not words[1][:1].islower() \
            or _FIRST_PERSON.search(line.text):
        return False
    title = seg.page_title.text
    return words[0] in {title[a:b].split()[0] for a, b in east_asian_spans(title, ctx.res.patterns)}
