"""Authority identifiers (GND, VIAF, Wikidata, GeoNames, LC, PMB) in other editions' TEI:
read from URIs in `@ref` and from `idno` elements, as `(file, identifier)` pairs that the
register stores as `<idno type="file">identifier</idno>` (table: `authorities.toml`)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lxml import etree

from tei.xmlio import TEI_NS

_TABLE = Path(__file__).with_name("authorities.toml")

Authority = tuple[str, str]


@dataclass(frozen=True, slots=True)
class AuthorityFile:
    """One authority file: its idno type, URI and bare-id shapes and the kinds it names."""

    name: str
    uri: re.Pattern[str]
    bare: re.Pattern[str]
    kinds: frozenset[str]


@cache
def authority_files() -> tuple[AuthorityFile, ...]:
    """The authority files of the table, in its order."""
    table = tomllib.loads(_TABLE.read_text(encoding="utf-8"))
    return tuple(AuthorityFile(name, re.compile(row["uri"]), re.compile(row["bare"]),
                               frozenset(row["kinds"])) for name, row in table.items())


def from_uri(uri: str, kind: str) -> Authority | None:
    """The identifier a URI of a known authority file names, for an entry of `kind`."""
    uri = uri.strip()
    for file in authority_files():
        match = file.uri.match(uri)
        if match and kind in file.kinds:
            return file.name, match.group(1)
    return None


def from_idno(idno: etree._Element, kind: str) -> Authority | None:
    """The identifier an `idno` gives: a known URI, or a bare id whose @type or @subtype
    names the authority file (`<idno type="VIAF">88717722</idno>`)."""
    text = " ".join((idno.text or "").split())
    found = from_uri(text, kind)
    if found:
        return found
    named = {(idno.get("type") or "").lower(), (idno.get("subtype") or "").lower()}
    for file in authority_files():
        if file.name in named and kind in file.kinds and file.bare.match(text):
            return file.name, text
    return None


def identifiers(entry: etree._Element, kind: str) -> tuple[Authority, ...]:
    """The authority ids of an entry (`person`, `place`, `org`): its own `idno` children,
    without repeats, in document order."""
    found = (from_idno(idno, kind) for idno in entry.iterchildren(f"{{{TEI_NS}}}idno"))
    return tuple(dict.fromkeys(a for a in found if a))
