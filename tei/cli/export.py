"""`tei export`: share the edition as CMIF (for correspSearch), one teiCorpus file or a zip."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from tei.cli.common import EXIT_FINDINGS, collect_files, emit, fail, project_for
from tei.diagnostics import Diagnostic, InputError, Severity, error
from tei.project import Project

if TYPE_CHECKING:
    from tei.export.settings import ExportSettings

export_app = typer.Typer(
    help="Share the edition: CMIF for correspSearch, a teiCorpus file, a zip with schemas.",
    epilog="Examples:\n\n  tei export cmif -o site/cmif.xml\n\n"
           "  tei export corpus -o export/telegrams-corpus.xml\n\n"
           "  tei export zip -o export/telegrams.zip\n\n"
           "  tei export split export/telegrams-corpus.xml -o corpus/tei",
    no_args_is_help=True)

_INPUTS = typer.Argument(None, metavar="[TEI]...",
                         help="TEI files, folders or patterns [default: the edition's "
                              "corpus/tei].")
_EDITION = typer.Option(None, "--edition", metavar="PATH",
                        help="The edition: project folder or settings TOML [default: the "
                             "project's corpus/edition.toml, found from the working folder].")
_REGISTER = typer.Option(None, "--register", metavar="DIR",
                         help="Register folder [default: the project's corpus/register].")
_DATE = typer.Option(None, "--date", metavar="YYYY-MM-DD",
                     help="Publication date [default: [export] date of the edition settings].")


def _inputs(inputs: list[str] | None, project: Project) -> list[Path]:
    """The TEI files to export (sorted, as given)."""
    paths = collect_files(inputs or [str(project.path("corpus/tei"))], ".xml")
    if not paths:
        raise fail("no TEI files to export")
    return paths


def _write(path: Path, data: bytes) -> None:
    """Write one output file atomically; an OS error is a usage error naming it."""
    from tei.xmlio import atomic_write, write_problem

    try:
        atomic_write(path, data)
    except OSError as exc:
        where, why = write_problem(exc, path)
        raise fail(f"{where}: cannot write: {why}") from None


def _stop(diagnostic: Diagnostic) -> typer.Exit:
    """Show the diagnostic that stops the export; return the Exit (code 1) to raise."""
    emit(diagnostic)
    return typer.Exit(EXIT_FINDINGS)


def _settings(project: Project, date: str | None) -> ExportSettings:
    """The export settings, or exit 1 with the configuration's diagnostic."""
    from tei.export.settings import load_settings

    try:
        return load_settings(project.edition_file, date)
    except InputError as exc:
        raise _stop(exc.diagnostic) from None


@export_app.command("cmif")
def cmif_command(inputs: list[str] | None = _INPUTS,
                 output: Path | None = typer.Option(
                     None, "--output", "-o", help="CMIF file to write [default: site/cmif.xml]."),
                 edition: Path | None = _EDITION, register: Path | None = _REGISTER,
                 date: str | None = _DATE) -> None:
    """Write one CMIF file (correspSearch) and check it against the CMIF rules."""
    from tei.export.cmif import cmif_bytes, load_entries

    project = project_for(edition)
    paths, settings = _inputs(inputs, project), _settings(project, date)
    output = output or project.path("site/cmif.xml")
    try:
        data, diagnostics = cmif_bytes(paths, settings,
                                       load_entries(register or project.register), output.name)
    except InputError as exc:
        raise _stop(exc.diagnostic) from None
    _finish(output, data, diagnostics, len(paths))


def _finish(output: Path, data: bytes, diagnostics: list[Diagnostic], count: int) -> None:
    """Show the diagnostics; write the file unless one of them is an error."""
    for diagnostic in diagnostics:
        emit(diagnostic)
    if any(item.severity == Severity.ERROR for item in diagnostics):
        raise fail(f"{output}: not written", EXIT_FINDINGS)
    _write(output, data)
    typer.echo(f"wrote {output} ({count} documents)")


@export_app.command("corpus")
def corpus_command(inputs: list[str] | None = _INPUTS,
                   output: Path | None = typer.Option(
                       None, "--output", "-o",
                       help="teiCorpus file to write [default: export/telegrams-corpus.xml]."),
                   edition: Path | None = _EDITION, register: Path | None = _REGISTER,
                   date: str | None = _DATE) -> None:
    """Write one teiCorpus (header, register, documents) and its schemas beside it."""
    from tei.export.corpus import corpus_bytes
    from tei.export.files import schema_payload

    project = project_for(edition)
    paths, settings = _inputs(inputs, project), _settings(project, date)
    output = output or project.path("export/telegrams-corpus.xml")
    try:
        data = corpus_bytes(paths, settings, register or project.register)
    except InputError as exc:
        raise _stop(exc.diagnostic) from None
    for name, schema in schema_payload().items():
        _write(output.parent / "schemas" / name, schema)
    _finish(output, data, [], len(paths))


@export_app.command("zip")
def zip_command(inputs: list[str] | None = _INPUTS,
                output: Path | None = typer.Option(
                    None, "--output", "-o",
                    help="Zip file to write [default: export/telegrams.zip]."),
                edition: Path | None = _EDITION, register: Path | None = _REGISTER,
                date: str | None = _DATE) -> None:
    """Write a zip of the TEI files, the register, the schemas and a README."""
    from tei.export.archive import archive_entries, zip_bytes

    project = project_for(edition)
    paths, settings = _inputs(inputs, project), _settings(project, date)
    output = output or project.path("export/telegrams.zip")
    try:
        data = zip_bytes(archive_entries(paths, settings, register or project.register),
                         settings.date)
    except InputError as exc:
        raise _stop(exc.diagnostic) from None
    _finish(output, data, [], len(paths))


@export_app.command("split")
def split_command(corpus: Path = typer.Argument(..., metavar="CORPUS"),
                  output: Path = typer.Option(Path("corpus/tei"), "--output", "-o",
                                            help="Folder for the documents."),
                  force: bool = typer.Option(False, "--force", help=(
                      "Replace TEI files edited by hand (kept as <name>.xml.bak)."))) -> None:
    """Write the documents of a teiCorpus (from `tei export corpus`) as single TEI files;
    a file there that was edited by hand is not replaced unless --force."""
    from tei.export.archive import DOCUMENT_SCHEMAS
    from tei.export.corpus import split_corpus
    from tei.xmlio import read_bytes

    try:
        documents = split_corpus(read_bytes(corpus), str(corpus), DOCUMENT_SCHEMAS)
    except InputError as exc:
        raise _stop(exc.diagnostic) from None
    refused = [name for name, data in documents.items()
               if not _write_document(output / name, data, force)]
    typer.echo(f"wrote {len(documents) - len(refused)} documents to {output}"
               + (f"; {len(refused)} edited by hand not replaced" if refused else ""))
    if refused:
        raise typer.Exit(EXIT_FINDINGS)


def _write_document(target: Path, data: bytes, force: bool) -> bool:
    """Write one split document unless `target` holds hand edits (with `force`: kept as a
    backup); False when it was refused."""
    from tei.convert import hand_edited, keep_backup
    from tei.xmlio import read_bytes

    try:
        existing = read_bytes(target) if target.exists() else None
    except InputError as exc:
        raise fail(exc.diagnostic.format()) from None
    if existing == data:
        return True
    reason = hand_edited(existing) if existing is not None else None
    if reason and not force:
        emit(error(str(target), f"not overwritten: {reason}; split with --force to replace "
                   "it", rule="hand-edited").diagnostic)
        return False
    if reason and existing is not None:
        try:
            emit(keep_backup(target, existing))
        except InputError as exc:  # the backup cannot be written: nothing is replaced
            raise fail(exc.diagnostic.format()) from None
    _write(target, data)
    return True


def register(app: typer.Typer) -> None:
    """Add the `export` command group to the app."""
    app.add_typer(export_app, name="export")
