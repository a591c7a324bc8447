"""(frus91) Note numbers a web copy sets alone on their line over the note's text.

A page that copies a FRUS document with its notes as links (chronik-der-mauer.de's Berlin
documents, blogs) gives each note at the foot as its bracketed number on one line and its text
on the next (`[1]` / `Source: Kennedy Library, ...`), and the call of the first note glued
before the dateline it belongs to (`[1]Washington, August 12, 1961, 6:26 p.m.`). The note
readers read a note as its number and its text on one line (`[1] Source: ...`) and a dateline
from the place's name on: so the number alone is joined to the line under it, and a call glued
before a dated line is moved to the end of the line above it, where the page's own heading
carries it; and the page's subtitle, its date's year glued to the heading (`..., 12. August
1961Telegram from the Department of State ...`), parted from it. Only numbers that are called
earlier in the text are joined (a number alone with no call is a list's or a page's, left
alone); only markup moves, never a word.
"""

from __future__ import annotations

import re

# a year glued to the document's heading that follows it on the page (chronik-der-mauer.de's
# subtitle `..., Washington, 12. August 1961` run on into `Telegram from the Department ...`)
_GLUED_HEADING = re.compile(r"(?<=\b1[6-9]\d\d)(?=(?:Telegram|Memorandum|Letter|Message|Despatch"
                            r"|Dispatch|Instruction|Circular|Backchannel|Minutes|Airgram)"
                            r"\s(?:[Ff]rom|[Oo]f|[Bb]y|[Tt]o|[Ff]or)\s)")
# `[12]` alone on its line (spaces around it allowed), the note's text on the next line
_LONE = re.compile(r"(?m)^[ \t]*+\[(\d{1,3})\][ \t]*+\n(?=[ \t]*+[^\s\[])")
# a call glued before a dated line's place (`[1]Washington, August 12, 1961`)
_GLUED_CALL = re.compile(r"(?m)(?<=\S)\n\[(\d{1,3})\]"
                         r"(?=[A-Z][A-Za-z .'’-]{2,40}, [^\n]{0,40}\b1[6-9]\d\d\b)")
_CALL = re.compile(r"\[(\d{1,3})\]")  # a note's call in the text (`[1]`)


def join_lone_numbers(text: str) -> str:
    """`text` with each note number alone on its line joined to its note's first line, a call
    glued before a dated line moved to the end of the line above it, and a heading glued to a
    year put on its own line."""
    text = _GLUED_HEADING.sub("\n", text)
    if "]\n" not in text and "\n[" not in text:
        return text
    text = _GLUED_CALL.sub(lambda m: f"[{m.group(1)}]\n", text)
    lone = list(_LONE.finditer(text))
    if not lone:
        return text
    first = lone[0].start()
    called = set(_CALL.findall(text, 0, first))
    if not called:
        return text
    return _LONE.sub(lambda m: f"[{m.group(1)}] " if m.group(1) in called else m.group(), text)
