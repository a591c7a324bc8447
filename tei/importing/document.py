"""One document of another edition brought in: parsed safely, mapped, checked (every word
kept, valid against our schema and rules) and sealed, or refused with a diagnostic."""

from __future__ import annotations

import copy
import hashlib
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree

from tei.convert import seal
from tei.convert.register import KINDS
from tei.convert.settle import settle
from tei.diagnostics import Severity, error
from tei.edition import Edition
from tei.importing.header import Provenance, header, provenance, root_language
from tei.importing.markup import Mapper, document_type, sic_and_corr
from tei.importing.names import DocumentNames, Linker, source_entries
from tei.importing.structure import division
from tei.importing.tree import Node, local, make, tag, unwrap
from tei.validate import Validator
from tei.xmlio import NSMAP, XML_NS, parse_bytes, serialize

_WORD = re.compile(r"\w+")
_NCNAME = re.compile(r"^[A-Za-z_][\w.\-]*$")
_LISTS = frozenset({"listPerson", "listPlace", "listOrg", "listBibl", "listEvent",
                    "listNym", "listRelation"})
_ID = f"{{{XML_NS}}}id"
_TYPE_HINTS = ("//tei:sourceDesc//tei:objectType/@corresp", "//tei:titleStmt/tei:title",
               "(//tei:text//tei:head)[1]", "//tei:sourceDesc")


@dataclass
class Imported:
    """A document ready to write: its bytes, names and what the import changed."""

    xml: bytes
    names: DocumentNames
    report: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Target:
    """Where a document goes and what it is checked and hashed with."""

    stem: str
    schema_href: str
    edition: Edition
    resources_hash: str


def words(text: str) -> list[str]:
    """The words of a text, case-folded."""
    return [w.casefold() for w in _WORD.findall(text)]


def _text_words(element: etree._Element | None) -> list[str]:
    """The words of a source's text as the import reads it: the source's own lists of
    persons, places, ... in front, body or back excepted (they feed the register), the
    alternatives of a choice in our order (sic before corr)."""
    if element is None:
        return []
    element = copy.deepcopy(element)
    for part in _parts(element):
        for child in part:
            if isinstance(child.tag, str) and local(child) in _LISTS:
                child.text = None
                child[:] = []
    for choice in element.iter(tag("choice")):
        if sic_and_corr(choice):
            choice[:] = sorted(choice, key=lambda c: local(c) == "corr")
    return words("".join(element.itertext()))


def _source_nodes(text: etree._Element, mapper: Mapper) -> list[Node]:
    """The mapped front, body and back of the source's text (back-matter lists excepted)."""
    nodes: list[Node] = []
    for part in _parts(text):
        for child in part:
            if isinstance(child.tag, str) and local(child) in _LISTS:
                mapper.dropped[f"{local(part)}/{local(child)} (read for the register)"] += 1
                continue
            nodes.extend(mapper.nodes(child))
            nodes.append(child.tail or "")
    return nodes


def _parts(text: etree._Element) -> Iterator[etree._Element]:
    """The front, body and back of a text, and of the texts of its groups, in order."""
    for child in text:
        if local(child) in ("front", "body", "back"):
            yield child
        elif local(child) == "group":
            for inner in child.iter(tag("text")):
                yield from _parts(inner)


def _standoff(names: DocumentNames) -> etree._Element | None:
    lists: dict[str, etree._Element] = {}
    for ident in names.used:
        entry = names.entry(ident)
        kind = local(entry)
        listed = lists.setdefault(kind, make(f"list{kind.capitalize()}"))
        listed.append(entry)
    ordered = [lists[k] for k in KINDS if k in lists]
    return make("standOff", ordered) if ordered else None


def _unresolved(root: etree._Element, mapper: Mapper) -> None:
    """Pointers to what this document does not hold: a ref keeps its words, an id used
    twice is kept once."""
    seen: set[str] = set()
    for element in root.iter():
        ident = element.get(_ID) if isinstance(element.tag, str) else None
        if ident in seen:
            del element.attrib[_ID]
            mapper.dropped["@xml:id used twice"] += 1
        elif ident:
            seen.add(ident)
    for ref in root.xpath("//tei:text//tei:ref", namespaces=NSMAP):
        targets = ref.get("target", "").split()
        if any(t.startswith("#") and t[1:] not in seen for t in targets):
            mapper.counts["ref to a target outside this document -> its content"] += 1
            unwrap(ref)


def build(data: bytes, path: str, target: Target, linker: Linker) -> Imported:
    """Bring in one document; raise InputError when it cannot be brought in cleanly."""
    if not _NCNAME.match(f"doc-{target.stem}"):
        raise error(path, f"file name {target.stem!r} cannot become an xml:id; use letters, "
                    "digits, '-', '_' and '.' only", rule="file-name")
    tree = parse_bytes(data, path, collect_ids=False)  # ids are checked by the mapping
    root = tree.getroot()
    text = root.find("tei:text", NSMAP)
    if local(root) != "TEI" or text is None:
        raise error(path, "not a TEI document with a text (root TEI in the TEI namespace, "
                    "holding text)", root.sourceline or 1, rule="import-not-tei")
    listing = root.findall("tei:teiHeader/tei:profileDesc/tei:correspDesc", NSMAP)
    if len(listing) > 1:
        raise error(path, f"the metadata of {len(listing)} letters (a CMIF file?), not one "
                    "document: bring its persons and places in with `tei register import`",
                    listing[1].sourceline or 1, rule="import-listing")
    origin = provenance(root, Path(path).name)
    names = DocumentNames(linker, source_entries(root), origin.sentence() + ".")
    mapper = Mapper(names)
    source_hash = hashlib.sha256(data).hexdigest()
    teiheader = header(root, origin, target.edition, mapper, source_hash, target.resources_hash)
    kind = document_type(" ".join(_hint(root, hint) for hint in _TYPE_HINTS))
    message = make("div", division(_source_nodes(text, mapper), mapper), type="message")
    body = make("body", [make("div", [message], type=kind)])
    ours = make("TEI", [teiheader], **{_ID: f"doc-{target.stem}"})
    ours.attrib.update(root_language(root))
    standoff = _standoff(names)
    if standoff is not None:
        ours.append(standoff)
    ours.append(make("text", [body]))
    _unresolved(ours, mapper)
    settled = settle(ours)
    _check_words(text, ours, path)
    xml = _serialize(ours, target.schema_href)
    _check_valid(xml, path, target.stem)
    return Imported(xml, names, _report(origin, kind, mapper, names, settled))


def _hint(root: etree._Element, path: str) -> str:
    found = root.xpath(path, namespaces=NSMAP)
    return " ".join(f if isinstance(f, str) else " ".join(f.itertext()) for f in found[:1])


def _check_words(source: etree._Element, ours: etree._Element, path: str) -> None:
    """Refuse a result whose words differ from the source's (white space and punctuation
    between words may differ: block boundaries separate words in both)."""
    before = "".join(_text_words(source))
    after = "".join(words("".join(ours.find("tei:text", NSMAP).itertext())))
    if before != after:
        index = next((i for i, (a, b) in enumerate(zip(before, after, strict=False))
                      if a != b),
                     min(len(before), len(after)))
        raise error(path, "bringing it in would change its words (near "
                    f"'{before[max(0, index - 30):index + 10]}'); left out", rule="import-words")


def _layout(element: etree._Element, depth: int, levels: int) -> None:
    """Indent the element-only skeleton: `levels` levels of children from `element`
    (mixed content below them keeps its white space)."""
    inner = "\n" + "  " * (depth + 1)
    element.text = inner
    for child in element:
        child.tail = inner
        if levels > 1 and local(child) in ("text", "body", "div"):
            _layout(child, depth + 1, levels - 1)
    element[-1].tail = "\n" + "  " * depth


def _serialize(root: etree._Element, schema_href: str) -> bytes:
    for part in root[:-1]:
        etree.indent(part, level=1)
    _layout(root, 0, 5)
    for schema, kind in ((".rng", "http://relaxng.org/ns/structure/1.0"),
                         (".sch", "http://purl.oclc.org/dsdl/schematron")):
        root.addprevious(etree.ProcessingInstruction(
            "xml-model", f'href="{schema_href}{schema}" type="application/xml" '
                         f'schematypens="{kind}"'))
    return seal(serialize(root.getroottree()).replace(b"?><", b"?>\n<"))


@cache
def _validator() -> Validator:
    """Our grammar and rules, compiled once per process."""
    return Validator()


def _check_valid(xml: bytes, path: str, stem: str) -> None:
    """Refuse output our grammar or rules reject (each file written must be valid)."""
    report = _validator().validate_bytes(xml, Path(f"{stem}.xml"))
    errors = [f.diagnostic for f in report.findings if f.severity is Severity.ERROR]
    if errors:
        first = errors[0]
        raise error(path, f"the imported document would not be valid ({first.message} "
                    f"[{first.rule}] at line {first.line} of the result); left out",
                    rule="import-invalid")


def _report(origin: Provenance, kind: str, mapper: Mapper, names: DocumentNames,
            settled: list[str]) -> dict[str, Any]:
    def counted(counter: Counter[str]) -> dict[str, int]:
        return dict(sorted(counter.items()))

    return {"edition": origin.edition, "licence": origin.licence,
            "licence_url": origin.licence_url, "source_url": origin.url,
            "document_type": kind, "mapped": counted(mapper.counts),
            "dropped": counted(mapper.dropped),
            "names": [{"kind": link.kind, "name": link.name, "entry": link.entry,
                       "how": link.how, "authority": link.authority} for link in names.links],
            "settled": settled}
