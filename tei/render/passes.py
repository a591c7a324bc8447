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
import json
import os
from dataclasses import asdict, dataclass, replace
from functools import cache
from pathlib import Path

from lxml import etree

from tei.diagnostics import Diagnostic, InputError, error
from tei.edition import Edition
from tei.render import layout, manifest
from tei.render.context import Link, context_xml
from tei.render.publish import tei_copy
from tei.render.saxon import Renderer, Source
from tei.render.search import SearchDocument, reading, search_document
from tei.xmlio import TEI_NS, atomic_write, parse_bytes, read_bytes

# Neighbours of a draft page: links no document links to, replaced by the real ones.
PLACEHOLDER_PREV = Link("#tt-pager-placeholder-prev", "tt-pager-placeholder", "")
PLACEHOLDER_NEXT = Link("#tt-pager-placeholder-next", "tt-pager-placeholder", "")


@dataclass(frozen=True, slots=True)
class DocumentTask:
    """One document to render: `context` is the context of its record and text edition (of
    its page, in the second step); `drafts` the contexts of its draft page with placeholder
    neighbours, when its TEI copy is published and when it is withheld."""

    path: Path
    stem: str
    context: str
    html_dir: Path | None
    text_dir: Path | None
    schemas: str = ""
    cache: Path | None = None
    drafts: tuple[str, str] = ("", "")


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
    tree = parse_bytes(read_bytes(path), str(path))
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
    renderer = Renderer.shared()
    try:
        tree, source = load(renderer, task.path)
        record = renderer.record(source, task.context)
        text = renderer.text(source, task.context).encode("utf-8")
        copy = tei_copy(tree, task.schemas) if task.html_dir is not None else None
        if task.text_dir is not None:
            write(task.text_dir, f"{task.stem}.txt", text, task.path)
        if task.html_dir is not None:
            write(task.html_dir, layout.text_file(task.stem), text, task.path)
            if copy is not None:
                write(task.html_dir, layout.tei_file(task.stem), copy, task.path)
            else:
                inside(task.html_dir, layout.tei_file(task.stem), task.path).unlink(
                    missing_ok=True)
            _write_draft(renderer, task, task.html_dir, source, copy is not None)
    except InputError as exc:
        return exc.diagnostic
    published = copy is not None or task.html_dir is None
    parsed = replace(parse_record(task.stem, record, reading(tree.getroot())),
                     published=published)
    if task.cache is not None:
        fields = asdict(parsed)
        fields["search"]["packed"] = base64.b64encode(parsed.search.packed).decode("ascii")
        data = json.dumps(fields, ensure_ascii=False, sort_keys=True)
        atomic_write(task.cache / f"{task.stem}.json", data.encode("utf-8"), durable=False)
    return parsed


def _write_draft(renderer: Renderer, task: DocumentTask, html_dir: Path, source: Source,
                 published: bool) -> None:
    """The document's page with placeholder neighbours, in the cache folder of `html_dir`;
    none when the page cannot be rendered (the second step reports why) or the placeholder
    is ambiguous."""
    draft = manifest.draft_file(html_dir, task.stem)
    context = task.drafts[0 if published else 1]
    try:
        page = renderer.html(source, context).encode("utf-8")
    except InputError:
        draft.unlink(missing_ok=True)
        return
    if page.count(_placeholder()) == 1:
        atomic_write(draft, page, durable=False)
    else:
        draft.unlink(missing_ok=True)


@cache
def _placeholder() -> bytes:
    """The navigation a draft page holds in place of its neighbours' links (it depends on
    nothing else of the context)."""
    context = context_xml(Edition(), prev=PLACEHOLDER_PREV, next_=PLACEHOLDER_NEXT)
    return Renderer.shared().pager(context).encode("utf-8")


def parse_record(stem: str, record: str, text: str) -> DocumentRecord:
    """The record from the XSLT as facts, search terms (with the document's `text`, see
    `tei.render.search.reading`) and the index input."""
    root = etree.fromstring(record)
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
        draft = manifest.draft_file(task.html_dir, task.stem).read_bytes()
    except OSError:
        return None
    placeholder = _placeholder()
    if draft.count(placeholder) != 1:
        return None
    return draft.replace(placeholder, renderer.pager(task.context).encode("utf-8"))


def write(folder: Path, relative: str, data: bytes, source: Path | None = None) -> None:
    """Write `folder/relative` atomically (made durable with the whole output by
    `sync_folders` at the end of the run), unless it already holds exactly these bytes (a
    re-render then costs no disk flush and leaves modification times alone). Raises
    InputError (naming `source`, the input written from, if given) when the path leads
    outside `folder`, through a symbolic link or `..`."""
    path = inside(folder, relative, source)
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return
    except OSError:
        pass
    atomic_write(path, data, durable=False)


def inside(folder: Path, relative: str, source: Path | None = None) -> Path:
    """`folder/relative` with every link resolved; InputError (naming `source` or the path)
    if that leaves the folder."""
    target = Path(os.path.realpath(folder / relative))  # as Path.resolve, without its overhead
    if not target.is_relative_to(os.path.realpath(folder)):
        raise error(str(source or folder / relative),
                    f"{folder / relative} not written: the path leads outside the output "
                    f"folder {folder} (through a symbolic link or '..'), to {target}",
                    rule="render-output")
    return target
