"""The whole-corpus pages, in pieces of a fixed size: the documents table in pages, each kind
of entity as an index in pages and as one page per entity (its documents in pages).

The per-document records are grouped here, in Python, into small page inputs; each page is
one call of the index stylesheet, so no transform ever holds the corpus. A page whose input,
stylesheets and context are unchanged since the last build is not transformed again (the
manifest `layout.INDEX_MANIFEST` in the site folder keeps each page's input hash).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import quote

from lxml import etree

from tei.render import layout
from tei.resources import xslt_dir

DOCUMENTS_PER_PAGE = 100
ENTRIES_PER_PAGE = 200
MENTIONS_PER_PAGE = 50


@dataclass(frozen=True, slots=True)
class Kind:
    """A kind of entity: its key in the records, nav section, folder and title."""

    key: str
    section: str
    folder: str
    title: str


KINDS = (Kind("person", "persons", "persons", "Persons"),
         Kind("place", "places", "places", "Places"),
         Kind("org", "orgs", "organisations", "Organisations"))


@dataclass(frozen=True, slots=True)
class Document:
    """The small facts of one document a page lists (its record without the entities)."""

    xml: str
    sort: str
    date: str
    senders: tuple[str, ...] = ()
    addressees: tuple[str, ...] = ()


@dataclass(slots=True)
class Entity:
    """One entity of the corpus: its details merged over the records, its mentions in date
    order (document number, roles)."""

    kind: str
    id: str
    sort: str
    local: bool
    details: dict[str, None] = field(default_factory=dict)
    mentions: list[tuple[int, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Page:
    """One call of the index stylesheet: the page it writes, its input and its root path."""

    path: str
    input: str
    root: str = ""


@dataclass(slots=True)
class Corpus:
    """The records of all documents, grouped: documents in date order and entities by id."""

    documents: list[Document] = field(default_factory=list)
    entities: dict[tuple[str, str], Entity] = field(default_factory=dict)


def group(records: Iterable[str]) -> Corpus:
    """Group the records (XML strings, in date order) into documents and entities."""
    corpus = Corpus()
    for number, record in enumerate(records):
        root = etree.fromstring(record)
        parties: dict[str, list[str]] = {"sender": [], "addressee": []}
        for element in root.findall("entity"):
            _mention(corpus, element, number)
            for role in parties.keys() & element.get("roles", "").split():
                parties[role].append(f"{element.get('kind')} {element.get('id')}")
            root.remove(element)
        corpus.documents.append(Document(
            etree.tostring(root, encoding="unicode"), root.get("sort", ""),
            root.findtext("date") or "", tuple(parties["sender"]), tuple(parties["addressee"])))
    return corpus


def _mention(corpus: Corpus, element: etree._Element, number: int) -> None:
    """Add a document's reference to an entity: the mention and the entity's details."""
    key = (element.get("kind", ""), element.get("id", ""))
    entity = corpus.entities.get(key)
    if entity is None:
        entity = Entity(*key, element.get("sort", ""), element.get("local") == "yes")
        corpus.entities[key] = entity
    entity.mentions.append((number, element.get("roles", "")))
    for child in element:
        entity.details.setdefault(etree.tostring(child, encoding="unicode"), None)


def pages(corpus: Corpus) -> Iterator[Page]:
    """Every whole-corpus page of the entity and documents indexes."""
    yield from document_pages(corpus.documents)
    for kind in KINDS:
        entities = sorted((e for e in corpus.entities.values() if e.kind == kind.key),
                          key=lambda e: (e.sort, e.id))
        yield from entity_index_pages(kind, entities)
        for entity in entities:
            yield from entity_pages(kind, entity, corpus.documents)


def chunks(items: Sequence[object], size: int) -> list[Sequence[object]]:
    """`items` in consecutive pieces of `size` (one empty piece when there are none)."""
    return [items[i:i + size] for i in range(0, len(items), size)] or [items[:0]]


def document_pages(documents: list[Document]) -> Iterator[Page]:
    """The documents table in pages of DOCUMENTS_PER_PAGE, labelled by their years."""
    parts = chunks(documents, DOCUMENTS_PER_PAGE)
    labels = [_years(part) for part in parts]  # type: ignore[arg-type]
    for number, part in enumerate(parts, 1):
        root = _page_element("documents", number, labels, len(documents), DOCUMENTS_PER_PAGE,
                             lambda n: layout.numbered("index", n))
        root.extend(etree.fromstring(d.xml) for d in part)  # type: ignore[attr-defined]
        yield _page(layout.numbered("index", number), root)


def _years(documents: Sequence[Document]) -> str:
    """'1950', '1950–1953' or 'undated': the years of a page of documents."""
    years = [d.sort[:4] for d in documents if d.sort]
    if not years:
        return "undated"
    return years[0] if years[0] == years[-1] else f"{years[0]}–{years[-1]}"


def entity_index_pages(kind: Kind, entities: list[Entity]) -> Iterator[Page]:
    """A kind's index in pages of ENTRIES_PER_PAGE, each entry linking to its own page."""
    parts = chunks(entities, ENTRIES_PER_PAGE)
    labels = [_initials(part) for part in parts]  # type: ignore[arg-type]
    for number, part in enumerate(parts, 1):
        root = _page_element("entity-index", number, labels, len(entities), ENTRIES_PER_PAGE,
                             lambda n: layout.numbered(kind.folder, n))
        _kind_attributes(root, kind)
        for entity in part:
            entry = _entity_element(root, entity, details=False)
            entry.set("href", quote(layout.entity_file(kind.folder, entity.id)))
            entry.set("count", str(len(entity.mentions)))
        yield _page(layout.numbered(kind.folder, number), root)


def _initials(entities: Sequence[Entity]) -> str:
    """'A', 'A–C': the first letters of a page of entries."""
    first, last = (_initial(entities[i].sort) for i in (0, -1)) if entities else ("", "")
    return first if first == last else f"{first}–{last}"


def _initial(sort: str) -> str:
    """The letter an entry is filed under: its first letter or digit, else '#'."""
    return next((c.upper() for c in sort if c.isalnum()), "#")


def entity_pages(kind: Kind, entity: Entity, documents: list[Document]) -> Iterator[Page]:
    """An entity's own page: its details and its documents, in pages of MENTIONS_PER_PAGE."""
    parts = chunks(entity.mentions, MENTIONS_PER_PAGE)
    labels = [_mention_years(part, documents) for part in parts]  # type: ignore[arg-type]
    for number, part in enumerate(parts, 1):
        root = _page_element("entity-page", number, labels, len(entity.mentions),
                             MENTIONS_PER_PAGE,
                             lambda n: _sibling(layout.entity_file(kind.folder, entity.id, n)))
        _kind_attributes(root, kind)
        root.set("index", f"../{layout.numbered(kind.folder, 1)}")
        _entity_element(root, entity, details=True)
        for document, roles in part:  # type: ignore[misc]
            mention = etree.SubElement(root, "mention", roles=roles)
            mention.append(etree.fromstring(documents[document].xml))
        yield _page(layout.entity_file(kind.folder, entity.id, number), root, "../")


def _mention_years(mentions: Sequence[tuple[int, str]], documents: list[Document]) -> str:
    return _years([documents[number] for number, _ in mentions])


def _sibling(path: str) -> str:
    """The address of a page from another page of the same folder."""
    return quote(path.rsplit("/", 1)[-1])


def _page_element(name: str, number: int, labels: list[str], total: int, size: int,
                  href: Callable[[int], str]) -> etree._Element:
    """The root of a page input: its number, its total of items, and the list of all its
    pages (address from the page itself, label)."""
    root = etree.Element(name, number=str(number), total=str(total), size=str(size))
    listing = etree.SubElement(root, "pages")
    for n, label in enumerate(labels, 1):
        etree.SubElement(listing, "page", number=str(n), href=href(n), label=label)
    return root


def _kind_attributes(root: etree._Element, kind: Kind) -> None:
    root.attrib.update({"kind": kind.key, "section": kind.section, "title": kind.title})


def _entity_element(parent: etree._Element, entity: Entity, *, details: bool) -> etree._Element:
    """The entity as the stylesheet reads it: id, sort key, names and, on its own page,
    every detail the records give (occupations, life dates, coordinates, links)."""
    element = etree.SubElement(parent, "entity", id=entity.id, sort=entity.sort)
    if entity.local:
        element.set("local", "yes")
    for detail in entity.details:
        child = etree.fromstring(detail)
        if details or child.tag in ("reg", "occupation"):
            element.append(child)
    return element


def _page(path: str, root: etree._Element, root_path: str = "") -> Page:
    """The page writing `path` from the input `root` (which names the path it writes)."""
    root.set("path", path)
    return Page(path, etree.tostring(root, encoding="unicode"), root_path)


@cache
def stylesheets_fingerprint() -> str:
    """A hash of every stylesheet and asset of the edition (a change re-renders all pages)."""
    digest = hashlib.sha256()
    for path in sorted(xslt_dir().rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(xslt_dir())).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


Transform = Callable[[Page], dict[str, str]]
Write = Callable[[str, bytes], None]


def write_pages(html_dir: Path, pages_: Iterable[Page], transform: Transform, write: Write,
                context_of: Callable[[str], str]) -> int:
    """Transform and write every page whose input changed since the last build (see the
    manifest); delete pages an earlier build wrote that are gone. Returns pages transformed."""
    manifest_path = html_dir / layout.INDEX_MANIFEST
    old = _read_manifest(manifest_path)
    new: dict[str, str] = {}
    transformed = 0
    for page in pages_:
        digest = hashlib.sha256("\0".join((stylesheets_fingerprint(), context_of(page.root),
                                           page.input)).encode()).hexdigest()
        new[page.path] = digest
        if old.get(page.path) == digest and (html_dir / page.path).is_file():
            continue
        for relative, content in transform(page).items():
            write(relative, content.encode("utf-8"))
        transformed += 1
    for gone in sorted(old.keys() - new.keys()):
        _remove(html_dir, gone)
    write(layout.INDEX_MANIFEST, (json.dumps(new, sort_keys=True, indent=0) + "\n").encode())
    return transformed


def _remove(html_dir: Path, relative: str) -> None:
    """Delete a page an earlier build wrote, if it is an HTML page inside the site."""
    path = (html_dir / relative).resolve()
    if path.suffix == ".html" and path.is_relative_to(html_dir.resolve()):
        path.unlink(missing_ok=True)


def _read_manifest(path: Path) -> dict[str, str]:
    """The page hashes of the last build; empty when there is none or it is unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}
