"""New register entries written into the register files (`persons.xml`, `places.xml`,
`orgs.xml`), each file rewritten atomically. The entries go at the end of the file's list;
the rest of the file keeps its bytes."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from tei.importing.tree import make
from tei.register_suggest import FILES, LABELS
from tei.xmlio import TEI_NS, parse_bytes, read_bytes, serialize, write_file

_INDENT = "      "
_NAMESPACE = re.compile(rf' xmlns="{re.escape(TEI_NS)}"')


def entry_xml(entry: etree._Element, indent: str = _INDENT) -> str:
    """An entry as it stands in a register file: indented, without a namespace declaration."""
    entry = copy.deepcopy(entry)
    entry.tail = None
    etree.indent(entry, space="  ")
    text = etree.tostring(entry, encoding="unicode")
    return indent + _NAMESPACE.sub("", text, count=1).replace("\n", "\n" + indent)


def _new_file(kind: str) -> bytes:
    """An empty register file for entries of `kind`."""
    title = make("title", [f"Register of {LABELS[kind]}"])
    root = make("TEI", [make("teiHeader", [make("fileDesc", [
        make("titleStmt", [title]),
        make("publicationStmt", [make("p", ["Authority register (corpus/register)."])]),
        make("sourceDesc", [make("p", ["Entries brought in by tei import."])])])]),
        make("standOff", [make(f"list{kind.capitalize()}")])])
    etree.indent(root, space="  ")
    return serialize(root)


def append_entries(folder: Path, kind: str, entries: Iterable[etree._Element]) -> Path | None:
    """Add `entries` (of `kind`) at the end of the register file's list; return the file
    written, or None when there was nothing to add."""
    entries = list(entries)
    if not entries:
        return None
    path = folder / FILES[kind]
    data = read_bytes(path) if path.is_file() else _new_file(kind)
    closing = f"</list{kind.capitalize()}>".encode()
    empty = f"<list{kind.capitalize()}/>".encode()
    block = "".join(entry_xml(entry) + "\n" for entry in entries).encode()
    if closing in data:
        cut = data.rindex(closing)
        line = data.rfind(b"\n", 0, cut) + 1
        at = line if not data[line:cut].strip() else cut
        data = data[:at] + (b"" if at == line else b"\n") + block + data[at:]
    elif empty in data:
        opening = f"<list{kind.capitalize()}>\n".encode()
        data = data.replace(empty, opening + block + b"    " + closing, 1)
    else:
        data = _appended(data, path, kind, entries)
    write_file(path, data)
    return path


def _appended(data: bytes, path: Path, kind: str, entries: list[etree._Element]) -> bytes:
    """A register file without the list yet: the list added to its standOff (or a new one)."""
    root = parse_bytes(data, str(path)).getroot()
    standoff = root.find(f"{{{TEI_NS}}}standOff")
    if standoff is None:
        standoff = make("standOff")
        root.append(standoff)
    listed = make(f"list{kind.capitalize()}", [copy.deepcopy(e) for e in entries])
    standoff.append(listed)
    etree.indent(listed, space="  ", level=2)
    return serialize(root)
