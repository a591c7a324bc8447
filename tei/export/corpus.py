"""One teiCorpus for the edition: a corpus header from the edition settings, the register as
the corpus's standOff, then every document's TEI element; and the way back to documents.

Inside the corpus a document's own xml:ids (not its root id) become `<root id>.<id>` and the
`#id` pointers to them follow, so that ids stay unique in the one file; `split_corpus`
undoes this exactly.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from tei.diagnostics import error
from tei.export.cmif import tei
from tei.export.files import CORPUS_SCHEMA, xml_bytes
from tei.export.settings import ExportSettings
from tei.xmlio import NSMAP, TEI_NS, XML_NS, parse_bytes, parse_file

XML_ID = f"{{{XML_NS}}}id"
_POINTER = re.compile(r"(?<!\S)#(\S+)")


def _rewrite_pointers(element: etree._Element, rename: dict[str, str]) -> None:
    """Rename xml:ids and the `#id` pointers in every attribute below `element` (the root's
    own id is kept)."""
    for node in element.iterdescendants(etree.Element):
        for name, value in node.attrib.items():
            if name == XML_ID:
                node.set(name, rename.get(value, value))
            elif "#" in value:
                node.set(name, _POINTER.sub(
                    lambda found: "#" + rename.get(found.group(1), found.group(1)), value))


def prefixed(document: etree._Element) -> etree._Element:
    """A copy of a TEI document whose inner ids carry its root id as a prefix."""
    copied = copy.deepcopy(document)
    prefix = copied.get(XML_ID, "")
    ids = [node.get(XML_ID) for node in copied.iterdescendants(etree.Element)
           if node.get(XML_ID)]
    _rewrite_pointers(copied, {old: f"{prefix}.{old}" for old in ids if old})
    return copied


def unprefixed(document: etree._Element) -> etree._Element:
    """A copy of a document taken from the corpus, with its own ids as they were."""
    copied = copy.deepcopy(document)
    prefix = copied.get(XML_ID, "") + "."
    ids = [node.get(XML_ID) or "" for node in copied.iterdescendants(etree.Element)]
    _rewrite_pointers(copied, {old: old.removeprefix(prefix) for old in ids
                               if old.startswith(prefix)})
    return copied


def corpus_header(settings: ExportSettings, count: int) -> etree._Element:
    """The corpus teiHeader: title, publisher, licence, and a description of the source."""
    edition = settings.edition
    header = etree.Element(tei("teiHeader"))
    file_desc = etree.SubElement(header, tei("fileDesc"))
    title = etree.SubElement(etree.SubElement(file_desc, tei("titleStmt")), tei("title"),
                             type="main")
    title.text = edition.title
    publication = etree.SubElement(file_desc, tei("publicationStmt"))
    etree.SubElement(publication, tei("publisher")).text = edition.publisher or edition.title
    if edition.licence:
        licence = etree.SubElement(etree.SubElement(publication, tei("availability")),
                                   tei("licence"))
        licence.text = f"Encoding: {edition.licence}"
        if edition.licence_url:
            licence.set("target", edition.licence_url)
    bibl = etree.SubElement(etree.SubElement(file_desc, tei("sourceDesc")), tei("bibl"))
    bibl.text = f"{count} documents of the edition, exported on {settings.date}"
    if edition.base_url:
        bibl.text += " from "
        etree.SubElement(bibl, tei("ref"), target=edition.base_url).text = edition.base_url
    return header


def register_standoff(folder: Path) -> etree._Element:
    """The register's lists (persons, places, organisations) as one standOff."""
    standoff = etree.Element(tei("standOff"))
    lists = {}
    for path in sorted(folder.glob("*.xml")):
        for found in parse_file(path).getroot().iterfind("tei:standOff/*", NSMAP):
            lists[etree.QName(found).localname] = copy.deepcopy(found)
    for name in ("listPerson", "listPlace", "listOrg"):
        if name in lists:
            standoff.append(lists[name])
    return standoff


def _documents(paths: Iterable[Path]) -> list[etree._Element]:
    """The documents' roots; each must be a TEI element whose xml:id is `doc-<name>`, unique
    among them (the ids keep the documents apart in the corpus and name them when split)."""
    documents: dict[str, etree._Element] = {}
    for path in paths:
        root = parse_file(path).getroot()
        identifier = root.get(XML_ID, "")
        if root.tag != tei("TEI") or not identifier.startswith("doc-"):
            raise error(str(path), "a document of the corpus must be a TEI element with "
                        "xml:id 'doc-<name>'", root.sourceline or 1, rule="corpus")
        if identifier in documents:
            raise error(str(path), f"another document has the xml:id {identifier!r}",
                        root.sourceline or 1, rule="corpus")
        documents[identifier] = root
    return list(documents.values())


def corpus_bytes(paths: Iterable[Path], settings: ExportSettings, register: Path,
                 schema_folder: str = "schemas") -> bytes:
    """The teiCorpus file; its `xml-model` names the corpus grammar in `schema_folder`
    (relative to the file)."""
    documents = _documents(paths)
    root = etree.Element(tei("teiCorpus"), nsmap={None: TEI_NS})
    root.set(f"{{{XML_NS}}}lang", settings.edition.language)
    root.append(corpus_header(settings, len(documents)))
    standoff = register_standoff(register)
    if len(standoff):
        root.append(standoff)
    for part in root:
        etree.indent(part, space="  ", level=1)
    root.extend(prefixed(document) for document in documents)
    _lay_out(root)
    return xml_bytes(root, (f"{schema_folder}/{CORPUS_SCHEMA}",))


def _lay_out(root: etree._Element) -> None:
    """One child of the corpus per line; the documents keep their own inner layout."""
    root.text = "\n  "
    for child in root:
        child.tail = "\n  "
    root[-1].tail = "\n"


def split_corpus(data: bytes, path: str, schema_hrefs: tuple[str, ...]
                 ) -> dict[str, bytes]:
    """The documents of a teiCorpus, as file name -> bytes (each names `schema_hrefs`)."""
    root = parse_bytes(data, path).getroot()
    if root.tag != tei("teiCorpus"):
        raise error(path, "not a teiCorpus file", root.sourceline or 1, rule="corpus")
    documents: dict[str, bytes] = {}
    for document in root.iterfind("tei:TEI", NSMAP):
        identifier = document.get(XML_ID, "")
        if not identifier.startswith("doc-"):
            raise error(path, "a document in the corpus has no xml:id 'doc-<name>'",
                        document.sourceline or 1, rule="corpus")
        restored = unprefixed(document)
        restored.tail = None
        documents[identifier.removeprefix("doc-") + ".xml"] = xml_bytes(restored, schema_hrefs)
    return documents
