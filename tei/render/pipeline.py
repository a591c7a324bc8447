"""Render a set of TEI files: per document (in a process pool when asked) the index record,
the text edition and the HTML page; then, once for all, the index pages and search index.

Per-document work is a pure function of (document, small context): the edition's facts, the
document's own links and its neighbours by date, so any number of processes can share it.
"""

from __future__ import annotations

import base64
import json
import os
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import chain
from pathlib import Path

from tei.diagnostics import Diagnostic, error
from tei.edition import Edition, load_edition
from tei.engine import Engine
from tei.export.files import SCHEMA_FILES
from tei.render import (
    grouping,
    indexes,
    layout,
    manifest,
    overview,
    page_step,
    passes,
    site_delta,
)
from tei.render.apparatus import load_pages, page_xml
from tei.render.context import SiteContext
from tei.render.passes import (
    PLACEHOLDER_NEXT,
    PLACEHOLDER_PREV,
    DocumentRecord,
    DocumentTask,
    write,
)
from tei.render.publish import unpublished
from tei.render.runner import Made, Progress, Runner, runner
from tei.render.search import SearchDocument
from tei.render.search_update import Identities, fingerprint, write_index
from tei.resources import schemas_dir, xslt_dir
from tei.workspace import stem as file_stem
from tei.xmlio import sync_folders

Context = Callable[..., str]  # the context XML of a page (see `context_xml`)
Status = os.stat_result | None  # a file's status, None when it cannot be read


@dataclass(frozen=True, slots=True)
class RenderResult:
    """What `render_edition` did: documents rendered, problems found, where the output is;
    `changed`: False when the set of documents and everything they depend on is what the
    last run into the same folders rendered (every output was already there)."""

    documents: int
    diagnostics: list[Diagnostic] = field(default_factory=list)
    html_dir: Path | None = None
    text_dir: Path | None = None
    changed: bool = True


def render_edition(tei_paths: Sequence[Path], html_dir: Path | None, text_dir: Path | None,
                   *, workers: int = 1, edition: Edition | None = None, cmif: bool = False,
                   archive: bool = False, progress: Progress | None = None, inputs: str = "",
                   engine: Engine | None = None, stats: Mapping[str, Status] | None = None,
                   check: Callable[[list[Path]], Mapping[str, str] | None] | None = None
                   ) -> RenderResult:
    """Render TEI files as a static site in `html_dir` and text editions in `text_dir`
    (either may be None). Files that cannot be rendered are reported, the others rendered.
    The site publishes its schemas; `cmif`, `archive`: its pages link the CMIF file and the
    zips of the TEI files and text editions the caller writes (`tei build` does).
    `engine`: run the per-document passes on Dask instead (see `tei.engine`). `stats`: the
    statuses of the TEI files by path if taken already (None: unreadable). `check(paths)`
    is called with the files to read again before anything is written (it may raise to
    stop the run); it may return those of them it found to follow the edition's RELAX NG
    (`str(path)` -> the SHA-256 of the bytes it checked: `tei build` validates them), whose
    TEI copies then need no grammar check of their own while they hold the same bytes.

    Incremental: what the last run into the same folders rendered from the same documents,
    stylesheets, settings and `inputs` (a fingerprint of the caller's other inputs) is kept;
    only changed documents and the neighbours of changed ones are rendered again, and the
    pages of documents that left the set are removed (what was rendered is listed in the
    site's manifest; without a site, everything is rendered)."""
    edition = edition or load_edition()
    context, problems = site_context(edition, html_dir, cmif, archive)
    schemas = layout.schema_base(edition.base_url)
    folder = html_dir
    environment = render_environment(context, html_dir, text_dir, inputs)
    previous = manifest.load(folder, environment)
    tasks, diagnostics = _plan(tei_paths, html_dir, text_dir, schemas)
    diagnostics += problems
    stamps = {task.stem: _stamp(task.path, previous.get(task.stem), stats) for task in tasks}
    present = manifest.outputs(html_dir, text_dir)
    stale = [task for task in tasks
             if not _kept(previous.get(task.stem), task, stamps, present)]
    if check is not None:
        grammatical = check([task.path for task in stale]) or {}
        stale = [replace(task, grammatical=grammatical[str(task.path)])
                 if str(task.path) in grammatical else task for task in stale]
    renewed = {task.stem for task in stale}
    entries = {task.stem: _restamped(previous[task.stem], stamps[task.stem]) for task in tasks
               if previous.get(task.stem) and task.stem not in renewed}
    with runner(workers, progress, len(stale), engine) as run:
        fresh = Made(stale, partial(_contexts, context=context))
        read = _first_pass(run(passes.first_pass, fresh, "Reading"), stamps, entries,
                           diagnostics)
        order = sorted(entries, key=lambda stem: _date_order(stem, entries[stem]))
        rendered = len(order)
        diagnostics += [unpublished(str(task.path)) for task in tasks
                        if task.stem in entries and not entries[task.stem].published]
        paged = manifest.stems(html_dir / layout.DOCUMENTS, ".html") if html_dir else set()
        pages_current = html_dir is None or _pages_current(read, entries, previous, paged)
        if not pages_current:
            before = sorted(previous, key=lambda stem: _date_order(stem, previous[stem]))
            kept = manifest.same_neighbours(order, before, entries, previous) & paged
            entries = page_step.render_pages(run, order, entries, tasks, context,
                                             page_step.Pages(read, previous, kept, paged),
                                             diagnostics)
        _remove_departed(previous, {task.stem for task in tasks}, html_dir, text_dir)
        # Pages current with a site: the entries are the last run's (`_pages_current`).
        changed = not (html_dir is not None and pages_current) and not _same_contents(
            entries, previous)
        if html_dir is not None and (changed or not (html_dir / "index.html").is_file()):
            order = [stem for stem in order if stem in entries]
            if not site_delta.update_search_only(html_dir, order, read, entries, previous,
                                                 partial(_cached, html_dir)):
                _write_site(html_dir, order, context, run)
    saved = folder is not None and (entries != previous
                                    or not (folder / manifest.MANIFEST).is_file())
    if saved:
        manifest.save(folder, environment, entries)
    if stale or not pages_current or changed or saved:  # something may have been written
        sync_folders(folder for folder in (html_dir, text_dir) if folder is not None)
    return RenderResult(rendered, diagnostics, html_dir, text_dir, changed)


def site_context(edition: Edition, html_dir: Path | None, cmif: bool,
                 archive: bool = False) -> tuple[SiteContext, list[Diagnostic]]:
    """The context of the site's pages (`cmif`, `archive`: they link the CMIF file and the
    zips the caller writes), with the problems of its apparatus pages (none are read without
    a site)."""
    pages, problems = load_pages(edition.pages) if html_dir is not None else ((), ())
    downloads = layout.site_downloads(cmif, archive)
    return SiteContext(edition, downloads, pages), list(problems)


def render_environment(context: SiteContext, html_dir: Path | None, text_dir: Path | None,
                       inputs: str = "") -> str:
    """The fingerprint of what every output of a run depends on besides its document: the
    site's context (edition, downloads, the apparatus pages' names and texts), the schemas'
    address, which outputs are written and the caller's other inputs."""
    pages = "\0".join(f"{page.slug}\0{page.generated}\0{page.body}" for page in context.pages)
    outputs = f"html={html_dir is not None} text={text_dir is not None}"
    return manifest.fingerprint(context(), pages, layout.schema_base(context.edition.base_url),
                                outputs, inputs)


def _stamp(path: Path, entry: manifest.Entry | None,
           stats: Mapping[str, Status] | None) -> manifest.Stamp:
    """The TEI file's stamp, from its status in `stats` when given there."""
    key = str(path)
    if stats is not None and key in stats:
        return manifest.stamp_as(path, stats[key], entry)
    return manifest.stamp(path, entry)


def _kept(entry: manifest.Entry | None, task: DocumentTask,
          stamps: dict[str, manifest.Stamp], present: set[str] | None) -> bool:
    """Whether the last run rendered this very document and its outputs are still there
    (`present`: the documents with all their outputs; None: nothing is written)."""
    if entry is None or entry.digest != stamps[task.stem].digest:
        return False
    return present is None or task.stem in present


def _entry(record: DocumentRecord, stamp: manifest.Stamp) -> manifest.Entry:
    return manifest.Entry(stamp.digest, record.sort, record.title, record.date,
                          record.published, size=stamp.size, mtime=stamp.mtime,
                          facts=site_delta.facts(record))


def _restamped(entry: manifest.Entry, stamp: manifest.Stamp) -> manifest.Entry:
    """A kept entry with the size and time its TEI has now (same content)."""
    if (entry.size, entry.mtime) == (stamp.size, stamp.mtime):
        return entry
    return replace(entry, size=stamp.size, mtime=stamp.mtime)


def _first_pass(results: Iterable[DocumentRecord | Diagnostic],
                stamps: dict[str, manifest.Stamp], entries: dict[str, manifest.Entry],
                diagnostics: list[Diagnostic]) -> set[str]:
    """Take the first step's results one at a time: each record becomes its document's
    entry (the record itself waits in the cache folder), each problem a diagnostic. Returns
    the names of the documents read."""
    read = set()
    for result in results:
        if isinstance(result, Diagnostic):
            diagnostics.append(result)
        else:
            entries[result.stem] = _entry(result, stamps[result.stem])
            read.add(result.stem)
    return read


def _pages_current(read: set[str], entries: dict[str, manifest.Entry],
                   previous: dict[str, manifest.Entry], paged: set[str]) -> bool:
    """Whether every page is the one the last run wrote: no document read again, the same
    documents with the same facts (so every page has the same neighbours) and every page
    file still there (`paged`); then no page context needs to be made."""
    return not read and _same_contents(entries, previous) and paged >= entries.keys()


def _same_contents(entries: dict[str, manifest.Entry],
                   previous: dict[str, manifest.Entry]) -> bool:
    """Whether the entries are the same but for the files' sizes and times (a touched file
    changes nothing); an entry kept from the last run is the same object, not compared."""
    return entries.keys() == previous.keys() and all(
        entry is previous[stem] or entry.content() == previous[stem].content()
        for stem, entry in entries.items())


def _cached(html_dir: Path, stem: str) -> DocumentRecord:
    """A document's record as the run that rendered it cached it."""
    path = os.path.join(html_dir, manifest.CACHE, stem + manifest.CACHE_SUFFIX)
    with open(path, "rb") as file:  # os.path: a whole-corpus rebuild reads every record
        data = json.loads(file.readline())  # the record's line; the draft page follows
    search = data.pop("search")
    search |= {"senders": tuple(search["senders"]), "addressees": tuple(search["addressees"]),
               "packed": base64.b64decode(search["packed"])}
    return DocumentRecord(**data, search=SearchDocument(**search))


def _remove_departed(previous: dict[str, manifest.Entry], present: set[str],
                     html_dir: Path | None, text_dir: Path | None) -> None:
    """Delete the outputs of documents the last run rendered that are no longer inputs."""
    departed = sorted(set(previous) - present)
    for stem in departed:
        files = [text_dir / f"{stem}.txt"] if text_dir is not None else []
        if html_dir is not None:
            files += [html_dir / relative for relative in (
                layout.page_file(stem), layout.text_file(stem), layout.tei_file(stem))]
            files.append(manifest.cache_file(html_dir, stem))
        for path in files:
            path.unlink(missing_ok=True)


def _plan(paths: Sequence[Path], html_dir: Path | None, text_dir: Path | None,
          schemas: str) -> tuple[list[DocumentTask], list[Diagnostic]]:
    """One task per input (its contexts are given when it is rendered); a second file with
    the same name is reported, not rendered."""
    tasks: dict[str, DocumentTask] = {}
    diagnostics: list[Diagnostic] = []
    cache = html_dir / manifest.CACHE if html_dir is not None else None
    for given in paths:
        path = given if isinstance(given, Path) else Path(given)
        name = path.name
        stem = file_stem(name)
        if unsafe := _unsafe_name(name):
            diagnostics.append(error(
                str(path), f"the file name contains {unsafe} (a control character, line "
                "separator or byte that is not UTF-8); rename the file to render it",
                rule="render-name").diagnostic)
            continue
        if stem in tasks:
            diagnostics.append(error(
                str(path), f"another input has the same name ({tasks[stem].path}); "
                "only the first is rendered", rule="render-duplicate").diagnostic)
            continue
        tasks[stem] = DocumentTask(path, stem, "", html_dir, text_dir, schemas, cache)
    return list(tasks.values()), diagnostics


def _contexts(task: DocumentTask, context: Context) -> DocumentTask:
    """The task with its contexts: its record's and text edition's, and its draft page's
    (placeholder neighbours), without the document's own facts (the same text for every
    document, so each process parses it once)."""
    draft = context(None, PLACEHOLDER_PREV, PLACEHOLDER_NEXT) if task.html_dir is not None else ""
    return replace(task, context=context(), draft=draft)


def _unsafe_name(name: str) -> str | None:
    """The first character of a file name that cannot name a page of the site (as U+XXXX):
    a control character, a line separator, a byte that is not UTF-8 or a noncharacter."""
    if name.isascii() and name.isprintable():
        return None  # the usual name: no control character, separator or surrogate
    for char in name:
        if unicodedata.category(char) in {"Cc", "Zl", "Zp", "Cs"} or char in "\ufffe\uffff":
            return f"U+{ord(char):04X}"
    return None


def _date_order(stem: str, entry: manifest.Entry) -> tuple[bool, str, str]:
    """Dated documents by date, then undated ones; ties by file name."""
    return (not entry.sort, entry.sort, stem)


def _write_site(html_dir: Path, stems: list[str], context: SiteContext, run: Runner) -> None:
    """Index pages, entity pages, timeline, map, apparatus pages, search index, assets
    and schemas: the whole-corpus part of the site (see `tei.render.indexes`), from the
    records of the documents `stems` (in date order) as the cache folder holds them, read
    one at a time and let go of once used. The pages are transformed by `run` (in the pool
    of the render, when it has one)."""

    def context_of(root: str) -> str:
        return context({"root": root})

    search_page = indexes.Page("search.html", '<search-page path="search.html"/>')
    identities: Identities = ([], [])
    with grouping.group(_records(html_dir, stems, identities)) as corpus:
        every_page = chain(indexes.pages(corpus), overview.overview_pages(corpus),
                           [search_page])
        indexes.write_pages(html_dir, every_page, run, context_of)
        write(html_dir, layout.TIMELINE_DATA, overview.timeline_script(corpus).encode("utf-8"))
        write(html_dir, layout.MAP_DATA, overview.map_script(corpus).encode("utf-8"))
    apparatus = (indexes.PageJob(html_dir, layout.apparatus_file(page.slug), page_xml(page),
                                 context({"page": page.slug}), "apparatus")
                 for page in context.pages)
    for _ in run(indexes.transform_page, apparatus, "Apparatus pages"):
        pass
    searched = Made(stems, lambda stem: _cached(html_dir, stem).search)
    search = write_index(html_dir, searched, partial(write, html_dir), identities)
    _remove_others(html_dir / layout.SEARCH, search)
    for asset in sorted((xslt_dir() / "assets").iterdir()):
        if asset.is_file():
            write(html_dir, f"{layout.ASSETS}/{asset.name}", asset.read_bytes())
    for name in SCHEMA_FILES:
        write(html_dir, f"{layout.SCHEMAS}/{name}", (schemas_dir() / name).read_bytes())


def _records(html_dir: Path, stems: list[str], identities: Identities) -> Iterator[str]:
    """The index records of the documents `stems` from the cache folder, one at a time;
    the page and search fingerprint of each are added to `identities` as it is read (the
    search index then need not read every document again to find what changed)."""
    for stem in stems:
        record = _cached(html_dir, stem)
        identities[0].append(record.search.href)
        identities[1].append(fingerprint(record.search))
        yield record.record


def _remove_others(folder: Path, kept: Iterable[str]) -> None:
    """Remove the files of `folder` (shards of an earlier, larger corpus) not in `kept`
    (paths from the site root)."""
    names = {Path(relative).name for relative in kept}
    for path in sorted(folder.glob("*.js")):
        if path.name not in names and not path.is_symlink():
            path.unlink()
