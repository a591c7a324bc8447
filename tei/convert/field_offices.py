"""(repost87) A heading's `From:` or `To:` line that ends on a comma after the party's name,
its office on the next line (a blog's copy of a declaration of war: `From: Count Leopold
Berchtold,` / `Austro-Hungarian Minister for Foreign Affairs.`): one line, so the office
stays the field's and the lines under it (`To: ...`, the dateline) stay the heading."""

from __future__ import annotations

import re
from dataclasses import replace

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.roles import is_role

# the label and a short name closed by a comma (`From: Count Leopold Berchtold,`)
_FIELD = re.compile(r"^(?:From|To)\s?:\s++[A-Z][^,:;]{2,60}+,$")
_MAX_OFFICE_WORDS = 12


def join_field_offices(lines: list[Line], ctx: Context) -> list[Line]:
    """The lines with an office line under a `From:`/`To:` line ending on a comma joined to
    it: the office right under it (no blank line), itself no labelled field, short, an
    office by `roles.is_role`."""
    out: list[Line] = []
    for line in lines:
        text = line.text.strip()
        if out and not line.blank_before and _FIELD.match(out[-1].text.strip()) \
                and ":" not in text and len(text.split()) <= _MAX_OFFICE_WORDS \
                and is_role(text, ctx.res.patterns):
            out[-1] = replace(out[-1], text=f"{out[-1].text.rstrip()} {text}")
        else:
            out.append(line)
    return out
