"""An archive item exported as XML rather than shown as a page (Omeka's `?output=omeka-xml`
export, which university digital collections offer for every item).

The export wraps the document in the item's markup: an XML declaration, `<item ...>` with
the item's address (`uri="..."`), `<fileContainer>`, `<file>` with its `<src>` and
`<authentication>` hash, and an element set whose `<elementText>` holds the document's text
(the OCR of a scan, XML-escaped) in a `<text>` element. The markup is furniture: its lines
become blank lines (the line numbers of the document stay those of the source), the text
of the document's elements is kept, unescaped, and the item's address is the page's source
URL. The schema that marks an export and the elements that carry text are the table
`xml-export` (`schema`, `text`).
"""

from __future__ import annotations

import html
import re

from tei.convert.context import Context
from tei.convert.zones import Segments

_HEAD = 3_000  # the declaration and the root element open the export
_DECLARATION = re.compile(r"\A\ufeff?\s{0,20}<\?xml[^>\n]{0,200}\?>")
_URI = re.compile(r'\buri="(?P<uri>https?://[^"\s]{1,300})"')
_TAG = re.compile(r"</?[A-Za-z][\w:.-]{0,40}(?:\s[^<>]{0,1000})?/?>")


def _element(names: set[str], closing: bool) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(names))
    slash = "/" if closing else ""
    return re.compile(rf"<{slash}(?:{alternatives})(?:\s[^<>]{{0,300}})?>", re.IGNORECASE)


def is_export(text: str, ctx: Context) -> bool:
    """Whether `text` is an item's XML export by a schema of the table."""
    head = text[:_HEAD]
    if not _DECLARATION.match(head):
        return False
    schemas = [k for k, v in ctx.res.patterns.words("xml-export").items() if v == "schema"]
    return any(schema in head.casefold() for schema in schemas)


def split_xml_export(text: str, seg: Segments, ctx: Context) -> str:
    """The text of the document's elements, the export's markup as blank lines."""
    if not is_export(text, ctx):
        return text
    names = {k for k, v in ctx.res.patterns.words("xml-export").items() if v == "text"}
    opening, closing = _element(names, False), _element(names, True)
    seg.layouts.append("xml-export")
    uri = _URI.search(text[:_HEAD])
    if uri:
        seg.facts.setdefault("source-url", uri.group("uri"))
    kept: list[str] = []
    inside = False
    for line in text.split("\n"):
        kept.append(_line(line, inside, opening, closing))
        inside = _inside_after(line, inside, opening, closing)
    return "\n".join(kept)


def _line(line: str, inside: bool, opening: re.Pattern[str], closing: re.Pattern[str]) -> str:
    """What a line keeps: the document's text on it, unescaped, without the markup."""
    start = 0
    if not inside:
        found = opening.search(line)
        if not found:
            return ""
        start = found.end()
    end = closing.search(line, start)
    part = line[start:end.start() if end else len(line)]
    return html.unescape(_TAG.sub(" ", part) if "<" in part else part).rstrip()


def _inside_after(line: str, inside: bool, opening: re.Pattern[str],
                  closing: re.Pattern[str]) -> bool:
    """Whether the document's text goes on after this line."""
    position = 0
    while True:
        mark = (closing if inside else opening).search(line, position)
        if not mark:
            return inside
        inside, position = not inside, mark.end()
