"""Converting many files: one worker per process holds the resources, loaded once."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from functools import partial
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from tei.conversion import FileResult, Settings, schema_href
from tei.convert import (
    Resources,
    convert_file,
    resources_digest,
    resources_for,
    up_to_date,
)
from tei.decoding import MAX_SOURCE_BYTES
from tei.diagnostics import Diagnostic, InputError, error
from tei.engine import Engine, dask_runner
from tei.workspace import die_with_parent, interruptible, locked
from tei.xmlio import read_bytes

Progress = Callable[[Sequence[Any], str], Iterable[Any]]


_worker: Resources | None = None
_worker_settings: Settings | None = None
# (misses44) the worker's resources for a source outside the project's folder: the
# project's `[source] repository` names the archive of its own texts, not of any file
# converted while the working folder is in it (a UN cable page from /tmp)
_outsider: Resources | None = None
_project: Path | None = None


def _init_worker(settings: Settings) -> None:
    global _worker, _outsider, _project
    _worker = resources_for(settings)
    _outsider = replace(_worker, edition=replace(_worker.edition, repository=""))
    _project = settings.project.resolve() if settings.project else None


def _resources(source: Path) -> Resources:
    """The resources for `source`: the project's own texts (under its folder) may take its
    default repository, others not."""
    assert _worker is not None and _outsider is not None
    inside = _project is None or source.resolve().is_relative_to(_project)
    return _worker if inside else _outsider


def _convert_in_worker(settings: Settings, out_dir: Path, force: bool, href: str,
                       encoding: str | None, source: Path) -> FileResult:
    """Convert one source in a Dask worker, loading the resources of `settings` once."""
    global _worker_settings
    if _worker is None or _worker_settings != settings:
        _init_worker(settings)
        _worker_settings = settings
    return _convert_one(source, out_dir, force, href, encoding)


def _init_pool_worker(settings: Settings, owner: int) -> None:
    die_with_parent(owner)
    _init_worker(settings)


def _convert_one(source: Path, out_dir: Path, force: bool, href: str,
                 encoding: str | None = None) -> FileResult:
    try:
        outcome, _, warnings = convert_file(source, out_dir, _resources(source), force=force,
                                            schema_href=href, encoding=encoding)
    except InputError as exc:
        refused = exc.diagnostic.rule == "hand-edited"
        return FileResult(source, "refused" if refused else "failed", [exc.diagnostic])
    except OSError as exc:
        where = exc.filename or source
        return FileResult(source, "failed", [error(
            str(where), f"cannot read or write: {exc.strerror or exc}", rule="io").diagnostic])
    except Exception as exc:  # a bug: reported for this file, the batch goes on
        return FileResult(source, "failed", [_internal(source, exc)])
    return FileResult(source, outcome.value, warnings)


def _internal(source: Path, exc: BaseException) -> Diagnostic:
    return error(str(source), f"internal error: {type(exc).__name__}: {exc} (a bug in tei; "
                 "please report it with this file)", rule="internal").diagnostic


def convert_files(sources: Sequence[Path], out_dir: Path, settings: Settings | None = None, *,
                  force: bool = False, jobs: int = 1, encoding: str | None = None,
                  progress: Progress | None = None,
                  engine: Engine | None = None) -> list[FileResult]:
    """Convert every source into `out_dir`, in `jobs` processes (or as Dask tasks, see
    `tei.engine`); one failure stops nothing.

    `encoding` forces the codec of every source (None: detect each file's encoding).

    Raises InputError when the register, patterns or edition settings cannot be loaded.
    """
    settings = settings or Settings()
    digest = resources_digest(settings.register, settings.patterns, settings.edition)
    href = schema_href(out_dir, settings.project)
    clashes = _same_output(sources, out_dir)
    with locked([out_dir]):
        unique = [source for source in sources if source not in clashes]
        done = clashes if force or encoding else {
            **clashes, **_unchanged(unique, out_dir, href, digest)}
        pending = [source for source in unique if source not in done]
        if pending:  # loaded here first: a broken register or table is reported once
            _init_worker(settings)
        run = partial(_convert_pending, out_dir, settings, force=force, jobs=jobs,
                      encoding=encoding, progress=progress, engine=engine)
        converted = dict(zip(pending, run(pending, href), strict=True))
        return [done.get(source) or converted[source] for source in sources]


def _same_output(sources: Sequence[Path], out_dir: Path) -> dict[Path, FileResult]:
    """A failure for each source whose TEI file (`OUT/<stem>.xml`) an earlier source of the
    batch makes too (`a/x.txt` and `b/x.txt`): the first is converted, the others not."""
    first: dict[str, Path] = {}
    clashes = {}
    for source in sources:
        taken = first.setdefault(source.stem, source)
        if taken != source:
            clashes[source] = FileResult(source, "failed", [error(
                str(source), f"its TEI file {out_dir / (source.stem + '.xml')} is made from "
                f"{taken} already; rename one of them", rule="same-output").diagnostic])
    return clashes


def _unchanged(sources: Sequence[Path], out_dir: Path, href: str,
               digest: str) -> dict[Path, FileResult]:
    """The sources whose TEI is up to date, found in this process without loading the
    resources (no worker is started for a build where little changed)."""
    found = {}
    for source in sources:
        target = out_dir / f"{source.stem}.xml"
        try:
            source_hash = hashlib.sha256(read_bytes(source, MAX_SOURCE_BYTES)).hexdigest()
            if up_to_date(read_bytes(target), source_hash, digest, href):
                found[source] = FileResult(source, "unchanged")
        except InputError:
            continue  # reported when converting
    return found


def _convert_pending(out_dir: Path, settings: Settings, sources: Sequence[Path], href: str, *,
                     force: bool, jobs: int, encoding: str | None, progress: Progress | None,
                     engine: Engine | None) -> list[FileResult]:
    """Convert `sources`: in this process, a pool of `jobs` processes or as Dask tasks."""
    track = progress or (lambda items, _label: items)
    if engine is not None and engine.distributed and sources:
        with dask_runner(engine, progress) as run:
            return list(run(partial(_convert_in_worker, settings, out_dir, force, href,
                                    encoding), sources, "Converting"))
    if jobs == 1 or len(sources) < 2:
        return [_convert_one(s, out_dir, force, href, encoding)
                for s in track(sources, "Converting")]
    size = max(1, min(64, len(sources) // (jobs * 8)))
    chunks = [sources[i:i + size] for i in range(0, len(sources), size)]
    with interruptible(ProcessPoolExecutor(jobs, mp_context=get_context("spawn"),
                                           initializer=_init_pool_worker,
                                           initargs=(settings, os.getpid()))) as pool:
        futures = [pool.submit(_convert_chunk, chunk, out_dir, force, href, encoding)
                   for chunk in chunks]
        return [result for future, chunk in zip(track(futures, "Converting"), chunks,
                                                strict=True)
                for result in _chunk_results(future, chunk)]


def _chunk_results(future: Future, chunk: Sequence[Path]) -> list[FileResult]:
    """The results of one chunk; when its worker process died, a failure for each file."""
    try:
        return future.result()
    except BrokenProcessPool:
        return [FileResult(source, "failed", [error(
            str(source), "the worker process converting this file died (killed, or out of "
            "memory); convert it again", rule="worker").diagnostic]) for source in chunk]


def _convert_chunk(sources: Sequence[Path], out_dir: Path, force: bool, href: str,
                   encoding: str | None = None) -> list[FileResult]:
    return [_convert_one(source, out_dir, force, href, encoding) for source in sources]
