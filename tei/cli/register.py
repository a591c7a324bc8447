"""`tei register suggest`: register stubs for the names the converter tagged as local."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

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
    state,
)
from tei.cli.importing import add_register_import
from tei.convert import Resources, load_resources
from tei.convert.register import Register
from tei.convert.register_files import load_register
from tei.diagnostics import Diagnostic, InputError, Severity
from tei.register_suggest import Local, read_source, read_tei, suggest, to_json, to_xml


class Format(StrEnum):
    """Output formats."""

    XML = "xml"
    JSON = "json"


EXAMPLES = """
Examples:

  tei register suggest corpus/tei                 stubs from converted TEI
  tei register suggest corpus/raw --min-count 2   sources, converted in memory
  tei register suggest out -f json > names.json   machine-readable
"""


def collect_inputs(inputs: list[str]) -> list[Path]:
    """Files and glob matches as given; folders searched for *.xml and *.txt."""
    found: list[Path] = []
    for item in inputs:
        if Path(item).is_dir():
            found.extend(sorted([*collect_files([item], ".xml"), *collect_files([item], ".txt")]))
        else:
            found.extend(collect_files([item], ".xml"))
    return list(dict.fromkeys(found))


def _shown(folder: Path) -> str:
    """`folder` relative to the working directory when inside it."""
    try:
        return os.path.relpath(folder) if folder.resolve().is_relative_to(Path.cwd().resolve()) \
            else str(folder)
    except ValueError:
        return str(folder)


def _read(path: Path, res: Resources | None) -> list[Local]:
    """Local entries of a TEI file, or of a source converted in memory."""
    if path.suffix == ".txt" and res is not None:
        return read_source(path, res)
    return read_tei(path)


def register(app: typer.Typer) -> None:
    """Add the `register` command group (`register suggest`) to the app."""
    group = typer.Typer(name="register", no_args_is_help=True,
                        help="Work on the corpus register of persons, places and organisations.")
    app.add_typer(group, name="register")
    add_register_import(group)

    @group.command(name="suggest", epilog=EXAMPLES)
    def suggest_command(
        paths: Annotated[list[str], typer.Argument(
            metavar="PATH", show_default=False,
            help="TEI files, plain-text sources (*.txt, converted in memory), folders of "
                 "them or glob patterns. Give the sources or their TEI, not both.")],
        output_format: Annotated[Format, typer.Option(
            "--format", "-f", help="xml: register stubs; json: machine-readable.")] = Format.XML,
        min_count: Annotated[int, typer.Option(
            "--min-count", min=1, metavar="N",
            help="Hide names with fewer than N occurrences.")] = 1,
        register_dir: Annotated[Path | None, typer.Option(
            "--register", help="Register folder [default: the edition's].")] = None,
        patterns_dir: Annotated[Path | None, typer.Option(
            "--patterns", help="Pattern tables folder (for *.txt).")] = None,
        edition: Annotated[Path | None, typer.Option(
            "--edition", metavar="PATH", help=EDITION_HELP)] = None,
    ) -> None:
        """Suggest register entries for the names documents tag with local entries.

        Prints a stub per name, most widespread first, with its counts and first contexts.
        Problems go to stderr as `path:line:col: severity: message \\[rule]`.
        Exit status: 0 done, 1 a file could not be read, 2 usage error.
        """
        for option, folder in (("--register", register_dir), ("--patterns", patterns_dir)):
            if folder is not None and not folder.is_dir():
                raise fail(f"{option} {folder}: no such folder")
        files = collect_inputs(paths)
        if not files:
            raise fail("no .xml or .txt files found in the given paths")
        project = project_for(edition)
        folder = register_dir or project.register
        try:
            known: Register = load_register(folder)
            res = load_resources(folder, patterns_dir or project.patterns, project.edition_file) \
                if any(f.suffix == ".txt" for f in files) else None
        except InputError as exc:
            emit(exc.diagnostic)
            raise typer.Exit(EXIT_FINDINGS) from None
        found: list[Local] = []
        failed = 0
        for path in progress(files, "Reading"):
            try:
                found.extend(_read(path, res))
            except InputError as exc:
                emit(exc.diagnostic)
                failed += 1
            except Exception as exc:  # a converter bug must not stop the other files
                if state.debug:
                    raise
                emit(Diagnostic(str(path), 1, 1, Severity.ERROR,
                                f"internal error: {type(exc).__name__}: {exc}", "internal"))
                failed += 1
        suggestions = suggest(found, known, min_count)
        render = to_json if output_format is Format.JSON else to_xml
        sys.stdout.write(render(suggestions, _shown(folder)))
        print(f"tei register suggest: {len(files)} file{'s' if len(files) != 1 else ''}, "
              f"{failed} failed; {len(suggestions)} "
              f"name{'s' if len(suggestions) != 1 else ''} to add", file=sys.stderr)
        raise typer.Exit(EXIT_FINDINGS if failed else EXIT_OK)
