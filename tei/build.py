"""`tei build`: convert -> validate -> render, the whole edition from the raw texts, the
edition's CMIF file (site/cmif.xml) for correspSearch and its bulk downloads (site/
telegrams.zip: the TEI files with register and schemas; site/telegrams-text.zip: the text
editions).

Hand-edited TEI files are kept as the editor left them (the conversion refuses to overwrite
them and the build goes on with them); validation errors stop the build before rendering.
"""

from __future__ import annotations

import os
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

from tei.conversion import FileResult, Settings, resources_digest, schema_href
from tei.convert_ledger import LEDGER, ConvertLedger
from tei.diagnostics import Diagnostic, Severity, error
from tei.edition import load_edition
from tei.engine import Engine, session, validate_files
from tei.export.settings import ExportSettings, load_settings
from tei.export.zipped import ledger_path
from tei.file_digest import remembered
from tei.render import RenderResult, manifest, render_edition
from tei.render.layout import ARCHIVE, CMIF, TEXTS
from tei.resources import edition_config, register_dir
from tei.tidy import TIDY, note_tidy, remove_stale_unless_tidy
from tei.validate.model import FileReport, Layer, Options, Outcome, Report
from tei.workspace import locked, rare_collections, stem
from tei.xmlio import read_bytes, write_problem

Progress = Callable[[Sequence[Any], str], Iterable[Any]]


class Status(NamedTuple):
    """What the build keeps of a file's status (a quarter of an `os.stat_result`, with the
    same names): its size and modification time."""

    st_size: int
    st_mtime_ns: int


Statuses = dict[str, Status | None]  # files' statuses by path (None: unreadable)
CMIF_CACHE = ".cmif-cache"
# Bookkeeping in the site that records files' sizes and times (so it differs between two
# builds of the same corpus, while every other file is the same).
STAMPED_FILES = frozenset({manifest.MANIFEST, LEDGER, CMIF_CACHE, TIDY,
                           *(ledger_path(Path(name)).name for name in (ARCHIVE, TEXTS))})


@dataclass(frozen=True)
class Layout:
    """Where the build reads and writes."""

    raw: Path = Path("corpus/raw")
    tei: Path = Path("corpus/tei")
    site: Path = Path("site")
    text: Path = Path("text")


@dataclass
class BuildResult:
    """What each stage did; `render` is None when validation stopped the build. The
    conversions keep their errors only (what the build prints of them), `conversion_tally`
    counts all their diagnostics by severity; the validation report keeps each file's
    findings and outcomes, not its corpus facts or timings."""

    conversions: list[FileResult] = field(default_factory=list)
    validation: Report | None = None
    render: RenderResult | None = None
    cmif: list[Diagnostic] = field(default_factory=list)
    conversion_tally: Counter[str] = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        """True when nothing failed: every text converted (or kept), valid, rendered."""
        return (not any(r.outcome == "failed" for r in self.conversions)
                and self.validation is not None and not self.validation.failed()
                and self.render is not None and not self.render.diagnostics
                and not any(d.severity == Severity.ERROR for d in self.cmif))


def _inputs_fingerprint(settings: Settings) -> str:
    """Hash of the build's inputs besides the TEI and the stylesheets: the register and the
    edition settings (a change validates and renders every document again); remembered by
    the files' sizes and times (see `tei.file_digest`)."""
    register = settings.register or register_dir()
    files = sorted(p for p in register.rglob("*") if p.is_file()) if register.is_dir() else []
    edition = settings.edition or edition_config()
    if edition.is_file():
        files.append(edition)
    return remembered("inputs", files, partial(_files_digest, files))


def _files_digest(files: list[Path]) -> str:
    """The hash of the files' names and the hashes of their bytes."""
    return manifest.digest("\0".join(f"{p.name}\0{manifest.digest(p.read_bytes())}" for p in files))


def build(layout: Layout, settings: Settings | None = None, *, jobs: int = 1,
          progress: Progress | None = None, engine: Engine | None = None) -> BuildResult:
    """Run the three stages over the corpus folders of `layout`, holding the lock of its TEI
    folder (a second build on it waits); temporary files a killed build left are removed.
    Documents the last build rendered unchanged (see `tei.render.manifest`) are neither
    validated nor rendered again, and when nothing changed the CMIF file and the zips are
    kept as they are. The site and text folders are walked for temporary files a killed
    run left only when something was written into them since the last build ended (see
    `tei.tidy`). `engine`: run the per-document stages on Dask.

    Raises InputError when the site or text edition cannot be written."""
    result = BuildResult()
    settings = settings or Settings()
    with locked([layout.tei]), session(engine), rare_collections():
        for folder in (layout.site, layout.text):
            if folder.is_dir():
                remove_stale_unless_tidy(folder)
        ledger = _convert_ledger(layout, settings)
        conversions, tei_files, stats = _convert(layout, settings, ledger, jobs, progress,
                                                 engine)
        result.conversions, result.conversion_tally = _errors_only(conversions)
        del conversions
        edition = load_edition(settings.edition)
        options = Options(jobs=jobs)

        def validate(paths: list[Path]) -> set[str]:
            result.validation = _validate(paths, options, engine)
            if result.validation.failed():
                raise _ValidationFailed
            return {file.path: file.grammatical for file in result.validation.files
                    if file.grammatical}

        try:
            result.render = render_edition(
                tei_files, layout.site, layout.text, workers=jobs, edition=edition, cmif=True,
                archive=True, progress=progress, inputs=_inputs_fingerprint(settings),
                engine=engine, stats=stats, check=validate)
            if result.render.changed or not _shared_files_present(layout):
                shared = load_settings(settings.edition)
                register = settings.register or register_dir()
                result.cmif = _write_cmif(tei_files, stats, layout.site, shared, register)
                write_archives(tei_files, layout, shared, register, stats)
            ledger.save(result.conversions, layout.tei)
            for folder in (layout.site, layout.text):
                note_tidy(folder)
        except _ValidationFailed:
            return result
        except OSError as exc:  # the site or text folder cannot be written
            where, why = write_problem(exc, layout.site)
            raise error(where, f"cannot write the edition: {why}", rule="io") from None
    return result


class _ValidationFailed(Exception):
    """Validation found errors: the build stops before rendering anything."""


def _listing(folder: Path, suffix: str) -> dict[str, os.DirEntry[str]]:
    """The entries of `folder` whose names end with `suffix` (as `folder.glob('*' +
    suffix)` finds them) by name, sorted, with their statuses cached once asked for."""
    try:
        with os.scandir(folder) as found:
            entries = sorted((entry for entry in found if entry.name.endswith(suffix)),
                             key=lambda entry: entry.name)
    except OSError:
        return {}
    return {entry.name: entry for entry in entries}


def _validate(paths: Sequence[Path], options: Options, engine: Engine | None) -> Report:
    """The report on `paths` as the build keeps it (see `_kept`); with none, the validators
    and register are not even loaded."""
    if not paths:
        return Report((), options.active)
    from tei.validate.engine import collect  # the validators: only for documents to check

    report = collect(validate_files(paths, options, engine), options)
    return Report(tuple(_kept(file) for file in report.files), report.layers)


_NO_SECONDS: dict[Layer, float] = {}  # shared by the kept reports: never changed
_outcomes: dict[tuple[tuple[Layer, Outcome], ...], dict[Layer, Outcome]] = {}


def _kept(file: FileReport) -> FileReport:
    """A file's report without what only validation needed (its corpus facts and timings),
    its outcomes shared with every file that has the same (one dict for most files)."""
    outcomes = _outcomes.setdefault(tuple(file.outcomes.items()), file.outcomes)
    return replace(file, outcomes=outcomes, facts=None, seconds=_NO_SECONDS)


def _errors_only(results: list[FileResult]) -> tuple[list[FileResult], Counter[str]]:
    """The conversions with their errors only, and the count of all their diagnostics by
    severity (the build prints the errors and counts the rest)."""
    tally: Counter[str] = Counter()
    kept = []
    for result in results:
        tally.update(diagnostic.severity.value for diagnostic in result.diagnostics)
        if not result.diagnostics:
            kept.append(result)
            continue
        errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
        kept.append(FileResult(result.source, result.outcome, errors))
    return kept, tally


def _convert_ledger(layout: Layout, settings: Settings) -> ConvertLedger:
    """What the last build found up to date in convert (kept in the site folder)."""
    environment = "\0".join((resources_digest(settings.register, settings.patterns,
                                               settings.edition),
                              schema_href(layout.tei, settings.project)))
    return ConvertLedger(layout.site / LEDGER, environment)


def _convert(layout: Layout, settings: Settings, ledger: ConvertLedger, jobs: int,
             progress: Progress | None, engine: Engine | None
             ) -> tuple[list[FileResult], list[Path], Statuses]:
    """Convert the sources, passing over those whose source and TEI have the sizes and times
    they had when the last build found them up to date (see `tei.convert_ledger`); return
    what happened to each and the TEI files then in the folder, with their statuses by path
    (None: unreadable). Each folder is listed once and each file's status taken once."""
    sources = _listing(layout.raw, ".txt")
    before = _listing(layout.tei, ".xml")
    paths = {name: layout.raw / name for name in sources}
    pending = [paths[name] for name in ledger.stale(sources, before, _tei_name)]
    converted = {r.source.name: r for r in _convert_pending(pending, layout.tei, settings,
                                                            jobs, progress, engine)}
    after = before
    if pending:  # listed again, keeping the statuses of the files found up to date
        confirmed = {_tei_name(name) for name in ledger.confirmed}
        after = {name: before[name] if name in confirmed else entry
                 for name, entry in _listing(layout.tei, ".xml").items()}
    tei_files = [layout.tei / name for name in after]
    stats = {str(path): _status(entry) for path, entry in zip(tei_files, after.values(),
                                                               strict=True)}
    results = [converted.get(name) or FileResult(path, "unchanged")
               for name, path in paths.items()]
    return results, tei_files, stats


def _convert_pending(pending: list[Path], tei: Path, settings: Settings, jobs: int,
                     progress: Progress | None, engine: Engine | None) -> list[FileResult]:
    """Convert the sources `pending` into the folder `tei` (with none, the converter is not
    even imported)."""
    if not pending:
        return []
    from tei.convert.batch import convert_files

    return convert_files(pending, tei, settings, jobs=jobs, progress=progress, engine=engine)


def _tei_name(source: str) -> str:
    """The name of the TEI file converted from the source named `source`."""
    return f"{stem(source)}.xml"


def _status(entry: os.DirEntry[str] | None) -> Status | None:
    """The entry's size and time (following links), None when there is none, it is gone or
    it is not a regular file."""
    try:
        found = entry.stat() if entry is not None else None
    except OSError:
        return None
    if found is None or not stat.S_ISREG(found.st_mode):  # a FIFO is read by no one
        return None
    return Status(found.st_size, found.st_mtime_ns)


def _shared_files_present(layout: Layout) -> bool:
    """Whether the CMIF file and both zips of an earlier build are in the site (an unchanged
    build keeps them: they depend only on the documents, register and settings)."""
    return all((layout.site / name).is_file() for name in (CMIF, ARCHIVE, TEXTS))


def _write_cmif(tei_files: list[Path], stats: Statuses, site: Path,
                settings: ExportSettings, register: Path) -> list[Diagnostic]:
    """The site's CMIF file, reading only the TEI files changed since the last build (the
    entries of the others are cached in `CMIF_CACHE`)."""
    from tei.export.cmif_cache import CorrespondenceCache
    from tei.export.cmif_cache import environment as cmif_environment

    cache = CorrespondenceCache(site / CMIF_CACHE, cmif_environment(settings, register))
    return cache.write(tei_files, site / CMIF, settings, register, stats)


def write_archives(tei_files: Sequence[Path], layout: Layout, settings: ExportSettings,
                   register: Path, stats: Statuses | None = None) -> None:
    """The site's bulk downloads: the zip of the TEI files with the register and schemas (as
    `tei export zip` makes it) and the zip of the text editions; deterministic, dated with
    the export date; members whose files are unchanged since the last build are copied
    from its zips without compressing them again (see `tei.export.zipped`). `stats`: the
    TEI files' statuses by path, where the build took them (not taken again)."""
    from tei.export.archive import archive_members
    from tei.export.zipped import Member, write_zip

    write_zip(layout.site / ARCHIVE, archive_members(tei_files, settings, register, stats),
              settings.date)
    texts = [Member(f"text/{name}", partial(_read, entry.path), entry.path)
             for name, entry in _listing(layout.text, ".txt").items()]
    write_zip(layout.site / TEXTS, texts, settings.date)


def _read(path: str) -> bytes:
    """The bytes of the file at `path` (an InputError naming it when it cannot be read)."""
    return read_bytes(Path(path))
