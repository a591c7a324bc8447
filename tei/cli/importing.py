"""`tei import` (other editions' documents) and `tei register import` (their lists of
persons, places and organisations)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated, Any

import typer

from tei.cli.common import (
    EDITION_HELP,
    EXIT_FINDINGS,
    EXIT_OK,
    collect_files,
    emit,
    fail,
    progress,
    project_for,
)
from tei.diagnostics import InputError, Severity
from tei.edition import load_edition
from tei.importing import Batch, import_files, merge_lists
from tei.xmlio import atomic_write

EXAMPLES = """
Examples:

  tei import ../other-edition/letters -o corpus/tei           a folder of TEI files
  tei import frus-d192.xml --report import.json               with a JSON report
  tei import letters/*.xml --register my/register             another register
"""
REGISTER_EXAMPLES = """
Examples:

  tei register import listperson.xml                        merge into the edition's register
  tei register import pmb.xml --register corpus/register --report merge.json
"""
OUTCOMES = ("written", "unchanged", "refused", "failed")


def _folder(option: str, folder: Path | None, edition: Path | None) -> Path:
    """The register folder: the option's, else the edition project's (the bundled one
    outside a project)."""
    if folder is not None and not folder.is_dir():
        raise fail(f"{option} {folder}: no such folder")
    return folder or project_for(edition).register


def _write_json(path: Path, data: dict[str, Any]) -> None:
    try:
        atomic_write(path, (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode())
    except OSError as exc:
        raise fail(f"cannot write the report {path}: {exc.strerror}") from None


def _summary(batch: Batch, quiet: bool) -> bool:
    """Print diagnostics and the summary line; True when a document was left out."""
    counts: Counter[str] = Counter(r.outcome for r in batch.results)
    for result in batch.results:
        for diagnostic in result.diagnostics:
            if not quiet or diagnostic.severity is Severity.ERROR:
                emit(diagnostic)
    added = sum(len(ids) for ids in batch.register.values())
    total = len(batch.results)
    parts = ", ".join(f"{counts[o]} {o}" for o in OUTCOMES if counts[o] or o != "refused")
    print(f"tei import: {total} file{'s' if total != 1 else ''}: {parts}; {added} register "
          f"entr{'ies' if added != 1 else 'y'} added", file=sys.stderr)
    return bool(counts["failed"] or counts["refused"])


def register(app: typer.Typer) -> None:
    """Add the `import` command to the app."""

    @app.command(name="import", epilog=EXAMPLES)
    def command(
        paths: Annotated[list[str], typer.Argument(
            metavar="PATH...", help="TEI files of other editions, folders of *.xml or globs.")],
        out_dir: Annotated[Path | None, typer.Option(
            "--out", "-o", help="Folder for <stem>.xml [default: the edition's corpus/tei].")]
            = None,
        register_dir: Annotated[Path | None, typer.Option(
            "--register", help="Register folder to link to and add to (default: the "
                               "edition's).")]
            = None,
        edition: Annotated[Path | None, typer.Option(
            "--edition", metavar="PATH", help=EDITION_HELP)] = None,
        force: Annotated[bool, typer.Option(
            "--force", help="Overwrite TEI files edited by hand (a .bak copy is kept).")] = False,
        report_file: Annotated[Path | None, typer.Option(
            "--report", metavar="FILE.json",
            help="Write what the import changed in each document (JSON).")] = None,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only.")]
            = False,
    ) -> None:
        """Bring other editions' TEI documents into the corpus, valid against our schema.

        Markup our schema lacks becomes its text or an equivalent; names are linked to the
        register by authority id (GND, VIAF, Wikidata, GeoNames, LC, PMB), new ones added.
        A document that cannot be brought in whole is reported and not written.
        Exit status: 0 done, 1 a document was left out, 2 usage error.
        """
        folder = _folder("--register", register_dir, edition)
        project = project_for(edition)
        sources = collect_files(paths, ".xml")
        if not sources:
            raise fail("no .xml files found in the given paths")
        try:
            batch = import_files(sources, out_dir or project.path("corpus/tei"), folder,
                                 load_edition(project.edition_file),
                                 force=force, progress=progress)
        except InputError as exc:
            emit(exc.diagnostic)
            raise typer.Exit(EXIT_FINDINGS) from None
        left_out = _summary(batch, quiet)
        if report_file is not None:
            _write_json(report_file, batch.report())
        raise typer.Exit(EXIT_FINDINGS if left_out else EXIT_OK)


def add_register_import(group: typer.Typer) -> None:
    """Add `register import` to the `register` command group."""

    @group.command(name="import", epilog=REGISTER_EXAMPLES)
    def command(
        source: Annotated[Path, typer.Argument(
            metavar="FILE", help="TEI file with listPerson, listPlace or listOrg.")],
        register_dir: Annotated[Path | None, typer.Option(
            "--register", help="Register folder to merge into (default: the edition's).")]
            = None,
        edition: Annotated[Path | None, typer.Option(
            "--edition", metavar="PATH", help=EDITION_HELP)] = None,
        report_file: Annotated[Path | None, typer.Option(
            "--report", metavar="FILE.json", help="Write what the merge did (JSON).")] = None,
    ) -> None:
        """Merge another edition's persons, places and organisations into the register.

        An entry sharing an authority id with a register entry is that entry; the others
        are added. Prints one line per entry: how it was merged and our id.
        Exit status: 0 done, 1 the file could not be read, 2 usage error.
        """
        folder = _folder("--register", register_dir, edition)
        if not source.is_file():
            raise fail(f"{source}: no such file")
        try:
            merge = merge_lists(source, folder)
        except InputError as exc:
            emit(exc.diagnostic)
            raise typer.Exit(EXIT_FINDINGS) from None
        for link in merge.links:
            authority = f" ({link.authority})" if link.authority else ""
            print(f"{link.how}\t{link.entry}\t{link.name}{authority}")
        added = sum(len(ids) for ids in merge.register.values())
        print(f"tei register import: {len(merge.links)} entries: {added} added", file=sys.stderr)
        if report_file is not None:
            _write_json(report_file, merge.report())
        raise typer.Exit(EXIT_OK)
