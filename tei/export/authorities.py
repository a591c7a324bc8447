"""Persons, places and organisations behind the names of a document, and the authority URIs
correspSearch understands (`cmif-authorities.toml`): from the register or the document's own
lists (standOff, particDesc, back), whichever has the identifier."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

from lxml import etree

from tei.xmlio import TEI_NS, XML_NS, parse_file

ENTRY_KINDS = {"person": "persons", "place": "places", "org": "orgs"}
LINKED_TYPES = ("url", "uri")
_TABLE = Path(__file__).with_name("cmif-authorities.toml")

Index = Mapping[str, etree._Element]


@cache
def authorities() -> Mapping[str, Mapping[str, str]]:
    """Authority URI prefixes per kind of entry and idno type, in order of preference."""
    return tomllib.loads(_TABLE.read_text(encoding="utf-8"))


def entry_index(root: etree._Element) -> dict[str, etree._Element]:
    """Persons, places and orgs with an xml:id anywhere under `root`, by id."""
    tags = [f"{{{TEI_NS}}}{name}" for name in ENTRY_KINDS]
    return {entry.get(f"{{{XML_NS}}}id", ""): entry for entry in root.iter(*tags)
            if entry.get(f"{{{XML_NS}}}id")}


def load_entries(folder: Path) -> dict[str, etree._Element]:
    """The register's entries by xml:id (every `*.xml` in `folder`)."""
    entries: dict[str, etree._Element] = {}
    for path in sorted(folder.glob("*.xml")):
        entries.update(entry_index(parse_file(path).getroot()))
    return entries


def _identifiers(entry: etree._Element) -> dict[str, str]:
    """The entry's identifiers by authority (lower case); `idno type="URL" subtype="gnd"`
    counts as gnd."""
    found: dict[str, str] = {}
    for idno in entry.iterfind(f"{{{TEI_NS}}}idno"):
        kind = (idno.get("type") or "").lower()
        if kind in LINKED_TYPES:
            kind = (idno.get("subtype") or "").lower()
        found.setdefault(kind, " ".join((idno.text or "").split()))
    return found


def authority_uri(entry: etree._Element | None, kind: str) -> str | None:
    """The URI of the first authority file of `kind` the entry has an identifier in (an
    identifier that already is a URI is kept as it is)."""
    if entry is None:
        return None
    ids = _identifiers(entry)
    for idno_type, prefix in authorities()[kind].items():
        if value := ids.get(idno_type):
            return value if value.startswith(("http://", "https://")) else prefix + value
    return None


def known_uri(ref: str, kind: str) -> str | None:
    """`ref` when it already is a URI of an authority file of `kind`."""
    prefixes = tuple(authorities()[kind].values())
    return ref if ref.startswith(prefixes) else None


def entries_for(ref: str, indexes: Sequence[Index]) -> list[etree._Element]:
    """The entries the first `#id` of a @ref names, one per index that has it."""
    first = next(iter(ref.split()), "")
    if not first.startswith("#"):
        return []
    return [index[first[1:]] for index in indexes if first[1:] in index]


def entry_label(entry: etree._Element) -> str:
    """The entry's regularised name (else its first name), on one line."""
    names = [child for child in entry.iterchildren(etree.Element)
             if etree.QName(child).localname.endswith("Name")]
    chosen = next((n for n in names if n.get("type") == "reg"), names[0] if names else None)
    return " ".join("".join(chosen.itertext()).split()) if chosen is not None else ""
