"""Names in other editions' TEI linked to our register.

A name's `@ref` points to an entry of the source (`#pmb2121` in its `back` or `particDesc`,
or a bare `pmb50`) or straight to an authority URI. A register entry that shares one of the
entry's authority ids is reused; an entry with ids the register lacks becomes a new register
entry; a name without ids reuses the register entry of that name, else gets a local entry
in the document only (as the converter does), for an editor to add.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml import etree

from tei.convert.register import KINDS, Register
from tei.importing.authority import Authority, from_uri, identifiers
from tei.xmlio import TEI_NS, XML_NS

_ID = f"{{{XML_NS}}}id"
_PARTS = ("forename", "nameLink", "addName", "surname")


@dataclass(frozen=True, slots=True)
class Link:
    """How one name was linked: `authority` (register entry sharing an id), `name` (register
    entry of that name), `added` (new register entry) or `local` (document-only entry)."""

    kind: str
    name: str
    entry: str
    how: str
    authority: str = ""


@dataclass
class Added:
    """A register entry a document brings in, and the authority ids it carries."""

    kind: str
    element: etree._Element
    ids: tuple[Authority, ...] = ()


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _name_text(name: etree._Element) -> str:
    """A name as written, or `forename surname` when the name is split into parts."""
    parts = {part: [_text(p) for p in name.iterchildren(f"{{{TEI_NS}}}{part}")] for part in _PARTS}
    if parts["surname"] and parts["forename"]:
        return " ".join(word for part in _PARTS for word in parts[part] if word)
    return _text(name)


def regular(name: str, kind: str) -> str:
    """`Torresani, Carl von` as `Carl von Torresani` (persons); other names as they are."""
    last, comma, first = name.partition(", ")
    if kind == "person" and comma and first and "," not in first:
        return f"{first} {last}"
    return name


def entry_names(entry: etree._Element, kind: str) -> list[str]:
    """The names an entry of the source gives itself, its preferred one first."""
    tag = f"{{{TEI_NS}}}{KINDS[kind]}"
    names = list(entry.iterchildren(tag))
    names.sort(key=lambda n: n.get("type") not in (None, "reg", "pref", "main"))
    found = [regular(_name_text(n), kind) for n in names]
    return list(dict.fromkeys(name for name in found if name))


def source_entries(root: etree._Element) -> dict[str, tuple[str, etree._Element]]:
    """The persons, places and organisations of a source document by xml:id, with kinds."""
    found: dict[str, tuple[str, etree._Element]] = {}
    for kind in KINDS:
        for entry in root.iter(f"{{{TEI_NS}}}{kind}"):
            if entry.get(_ID):
                found.setdefault(entry.get(_ID), (kind, entry))
    return found


def register_index(register: Register) -> dict[Authority, str]:
    """The register's entries by authority id."""
    index: dict[Authority, str] = {}
    for entry in register.entries.values():
        for authority in identifiers(entry.element, entry.kind):
            index.setdefault(authority, entry.id)
    return index


def new_entry(kind: str, ident: str, names: list[str], ids: Iterable[Authority],
              occupations: Iterable[str], note: str, local: bool = False) -> etree._Element:
    """A register (or local) entry in our shape: reg name, variants, ids, a note."""
    entry = etree.Element(f"{{{TEI_NS}}}{kind}", {_ID: ident}, nsmap={None: TEI_NS})
    for position, name in enumerate(names):
        etree.SubElement(entry, f"{{{TEI_NS}}}{KINDS[kind]}",
                         type="variant" if position else "reg").text = name
    for occupation in occupations if kind == "person" else ():
        etree.SubElement(entry, f"{{{TEI_NS}}}occupation").text = occupation
    for file, value in ids:
        etree.SubElement(entry, f"{{{TEI_NS}}}idno", type=file).text = value
    etree.SubElement(entry, f"{{{TEI_NS}}}note", {"type": "local"} if local else {}).text = note
    return entry


class Linker:
    """The register, what earlier documents of the batch added to it, and lookups by id."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self.index = register_index(register)
        self.added: dict[str, Added] = {}

    def taken(self, ident: str) -> bool:
        """Whether `ident` is an id of the register or of an entry added in this batch."""
        return ident in self.register.entries or ident in self.added

    def element(self, ident: str) -> etree._Element:
        """A copy of the register (or batch) entry `ident`."""
        entry = self.added.get(ident)
        return copy.deepcopy(entry.element if entry else self.register.entries[ident].element)

    def commit(self, added: dict[str, Added]) -> None:
        """Make a document's new entries part of the batch's register."""
        for ident, entry in added.items():
            self.added[ident] = entry
            for authority in entry.ids:
                self.index.setdefault(authority, ident)


@dataclass
class DocumentNames:
    """The names of one document being brought in: links, new and local entries."""

    linker: Linker
    sources: dict[str, tuple[str, etree._Element]]
    provenance: str
    register_all: bool = False
    links: list[Link] = field(default_factory=list)
    added: dict[str, Added] = field(default_factory=dict)
    local: dict[str, etree._Element] = field(default_factory=dict)
    used: dict[str, None] = field(default_factory=dict)  # ids in order of first use
    pending: dict[Authority, str] = field(default_factory=dict)  # ids of `added` entries
    local_names: dict[tuple[str, str], str] = field(default_factory=dict)
    _memo: dict[tuple[str, str], str] = field(default_factory=dict)

    def link(self, kind: str, text: str, ref: str | None) -> str:
        """The id of our entry for a name of `kind` written `text` with `@ref` `ref`."""
        key = (kind, ref or f"text:{text}")
        if key not in self._memo:
            self._memo[key] = self._resolve(kind, text, ref or "")
        ident = self._memo[key]
        self.used.setdefault(ident)
        return ident

    def use(self, ident: str, kind: str, text: str) -> str:
        """Record that `text` names the register entry `ident`; return `ident`."""
        self.links.append(Link(kind, text, ident, "name"))
        self.used.setdefault(ident)
        return ident

    def label(self, ident: str) -> str:
        """The regularised name of an entry this document uses."""
        element = self.entry(ident)
        return _text(element[0])

    def entry(self, ident: str) -> etree._Element:
        """Our entry `ident` as the document's standOff holds it."""
        if ident in self.local:
            return copy.deepcopy(self.local[ident])
        if ident in self.added:
            return copy.deepcopy(self.added[ident].element)
        return self.linker.element(ident)

    def _resolve(self, kind: str, text: str, ref: str) -> str:
        source = self._source(kind, ref)
        names = entry_names(source, kind) if source is not None else []
        label = (names or [regular(text, kind)])[0] or "unnamed"
        text = text or label
        ids = identifiers(source, kind) if source is not None else tuple(
            a for a in (from_uri(token, kind) for token in ref.split()) if a)
        for authority in ids:
            ident = self.linker.index.get(authority) or self.pending.get(authority)
            if ident and self._kind(ident) == kind:
                self.links.append(Link(kind, text, ident, "authority", ":".join(authority)))
                return ident
        if not ids:
            known = self.linker.register.lookup(label) or self.linker.register.lookup(text)
            if known is not None and known.kind == kind:
                self.links.append(Link(kind, text, known.id, "name"))
                return known.id
            if not self.register_all:
                return self._local(kind, label, text)
        return self._add(kind, label, names or [label], ids, source)

    def _kind(self, ident: str) -> str:
        """The kind of a register, batch or document entry."""
        entry = self.added.get(ident) or self.linker.added.get(ident)
        return entry.kind if entry else self.linker.register.entries[ident].kind

    def _source(self, kind: str, ref: str) -> etree._Element | None:
        for token in ref.split():
            found = self.sources.get(token.removeprefix("#"))
            if found and found[0] == kind:
                return found[1]
        return None

    def _fresh(self, kind: str, label: str) -> str:
        taken = {*self.added, *self.local, *self.linker.added}
        return self.linker.register.new_id(kind, label, taken)

    def _add(self, kind: str, label: str, names: list[str], ids: tuple[Authority, ...],
             source: etree._Element | None) -> str:
        occupations = [] if source is None else [
            _text(o) for o in source.iterchildren(f"{{{TEI_NS}}}occupation") if _text(o)]
        ident = self._fresh(kind, label)
        element = new_entry(kind, ident, names, ids, occupations, self.provenance)
        self.added[ident] = Added(kind, element, ids)
        for authority in ids:
            self.pending.setdefault(authority, ident)
        self.links.append(Link(kind, label, ident, "added", ":".join(ids[0]) if ids else ""))
        return ident

    def _local(self, kind: str, label: str, text: str) -> str:
        if (kind, label) in self.local_names:
            return self.local_names[kind, label]
        ident = self._fresh(kind, label)
        self.local_names[kind, label] = ident
        note = f"Not in the register; {self.provenance[0].lower()}{self.provenance[1:]}"
        self.local[ident] = new_entry(kind, ident, [label], (), (), note, local=True)
        self.links.append(Link(kind, text, ident, "local"))
        return ident
