"""(formats68) A catalogue's XML record of one document as a repository hands it out rather
than its page: Dublin Core (alone or in an OAI-PMH answer), MODS, an EAD finding aid's
component. The record's elements are its fields (`dc:title`, `titleInfo/title`,
`dateCreated`, `shelfLocator`, `unitid`, `accessCondition`, ...) and one of them holds the
transcription (`dc:description`, `note type="transcription"`, an EAD `p` or `daodesc`),
so the record is read as `pages/data_records.py` reads a JSON record: as (key, text) pairs,
a field's key its element's name (a `type`'s value before it when the table names that:
`identifier type="local"`).

The record is read as text by one pattern over its elements, never parsed: no DTD, entity
or address in it is resolved (the five XML entities and character references are read).
Inline markup inside a field's text (`emph`, `lb`, a name's tags) is taken off first, a
line break kept as one.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

_HEAD = 3_000
# a record's schema, named by its namespace or root element at the head
_SCHEMA = re.compile(r"purl\.org/dc/elements/|www\.loc\.gov/mods/|urn:isbn:1-931666-22-9"
                     r"|ead3\.archivists\.org|www\.loc\.gov/ead|<(?:[\w-]{1,20}:)?(?:mods|ead"
                     r"|OAI-PMH|oai_dc:dc|srw_dc:dc)[\s>]")
_OPENING = re.compile(r"\A\ufeff?\s*+(?:<\?xml[^>]{0,200}\?>\s*+)?(?:<!--.{0,1000}?-->\s*+)*<"
                      r"(?![!?])", re.DOTALL)
_INLINE = re.compile(r"</?(?:[\w-]{1,20}:)?(?:emph|persname|corpname|geogname|famname|extref"
                     r"|ref|hi|abbr|expan|span|i|b|em|strong)(?:\s[^<>]{0,300})?/?>",
                     re.IGNORECASE)
_BREAK = re.compile(r"<(?:[\w-]{1,20}:)?(?:lb|br)(?:\s[^<>]{0,100})?/>", re.IGNORECASE)
_LEAF = re.compile(r"<(?:[\w-]{1,20}:)?(?P<name>[A-Za-z][\w.-]{0,40})(?P<attrs>\s[^<>]{0,500})?>"
                   r"(?P<text>[^<]*+)</(?:[\w-]{1,20}:)?(?P=name)\s*>")
_TYPE = re.compile(r"""\b(?:type|localtype|label)\s*=\s*["']([^"'<>]{1,40})["']""")
# a CDATA section (an unclosed one runs to the end)
_CDATA = re.compile(r"<!\[CDATA\[(?P<text>.*?)(?:\]\]>|\Z)", re.DOTALL)
_SKIPPED = frozenset({"responseDate", "request", "datestamp", "setSpec", "roleTerm",
                      "languageTerm", "recordContentSource", "recordCreationDate",
                      "recordChangeDate", "placeTerm"})


def is_xml_record(text: str) -> bool:
    """Whether `text` is a catalogue's XML record: markup opens it and a record schema's
    namespace or root element stands at its head."""
    return bool(_OPENING.match(text[:_HEAD])) and bool(_SCHEMA.search(text[:_HEAD]))


def xml_pairs(text: str, known: Callable[[str], bool]) -> list[tuple[str, str]]:
    """(key, text) pairs of an XML record's fields, nearest its transcription (its longest
    text) first: an EAD item's own title before its series' and collection's (a typed
    element's key is its type and name when that is `known`: `local identifier`); none when
    `text` is no such record."""
    if not is_xml_record(text):
        return []
    text = _CDATA.sub(lambda found: html.escape(found.group("text"), quote=False), text)
    text = _INLINE.sub("", _BREAK.sub("\n", text))
    pairs: list[tuple[str, str]] = []
    for found in _LEAF.finditer(text):
        name, value = found.group("name"), html.unescape(found.group("text")).strip()
        if not value or name in _SKIPPED or value.startswith("oai:"):  # OAI-PMH's own id
            continue
        kind = _TYPE.search(found.group("attrs") or "")
        typed = f"{kind.group(1)} {name}" if kind else name
        pairs.append((typed if known(typed) else name, _lines(value)))
    if not pairs:
        return pairs
    body = max(range(len(pairs)), key=lambda i: len(pairs[i][1]))
    return [*reversed(pairs[:body + 1]), *pairs[body + 1:]]


def _lines(value: str) -> str:
    """A field's text with its lines' indentation taken off (a pretty-printed record)."""
    return "\n".join(line.strip() for line in value.split("\n")).strip("\n")
