"""The per-document work of a render, in two steps a process pool can share.

The first step reads a document once (one lxml parse, one Saxon tree) and writes everything
it yields: the index record, the text edition, the published TEI copy and the HTML page with
placeholder neighbours (a *draft*, kept in the cache folder). The page's previous/next links
need the neighbours' titles, known only once every document is read; the second step then
fills the draft's placeholder navigation with the real one (a small transform of the context
alone, no document parsed). A draft that cannot be filled safely (missing, or a document
whose text repeats the placeholder) is rendered again from the document.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache, partial
from pathlib import Path

from lxml import etree

from tei.diagnostics import Diagnostic, InputError, error
from tei.engine import batched
from tei.render import layout, manifest, text_layout
from tei.render.context import Link
from tei.render.entity_facts import EntityFacts
from tei.render.output_files import inside, write
from tei.render.publish import tei_copy
from tei.render.saxon import PARTS, Renderer, Source
from tei.render.search import SearchDocument, reading, search_document
from tei.xmlio import TEI_NS, atomic_write, parse_bytes, read_bytes

# Neighbours of a draft page: links no document links to, replaced by the real ones.
PLACEHOLDER_PREV = Link("#tt-pager-placeholder-prev", "tt-pager-placeholder", "")
PLACEHOLDER_NEXT = Link("#tt-pager-placeholder-next", "tt-pager-placeholder", "")
_ENTITY_FACTS = EntityFacts()  # this process's entries of register entities
STEP_GROUP = 4  # documents the first step takes through its steps together


@dataclass(frozen=True, slots=True)
class DocumentTask:
    """One document to render: `context` is the context of its record and text edition
    when no site is made (of its page, in the second step); `draft` the context of its
    draft page with placeholder neighbours (with a site, the first step's record and text
    edition take it). In the first step both are the same for every document: its own
    facts are handed to Saxon apart (see `tei.render.layout.document`). `neighbours`: in
    the second step, the previous and next documents its context names. `grammatical`: the
    SHA-256 of the bytes the build's validation found to follow the edition's RELAX NG just
    before ('' if none): the TEI copy of the same bytes is published without checking them
    again."""

    path: Path
    stem: str
    context: str
    html_dir: Path | None
    text_dir: Path | None
    schemas: str = ""
    cache: Path | None = None
    draft: str = ""
    neighbours: tuple[Link | None, Link | None] = (None, None)
    grammatical: str = ""


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """What the first step learns of a document: the facts that order and link it, its
    index record (XML) and search terms."""

    stem: str
    sort: str
    title: str
    date: str
    summary: str
    record: str
    search: SearchDocument
    published: bool = True


def load(renderer: Renderer, path: Path) -> tuple[etree._ElementTree, Source]:
    """Read, parse (hardened) and check that the file is a TEI document."""
    return parse(renderer, read_bytes(path), path)


def parse(renderer: Renderer, data: bytes, path: Path) -> tuple[etree._ElementTree, Source]:
    """Parse (hardened) the bytes of the file at `path` and check that they are a TEI
    document."""
    tree = parse_bytes(data, str(path))
    root = tree.getroot()
    if root.tag != f"{{{TEI_NS}}}TEI":
        name = etree.QName(root)
        raise error(str(path), f"not a TEI document: the root element is <{name.localname}> "
                    f"in namespace '{name.namespace or ''}'", root.sourceline or 1,
                    rule="render-root")
    return tree, renderer.load(tree, str(path))


def first_pass(task: DocumentTask) -> DocumentRecord | Diagnostic:
    """Index record and text edition of one document; for the site, its text, its draft
    page and, if it follows the grammar, a clean copy of its TEI (see
    `tei.render.publish`; otherwise a copy an earlier run published is removed)."""
    return first_passes([task])[0]


@batched(first_pass)
def first_passes(tasks: Sequence[DocumentTask]) -> list[DocumentRecord | Diagnostic]:
    """`first_pass` of each task (a batch of a pool or Dask), `STEP_GROUP` documents at a
    time, one step after another: each document read, then each one's outputs made (one
    transform), then each one's outputs written. A stylesheet run over a few documents in
    turn finds its code in the processor's caches; larger groups gain no more and hold
    more of Saxon's heap (64 documents: 110 MB more per worker)."""
    renderer = Renderer.shared()
    results: list[DocumentRecord | Diagnostic] = []
    for start in range(0, len(tasks), STEP_GROUP):
        documents = [_read(renderer, task) for task in tasks[start:start + STEP_GROUP]]
        for number, doc in enumerate(documents):
            if isinstance(doc, _Document):
                try:
                    _outputs(renderer, doc)
                except InputError as exc:
                    documents[number] = exc.diagnostic
        results += [_finish(doc) if isinstance(doc, _Document) else doc for doc in documents]
    return results


@dataclass(slots=True)
class _Document:
    """A document of the first step as far as it is read: its trees, its TEI copy (None:
    withheld or no site), the context of its transforms, its own facts and what they
    made."""

    task: DocumentTask
    tree: etree._ElementTree
    source: Source
    copy: bytes | None
    context: str
    facts: dict[str, str]
    entities: dict[str, bytes]
    record: str = ""
    text: bytes = b""
    page: bytes | None = None


def _read(renderer: Renderer, task: DocumentTask) -> _Document | Diagnostic:
    """The document parsed, its TEI copy made and the context of its transforms chosen:
    with a site, its draft page's, which the record and text edition share (one parse in
    Saxon for every document); its own facts name its TEI download if the copy is
    published."""
    try:
        data = read_bytes(task.path)
        tree, source = parse(renderer, data, task.path)
    except InputError as exc:
        return exc.diagnostic
    entities = EntityFacts.keys(tree)
    if task.html_dir is None:
        return _Document(task, tree, source, None, task.context, layout.document(task.stem),
                         entities)
    checked = bool(task.grammatical) and hashlib.sha256(data).hexdigest() == task.grammatical
    copy = tei_copy(tree, task.schemas, checked=checked)
    return _Document(task, tree, source, copy, task.draft,
                     layout.document(task.stem, copy is not None), entities)


def _outputs(renderer: Renderer, doc: _Document) -> None:
    """The document's record, text edition and (with a site) draft page, made in one
    transform; if it fails, each made alone, so that a page that cannot be rendered leaves
    the record and text edition (the second step reports why)."""
    parts = PARTS if doc.task.html_dir is not None else ("record", "text")
    try:
        made = renderer.outputs(doc.source, doc.context, doc.facts,
                                _ENTITY_FACTS.known(doc.entities), parts)
    except InputError:
        for step in (_record, _text, _draft):
            step(renderer, doc)
        return
    doc.record = made.record
    doc.text = text_layout.layout(made.blocks).encode("utf-8")
    if doc.task.html_dir is not None:
        doc.page = made.page.encode("utf-8")


def _record(renderer: Renderer, doc: _Document) -> None:
    doc.record = renderer.record(doc.source, doc.context, doc.facts,
                                 _ENTITY_FACTS.known(doc.entities))


def _text(renderer: Renderer, doc: _Document) -> None:
    doc.text = renderer.text(doc.source, doc.context).encode("utf-8")


def _draft(renderer: Renderer, doc: _Document) -> None:
    """The document's page with placeholder neighbours; none when the page cannot be
    rendered (the second step reports why) or without a site."""
    if doc.task.html_dir is not None:
        try:
            doc.page = renderer.html(doc.source, doc.context, doc.facts).encode("utf-8")
        except InputError:
            doc.page = None


def _finish(doc: _Document) -> DocumentRecord | Diagnostic:
    """Write the document's outputs and cache its record, followed (on the next lines) by
    its draft page unless the placeholder is ambiguous (one file: see `manifest.cache_file`;
    its record is one line of JSON)."""
    task, text, copy = doc.task, doc.text, doc.copy
    try:
        edition = None  # the text edition once written: the site's copy links to it
        if task.text_dir is not None:
            edition = write(task.text_dir, f"{task.stem}.txt", text, task.path)
        if task.html_dir is not None:
            write(task.html_dir, layout.text_file(task.stem), text, task.path, copy_of=edition)
            if copy is not None:
                write(task.html_dir, layout.tei_file(task.stem), copy, task.path)
            else:
                inside(task.html_dir, layout.tei_file(task.stem), task.path).unlink(
                    missing_ok=True)
    except InputError as exc:
        return exc.diagnostic
    published = copy is not None or task.html_dir is None
    parsed = replace(parse_record(task.stem, doc.record, reading(doc.tree.getroot()),
                                  partial(_ENTITY_FACTS.complete, keys=doc.entities)),
                     published=published)
    if task.cache is not None:
        data = json.dumps(_fields(parsed), ensure_ascii=False, sort_keys=True).encode("utf-8")
        page = doc.page if doc.page is not None and doc.page.count(_placeholder()) == 1 else b""
        atomic_write(task.cache / f"{task.stem}{manifest.CACHE_SUFFIX}", data + b"\n" + page,
                     durable=False)
    return parsed


def _fields(record: DocumentRecord) -> dict[str, object]:
    """The record as JSON data, as `dataclasses.asdict` gives it (its fields hold strings,
    tuples of strings and bytes, so no deep copy is needed: a fifth of the cost), the
    search document's packed bytes in base64."""
    search = {name: getattr(record.search, name) for name in SearchDocument.__slots__}
    search["packed"] = base64.b64encode(record.search.packed).decode("ascii")
    return {**{name: getattr(record, name) for name in DocumentRecord.__slots__},
            "search": search}


@cache
def _placeholder() -> bytes:
    """The navigation a draft page holds in place of its neighbours' links (it depends on
    nothing else of the context)."""
    return Renderer.shared().pager(PLACEHOLDER_PREV, PLACEHOLDER_NEXT).encode("utf-8")


def parse_record(stem: str, record: str, text: str,
                 complete: Callable[[etree._Element], None] | None = None) -> DocumentRecord:
    """The record from the XSLT as facts, search terms (with the document's `text`, see
    `tei.render.search.reading`) and the index input; `complete`: fills in the record's
    stubs of known entities (`tei.render.entity_facts`)."""
    root = etree.fromstring(record)
    if complete is not None:
        complete(root)
    title, date, summary = (root.findtext(tag) or "" for tag in ("title", "date", "summary"))
    return DocumentRecord(stem, root.get("sort", ""), title, date, summary,
                          etree.tostring(root, encoding="unicode"),
                          search_document(layout.page_href(stem), root, text))


def second_pass(task: DocumentTask) -> Diagnostic | None:
    """The HTML page of one document: its draft with the real neighbours, else rendered
    from the document."""
    renderer = Renderer.shared()
    try:
        page = _filled_draft(renderer, task)
        if page is None:
            _, source = load(renderer, task.path)
            page = renderer.html(source, task.context).encode("utf-8")
        if task.html_dir is not None:
            write(task.html_dir, layout.page_file(task.stem), page, task.path)
    except InputError as exc:
        return exc.diagnostic
    return None


def _filled_draft(renderer: Renderer, task: DocumentTask) -> bytes | None:
    """The draft page of the document with its real navigation, if a usable draft exists."""
    if task.html_dir is None:
        return None
    try:
        cached = manifest.cache_file(task.html_dir, task.stem).read_bytes()
    except OSError:
        return None
    draft = cached.partition(b"\n")[2]  # after the record's line
    placeholder = _placeholder()
    if draft.count(placeholder) != 1:
        return None
    return draft.replace(placeholder, renderer.pager(*task.neighbours).encode("utf-8"))
