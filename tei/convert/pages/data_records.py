"""An archive's data record of one document rather than its page (formats67): a JSON record
from a catalogue's or collection's API (the National Archives Catalog's `extractedText`,
an Omeka S item's `bibo:content`, JSON-LD values in `{"@value": ...}`) or a CSV/TSV
export whose header names the columns and whose row holds the document's text.

The record is read as the labelled fields of a catalogue page over its text: the fields
whose keys the table `data-record-keys` names (item/@n: the page's label, `Title`, `Date`,
`Local Identifier`, ...; a key is read without its namespace prefix, its words parted at
`_`, `-` and a capital: `localIdentifier` is `local identifier`) become `Label: value`
lines, the first value of a label only; the document's text is the record's longest text of
several lines (its `\n` escapes read as line breaks), under a `Transcription:` line
(`document-start`). The fields the table gives as the message's (`From`, `To`, `No.`, the
grade) head the text as its heading lines. JSON is read by the standard library's parser
(no references resolved); anything else is left as it is.
"""

from __future__ import annotations

import csv
import io
import json
import re

from tei.convert.pages.page_address import is_address, leading_address
from tei.convert.pages.xml_records import xml_pairs
from tei.convert.patterns import Patterns

_TEXT_LINES = 3  # the document's text holds lines of its own
_TEXT_CHARS = 100
_KEY_PARTS = re.compile(r"(?<=[a-z])(?=[A-Z])|[_\-\s]+")
# the fields set at the head of the message rather than over it (the label's own wording)
_MESSAGE_FIELDS = ("grade", "From", "To", "Origin", "No.")
# (formats68) an address alone is the record's page, whichever of these keys holds it
_ADDRESS_FIELDS = ("URL", "Reference", "Local Identifier")
# a transcription field that names itself before the text (`Transcription: AMERICAN ...`)
_LABELLED = re.compile(r"\A(?:Transcription|Transcript|Full\s++text|Text)\s*+:[ \t]*+\n?",
                       re.IGNORECASE)
_LANGUAGE = re.compile(r"^(?:[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}|none)$")
_HEADER_LINE = re.compile(r"^[A-Za-z_][\w .:-]{0,40}$")

def read_data_record(text: str, patterns: Patterns) -> str | None:
    """The record `text` as a catalogue page's fields over the document's text, or None
    when it is no JSON record or CSV/TSV row holding a document; the page's address a copy
    sets over the file stays over the record."""
    address = leading_address(text)
    if address:
        record = read_data_record(text[address.end():], patterns)
        return f"{address.group('url')}\n\n{record}" if record else None
    keys = patterns.words("data-record-keys")
    start = text.lstrip()[:1]
    pairs = _json_pairs(text) if start in "{[" else xml_pairs(text, lambda key: _key(key) in keys) \
        if start == "<" else _table_pairs(text)
    if not pairs:
        return None
    body = max((value for _, value in pairs), key=len)
    if body.count("\n") + 1 < _TEXT_LINES or len(body) < _TEXT_CHARS:
        return None
    fields: dict[str, str] = {}
    for key, value in pairs:
        label = keys.get(_key(key))
        if label in _ADDRESS_FIELDS and is_address(value):
            fields.setdefault("URL", value.strip())
        elif label and value is not body and " ".join(value.split()):
            fields.setdefault(label, " ".join(value.split()))
    page = [f"{label}: {value}" for label, value in fields.items()
            if label not in (*_MESSAGE_FIELDS, "URL")]
    heading = [_heading(label, fields[label]) for label in _MESSAGE_FIELDS if label in fields]
    address = [fields["URL"], ""] if "URL" in fields else []
    return "\n".join([*address, *page, "", "Transcription:", *heading,
                      _LABELLED.sub("", body.strip("\n"))]) + "\n"


def _heading(label: str, value: str) -> str:
    """A message field as the heading line of a telegram form."""
    return value if label == "grade" else f"{label} {value}" if label == "No." \
        else f"{label}: {value}"


def _key(key: str) -> str:
    """A record's key as the table names it: no namespace prefix, words parted, case-folded."""
    name = key.rsplit(":", 1)[-1]
    return " ".join(part for part in _KEY_PARTS.split(name) if part).casefold()


def _json_pairs(text: str) -> list[tuple[str, str]]:
    """(key, text) pairs of a JSON record, in order (JSON-LD `@value`s under their key)."""
    try:
        data = json.loads(text)
    except ValueError:
        return []
    pairs: list[tuple[str, str]] = []
    _walk(data, "", pairs)
    return pairs


def _walk(data: object, key: str, pairs: list[tuple[str, str]]) -> None:
    """(formats68) A IIIF manifest's values are language maps (`{"en": [...]}`: the outer
    key's), its metadata `{"label": ..., "value": ...}` entries (the label's words the key)
    and a link's `id` its outer key's (`homepage`); a node's `type` beside its `id` is its
    class (`Manifest`), no field."""
    if isinstance(data, dict):
        if "@value" in data:
            _walk(data["@value"], key, pairs)
            return
        if data and all(_LANGUAGE.match(str(name)) for name in data):
            _walk(list(data.values()), key, pairs)
            return
        if set(data) == {"label", "value"}:
            pairs.append((" ".join(_strings(data["label"])), "\n".join(_strings(data["value"]))))
            return
        for name, value in data.items():
            if not str(name).startswith("@") and not (name == "type" and "id" in data):
                _walk(value, key if name == "id" and key else str(name), pairs)
    elif isinstance(data, list):
        for value in data:
            _walk(value, key, pairs)
    elif isinstance(data, str):
        pairs.append((key, data))
    elif isinstance(data, int) and not isinstance(data, bool):  # `"msg_number": 1257`
        pairs.append((key, str(data)))


def _strings(data: object) -> list[str]:
    """The texts of a language map or a list of them, in order."""
    pairs: list[tuple[str, str]] = []
    _walk(data, "", pairs)
    return [value for _, value in pairs]


def _table_pairs(text: str) -> list[tuple[str, str]]:
    """(column, text) pairs of a CSV or TSV export's first row under its header."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    delimiter = "\t" if first.count("\t") >= 2 else "," if first.count(",") >= 2 else ""
    if not delimiter:
        return []
    try:
        rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter))
    except csv.Error:
        return []
    if len(rows) < 2 or not all(_HEADER_LINE.match(name.strip()) for name in rows[0]):
        return []
    return [(name.strip(), value) for name, value in zip(rows[0], rows[1], strict=False)]
