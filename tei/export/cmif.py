"""CMIF (Correspondence Metadata Interchange Format) for correspSearch: one TEI file with a
`correspDesc` per document, names linked to authority files, dates without times.

    tree, skipped = cmif_tree(paths, load_settings(), load_entries(register_dir()))
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from lxml import etree

from tei.cache import cached_data, content_key
from tei.diagnostics import Diagnostic, Severity
from tei.export import authorities
from tei.export.authorities import (
    Index,
    authority_uri,
    entries_for,
    entry_index,
    entry_label,
    known_uri,
    load_entries,
)
from tei.export.cmif_check import check_cmif
from tei.export.files import xml_bytes
from tei.export.settings import ExportSettings, load_settings
from tei.render.layout import page_href
from tei.resources import register_dir
from tei.xmlio import NSMAP, TEI_NS, XML_NS, atomic_write, parse_bytes, parse_file, read_bytes

CMIF_SCHEMA = ("https://raw.githubusercontent.com/TEI-Correspondence-SIG/CMIF/master/"
               "schema/cmi-customization.rng")
CC_BY = "https://creativecommons.org/licenses/by/4.0/"
DATING = ("when", "notBefore", "notAfter", "from", "to")
NAMES = {"persName": "persons", "orgName": "orgs", "placeName": "places"}


@dataclass(frozen=True, slots=True)
class Skipped:
    """A document left out of the CMIF file, and why."""

    path: Path
    reason: str

    def diagnostic(self) -> Diagnostic:
        """The reason as a warning about the document."""
        return Diagnostic(str(self.path), 1, 1, Severity.WARNING, self.reason, "cmif-skipped")


def tei(name: str) -> str:
    """Clark name of a TEI element."""
    return f"{{{TEI_NS}}}{name}"


def calendar_date(value: str) -> str:
    """A W3C date or dateTime cut to its date part (CMIF allows no times)."""
    return value.split("T", 1)[0]


def page_link(base_url: str, stem: str) -> str:
    """Address of a document's page on the published site (relative without a base URL)."""
    base = base_url if not base_url or base_url.endswith("/") else base_url + "/"
    return f"{base}{page_href(stem)}"


def source_id(settings: ExportSettings) -> str:
    """A stable UUID for the edition's bibl (CMIF recommends UUIDs), from its title and URL;
    one that begins with a letter, as an xml:id must (the name is salted with a counter
    until it does)."""
    name = f"{settings.edition.title}\n{settings.edition.base_url}"
    candidates = (str(uuid.uuid5(uuid.NAMESPACE_URL, f"{name}\n{n}" if n else name))
                  for n in itertools.count())
    return next(ident for ident in candidates if ident[0].isalpha())


Entries = Sequence[Index]
Described = etree._Element | Skipped  # a document's correspDesc, or why it has none


def _name(source: etree._Element, kind: str, entries: Entries) -> etree._Element | None:
    """A CMIF persName/orgName/placeName for a name in the document (None when it has no
    text and names no entry); its @ref is the first authority URI of the entries it points
    to (the register's, then the document's), else its own @ref if that is one."""
    ref = source.get("ref") or ""
    found = entries_for(ref, entries)
    text = " ".join("".join(source.itertext()).split()) or next(
        (label for entry in found if (label := entry_label(entry))), "")
    if not text:
        return None
    name = etree.Element(source.tag)
    name.text = text
    uri = next((uri for entry in found if (uri := authority_uri(entry, kind))), None) \
        or known_uri(ref, kind)
    if uri:
        name.set("ref", uri)
    return name


def _date(source: etree._Element) -> etree._Element | None:
    """A CMIF date (dating attributes cut to dates), or None when there is none to give."""
    values = {key: calendar_date(source.get(key, "")) for key in DATING if source.get(key)}
    if not values:
        return None
    date = etree.Element(tei("date"), values)
    if source.get("cert") == "low":
        date.set("cert", "low")
    return date


def _action(source: etree._Element, entries: Entries) -> etree._Element:
    """A CMIF correspAction with the names, place and date of the document's action."""
    action = etree.Element(tei("correspAction"), type=source.get("type", ""))
    for child in source.iterchildren(etree.Element):
        local = etree.QName(child).localname
        if local == "placeName" and action.find(tei("placeName")) is not None:
            continue  # CMIF takes one place: the first (a dateline's, before the post's country)
        part = (_name(child, NAMES[local], entries) if local in NAMES
                else _date(child) if local == "date" else None)
        if part is not None:
            action.append(part)
    return action


def correspondence(path: Path, settings: ExportSettings,
                   register: Mapping[str, etree._Element]) -> etree._Element | Skipped:
    """The CMIF correspDesc of one TEI document, or why it has none."""
    root = parse_file(path).getroot()
    entries = (register, entry_index(root))
    desc = etree.Element(tei("correspDesc"), ref=page_link(settings.edition.base_url, path.stem),
                         source=f"#{source_id(settings)}")
    for kind in ("sent", "received"):
        found = root.find(f".//tei:correspDesc/tei:correspAction[@type='{kind}']", NSMAP)
        if found is None:
            return Skipped(path, f"no correspAction type=\"{kind}\"; CMIF needs one")
        action = _action(found, entries)
        if not len(action):
            return Skipped(path, f"the {kind} action names no one and has no date")
        desc.append(action)
    return desc


def _sub(parent: etree._Element, name: str, text: str = "", **attributes: str
         ) -> etree._Element:
    """Append a TEI element with optional text and attributes."""
    child = etree.SubElement(parent, tei(name), attributes)
    child.text = text or None
    return child


def _publication(parent: etree._Element, settings: ExportSettings, address: str) -> None:
    """publicationStmt: publisher, the CMIF file's own URL, date, CC BY 4.0 licence."""
    edition = settings.edition
    stmt = _sub(parent, "publicationStmt")
    publisher = _sub(stmt, "publisher")
    if edition.base_url:
        _sub(publisher, "ref", edition.publisher or edition.title, target=edition.base_url)
    else:
        publisher.text = edition.publisher or edition.title
    _sub(stmt, "idno", address, type="url")
    _sub(stmt, "date", when=settings.date)
    licence = _sub(_sub(stmt, "availability"), "licence", target=CC_BY)
    licence.text = "This file is licensed under the terms of the Creative Commons Licence CC BY 4.0"


def header(settings: ExportSettings, address: str) -> etree._Element:
    """The CMIF teiHeader without profileDesc: title, editor, publication, source."""
    edition = settings.edition
    root = etree.Element(tei("teiHeader"))
    file_desc = _sub(root, "fileDesc")
    title_stmt = _sub(file_desc, "titleStmt")
    _sub(title_stmt, "title", f"{edition.title}: correspondence metadata (CMIF)")
    _sub(title_stmt, "editor", settings.editor)
    _publication(file_desc, settings, address)
    bibl = _sub(_sub(file_desc, "sourceDesc"), "bibl", edition.title, type="online")
    bibl.set(f"{{{XML_NS}}}id", source_id(settings))
    if edition.base_url:
        bibl.text += ", "
        _sub(bibl, "ref", edition.base_url, target=edition.base_url)
    return root


def cmif_tree(paths: Iterable[Path], settings: ExportSettings,
              register: Mapping[str, etree._Element], address: str = "cmif.xml"
              ) -> tuple[etree._ElementTree, list[Skipped]]:
    """The CMIF file for `paths` (in their order) and the documents it leaves out.
    `address` is the CMIF file's own URL (relative to the base URL when there is one)."""
    root, profile = skeleton(settings, address)
    skipped: list[Skipped] = []
    for path in paths:
        result = correspondence(path, settings, register)
        if isinstance(result, Skipped):
            skipped.append(result)
        else:
            profile.append(result)
    etree.indent(root, space="  ")
    return root.getroottree(), skipped


def skeleton(settings: ExportSettings, address: str) -> tuple[etree._Element, etree._Element]:
    """The CMIF file without its letters: the root and its (empty) profileDesc."""
    root = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
    own_url = settings.edition.base_url.rstrip("/") + "/" + address \
        if settings.edition.base_url else address
    root.append(header(settings, own_url))
    profile = _sub(root[0], "profileDesc")
    _sub(_sub(_sub(root, "text"), "body"), "p")
    return root, profile


def cmif_bytes(paths: Iterable[Path], settings: ExportSettings,
               register: Mapping[str, etree._Element], address: str = "cmif.xml"
               ) -> tuple[bytes, list[Diagnostic]]:
    """The serialised CMIF file and its diagnostics: the documents left out (warnings) and
    any breach of the CMIF rules found in the written file (errors)."""
    data, skipped = _serialised(paths, settings, register, address)
    findings = check_cmif(parse_bytes(data, address), address)
    return data, [item.diagnostic() for item in skipped] + findings


def _serialised(paths: Iterable[Path], settings: ExportSettings,
                register: Mapping[str, etree._Element], address: str
                ) -> tuple[bytes, list[Skipped]]:
    """The CMIF file as bytes and the documents it leaves out; its tree is let go of on
    return, before the file is read back to be checked (one tree at a time in memory)."""
    tree, skipped = cmif_tree(paths, settings, register, address)
    return xml_bytes(tree.getroot(), (CMIF_SCHEMA,)), skipped


def write_cmif(paths: Iterable[Path], output: Path, settings: ExportSettings | None = None,
               register: Path | None = None) -> list[Diagnostic]:
    """Write the CMIF file of `paths` to `output` unless the CMIF rules find an error; return
    the diagnostics (the bundled settings and register by default)."""
    entries = LazyRegister(register or register_dir())
    data, diagnostics = cmif_bytes(paths, settings or load_settings(), entries, output.name)
    if not any(item.severity == Severity.ERROR for item in diagnostics):
        atomic_write(output, data)
    return diagnostics


class LazyRegister(Mapping[str, etree._Element]):
    """The register's entries by xml:id, each parsed when first asked for. The entries'
    serialisations by id are kept in the on-disk cache under the register files' names and
    contents (and this code's), so a build whose CMIF file takes a few changed letters
    parses a few entries, not the whole register (~0.07 s of CPU)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._parsed: dict[str, etree._Element] = {}

    @cached_property
    def _serialised(self) -> dict[str, bytes]:
        files = sorted(self.folder.glob("*.xml"))
        parts = [part for path in files for part in (path.name.encode(), read_bytes(path))]
        key = content_key("cmif-register", Path(__file__).read_bytes(),
                          Path(authorities.__file__).read_bytes(), *parts)
        return cached_data(key, lambda: {
            ident: etree.tostring(entry, encoding="utf-8", with_tail=False)
            for ident, entry in load_entries(self.folder).items()})

    def __getitem__(self, key: str) -> etree._Element:
        if key not in self._parsed:
            data = self._serialised[key]
            self._parsed[key] = parse_bytes(data, str(self.folder)).getroot()
        return self._parsed[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._serialised)

    def __len__(self) -> int:
        return len(self._serialised)
