"""The whole-corpus pages, in pieces of a fixed size: the documents table in pages, each kind
of entity as an index in pages and as one page per entity (its documents in pages).

The per-document records, grouped (`tei.render.grouping`), give small page inputs, made one
page at a time; a few pages (`PAGES_PER_CALL`) make one call of the index stylesheet, so no
transform ever holds the corpus. A page whose input,
stylesheets and context are unchanged since the last build is not transformed again (the
manifest `layout.INDEX_MANIFEST` in the site folder keeps each page's input hash).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import quote

from tei.render import layout
from tei.render.grouping import Corpus, Documents, Entity, bounds, years
from tei.render.output_files import write
from tei.render.runner import Runner
from tei.render.saxon import CORPUS_STYLESHEETS, Renderer
from tei.resources import xslt_dir

DOCUMENTS_PER_PAGE = 100
ENTRIES_PER_PAGE = 200
MENTIONS_PER_PAGE = 50
PAGES_PER_CALL = 20  # whole-corpus pages transformed in one call (`Renderer.pages`)


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
class Page:
    """One call of the index stylesheet: the page it writes, its input and its root path."""

    path: str
    input: str
    root: str = ""


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


def document_pages(documents: Documents) -> Iterator[Page]:
    """The documents table in pages of DOCUMENTS_PER_PAGE, labelled by their years; each
    page's documents read when it is made."""
    parts = bounds(len(documents), DOCUMENTS_PER_PAGE)
    listing = _listing([years(documents.sorts[part.start:part.stop]) for part in parts],
                       lambda n: layout.numbered("index", n))
    for number, part in enumerate(parts, 1):
        path = layout.numbered("index", number)
        head = _head(path, number, len(documents), DOCUMENTS_PER_PAGE)
        body = listing + "".join(d.xml for d in documents[part.start:part.stop])
        yield Page(path, _element("documents", head, body))


def entity_index_pages(kind: Kind, entities: list[Entity]) -> Iterator[Page]:
    """A kind's index in pages of ENTRIES_PER_PAGE, each entry linking to its own page."""
    parts = chunks(entities, ENTRIES_PER_PAGE)
    listing = _listing([_initials(part) for part in parts],  # type: ignore[arg-type]
                       lambda n: layout.numbered(kind.folder, n))
    for number, part in enumerate(parts, 1):
        path = layout.numbered(kind.folder, number)
        head = {**_head(path, number, len(entities), ENTRIES_PER_PAGE), **_kind(kind)}
        entries = "".join(_entity(entity, ("<reg", "<occupation"), {
            "href": quote(layout.entity_file(kind.folder, entity.id)),
            "count": str(entity.count)}) for entity in part)  # type: ignore[attr-defined]
        yield Page(path, _element("entity-index", head, listing + entries))


def _initials(entities: Sequence[Entity]) -> str:
    """'A', 'A–C': the first letters of a page of entries."""
    first, last = (_initial(entities[i].sort) for i in (0, -1)) if entities else ("", "")
    return first if first == last else f"{first}–{last}"


def _initial(sort: str) -> str:
    """The letter an entry is filed under: its first letter or digit, else '#'."""
    return next((c.upper() for c in sort if c.isalnum()), "#")


def entity_pages(kind: Kind, entity: Entity, documents: Documents) -> Iterator[Page]:
    """An entity's own page: its details and its documents, in pages of MENTIONS_PER_PAGE
    (each page's documents read when it is made)."""
    mentions = entity.mentions
    parts = bounds(len(mentions), MENTIONS_PER_PAGE)
    listing = _listing(
        [years([documents.sorts[n] for n, _ in mentions[part.start:part.stop]])
         for part in parts],
        lambda n: _sibling(layout.entity_file(kind.folder, entity.id, n)))
    details = _entity(entity, ("<",), {})
    for number, part in enumerate(parts, 1):
        path = layout.entity_file(kind.folder, entity.id, number)
        head = {**_head(path, number, len(mentions), MENTIONS_PER_PAGE), **_kind(kind),
                "index": f"../{layout.numbered(kind.folder, 1)}"}
        listed = "".join(f'<mention roles="{roles.translate(_ATTRIBUTE)}">'
                         f"{documents[document].xml}</mention>"
                         for document, roles in mentions[part.start:part.stop])
        yield Page(path, _element("entity-page", head, listing + details + listed), "../")


def _sibling(path: str) -> str:
    """The address of a page from another page of the same folder."""
    return quote(path.rsplit("/", 1)[-1])


def _head(path: str, number: int, total: int, size: int) -> dict[str, str]:
    """The attributes of a page input: the path it writes, its number among the pages, the
    total of items over all pages and how many a page holds."""
    return {"path": path, "number": str(number), "total": str(total), "size": str(size)}


def _kind(kind: Kind) -> dict[str, str]:
    return {"kind": kind.key, "section": kind.section, "title": kind.title}


def _listing(labels: list[str], href: Callable[[int], str]) -> str:
    """The list of all pages of a paginated page: number, address from the page, label."""
    return _element("pages", {}, "".join(
        _element("page", {"number": str(n), "href": href(n), "label": label})
        for n, label in enumerate(labels, 1)))


def _entity(entity: Entity, kept: tuple[str, ...], attributes: dict[str, str]) -> str:
    """The entity as the stylesheet reads it: id, sort key and the details (serialised
    elements: names, occupations, life dates, coordinates, links) that start with `kept`."""
    local = {"local": "yes"} if entity.local else {}
    return _element("entity", {"id": entity.id, "sort": entity.sort, **local, **attributes},
                    "".join(d for d in entity.details if d.startswith(kept)))


_ATTRIBUTE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                            "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def _element(name: str, attributes: dict[str, str], content: str = "") -> str:
    """An element as XML text: escaped attributes around `content`, which is XML already."""
    written = "".join(f' {key}="{value.translate(_ATTRIBUTE)}"'
                      for key, value in attributes.items())
    return f"<{name}{written}>{content}</{name}>"


@cache
def stylesheets_fingerprint() -> str:
    """A hash of every stylesheet and asset of the edition (a change re-renders all pages)."""
    digest = hashlib.sha256()
    for path in sorted(xslt_dir().rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(xslt_dir())).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class PageJob:
    """One transform of a whole-corpus page, for any process of the runner: the site
    folder, the stylesheet (`index`: the pages its input yields; `apparatus`: one page at
    `path`), the input and the context."""

    html_dir: Path
    path: str
    input: str
    context: str
    stylesheet: str = "index"


@dataclass(frozen=True, slots=True)
class PageBatch:
    """Several whole-corpus pages in one transform of the index stylesheet (see
    `Renderer.pages`): the site folder, the pages' paths and inputs, their common context."""

    html_dir: Path
    paths: tuple[str, ...]
    inputs: tuple[str, ...]
    context: str


def transform_pages(job: PageBatch) -> int:
    """Transform a batch of pages with this process's renderer and write them (as
    `transform_page`); the files written."""
    outputs = Renderer.shared(CORPUS_STYLESHEETS).pages(job.inputs, job.context)
    for relative, content in outputs.items():
        write(job.html_dir, relative, content.encode("utf-8"))
    return len(outputs)


def batches(jobs: Iterable[PageJob], size: int = PAGES_PER_CALL) -> Iterator[PageBatch]:
    """Consecutive index pages of the same context in batches of at most `size`."""
    held: list[PageJob] = []
    for job in jobs:
        if held and (len(held) == size or job.context != held[0].context):
            yield _batch(held)
            held = []
        held.append(job)
    if held:
        yield _batch(held)


def _batch(jobs: Sequence[PageJob]) -> PageBatch:
    return PageBatch(jobs[0].html_dir, tuple(j.path for j in jobs), tuple(j.input for j in jobs),
                     jobs[0].context)


def transform_page(job: PageJob) -> int:
    """Transform a page with this process's renderer and write what it yields (the runner's
    task: in a pool, the main process never holds Saxon's heap); the files written."""
    renderer = Renderer.shared(CORPUS_STYLESHEETS)
    if job.stylesheet == "apparatus":
        outputs = {job.path: renderer.apparatus(job.input, job.context)}
    else:
        outputs = renderer.index(job.input, job.context)
    for relative, content in outputs.items():
        write(job.html_dir, relative, content.encode("utf-8"))
    return len(outputs)


def write_pages(html_dir: Path, pages_: Iterable[Page], run: Runner,
                context_of: Callable[[str], str]) -> int:
    """Transform (by `run`, as a stream of jobs) and write every page whose input changed
    since the last build (see the manifest); delete pages an earlier build wrote that are
    gone. Returns pages transformed."""
    old = _read_manifest(html_dir / layout.INDEX_MANIFEST)
    new: dict[str, str] = {}
    contexts = {root: context_of(root) for root in ("", "../")}

    def changed() -> Iterator[PageJob]:
        for page in pages_:
            digest = hashlib.sha256("\0".join((stylesheets_fingerprint(), contexts[page.root],
                                               page.input)).encode()).hexdigest()
            new[page.path] = digest
            if old.get(page.path) != digest or not (html_dir / page.path).is_file():
                yield PageJob(html_dir, page.path, page.input, contexts[page.root])

    transformed = sum(run(transform_pages, batches(changed()), "Index pages"))
    for gone in sorted(old.keys() - new.keys()):
        _remove(html_dir, gone)
    write(html_dir, layout.INDEX_MANIFEST,
          (json.dumps(new, sort_keys=True, indent=0) + "\n").encode())
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
