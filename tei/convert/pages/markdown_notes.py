"""A Markdown file's own syntax that the line reader does not know (formats67): footnotes
(`[^1]` or `[^name]` anchors in the text, their `[^1]: ...` definitions at the foot) and an
edition's heading line setting its number in bold before a separator and the dateline
(`**Telegram 412** | LONDON, 1 November 1956, 6.15 p.m.`), and a heading's document number
with its stop (`## 87. Sir Clifton Webb (London) to Mr Holland`; not a FRUS heading's form
`From` its sender: repost79).

Footnotes become the numbered notes every page reader knows (`[1]` anchors, `[1] ...` lines
under the text): numeric labels keep their numbers, named ones are numbered in the order
of their definitions. The heading line's separator goes, its parts read as one line; the
heading's number loses its stop, as the documents volumes set it (`87 Sir Clifton Webb
...`, table `page-title`).
"""

from __future__ import annotations

import re

_DEFINITION = re.compile(r"^[ \t]{0,3}\[\^(?P<label>[^\]\s]{1,40})\]:[ \t]*", re.MULTILINE)
_ANCHOR = re.compile(r"\[\^(?P<label>[^\]\s]{1,40})\]")
# a bold number or form before a bar, middle dot or dash, the dateline after it
_BOLD_HEADING = re.compile(r"^(?P<bold>\*\*[^*\n]{1,80}\*\*)[ \t]*+[|·•—–][ \t]*+(?=\S)",
                           re.MULTILINE)
# (repost79) not a FRUS heading's (`## 198. Airgram From the Embassy in India to ...`, `## 12.
# Memorandum of Conversation`): its number keeps its stop, as the FRUS pages read it
_NUMBERED_HEADING = re.compile(r"^(?P<mark>#{1,3}[ \t]++\d{1,4})\.(?=[ \t]++[A-Z])"
                               r"(?![ \t]++[A-Z][a-z]++[ \t]++(?:From|from|of|for|by)[ \t])",
                               re.MULTILINE)


def markdown_notes(text: str) -> str:
    """`text` with Markdown footnotes as numbered notes and a bold heading line run on."""
    if "**" in text:
        text = _BOLD_HEADING.sub(r"\g<bold> ", text)
    if "#" in text:
        text = _NUMBERED_HEADING.sub(r"\g<mark>", text)
    if "[^" not in text:
        return text
    labels = list(dict.fromkeys(found.group("label") for found in _DEFINITION.finditer(text)))
    if not labels:
        return text
    numbers = {label: label if all(n.isdigit() for n in labels) else str(i)
               for i, label in enumerate(labels, 1)}
    text = _DEFINITION.sub(lambda found: f"[{numbers[found.group('label')]}] ", text)
    return _ANCHOR.sub(lambda found: f"[{numbers[found.group('label')]}]"
                       if found.group("label") in numbers else found.group(), text)
