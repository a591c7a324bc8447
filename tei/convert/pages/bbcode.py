"""(repost81) A forum post copied as its BBCode source (phpBB's, vBulletin's, SMF's editor or
quote-reply box): a quoted document between `[quote]` (or `[quote="USER"]`, `[quote=USER;
1234]`) and `[/quote]`, inline tags around words (`[b]...[/b]`, `[url=...]...[/url]`). Read as
the rendered post's Markdown: a quotation's lines as a block quote (`> `, once per level of
nesting), the inline tags dropped. The line count stays, so that line numbers stay those of
the source. A text without a closed `[quote]` is left as it is.
"""

from __future__ import annotations

import re

_OPEN = re.compile(r"\[quote(?:=[^\]\n]{0,120}+)?\]", re.IGNORECASE)
_CLOSE = re.compile(r"\[/quote\]", re.IGNORECASE)
_INLINE = re.compile(r"\[/?(?:b|i|u|s|center|img|code|url(?:=[^\]\n]{0,300}+)?"
                     r"|size(?:=[^\]\n]{0,20}+)?|color(?:=[^\]\n]{0,30}+)?"
                     r"|spoiler(?:=[^\]\n]{0,60}+)?)\]", re.IGNORECASE)


def unbbcode(text: str) -> str:
    """`text` with its BBCode quotations as block quotes and its inline tags dropped, when it
    holds a `[quote]` closed by `[/quote]`; any other text as it is."""
    if "[/quote]" not in text.casefold() or not _OPEN.search(text):
        return text
    depth, out = 0, []
    for raw in text.split("\n"):
        line = _INLINE.sub("", raw)
        while (found := _OPEN.match(line.lstrip())) is not None:  # opening the line
            depth += 1
            line = line.lstrip()[found.end():]
        level = depth
        depth += len(_OPEN.findall(line))  # opened later in the line: from the next one
        depth = max(0, depth - len(_CLOSE.findall(line)))
        line = _CLOSE.sub("", _OPEN.sub("", line)).rstrip()
        out.append(("> " * level + line.lstrip() if line.strip() else ">" * level)
                   if level else line)
    return "\n".join(out)
