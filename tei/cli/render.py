"""`tei render PATH... --html DIR --text DIR`: the HTML site and the plain-text edition."""

from __future__ import annotations

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
)
from tei.diagnostics import InputError, Severity, one_line
from tei.edition import load_edition
from tei.render import render_edition
from tei.xmlio import write_problem

EXAMPLES = """
Examples:

  tei render corpus/tei --html site --text text   site and text edition
  tei render corpus/tei/003_9828.xml --text out   one text edition
  tei render 'their/*.xml' --html preview -j 2    other TEI, 2 processes
"""


def register(app: typer.Typer) -> None:
    """Add the `render` command to the app."""

    @app.command(name="render", epilog=EXAMPLES)
    def command(
        paths: Annotated[list[str], typer.Argument(
            metavar="PATH", help="TEI files, folders or glob patterns.")],
        html: Annotated[Path | None, typer.Option(
            "--html", metavar="DIR", help="Write the HTML site here.")] = None,
        text: Annotated[Path | None, typer.Option(
            "--text", metavar="DIR", help="Write the plain-text edition here.")] = None,
        jobs: Annotated[int, typer.Option(
            "--jobs", "-j", min=1, help="Processes to render with.")] = 1,
        edition: Annotated[Path | None, typer.Option(
            "--edition", metavar="PATH", help=EDITION_HELP)] = None,
    ) -> None:
        """Render TEI files as a static HTML site and a plain-text edition.

        Problems are printed per file on stderr; a file that does not follow the edition's
        grammar is rendered but its TEI is not published (a warning). Exit status: 0 done
        (perhaps with warnings), 1 some file could not be rendered, 2 usage or I/O error.
        """
        if html is None and text is None:
            raise fail("nothing to do: give --html DIR, --text DIR or both")
        files = collect_files(paths, ".xml", outputs=(html, text))
        if not files:
            raise fail("no .xml files found in the given paths (those inside the --html "
                       "and --text output folders are not read)")
        project = project_for(edition)
        try:
            result = render_edition(files, html, text, workers=jobs, progress=progress,
                                    edition=load_edition(project.edition_file))
        except InputError as exc:
            raise fail(exc.diagnostic.format()) from None
        except OSError as exc:
            where, why = write_problem(exc, html or text)
            raise fail(f"{where}: cannot write: {why}") from None
        for diagnostic in result.diagnostics:
            emit(diagnostic)
        _summary(result.documents, html, text)
        errors = any(d.severity is Severity.ERROR for d in result.diagnostics)
        raise typer.Exit(EXIT_FINDINGS if errors else EXIT_OK)


def _summary(documents: int, html: Path | None, text: Path | None) -> None:
    noun = "document" if documents == 1 else "documents"
    typer.echo(f"rendered {documents} {noun}")
    if html is not None:
        typer.echo(f"site: {one_line(str(html / 'index.html'))}")
    if text is not None:
        typer.echo(f"text edition: {one_line(str(text))}")
